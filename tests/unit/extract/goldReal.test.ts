// Scores shared/extract on the real-text gold sets (tests/fixtures/claims/dev and test, GUIDELINES.md).
// dev is for tuning; test is frozen and its figures are the ones the README reports. The minimums below
// are floors under what the extractor measured when each was set, with a real margin (a few points), so a
// change that makes extraction worse on text it was not tuned on fails here. Issue 10's targets (F1 ≥ 0.93,
// subject ≥ 0.85, sign ≥ 0.95, previous ≥ 0.90, no non-claim) are far above them: raise the floors as it gets there.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGS, type Lang } from '../../../shared/model'
import { extractClaims } from '../../../shared/extract/index'
import { formatErrors, formatScore, fromExtracted, loadGold, scoreGold, type ScoreReport } from './goldScore'

interface Floors {
  f1: number
  subject: number
  speaker: number
  unit: number
  maxNonClaimHits: number
}

// Measured 2026-12-02 (test: F1 0.835 / 0.790, subject 0.533 / 0.531, speaker 0.747 / 0.692, unit 0.951 / 0.946,
// non-claim hits 21 / 11; dev: F1 0.796 / 0.782, subject 0.504 / 0.534, speaker 0.922 / 0.860, non-claim hits 18 / 17).
// Subject floors raised with issue 10's noun-phrase stage: dev subject 0.736 / 0.697 on the 196 committed passages
// (0.646 / 0.629 with the passages being added), test 0.566 / 0.523.
const FLOORS: Record<'dev' | 'test', Record<Lang, Floors>> = {
  // test measured at the end of the non-claim, rank, age, duration and sign stages: F1 0.876 / 0.838,
  // speaker 0.741 / 0.758, unit 0.954 / 0.915, non-claim hits 20 / 23 (fr / en); floors 3–4 points under
  // The non-claim caps were set from goldReport, which then scored the raw claims, not their figure spans as this
  // test does (20 / 23 there were 22 / 25 here): a margin of one. goldReport now scores as this test does; measured
  // 2026-12-03 after the score, rank and duration stages: F1 0.878 / 0.847, non-claim hits 22 / 27 (the duration stage
  // added 2 in English while raising F1); caps 3 above.
  // End of the 2026-12-03 session (word-class lexicons, scores, ranks, durations, pairs): F1 0.879 / 0.868, subject
  // 0.592 / 0.567, speaker 0.745 / 0.749, unit 0.954 / 0.913, non-claim hits 19 / 27; floors 3–4 points under.
  test: {
  // 2026-12-08: batch 13's first 16 French web test passages (statistics, press releases, market reports) joined the
  // frozen split unscored by any rule: fr F1 0.898, subject 0.598, non-claim hits 23; the French cap to 27.
  // With its 16 French transcript, speech and local-news test passages: fr F1 0.896, speaker 0.706 (unlabelled radio
  // turns and speeches in the first person are new); the French speaker floor to 0.67.
  // Batch 13's French part D (33 pages, all to test: statistics, press releases, market reports, local news): fr F1
  // 0.885, subject 0.580, non-claim hits 49 (22 of them on these pages, unseen by any rule); the French cap to 55.
  // And part E (32 pages, all to test: transcripts, parliaments of France, Québec and Geneva, speeches, interviews):
  // fr F1 0.874, non-claim hits 69 (20 on these pages); the French cap to 75.
  // Part G (36 French pages split 16/20): fr non-claim hits 78; the French cap to 85.
  // Part F (French, 18 test pages): fr non-claim hits 87; the French cap to 95.
    fr: { f1: 0.85, subject: 0.55, speaker: 0.67, unit: 0.92, maxNonClaimHits: 95 },
  // 2026-12-08: batch 13's 27 English web test passages (statistics, press releases, market reports, transcripts,
  // speeches, local news) joined unscored by any rule: en F1 0.858, speaker 0.735, non-claim hits 40; the English cap
  // to 46 and the speaker floor to 0.70 (the transcripts' turns and the speeches' first person are new).
  // With batch 13's last web part (interviews, wires, parliaments outside Europe; 13 English and 14 French test
  // passages): en F1 0.863, speaker 0.694, non-claim hits 45; fr F1 0.903, speaker 0.739. English speaker floor to 0.65.
  // English parts D and E (64 pages, all to test): en F1 0.879, speaker 0.680, non-claim hits 60; the English cap to 66.
  // Part F (36 English pages split 18/18): en non-claim hits 71; the English cap to 78.
  // Part H (18 English test pages): en speaker 0.664, non-claim hits 79; the speaker floor to 0.62, the cap to 86.
    en: { f1: 0.83, subject: 0.53, speaker: 0.62, unit: 0.88, maxNonClaimHits: 86 }
  },
  // dev (tuned on), 557 passages with the third and fourth batches (280 mostly claim-free passages, 2026-12-03):
  // F1 0.920 / 0.935, subject 0.687 / 0.613, unit 0.966 / 0.912, non-claim hits 18 / 14. With batches 7 and 8
  // (264 fresh passages, second 2026-12-03 session; 1 074 passages): F1 0.929 / 0.945, subject 0.666 / 0.610, non-claim
  // hits 27 / 21 — batch 8's own non-claims are harder than the rules; caps raised to 30 / 24, not the other floors.
  // Batch 9 (70 English passages): en F1 0.936, non-claim hits 26; the English cap to 30. With batches 10 and 11
  // (1 284 passages): F1 0.945 / 0.941, subject 0.662 / 0.616, non-claim hits 25 / 32; the English cap to 36.
  // 2026-12-04, with batch 12 (1 367 passages) and score teams, phrases of place, -ment/-ly words: F1 0.943 / 0.945,
  // subject 0.713 / 0.660, speaker 0.931 / 0.911, non-claim hits 27 / 30; the subject floors raised 3–5 points under.
  // Second 2026-12-04 session (measures as complements, factors, asides, ages, currencies; 'first time' relabelled
  // a non-claim in English): F1 0.949 / 0.955, subject 0.740 / 0.689, non-claim hits 26 / 30; F1 and subject floors
  // raised to 3–4 points under.
  dev: {
  // 2026-12-08, with batch 13's 21 French web dev passages (1 388 passages): fr F1 0.942, subject 0.699, non-claim
  // hits 40 (the web pages' own non-claims, not yet tuned on); French subject floor to 0.66 and cap to 44 until tuned.
  // With batch 13's last web part (1 484 passages): fr F1 0.938, speaker 0.871; the French speaker floor to 0.84.
  // Part G (20 French dev pages chosen for their non-claims): fr non-claim hits 46; the cap to 52.
  // Part H (18 French dev pages): fr non-claim hits 56; the cap to 62.
    fr: { f1: 0.91, subject: 0.63, speaker: 0.82, unit: 0.93, maxNonClaimHits: 62 },
  // With batch 13's 18 English web dev passages (statistics, press releases, market reports; 1 406 passages): en F1
  // 0.945, subject 0.669, non-claim hits 38; the English cap to 44 until they are tuned on. With its 20 English
  // transcript, speech and local-news dev passages (1 426 passages): en F1 0.937, non-claim hits 44; the cap to 50.
  // Part F (18 English dev pages chosen for their non-claims): en non-claim hits 51; the cap to 58.
  // Part G (22 English dev pages): en non-claim hits 59, speaker 0.840; the cap to 66, the speaker floor to 0.81.
  // Part H (19 English dev pages, speaker 0.544 at first score): en speaker 0.803, non-claim hits 65; the floor to 0.77.
    en: { f1: 0.92, subject: 0.63, speaker: 0.77, unit: 0.87, maxNonClaimHits: 72 }
  }
}

