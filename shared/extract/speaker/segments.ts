import type { Segment } from '../../model'

/** Valid segments sorted by start, for binary search; anything else in the list is left out. */
export function sortSegments(segments: unknown): Segment[] | undefined {
  if (!Array.isArray(segments)) return undefined
  const ok = segments.filter(
    (s): s is Segment => typeof s === 'object' && s !== null && typeof (s as Segment).start === 'number' && typeof (s as Segment).end === 'number'
  )
  return ok.slice().sort((a, b) => a.start - b.start)
}
