/**
 * Media time codes (Segment.startTime / endTime, in seconds) and what makes one usable: a finite number from 0
 * up to MAX_TIMECODE_SECONDS, a start no later than its end. A subtitle file can say anything ("400 digits of
 * hours" parses to Infinity); a value that fails here is left out, never stored, shown or exported.
 */
import type { Segment, Source } from './model'

/** The longest media time accepted: 100 hours, far beyond any recording a transcript comes from. */
export const MAX_TIMECODE_SECONDS = 100 * 3600

/** True for a time code ClaimLedger can store and show: finite, from 0 to under MAX_TIMECODE_SECONDS. */
export function isValidTimecode(seconds: unknown): seconds is number {
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 && seconds < MAX_TIMECODE_SECONDS
}

/** Why a start/end pair cannot be used (in English, for reports), or undefined when it can. Either may be absent. */
export function timecodeProblem(start: unknown, end: unknown): string | undefined {
  for (const [name, value] of [['start', start], ['end', end]] as const) {
    if (value === undefined) continue
    if (typeof value !== 'number' || Number.isNaN(value)) return `the ${name} time is not a number`
    if (!Number.isFinite(value) || value >= MAX_TIMECODE_SECONDS) return `the ${name} time is beyond ${MAX_TIMECODE_SECONDS / 3600} hours`
    if (value < 0) return `the ${name} time is negative`
  }
  if (typeof start === 'number' && typeof end === 'number' && start > end) return 'the start time is after the end time'
  return undefined
}

/** One segment whose time codes were left out, and why. */
export interface TimecodeRepair {
  sourceId: string
  sourceTitle: string
  /** Index of the segment in Source.segments. */
  segment: number
  problem: string
}

/**
 * The sources with every unusable time code left out of its segment (the segment, its text and speaker stay),
 * and a report of each segment changed. Sources with nothing wrong are returned as they are.
 */
export function withoutBadTimecodes(sources: readonly Source[]): { sources: Source[]; repairs: TimecodeRepair[] } {
  const repairs: TimecodeRepair[] = []
  const out = sources.map((source) => {
    let segments: Segment[] | undefined
    source.segments.forEach((segment, i) => {
      const problem = timecodeProblem(segment.startTime, segment.endTime)
      if (!problem) return
      segments ??= [...source.segments]
      const { startTime: _start, endTime: _end, ...rest } = segment
      segments[i] = rest
      repairs.push({ sourceId: source.id, sourceTitle: source.title, segment: i, problem })
    })
    return segments ? { ...source, segments } : source
  })
  return { sources: out, repairs }
}
