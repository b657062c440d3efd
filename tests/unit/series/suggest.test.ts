import { describe, expect, it } from 'vitest'
import { type Claim, type Series } from '../../../shared/model'
import { suggestSeries } from '../../../shared/series'
import { loadFixture, makeClaim, shuffled } from './fixture'

const NIGHT = ['c-obs-650', 'c-nunez-610', 'c-dispatch-610', 'c-mairie-700']
const HOSPITAL = ['c-nunez-50', 'c-dispatch-50', 'c-mairie-60']

describe('suggestSeries on the fixture claims', () => {
  const { claims, sources } = loadFixture()
  const suggestions = suggestSeries(claims, sources)

  it('finds the overnight places and the hospital places as two separate series', () => {
    const night = suggestions.find((s) => s.claimIds.includes('c-nunez-610'))
    const hospital = suggestions.find((s) => s.claimIds.includes('c-nunez-50'))
    expect(night).toBeDefined()
    expect(hospital).toBeDefined()
    expect(night?.key).not.toBe(hospital?.key)
    expect([...(night?.claimIds ?? [])].sort()).toEqual([...NIGHT].sort())
    expect([...(hospital?.claimIds ?? [])].sort()).toEqual([...HOSPITAL].sort())
  })

  it('groups the French and the English statement of the same figure', () => {
    const night = suggestions.find((s) => s.claimIds.includes('c-nunez-610'))
    expect(night?.claimIds).toContain('c-dispatch-610')
    expect(night?.reason).toContain('French and English sources')
    expect(night?.reason).toContain('same figures (610, before 200)')
    const hospital = suggestions.find((s) => s.claimIds.includes('c-nunez-50'))
    expect(hospital?.claimIds).toContain('c-dispatch-50')
  })

  it('lists claim ids in chronological order (period first, else the source date)', () => {
    const night = suggestions.find((s) => s.claimIds.includes('c-nunez-610'))
    // obs-650 is about "2023" (placed mid-2023), before the October interview and the November article.
    expect(night?.claimIds).toEqual(['c-obs-650', 'c-nunez-610', 'c-dispatch-610', 'c-mairie-700'])
  })

  it('keeps unrelated claims out and makes no suggestion from lone claims without a before value', () => {
    const grouped = new Set(suggestions.flatMap((s) => s.claimIds))
    for (const id of ['c-nunez-100-150', 'c-nunez-police', 'c-nunez-357', 'c-dispatch-camp', 'c-mairie-budget', 'c-obs-overdoses', 'c-budget-deficit', 'c-budget-debt', 'c-budget-jobs']) {
      expect(grouped.has(id), id).toBe(false)
    }
    expect(suggestions).toHaveLength(2)
  })

  it('excludes rejected claims and claims already in a series', () => {
    const grouped = new Set(suggestions.flatMap((s) => s.claimIds))
    expect(grouped.has('c-nunez-610-dup')).toBe(false)
    expect(grouped.has('c-budget-deficit-2024')).toBe(false)
    const existing: Series = { id: 'S', name: 'night', claimIds: ['c-dispatch-610', 'c-obs-650'], notes: '', createdAt: 'x', updatedAt: 'x' }
    const again = suggestSeries(claims, sources, { existing: [existing] })
    expect(again.flatMap((s) => s.claimIds)).not.toContain('c-dispatch-610')
    expect(again.flatMap((s) => s.claimIds)).not.toContain('c-obs-650')
    expect(again.find((s) => s.claimIds.includes('c-nunez-610'))?.claimIds).toEqual(['c-nunez-610', 'c-mairie-700'])
  })

  it('gives each suggestion a score in 0..1, a name, a unit-aware reason and a stable key', () => {
    for (const s of suggestions) {
      expect(s.score).toBeGreaterThanOrEqual(0.35)
      expect(s.score).toBeLessThanOrEqual(1)
      expect(s.name.length).toBeGreaterThan(0)
      expect(s.reason).toMatch(/^same unit \(count\)/)
      expect(s.key).toMatch(/^sugg-[0-9a-f]{16}$/)
    }
    expect(suggestions.map((s) => s.score)).toEqual([...suggestions.map((s) => s.score)].sort((a, b) => b - a))
  })

  it('is deterministic: shuffled input gives identical output and order', () => {
    const expected = JSON.stringify(suggestions)
    for (let seed = 1; seed <= 12; seed++) {
      expect(JSON.stringify(suggestSeries(shuffled(claims, seed), sources)), `seed ${seed}`).toBe(expected)
    }
  })

  it('drops everything below minScore', () => {
    expect(suggestSeries(claims, sources, { minScore: 0.99 })).toEqual([])
  })
})

