import { timecodeProblem } from '../timecode'
import { decodeEntities } from './entities'
import { IngestError } from './ingestError'
import type { DocMeta } from './types'
import { normaliseDate } from './dates'
import { langFromTag } from './lang'

/** One subtitle cue: its time span (absent when the file's was unusable) and its lines, each with the voice WebVTT gave it. */
export interface Cue {
  startTime?: number
  endTime?: number
  lines: { text: string; voice?: string }[]
}

/** Cues of a subtitle file, what its header said, and what in it could not be used (one line each). */
export interface SubtitleFile {
  cues: Cue[]
  meta: DocMeta
  warnings: string[]
}

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)/

/** "01:02:03.500", "02:03,5" → seconds. */
export function parseTimestamp(s: string): number {
  const [clock, frac = ''] = s.split(/[.,]/)
  const parts = clock.split(':').map(Number)
  const seconds = parts.reduce((acc, p) => acc * 60 + p, 0)
  return seconds + (frac ? Number(`0.${frac}`) : 0)
}

/**
 * Cue text without markup. WebVTT: `<v Name>` voices (kept), `<c.x>`, `<i>`, `<b>`, `<u>`,
 * `<ruby>`, `<lang>` and inline timestamps removed, entities decoded. SRT: `<i>`, `<font>`
 * tags and `{\an8}`-style positioning removed.
 */
function cueLines(payload: string[]): Cue['lines'] {
  const out: Cue['lines'] = []
  let voice: string | undefined
  for (const raw of payload) {
    let line = raw.replace(/\{\\[^}]*\}/g, '')
    const v = /<v(?:\.[^\s>]*)?\s+([^>]*)>/.exec(line)
    if (v) voice = v[1].trim() || voice
    line = line.replace(/<\/?[a-z][^>]*>|<\d{1,2}:[\d:.]+>/gi, '')
    line = decodeEntities(line).replace(/\s+/g, ' ').trim()
    if (line) out.push(voice ? { text: line, voice } : { text: line })
    if (/<\/v>/.test(raw)) voice = undefined
  }
  return out
}

/** WebVTT NOTE lines "key: value" (title, date, outlet, url, lang, speaker) — a ClaimLedger convention for transcript metadata. */
function noteMeta(lines: string[], meta: DocMeta): void {
  for (const line of lines) {
    const kv = /^\s*([A-Za-z]+)\s*:\s*(.+?)\s*$/.exec(line)
    if (!kv) continue
    const value = kv[2]
    switch (kv[1].toLowerCase()) {
      case 'title':
        meta.title = value
        break
      case 'date':
      case 'published':
        meta.publishedAt = normaliseDate(value) ?? meta.publishedAt
        break
      case 'outlet':
      case 'source':
        meta.outlet = value
        break
      case 'url':
        meta.url = value
        break
      case 'lang':
      case 'language':
        meta.lang = langFromTag(value) ?? meta.lang
        break
      default:
        break
    }
  }
}

/**
 * Reads SRT or WebVTT cues. Blocks are separated by blank lines; a block's timing line
 * ("00:00:01,000 --> 00:00:04,000", settings after it ignored) starts a cue whose following
 * lines are its text; cue numbers and identifiers before it are skipped. WebVTT STYLE and
 * REGION blocks are skipped and NOTE blocks read for metadata.
 */
export function parseSubtitles(text: string, format: 'srt' | 'vtt'): SubtitleFile {
  const normalised = text.replace(/\r\n?/g, '\n')
  if (format === 'vtt' && !/^(?:\uFEFF)?WEBVTT(?:[ \t].*)?(?:\n|$)/.test(normalised)) {
    throw new IngestError('not a WebVTT file (it must start with "WEBVTT")')
  }
  const meta: DocMeta = {}
  const cues: Cue[] = []
  const warnings: string[] = []
  const blocks = normalised.split(/\n[ \t]*\n+/)
  for (const [index, block] of blocks.entries()) {
    let lines = block.split('\n')
    if (format === 'vtt' && index === 0) {
      // The header: "WEBVTT", then optional "Kind: captions", "Language: fr" lines (and, in
      // sloppy files, the first cue without a blank line before it).
      const timingAt = lines.findIndex((l) => TIMING.test(l))
      noteMeta(lines.slice(1, timingAt < 0 ? undefined : timingAt), meta)
      if (timingAt < 0) continue
      lines = lines.slice(timingAt)
    }
    if (format === 'vtt' && /^NOTE(?:\s|$)/.test(lines[0])) {
      noteMeta([lines[0].replace(/^NOTE\s*/, ''), ...lines.slice(1)], meta)
      continue
    }
    if (format === 'vtt' && /^(?:STYLE|REGION)\s*$/.test(lines[0])) continue
    const timingAt = lines.findIndex((l) => TIMING.test(l))
    if (timingAt < 0 || timingAt > 1) continue
    const m = TIMING.exec(lines[timingAt])
    if (!m) continue
    const cueText = cueLines(lines.slice(timingAt + 1))
    if (!cueText.length) continue
    const startTime = parseTimestamp(m[1])
    const endTime = parseTimestamp(m[2])
    // One bad time code (a 400-digit hour is Infinity) costs that cue its time, never the file or the library.
    const problem = timecodeProblem(startTime, endTime)
    if (problem) {
      warnings.push(`cue ${cues.length + 1}: time code "${shorten(`${m[1]} --> ${m[2]}`)}" is not usable (${problem}); its text is kept without a time`)
      cues.push({ lines: cueText })
    } else cues.push({ startTime, endTime, lines: cueText })
  }
  if (!cues.length) throw new IngestError(`no subtitle cues found (not a valid ${format === 'vtt' ? 'WebVTT' : 'SRT'} file?)`)
  return { cues, meta, warnings }
}

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 28)}…${s.slice(-28)}` : s
}
