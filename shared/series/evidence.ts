/**
 * Pairwise evidence that two claims state the same figure, each piece scored 0..1 and
 * explained, so a suggestion can say why it was made.
 */
import { type Claim } from '../model'
import { magnitudeMatters } from './units'
import { formatReasonValue, type ReasonPart } from './reasons'

/** A claim's subject as weighted concept tokens (weights are IDF over the claims compared). */
export interface TokenBag {
  tokens: readonly string[]
  set: ReadonlySet<string>
  /** Sum of the tokens' weights. */
  weight: number
}

/** Subject similarity: IDF-weighted Jaccard of concept tokens (rare shared words count most). */
export function weightedJaccard(a: TokenBag, b: TokenBag, idf: (t: string) => number): number {
  const [small, large] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a]
  let inter = 0
  for (const t of small.tokens) if (large.set.has(t)) inter += idf(t)
  const union = a.weight + b.weight - inter
  return union > 0 ? inter / union : 0
}

/** The absolute values a claim states: all of them (with before-values) and the current ones. */
export interface ValueSpan {
  lo: number
  hi: number
  curLo: number
  curHi: number
}

/** A claim's value span (zeros and non-finite values ignored; 0 when none is left). */
export function valueSpan(c: Claim): ValueSpan {
  const abs = (xs: (number | undefined)[]): number[] =>
    xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x) && x !== 0).map(Math.abs)
  const all = abs([c.value, c.valueHigh, c.previous?.value, c.previous?.valueHigh])
  const cur = abs([c.value, c.valueHigh])
  return {
    lo: all.length ? Math.min(...all) : 0,
    hi: all.length ? Math.max(...all) : 0,
    curLo: cur.length ? Math.min(...cur) : 0,
    curHi: cur.length ? Math.max(...cur) : 0
  }
}

function logGap(loA: number, hiA: number, loB: number, hiB: number): number {
  return Math.max(0, Math.log10(loB / hiA), Math.log10(loA / hiB))
}

/**
 * 1 when two claims' values (with ranges and before-values) are of one size, falling to 0.3
 * as they drift apart by orders of magnitude: 35 hospital places are not 610 night places.
 */
export function magnitudeAgreement(a: ValueSpan, b: ValueSpan, dimension: string): number {
  if (!magnitudeMatters(dimension) || !a.lo || !b.lo) return 1
  const gap = logGap(a.lo, a.hi, b.lo, b.hi)
  return Math.min(1, Math.max(0.3, 1 - 0.6 * (gap - 0.3)))
}

/**
 * Positive evidence from close values: a figure followed over months moves by percents, not
 * orders of magnitude, so 610, 650 and "près de 700" are likelier one figure than 610 and 50.
 * 1 when current values (ranges included, before-values not) are within a few percent,
 * falling to 0 at a factor of about 1.4 apart.
 */
export function valueProximity(a: ValueSpan, b: ValueSpan, dimension: string): number {
  if (!magnitudeMatters(dimension) || !a.curLo || !b.curLo) return 0
  const gap = logGap(a.curLo, a.curHi, b.curLo, b.curHi)
  return Math.max(0, Math.min(1, 1 - (gap - 0.02) / 0.13))
}

function sameRange(v1: number, h1: number | undefined, v2: number, h2: number | undefined): boolean {
  return v1 === v2 && (h1 ?? v1) === (h2 ?? v2)
}

/** Significant digits: 610 → 2, 200 → 1, 1234 → 4. A value like 610 is more telling than 200. */
export function significantDigits(v: number): number {
  const s = Math.abs(v).toPrecision(15).replace('.', '').replace(/^0+/, '').replace(/0+$/, '')
  return Math.max(1, s.length)
}

const fmt = formatReasonValue

/** How strongly the numbers alone say "same figure", 0..1, with the fact for the reason. */
export function numericAgreement(a: Claim, b: Claim): { score: number; fact?: ReasonPart } {
  const sameValue = sameRange(a.value, a.valueHigh, b.value, b.valueHigh)
  const pa = a.previous
  const pb = b.previous
  if (sameValue && pa && pb && sameRange(pa.value, pa.valueHigh, pb.value, pb.valueHigh)) {
    return { score: 1, fact: { kind: 'sameFigures', value: fmt(a.value, a.valueHigh), before: fmt(pa.value, pa.valueHigh) } }
  }
  if (sameValue) {
    const specific = significantDigits(a.value) >= 2
    return { score: specific ? 0.5 : 0.25, fact: { kind: 'sameValue', value: fmt(a.value, a.valueHigh) } }
  }
  if ((pa && sameRange(pa.value, pa.valueHigh, b.value, b.valueHigh)) || (pb && sameRange(pb.value, pb.valueHigh, a.value, a.valueHigh))) {
    return { score: 0.35, fact: { kind: 'beforeIsValue' } }
  }
  if (pa && pb && sameRange(pa.value, pa.valueHigh, pb.value, pb.valueHigh)) {
    return { score: 0.3, fact: { kind: 'sameBefore', before: fmt(pa.value, pa.valueHigh) } }
  }
  return { score: 0 }
}

/** A person's name compared loosely: case, accents and extra spaces do not matter. */
export function normName(name: string | undefined): string {
  return (name ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

// Capitalised words inside a sentence are names of places and bodies ("Paris", "Seine-Saint-Denis").
// Only mid-sentence (after a lowercase letter, digit or comma), so sentence starts do not count.
const PROPER = /(?<=[\p{Ll}\d,;:]\s)\p{Lu}[\p{L}-]{2,}/gu

/** Proper nouns of a claim's sentence minus its speaker's name: a rough "place" signal. */
export function placeWords(claim: Claim): Set<string> {
  const speaker = new Set(normName(claim.speaker).split(' '))
  const out = new Set<string>()
  for (const m of (claim.sentence ?? '').matchAll(PROPER)) {
    const w = normName(m[0])
    if (!speaker.has(w)) out.add(w)
  }
  return out
}
