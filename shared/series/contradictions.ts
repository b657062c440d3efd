/**
 * Contradictions: two points about the same period, place, population and definition whose
 * values differ by more than a tolerance (in pp for rates, relative otherwise). Ranges that
 * overlap never contradict ("100 à 150" and "140").
 */
import { type Granularity, periodKey } from './dates'
import { type ClaimScope, scopeConflict } from './scope'
import { type ToleranceKind, gapOf } from './tolerance'
import { type Contradiction, type SeriesPoint } from './types'

export { relativeGap, type ValueLike } from './tolerance'

/** How contradictionsWithin compares: the series' kind and, by claim id, each point's scope. */
export interface ContradictionRules {
  kind?: ToleranceKind
  /** Points whose scopes conflict (US vs France) are different figures and never contradict. */
  scopes?: ReadonlyMap<string, ClaimScope>
}

function fmt(p: SeriesPoint): string {
  const v = p.valueHigh !== undefined ? `${p.value}–${p.valueHigh}` : String(p.value)
  return `${p.approx ? '≈' : ''}${v}`
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10} %`
}

function gapText(x: number, kind: ToleranceKind): string {
  return kind === 'pp' ? `${Math.round(x * 100) / 100} pp` : pct(x)
}

/** Contradictions among points that all fall in one period (the caller groups them). */
export function contradictionsWithin(points: readonly SeriesPoint[], period: string, tolerance: number, rules: ContradictionRules = {}): Contradiction[] {
  const kind = rules.kind ?? 'relative'
  const sorted = [...points].sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0))
  const out: Contradiction[] = []
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]
      const b = sorted[j]
      const sa = rules.scopes?.get(a.claimId)
      const sb = rules.scopes?.get(b.claimId)
      if (sa && sb && scopeConflict(sa, sb)) continue
      const gap = gapOf(a, b, kind)
      if (gap <= tolerance) continue
      const who = (p: SeriesPoint): string => p.sourceTitle || p.sourceId
      out.push({
        a: a.claimId,
        b: b.claimId,
        detail: `${fmt(a)} (${who(a)}) vs ${fmt(b)} (${who(b)}) in ${period}: ${gapText(gap, kind)} apart, more than the ${gapText(tolerance, kind)} tolerance`
      })
    }
  }
  return out
}

/**
 * Pairs of dated points in the same period (month by default) whose values differ by more
 * than `tolerance`: relative (0.1 = 10 %, relativeGap) by default, pp when rules.kind is 'pp'.
 * Undated points are never compared.
 */
export function findContradictions(points: SeriesPoint[], tolerance: number, granularity: Granularity = 'month', rules: ContradictionRules = {}): Contradiction[] {
  const groups = new Map<string, SeriesPoint[]>()
  for (const p of points) {
    if (!p.x) continue
    const key = periodKey(p.x, granularity)
    const list = groups.get(key)
    if (list) list.push(p)
    else groups.set(key, [p])
  }
  const out: Contradiction[] = []
  for (const key of [...groups.keys()].sort()) out.push(...contradictionsWithin(groups.get(key) ?? [], key, tolerance, rules))
  return out
}