for (const set of ['dev', 'test'] as const) {
  describe(`extractClaims on the real-text gold set: ${set}`, () => {
    let report: ScoreReport | undefined
    const score = (): ScoreReport => {
      if (report) return report
      const gold = loadGold(join(__dirname, '../../fixtures/claims', set))
      if (!gold.ok) throw new Error(gold.error)
      report = scoreGold(gold.value, (p) => extractClaims(p.text, { lang: p.lang, date: p.date }).map(fromExtracted))
      console.log(`gold ${set}: ${gold.value.length} passages\n${formatScore(report)}`)
      if (process.env.GOLD_ERRORS && set === 'dev') console.log(formatErrors(report, Number(process.env.GOLD_ERRORS) || 20))
      return report
    }
    for (const lang of LANGS) {
      const f = FLOORS[set][lang]
      it(`${lang}: F1 ≥ ${f.f1}, subject ≥ ${f.subject}, speaker ≥ ${f.speaker}, unit ≥ ${f.unit}, non-claim hits ≤ ${f.maxNonClaimHits}`, () => {
        const s = score().byLang[lang]
        expect(s, `no ${lang} passages in ${set}`).toBeDefined()
        if (!s) return
        expect(s.f1).toBeGreaterThanOrEqual(f.f1)
        expect(s.subjectAcc).toBeGreaterThanOrEqual(f.subject)
        expect(s.speakerAcc).toBeGreaterThanOrEqual(f.speaker)
        expect(s.unitAcc).toBeGreaterThanOrEqual(f.unit)
        expect(s.nonClaimHits).toBeLessThanOrEqual(f.maxNonClaimHits)
      })
    }
  })
}
