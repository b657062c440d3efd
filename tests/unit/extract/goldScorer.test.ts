// The scorer judges every extractor (ours and Recognizers-Text in the benchmark), so it gets
// its own tests on predictions whose right score is known in advance.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  formatErrors, formatScore, loadGold, locateQuote, numbersIn, scoreGold, speakersAgree, subjectsAgree,
  type GoldPassage, type PredictedClaim
} from './goldScore'

const GOLD_DIR = join(__dirname, '../../fixtures/claims/invented')

/** The gold claims of a passage, as a perfect extractor would report them. */
function perfect(p: GoldPassage): PredictedClaim[] {
  return p.claims.map((c) => {
    const span = locateQuote(p.text, c)
    if (!span) throw new Error(`unlocatable quote in ${p.id}`)
    return { ...span, value: c.value, valueHigh: c.valueHigh, previous: c.previous, unit: c.unit, subject: c.subject, speaker: c.speaker }
  })
}

const text = 'Selon Marie Dupont, 610 consommateurs sont accueillis, c’était 200 avant. Rendez-vous le 5 octobre.'
const passage: GoldPassage = {
  id: 'synthetic', lang: 'fr', date: '2023-10-05', text,
  claims: [{
    quote: '610 consommateurs', value: 610, valueHigh: null, previous: { value: 200 }, kind: 'count', unit: null,
    approx: null, subject: 'consommateurs', speaker: 'Marie Dupont', period: null
  }],
  nonClaims: ['5 octobre']
}
const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })

describe('scoreGold', () => {
  const gold = loadGold(GOLD_DIR)

  it('gives a perfect extractor 1.0 everywhere on the real gold set', () => {
    if (!gold.ok) throw new Error(gold.error)
    const report = scoreGold(gold.value, perfect)
    for (const s of [report.byLang.fr, report.byLang.en, report.all]) {
      expect(s).toBeDefined()
      expect(s).toMatchObject({ precision: 1, recall: 1, f1: 1, fp: 0, fn: 0, nonClaimHits: 0 })
      expect(s).toMatchObject({ unitAcc: 1, valueHighAcc: 1, previousAcc: 1, subjectAcc: 1, speakerAcc: 1 })
    }
    expect(report.all.tp).toBe(gold.value.reduce((n, p) => n + p.claims.length, 0))
    expect(Object.keys(report.byStyle)).toEqual(expect.arrayContaining(['fr-interviews', 'en-parliament']))
    expect(Object.values(report.byStyle).reduce((n, s) => n + s.gold, 0)).toBe(report.all.gold)
  })

  it('lowers recall, not precision, when claims are missed', () => {
    if (!gold.ok) throw new Error(gold.error)
    const half = scoreGold(gold.value, (p) => perfect(p).filter((_, i) => i % 2 === 0))
    expect(half.all.precision).toBe(1)
    expect(half.all.recall).toBeGreaterThan(0.4)
    expect(half.all.recall).toBeLessThan(0.6)
    expect(half.all.fn).toBe(half.falseNegatives.length)
  })

  it('scores nothing predicted as recall 0 and F1 0', () => {
    const report = scoreGold([passage], () => [])
    expect(report.all).toMatchObject({ tp: 0, fn: 1, fp: 0, recall: 0, f1: 0 })
  })

  it('matches a decrease read with the wrong sign, and scores the sign apart', () => {
    const fall: GoldPassage = {
      ...passage,
      text: 'Le chômage a reculé de 0,4 point, à 7,1 %.',
      claims: [
        { quote: '0,4 point', value: -0.4, valueHigh: null, previous: null, kind: 'change', unit: 'pp', approx: null, subject: 'chômage', speaker: null, period: null },
        { quote: '7,1 %', value: 7.1, valueHigh: null, previous: null, kind: 'percent', unit: '%', approx: null, subject: 'chômage', speaker: null, period: null }
      ],
      nonClaims: []
    }
    const where = (s: string): { start: number; end: number } => ({ start: fall.text.indexOf(s), end: fall.text.indexOf(s) + s.length })
    const wrong = scoreGold([fall], () => [{ ...where('0,4 point'), value: 0.4 }, { ...where('7,1 %'), value: 7.1 }])
    expect(wrong.all).toMatchObject({ tp: 2, decreases: 1, signAcc: 0 })
    expect(wrong.attributeErrors.filter((e) => e.field === 'sign')).toHaveLength(1)
    const right = scoreGold([fall], () => [{ ...where('0,4 point'), value: -0.4 }, { ...where('7,1 %'), value: 7.1 }])
    expect(right.all).toMatchObject({ tp: 2, decreases: 1, signAcc: 1 })
    const levelNegated = scoreGold([fall], () => [{ ...where('7,1 %'), value: -7.1 }])
    expect(levelNegated.attributeErrors.map((e) => e.field)).toContain('sign')
  })

  it('measures how many annotated previous values are found', () => {
    const report = scoreGold([passage], () => [{ ...at('610 consommateurs'), value: 610, previous: { value: 200 } }])
    expect(report.all).toMatchObject({ withPrevious: 1, previousRecall: 1, previousAcc: 1 })
    const missed = scoreGold([passage], () => [{ ...at('610 consommateurs'), value: 610 }])
    expect(missed.all).toMatchObject({ withPrevious: 1, previousRecall: 0, previousAcc: 0 })
  })

  it('needs both overlap and an equal value to match', () => {
    const wrongValue = scoreGold([passage], () => [{ ...at('610 consommateurs'), value: 61 }])
    expect(wrongValue.all).toMatchObject({ tp: 0, fp: 1, fn: 1 })
    const elsewhere = scoreGold([passage], () => [{ ...at('Selon'), value: 610 }])
    expect(elsewhere.all).toMatchObject({ tp: 0, fp: 1, fn: 1 })
    const partial = scoreGold([passage], () => [{ ...at('610'), value: 610 + 610 * 1e-12 }])
    expect(partial.all).toMatchObject({ tp: 1, fp: 0, fn: 0 })
  })

  it('matches one to one: a second prediction on the same claim is a false positive', () => {
    const report = scoreGold([passage], () => [
      { ...at('610'), value: 610 },
      { ...at('610 consommateurs sont accueillis'), value: 610 }
    ])
    expect(report.all).toMatchObject({ tp: 1, fp: 1, fn: 0 })
    expect(report.falsePositives[0].text).toBe('610')
  })

  it('counts a prediction on a non-claim as a non-claim hit and a false positive', () => {
    const report = scoreGold([passage], () => [{ ...at('610 consommateurs'), value: 610 }, { ...at('5 octobre'), value: 5 }])
    expect(report.all).toMatchObject({ tp: 1, fp: 1, nonClaimHits: 1 })
    expect(report.nonClaimHits[0].text).toBe('5 octobre')
  })

  it('counts an unannotated number as a false positive but not as a non-claim hit', () => {
    const report = scoreGold([passage], () => [{ ...at('610 consommateurs'), value: 610 }, { ...at('200'), value: 200 }])
    expect(report.all).toMatchObject({ tp: 1, fp: 1, nonClaimHits: 0 })
  })

  it('measures attributes among matches only', () => {
    const report = scoreGold([passage], () => [
      { ...at('610 consommateurs'), value: 610, unit: 'EUR', previous: null, subject: 'personnes', speaker: 'Dupont' }
    ])
    expect(report.all).toMatchObject({ tp: 1, unitAcc: 0, previousAcc: 0, subjectAcc: 0, speakerAcc: 1, valueHighAcc: 1 })
    expect(report.attributeErrors.map((e) => e.field).sort()).toEqual(['previous', 'subject', 'unit'])
  })

  it('throws when a gold quote cannot be located', () => {
    const broken = { ...passage, claims: [{ ...passage.claims[0], quote: 'absent' }] }
    expect(() => scoreGold([broken], () => [])).toThrow(/absent/)
  })

  it('prints a table with a row per language and one for all, and readable errors', () => {
    const report = scoreGold([passage], () => [{ ...at('5 octobre'), value: 5 }])
    const table = formatScore(report)
    expect(table.split('\n')).toHaveLength(3)
    expect(table).toMatch(/^\s*lang\s+pass/)
    expect(table).toMatch(/\n\s*fr\s+1\s+1\s+1\s+0\s+1\s+1\s+0\.000/)
    expect(formatErrors(report)).toContain('"5 octobre" = 5')
    expect(formatScore({ ...report, byStyle: { 'fr-news': report.all } }, { byStyle: true }).split('\n')).toHaveLength(4)
  })
})

