/**
 * A reference series as the chart draws it: one flat step per period, from its first day to the
 * day after its last (so consecutive steps join), kept to the window the claims span so forty
 * years of quarters do not squash a year of claims.
 */
import { type ReferenceSeries } from '../model'
import { dateSpan } from '../series/dates'

const DAY_MS = 86_400_000

export interface ReferenceStep {
  period: string
  from: number
  to: number
  value: number
  status?: string
}

/** Steps overlapping [window.from, window.to] (UTC ms), or every step without a window. */
export function referenceSteps(reference: Pick<ReferenceSeries, 'observations'>, window?: { from: number; to: number }): ReferenceStep[] {
  const out: ReferenceStep[] = []
  for (const o of reference.observations) {
    const span = dateSpan(o.period)
    if (!span) continue
    const step: ReferenceStep = { period: o.period, from: span.from, to: span.to + DAY_MS, value: o.value }
    if (o.status) step.status = o.status
    if (window && (step.to < window.from || step.from > window.to)) continue
    out.push(step)
  }
  return out
}

const YEAR_MS = 366 * DAY_MS

/** The steps of the year before the first claim to the year after the last (ISO days); all without dated claims. */
export function stepsAroundClaims(reference: Pick<ReferenceSeries, 'observations'>, days: readonly string[]): ReferenceStep[] {
  const ms = days.map((d) => dateSpan(d)?.from).filter((x): x is number => x !== undefined)
  if (ms.length === 0) return referenceSteps(reference)
  return referenceSteps(reference, { from: Math.min(...ms) - YEAR_MS, to: Math.max(...ms) + YEAR_MS })
}
