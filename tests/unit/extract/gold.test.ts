// Scores shared/extract on the invented gold set (tests/fixtures/claims/invented; the rules were tuned on it) and fails when it
// falls below the thresholds here. Raise them as the extractor improves; never lower them to
// make a change pass. The table is printed so every run shows where the extractor stands.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGS, type Lang } from '../../../shared/model'
import { extractClaims } from '../../../shared/extract/index'
import { formatErrors, formatScore, fromExtracted, loadGold, scoreGold, type GoldPassage, type PredictedClaim, type ScoreReport } from './goldScore'

// Set from what shared/extract reached when the gold set landed (fr F1 0.889, en 0.862), rounded
// down by ~0.02. Issue 3 aims at F1 ≥ 0.95, subject ≥ 0.85, speaker ≥ 0.9 and no non-claim hit.
/** Minimum F1 per language. */
const MIN_F1: Record<Lang, number> = { fr: 0.97, en: 0.97 }
/** Minimum accuracies among matched claims. */
// Subjects are scored by Jaccard ≥ 0.5 alone since issue 10 (containment no longer counts), which
// measured 0.813 / 0.824 on this set: the minimums follow the stricter rule, not a weaker extractor.
const MIN_SUBJECT_ACC: Record<Lang, number> = { fr: 0.79, en: 0.8 }
const MIN_SPEAKER_ACC: Record<Lang, number> = { fr: 0.92, en: 0.93 }
const MIN_UNIT_ACC: Record<Lang, number> = { fr: 0.95, en: 0.98 }
const MIN_VALUE_HIGH_ACC: Record<Lang, number> = { fr: 0.98, en: 0.98 }
const MIN_PREVIOUS_ACC: Record<Lang, number> = { fr: 0.97, en: 0.97 }
/** Maximum predictions landing on annotated non-claims, per language. */
const MAX_NON_CLAIM_HITS: Record<Lang, number> = { fr: 0, en: 0 }
/** The whole gold set must score within this budget (about sixty short passages). */
const MAX_MS = 3000

const GOLD_DIR = join(__dirname, '../../fixtures/claims/invented')

/** What the extractor says about a passage, in the scorer's terms. */
function predict(p: GoldPassage): PredictedClaim[] {
  return extractClaims(p.text, { lang: p.lang, date: p.date }).map(fromExtracted)
}

describe('extractClaims on the gold set', () => {
  let scored: { report: ScoreReport; ms: number } | undefined
  // Scored once, on first use, so that each test can also run alone (vitest -t).
  const score = (): { report: ScoreReport; ms: number } => {
    if (scored) return scored
    const gold = loadGold(GOLD_DIR)
    if (!gold.ok) throw new Error(gold.error)
    const t0 = performance.now()
    const report = scoreGold(gold.value, predict)
    scored = { report, ms: performance.now() - t0 }
    console.log(`gold set: ${gold.value.length} passages scored in ${scored.ms.toFixed(0)} ms\n${formatScore(report, { byStyle: true })}`)
    // GOLD_ERRORS=n also prints the first n missed, spurious and mis-attributed claims of each sort.
    if (process.env.GOLD_ERRORS) console.log(formatErrors(report, Number(process.env.GOLD_ERRORS) || 20))
    return scored
  }

  it('scores every passage within the time budget', () => {
    expect(score().ms).toBeLessThan(MAX_MS)
  })

  for (const lang of LANGS) {
    it(`${lang}: F1 ≥ ${MIN_F1[lang]}, attributes at their minimums, non-claim hits ≤ ${MAX_NON_CLAIM_HITS[lang]}`, () => {
      const s = score().report.byLang[lang]
      expect(s, `no ${lang} passages were scored`).toBeDefined()
      if (!s) return
      expect(s.f1).toBeGreaterThanOrEqual(MIN_F1[lang])
      expect(s.subjectAcc).toBeGreaterThanOrEqual(MIN_SUBJECT_ACC[lang])
      expect(s.speakerAcc).toBeGreaterThanOrEqual(MIN_SPEAKER_ACC[lang])
      expect(s.unitAcc).toBeGreaterThanOrEqual(MIN_UNIT_ACC[lang])
      expect(s.valueHighAcc).toBeGreaterThanOrEqual(MIN_VALUE_HIGH_ACC[lang])
      expect(s.previousAcc).toBeGreaterThanOrEqual(MIN_PREVIOUS_ACC[lang])
      expect(s.nonClaimHits).toBeLessThanOrEqual(MAX_NON_CLAIM_HITS[lang])
    })
  }
})
