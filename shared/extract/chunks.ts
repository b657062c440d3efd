// Long texts are read in pieces of about a megabyte, cut after a line break, so that memory follows the piece and not
// the whole text (a 10 MB document would otherwise hold ~3.5 M token slots and their lower-case forms at once).
// Claims never span a line break's paragraph in practice; what a cut loses is context across it: a subject or a
// question carried over from the line just before, and transcript turns detected in the text (turns given as
// `segments` are cut with the text and keep working).
import type { ExtractedClaim, Segment } from '../model'

/** Texts up to this many UTF-16 code units are read whole. */
export const WHOLE_TEXT_MAX = 2_000_000
/**
 * Length of each piece of a longer text, before moving its end to the next line break. 100 000 rather than 250 000:
 * one call on 10.6 MB of French peaked at 186–197 MB resident with 250 000 and at 166–169 MB with 100 000, the
 * same claims found in the same time (a piece's tokens, lower-case forms and sentences are garbage sooner).
 */
export const PIECE_LENGTH = 100_000

/** Offsets [start, end) of the pieces of `text`: whole when short, else cut after the line break following each PIECE_LENGTH. */
export function pieceBounds(text: string): { start: number; end: number }[] {
  if (text.length <= WHOLE_TEXT_MAX) return [{ start: 0, end: text.length }]
  const out: { start: number; end: number }[] = []
  let from = 0
  while (from < text.length) {
    let to = Math.min(text.length, from + PIECE_LENGTH)
    if (to < text.length) {
      const nl = text.indexOf('\n', to)
      to = nl < 0 ? text.length : nl + 1
    }
    out.push({ start: from, end: to })
    from = to
  }
  return out
}

/** The segments that overlap [start, end), in the piece's own offsets. */
export function segmentsIn(segments: readonly Segment[] | undefined, start: number, end: number): Segment[] | undefined {
  if (!Array.isArray(segments)) return undefined
  const out: Segment[] = []
  for (const s of segments) {
    if (typeof s !== 'object' || s === null || typeof s.start !== 'number' || typeof s.end !== 'number') continue
    if (s.end <= start || s.start >= end) continue
    out.push({ ...s, start: Math.max(0, s.start - start), end: Math.min(end, s.end) - start })
  }
  return out
}

/** A claim found in a piece, in the whole text's offsets. */
export function shiftClaim(c: ExtractedClaim, by: number): ExtractedClaim {
  if (by === 0) return c
  const out: ExtractedClaim = { ...c, start: c.start + by, end: c.end + by }
  if (c.figureStart !== undefined) out.figureStart = c.figureStart + by
  if (c.figureEnd !== undefined) out.figureEnd = c.figureEnd + by
  return out
}