describe('suggestSeries on the seed interview alone', () => {
  const { claims, sources } = loadFixture()
  const interview = claims.filter((c) => c.sourceId === 'src-nunez-fr')

  it('suggests the two before/after figures, 200 → 610 and 35 → 50, separately', () => {
    const s = suggestSeries(interview, sources)
    expect(s.map((x) => x.claimIds)).toEqual(expect.arrayContaining([['c-nunez-610'], ['c-nunez-50']]))
    expect(s).toHaveLength(2)
    expect(s.find((x) => x.claimIds[0] === 'c-nunez-610')?.reason).toContain('(200 → 610)')
    expect(s.find((x) => x.claimIds[0] === 'c-nunez-50')?.reason).toContain('(35 → 50)')
  })
})

describe('suggestSeries grouping rules', () => {
  const sources = new Map()

  it('never groups different units or currencies, however alike the subjects', () => {
    const claims = [
      makeClaim({ id: 'a', value: 610, kind: 'count', subjectKey: 'plac heberg nuit', sourceId: 's1' }),
      makeClaim({ id: 'b', value: 610, kind: 'money', unit: 'EUR', subjectKey: 'plac heberg nuit', sourceId: 's2' }),
      makeClaim({ id: 'c', value: 610, kind: 'money', unit: 'USD', subjectKey: 'plac heberg nuit', sourceId: 's3' }),
      makeClaim({ id: 'd', value: 61, kind: 'percent', unit: '%', subjectKey: 'plac heberg nuit', sourceId: 's4' })
    ]
    expect(suggestSeries(claims, sources)).toEqual([])
  })

  it('groups money claims in the same currency', () => {
    const claims = [
      makeClaim({ id: 'a', value: 3.5e6, kind: 'money', unit: 'EUR', subjectKey: 'budget plan crack', sourceId: 's1' }),
      makeClaim({ id: 'b', value: 3.6e6, kind: 'money', unit: 'EUR', subjectKey: 'plan crack budget annuel', sourceId: 's2' })
    ]
    const s = suggestSeries(claims, sources)
    expect(s).toHaveLength(1)
    expect(s[0].unit).toBe('EUR')
    expect(s[0].reason).toContain('same currency (EUR)')
  })

  it('does not join a rate per night with a rate per year', () => {
    const claims = [
      makeClaim({ id: 'a', value: 610, subjectKey: 'plac heberg', period: { text: 'par nuit', per: 'night' }, sourceId: 's1' }),
      makeClaim({ id: 'b', value: 610, subjectKey: 'plac heberg', period: { text: 'par an', per: 'year' }, sourceId: 's2' })
    ]
    expect(suggestSeries(claims, sources)).toEqual([])
  })

  it('joins an English and a French claim by numbers alone when value and before value both match', () => {
    const claims = [
      makeClaim({ id: 'fr', value: 610, previous: { value: 200 }, subjectKey: 'accueil disposit', sourceId: 's1' }),
      makeClaim({ id: 'en', value: 610, previous: { value: 200 }, subjectKey: 'bed provid', sourceId: 's2' })
    ]
    const s = suggestSeries(claims, sources)
    expect(s).toHaveLength(1)
    expect(s[0].claimIds.sort()).toEqual(['en', 'fr'])
  })

  it('does not join claims on an equal value alone when subjects share nothing', () => {
    const claims = [
      makeClaim({ id: 'a', value: 610, subjectKey: 'plac heberg', sourceId: 's1' }),
      makeClaim({ id: 'b', value: 610, subjectKey: 'vaccin dos', sourceId: 's2' })
    ]
    expect(suggestSeries(claims, sources)).toEqual([])
  })

  it('copes with damaged records (missing subject, sentence or key; NaN values) without throwing', () => {
    const broken = [
      makeClaim({ id: 'a', value: Number.NaN, subjectKey: 'plac' }),
      { ...makeClaim({ id: 'b', value: 610, previous: { value: 200 } }), subject: undefined, sentence: undefined, subjectKey: undefined } as unknown as Claim,
      { ...makeClaim({ id: 'c', value: 610, previous: { value: 200 } }), period: { per: 'night' } } as unknown as Claim
    ]
    const s = suggestSeries(broken, sources)
    expect(s.flatMap((x) => x.claimIds).sort()).toEqual(['b', 'c'])
    expect(s.every((x) => x.name.length > 0)).toBe(true)
  })
})
