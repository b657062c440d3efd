/**
 * How far apart two values of one period may be before they contradict. Rates compare in
 * percentage points (7,1 % vs 7,8 % is 0.7 pp: a real disagreement, though only 9 % relative);
 * counts and money compare relatively (610 vs 650 is 6 %). Each series may keep its own tolerance.
 */

/** A value or a range. */
export interface ValueLike {
  value: number
  valueHigh?: number
}

/**
 * How far apart two values (or ranges) are: the gap between them over the larger magnitude,
 * so 0 when they overlap, 0.1 for 100 vs 111.1, 1 for 0 vs 5.
 */
export function relativeGap(a: ValueLike, b: ValueLike): number {
  const gap = separation(a, b)
  if (!gap) return 0
  const scale = Math.max(Math.abs(gap.lower), Math.abs(gap.upper))
  return scale === 0 ? 0 : (gap.upper - gap.lower) / scale
}

/** The two facing ends of two values (or ranges) that do not overlap, lower first; undefined when they overlap. */
function separation(a: ValueLike, b: ValueLike): { lower: number; upper: number } | undefined {
  const loA = Math.min(a.value, a.valueHigh ?? a.value)
  const hiA = Math.max(a.value, a.valueHigh ?? a.value)
  const loB = Math.min(b.value, b.valueHigh ?? b.value)
  const hiB = Math.max(b.value, b.valueHigh ?? b.value)
  if (loA <= hiB && loB <= hiA) return undefined
  return hiA < loB ? { lower: hiA, upper: loB } : { lower: hiB, upper: loA }
}

/** How a series' values are compared: relatively (counts, money, measures) or in points (rates). */
export type ToleranceKind = 'relative' | 'pp'

/** Defaults: 10 % relative; 0.5 pp, about what rounding to one decimal in two sources can explain. */
export const DEFAULT_TOLERANCE: Readonly<Record<ToleranceKind, number>> = { relative: 0.1, pp: 0.5 }

/** Rates when every value is a percentage or in points ("%", "pp"); relative otherwise. */
export function toleranceKind(points: readonly { unit?: string }[]): ToleranceKind {
  return points.length > 0 && points.every((p) => p.unit === '%' || p.unit === 'pp') ? 'pp' : 'relative'
}

/** The gap between two values (or ranges; 0 when they overlap) in pp. */
export function pointGap(a: ValueLike, b: ValueLike): number {
  const gap = separation(a, b)
  // Rounded to 1e-9: 7.8 − 7.1 is 0.6999999999999993 in floating point.
  return gap ? Math.round((gap.upper - gap.lower) * 1e9) / 1e9 : 0
}

/** The gap between two values in the series' kind: pp for rates, relative (0.1 = 10 %) otherwise. */
export function gapOf(a: ValueLike, b: ValueLike, kind: ToleranceKind): number {
  return kind === 'pp' ? pointGap(a, b) : relativeGap(a, b)
}

/** A tolerance to use: the series' own when it is a finite number ≥ 0, else the kind's default. */
export function effectiveTolerance(stored: number | undefined, kind: ToleranceKind): number {
  return stored !== undefined && Number.isFinite(stored) && stored >= 0 ? stored : DEFAULT_TOLERANCE[kind]
}
