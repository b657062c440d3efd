/**
 * Correcting where a claim sits in its source: the quote (the citable clause, start–end) and the figure inside it
 * (figureStart–figureEnd). Pure, so the Reader and the repository check a span the same way.
 */
import { figureSpan } from './figureSpan'
import type { Claim, Lang } from './model'

export interface Span {
  start: number
  end: number
}

/** A claim's offsets: the quote and the figure inside it. */
export interface ClaimSpan {
  quote: Span
  figure: Span
}

/** Why a span cannot be saved; the UI words each reason in its language. */
export type SpanProblem = 'outside' | 'empty' | 'figureOutsideQuote'

export type SpanEdge = 'start' | 'end'

/** Words are looked for this far around the edge that moves, so a long source is never segmented whole. */
const WINDOW = 400

/** The claim's quote and figure as stored (older claims without figure offsets: the figure is the quote). */
export function claimSpan(c: Pick<Claim, 'start' | 'end' | 'figureStart' | 'figureEnd'>): ClaimSpan {
  return { quote: { start: c.start, end: c.end }, figure: figureSpan(c) }
}

/** The first thing wrong with `span` in a text of `length` characters, or null. */
export function spanProblem(text: string, span: ClaimSpan): SpanProblem | null {
  for (const s of [span.quote, span.figure])
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) return 'outside'
  if (text.slice(span.quote.start, span.quote.end).trim() === '' || text.slice(span.figure.start, span.figure.end).trim() === '') return 'empty'
  if (span.figure.start < span.quote.start || span.figure.end > span.quote.end) return 'figureOutsideQuote'
  return null
}

/** The word-like segments of text[from, to) as offsets into text (Intl.Segmenter: punctuation is not a word). */
function wordsAround(text: string, at: number, lang: Lang | undefined): Span[] {
  const from = Math.max(0, at - WINDOW)
  const to = Math.min(text.length, at + WINDOW)
  const out: Span[] = []
  for (const s of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text.slice(from, to)))
    if (s.isWordLike) out.push({ start: from + s.index, end: from + s.index + s.segment.length })
  return out
}

/**
 * `span` with one edge moved by a word: the end to the end of the next word (+1) or of the previous one (−1), the
 * start to the start of the next or previous word. The span may come out empty or inverted; spanProblem says so.
 * Unchanged when there is no word that way.
 */
export function moveEdge(text: string, span: Span, edge: SpanEdge, direction: 1 | -1, lang?: Lang): Span {
  const at = span[edge]
  const words = wordsAround(text, at, lang)
  let to: number | undefined
  if (edge === 'end') to = direction > 0 ? words.find((w) => w.end > at)?.end : words.filter((w) => w.end < at).pop()?.end
  else to = direction > 0 ? words.find((w) => w.start > at)?.start : words.filter((w) => w.start < at).pop()?.start
  return to === undefined ? span : { ...span, [edge]: to }
}

/**
 * The claim's span after moving one edge of its figure or its quote. A figure widened past its quote takes the quote
 * with it (the figure must stay inside what is cited); a quote narrowed past its figure is left for spanProblem.
 */
export function adjustSpan(text: string, span: ClaimSpan, target: 'figure' | 'quote', edge: SpanEdge, direction: 1 | -1, lang?: Lang): ClaimSpan {
  if (target === 'quote') return { quote: moveEdge(text, span.quote, edge, direction, lang), figure: span.figure }
  return withFigure(span, moveEdge(text, span.figure, edge, direction, lang))
}

/** `span` with a new figure, its quote widened to hold it. */
export function withFigure(span: ClaimSpan, figure: Span): ClaimSpan {
  return { figure, quote: { start: Math.min(span.quote.start, figure.start), end: Math.max(span.quote.end, figure.end) } }
}

/** A selection without the blanks at its ends, so a word selected by double-click does not cite the space after it. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return { start, end }
}
