/**
 * A claim checked against the official figure: the observation of the claim's period (and place),
 * the deviation — in percentage points for rates, relative for counts and money — and the verdict
 * it suggests (within the series' tolerance → accurate, beyond → misleading). The suggestion is
 * only offered: nothing here changes a claim.
 */
import { type Claim, type ReferenceObservation, type ReferenceSeries } from '../model'
import { dateSpan, isoDay, periodKey } from '../series/dates'
import { claimScope } from '../series/scope'
import { type ToleranceKind, effectiveTolerance } from '../series/tolerance'

export interface OfficialComparison {
  observation: ReferenceObservation
  /** Claim minus official: pp for rates, relative (0.1 = +10 %) otherwise; rounded to 1e-9. */
  deviation: number
  kind: ToleranceKind
  tolerance: number
  withinTolerance: boolean
  suggestedVerdict: 'accurate' | 'misleading'
}

/** Why a claim could not be compared. */
export type NoComparison = 'no-period' | 'period-too-wide' | 'no-observation' | 'other-place' | 'other-unit'

export type ComparisonResult = { ok: true; value: OfficialComparison } | { ok: false; reason: NoComparison }

type ClaimFields = Pick<Claim, 'value' | 'valueHigh' | 'unit' | 'kind' | 'period' | 'subject' | 'sentence' | 'quote'>

const isRate = (unit: string | undefined): boolean => unit === '%' || unit === 'pp'

/** The reference period a claim is about: its stated period when it falls within one period of the series. */
export function claimPeriodIn(claim: Pick<Claim, 'period'>, reference: Pick<ReferenceSeries, 'periodicity'>): { ok: true; value: string } | { ok: false; reason: 'no-period' | 'period-too-wide' } {
  const from = dateSpan(claim.period?.start)
  const to = dateSpan(claim.period?.end ?? claim.period?.start)
  if (!from || !to) return { ok: false, reason: 'no-period' }
  const key = (ms: number): string => (reference.periodicity === 'day' ? isoDay(ms) : periodKey(isoDay(ms), reference.periodicity))
  const first = key(from.from)
  return first === key(to.to) ? { ok: true, value: first } : { ok: false, reason: 'period-too-wide' }
}

/** The claim against the reference; `tolerance` is the series' own (undefined: the kind's default). */
export function compareWithReference(claim: ClaimFields, reference: Pick<ReferenceSeries, 'periodicity' | 'observations' | 'unit' | 'place'>, tolerance?: number): ComparisonResult {
  const kind: ToleranceKind = isRate(reference.unit) ? 'pp' : 'relative'
  if (isRate(reference.unit) !== isRate(claim.unit)) return { ok: false, reason: 'other-unit' }
  if (reference.place) {
    const official = claimScope({ subject: reference.place, sentence: '', quote: '' }).places
    const stated = claimScope(claim).places
    if (official.size > 0 && stated.size > 0 && ![...stated].some((p) => official.has(p))) return { ok: false, reason: 'other-place' }
  }
  const period = claimPeriodIn(claim, reference)
  if (!period.ok) return period
  const observation = reference.observations.find((o) => o.period === period.value)
  if (!observation) return { ok: false, reason: 'no-observation' }
  const stated = claim.valueHigh !== undefined ? (claim.value + claim.valueHigh) / 2 : claim.value
  const raw = kind === 'pp' ? stated - observation.value : observation.value === 0 ? (stated === 0 ? 0 : Infinity) : (stated - observation.value) / Math.abs(observation.value)
  const deviation = Number.isFinite(raw) ? Math.round(raw * 1e9) / 1e9 : raw
  const limit = effectiveTolerance(tolerance, kind)
  // A range that contains the official value is within tolerance whatever its middle.
  const contains = claim.valueHigh !== undefined && Math.min(claim.value, claim.valueHigh) <= observation.value && observation.value <= Math.max(claim.value, claim.valueHigh)
  const withinTolerance = contains || Math.abs(deviation) <= limit + 1e-9
  return { ok: true, value: { observation, deviation, kind, tolerance: limit, withinTolerance, suggestedVerdict: withinTolerance ? 'accurate' : 'misleading' } }
}