describe('attribute comparisons', () => {
  it('subjects agree on word overlap (Jaccard ≥ 0.5), ignoring case, accents and function words; containment alone is not enough', () => {
    expect(subjectsAgree('consommateurs de crack', 'Consommateurs')).toBe(true)
    expect(subjectsAgree('espérance de vie', 'esperance de vie a la naissance')).toBe(true)
    expect(subjectsAgree('taux de chômage des jeunes actifs', 'taux')).toBe(false)
    expect(subjectsAgree('consommateurs accueillis toutes les nuits', 'consommateurs')).toBe(false)
    expect(subjectsAgree('consommateurs de crack', 'de')).toBe(false)
    expect(subjectsAgree('lits médicalisés', 'policiers')).toBe(false)
    expect(subjectsAgree('lits', null)).toBe(false)
  })

  it('speakers agree on folded names, titles dropped, or one name inside the other; null only with null', () => {
    expect(speakersAgree('Laurent Nunez', 'NUNEZ')).toBe(true)
    expect(speakersAgree("l'Insee", 'Insee')).toBe(true)
    expect(speakersAgree('Mme Laure Besson', 'Laure Besson')).toBe(true)
    expect(speakersAgree('Hélène Moreau', 'Helene Moreau')).toBe(true)
    expect(speakersAgree(null, undefined)).toBe(true)
    expect(speakersAgree(null, 'Nunez')).toBe(false)
    expect(speakersAgree('Nunez', null)).toBe(false)
    expect(speakersAgree('Graham Pike', 'the minister')).toBe(false)
  })

  it('reads the numbers a non-claim could be mistaken for', () => {
    expect(numbersIn('article 49.3')).toEqual(expect.arrayContaining([49, 3, 49.3]))
    expect(numbersIn('20h30')).toEqual(expect.arrayContaining([20, 30, 20.3, 20.5]))
    expect(numbersIn('01 42 68 53 00')).toContain(142685300)
    expect(numbersIn('Un an après')).toContain(1)
    expect(numbersIn('a decade ago')).toContain(10)
    expect(numbersIn('page')).toEqual([])
  })
})
