import type { Claim } from './model'

/** Offsets of a claim's figure in its source text: its own span, or the quote for claims stored before quotes were clauses. */
export function figureSpan(c: Pick<Claim, 'start' | 'end' | 'figureStart' | 'figureEnd'>): { start: number; end: number } {
  const ok = Number.isInteger(c.figureStart) && Number.isInteger(c.figureEnd) && (c.figureStart as number) >= c.start && (c.figureEnd as number) <= c.end && (c.figureStart as number) < (c.figureEnd as number)
  return ok ? { start: c.figureStart as number, end: c.figureEnd as number } : { start: c.start, end: c.end }
}

/** The figure's own words ("610 consommateurs"), from the source text or, failing that, the quote itself. */
export function figureText(c: Pick<Claim, 'quote' | 'start' | 'end' | 'figureStart' | 'figureEnd'>): string {
  const f = figureSpan(c)
  return c.quote.slice(f.start - c.start, f.end - c.start)
}
