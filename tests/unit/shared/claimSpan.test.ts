import { describe, expect, it } from 'vitest'
import { adjustSpan, claimSpan, moveEdge, spanProblem, trimSpan, withFigure } from '../../../shared/claimSpan'

const TEXT = "Selon le préfet, 610 consommateurs sont accueillis toutes les nuits, c'était 200 avant."
const at = (s: string): { start: number; end: number } => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length })
const slice = (s: { start: number; end: number }): string => TEXT.slice(s.start, s.end)

describe('moveEdge', () => {
  it('moves the end to the end of the next or previous word, skipping punctuation', () => {
    expect(slice(moveEdge(TEXT, at('610 consommateurs'), 'end', 1, 'fr'))).toBe('610 consommateurs sont')
    expect(slice(moveEdge(TEXT, at('610 consommateurs'), 'end', -1, 'fr'))).toBe('610')
    expect(slice(moveEdge(TEXT, at('accueillis toutes les nuits'), 'end', 1, 'fr'))).toMatch(/^accueillis toutes les nuits, c/)
  })
  it('moves the start to the start of the previous or next word', () => {
    expect(slice(moveEdge(TEXT, at('610 consommateurs'), 'start', -1, 'fr'))).toBe('préfet, 610 consommateurs')
    expect(slice(moveEdge(TEXT, at('610 consommateurs'), 'start', 1, 'fr'))).toBe('consommateurs')
  })
  it('stays put when there is no word that way', () => {
    expect(moveEdge(TEXT, { start: 0, end: 5 }, 'start', -1, 'fr')).toEqual({ start: 0, end: 5 })
    const last = at('avant.')
    expect(moveEdge(TEXT, { start: last.start, end: TEXT.length }, 'end', 1, 'fr')).toEqual({ start: last.start, end: TEXT.length })
  })
})

describe('spans', () => {
  const span = { quote: at('610 consommateurs sont accueillis toutes les nuits'), figure: at('610 consommateurs') }
  it('a figure widened past its quote takes the quote with it', () => {
    const narrow = { quote: at('610 consommateurs'), figure: at('610 consommateurs') }
    const wider = adjustSpan(TEXT, narrow, 'figure', 'end', 1, 'fr')
    expect(slice(wider.figure)).toBe('610 consommateurs sont')
    expect(slice(wider.quote)).toBe('610 consommateurs sont')
    expect(spanProblem(TEXT, wider)).toBeNull()
  })
  it('a quote narrowed past its figure, an empty or outside span are refused with a reason', () => {
    expect(spanProblem(TEXT, adjustSpan(TEXT, span, 'quote', 'start', 1, 'fr'))).toBe('figureOutsideQuote')
    expect(spanProblem(TEXT, { quote: span.quote, figure: { start: 5, end: 5 } })).toBe('outside')
    expect(spanProblem(TEXT, { quote: { start: 0, end: TEXT.length + 1 }, figure: span.figure })).toBe('outside')
    expect(spanProblem(TEXT, { quote: span.quote, figure: { start: 1.5, end: 4 } })).toBe('outside')
    expect(spanProblem(TEXT, withFigure(span, { start: 16, end: 17 }))).toBe('empty')
    expect(spanProblem(TEXT, span)).toBeNull()
  })
  it('older claims without figure offsets have the quote as figure; selections lose their blanks', () => {
    expect(claimSpan({ start: 3, end: 9 })).toEqual({ quote: { start: 3, end: 9 }, figure: { start: 3, end: 9 } })
    expect(slice(trimSpan(TEXT, { start: at('610').start - 1, end: at('610').end + 1 }))).toBe('610')
  })
})
