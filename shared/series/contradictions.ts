/**
 * Contradictions: two points about the same period whose values differ by more than a
 * tolerance. Ranges that overlap never contradict ("100 à 150" and "140").
 */
import { type Granularity, periodKey } from './dates'
import { type Contradiction, type SeriesPoint } from './types'

/**
 * How far apart two values (or ranges) are: the gap between them over the larger magnitude,
 * so 0 when they overlap, 0.1 for 100 vs 111.1, 1 for 0 vs 5.
 */
export function relativeGap(a: { value: number; valueHigh?: number }, b: { value: number; valueHigh?: number }): number {
  const loA = Math.min(a.value, a.valueHigh ?? a.value)
  const hiA = Math.max(a.value, a.valueHigh ?? a.value)
  const loB = Math.min(b.value, b.valueHigh ?? b.value)
  const hiB = Math.max(b.value, b.valueHigh ?? b.value)
  if (loA <= hiB && loB <= hiA) return 0
  const [lower, upper] = hiA < loB ? [hiA, loB] : [hiB, loA]
  const scale = Math.max(Math.abs(lower), Math.abs(upper))
  return scale === 0 ? 0 : (upper - lower) / scale
}

function fmt(p: SeriesPoint): string {
  const v = p.valueHigh !== undefined ? `${p.value}–${p.valueHigh}` : String(p.value)
  return `${p.approx ? '≈' : ''}${v}`
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10} %`
}

/** Contradictions among points that all fall in one period (the caller groups them). */
export function contradictionsWithin(points: readonly SeriesPoint[], period: string, tolerance: number): Contradiction[] {
  const sorted = [...points].sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0))
  const out: Contradiction[] = []
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]
      const b = sorted[j]
      const gap = relativeGap(a, b)
      if (gap <= tolerance) continue
      const who = (p: SeriesPoint): string => p.sourceTitle || p.sourceId
      out.push({
        a: a.claimId,
        b: b.claimId,
        detail: `${fmt(a)} (${who(a)}) vs ${fmt(b)} (${who(b)}) in ${period}: ${pct(gap)} apart, more than the ${pct(tolerance)} tolerance`
      })
    }
  }
  return out
}

/**
 * Pairs of dated points in the same period (month by default) whose values differ by more
 * than `tolerance` (0.1 = 10 %, measured as relativeGap). Undated points are never compared.
 */
export function findContradictions(points: SeriesPoint[], tolerance: number, granularity: Granularity = 'month'): Contradiction[] {
  const groups = new Map<string, SeriesPoint[]>()
  for (const p of points) {
    if (!p.x) continue
    const key = periodKey(p.x, granularity)
    const list = groups.get(key)
    if (list) list.push(p)
    else groups.set(key, [p])
  }
  const out: Contradiction[] = []
  for (const key of [...groups.keys()].sort()) out.push(...contradictionsWithin(groups.get(key) ?? [], key, tolerance))
  return out
}
