/**
 * One number for "are these two claims the same figure?", combining subject similarity,
 * magnitude, numbers, period rate, source, speaker and place.
 */
import { type Claim } from '../model'
import { type TokenBag, type ValueSpan, magnitudeAgreement, normName, numericAgreement, placeWords, valueProximity, valueSpan, weightedJaccard } from './evidence'
import { type ReasonPart } from './reasons'
import { type ClaimScope, claimScope, scopeConflict } from './scope'

/** A claim prepared for pairing (computed once per claim). */
export interface Candidate extends TokenBag {
  claim: Claim
  dimension: string
  tokens: string[]
  places: Set<string>
  /** Place, population and definition from the lexicons: a conflict rules the pair out. */
  scope: ClaimScope
  speaker: string
  span: ValueSpan
}

/** The score of a pair and the evidence behind it. */
export interface PairEvidence {
  score: number
  subject: number
  /** Numeric agreement 0..1 and its fact for the reason. */
  numericScore: number
  numeric?: ReasonPart
  /** Whether close values added to the score. */
  closeValues: boolean
  sameSpeaker: boolean
  sharedPlaces: string[]
}

function differentPeriods(a: Claim, b: Claim): boolean {
  const pa = a.period
  const pb = b.period
  if (!pa?.start && !pa?.end) return false
  if (!pb?.start && !pb?.end) return false
  return pa.start !== pb.start || pa.end !== pb.end
}

/**
 * Score two candidates of one dimension, 0..1.
 * - subject: IDF-weighted Jaccard of bridged concept tokens, scaled by magnitude agreement;
 * - numbers: equal value and before-value lift the score (alone they suffice only when both match);
 *   close values (610 vs 650) lift it a little once subjects agree somewhat;
 * - a rate per night is not a rate per year (0); a rate vs no rate is a mild doubt (×0.85);
 * - two places, populations or definitions that disagree (US vs France, the young vs everyone) are
 *   two figures (0), whatever the subjects and numbers say;
 * - one source stating two different values for one period is usually two figures (×0.5),
 *   unless the periods differ (a bulletin's "7.1 % in 2022, 7.3 % in 2023") or the numbers link;
 * - same speaker or place: a small boost, only once subjects already agree somewhat.
 */
export function pairScore(a: Candidate, b: Candidate, idf: (t: string) => number): PairEvidence {
  const ca = a.claim
  const cb = b.claim
  const none: PairEvidence = { score: 0, subject: 0, numericScore: 0, closeValues: false, sameSpeaker: false, sharedPlaces: [] }
  if (a.dimension !== b.dimension) return none
  const perA = ca.period?.per
  const perB = cb.period?.per
  if (perA && perB && perA !== perB) return none
  if (scopeConflict(a.scope, b.scope)) return none

  const subject = weightedJaccard(a, b, idf)
  // Most pairs share little: stop before the costlier checks unless the numbers could still link them.
  if (subject < 0.02 && ca.value !== cb.value) return none
  const base = subject * magnitudeAgreement(a.span, b.span, a.dimension)
  const numeric = numericAgreement(ca, cb)
  const numericBonus = numeric.score >= 1 ? 0.8 : numeric.score * Math.min(1, subject * 2) * 0.8
  // Close values count only once subjects agree a little: many unrelated counts are near 600.
  const proximity = subject >= 0.15 ? valueProximity(a.span, b.span, a.dimension) * 0.35 : 0
  const bonus = Math.max(numericBonus, proximity)
  let score = base + (1 - base) * bonus

  if ((perA && !perB) || (!perA && perB)) score *= 0.85
  if (ca.sourceId === cb.sourceId && numeric.score === 0 && !differentPeriods(ca, cb)) score *= 0.5

  const sameSpeaker = a.speaker !== '' && a.speaker === b.speaker
  const sharedPlaces = [...a.places].filter((p) => b.places.has(p)).sort()
  if (score >= 0.2) {
    if (sameSpeaker) score += (1 - score) * 0.1
    if (sharedPlaces.length) score += (1 - score) * 0.05
  }
  const evidence: PairEvidence = {
    score: Math.min(1, Math.max(0, score)),
    subject,
    numericScore: numeric.score,
    closeValues: proximity > numericBonus,
    sameSpeaker,
    sharedPlaces
  }
  if (numeric.fact && numeric.score > 0) evidence.numeric = numeric.fact
  return evidence
}

/** Prepare a claim for pairing; `weight` is filled in once IDF over all candidates is known. */
export function candidateOf(claim: Claim, dimension: string, tokens: string[]): Candidate {
  return { claim, dimension, tokens, set: new Set(tokens), weight: 0, places: placeWords(claim), scope: claimScope(claim), speaker: normName(claim.speaker), span: valueSpan(claim) }
}
