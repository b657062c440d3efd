import { describe, expect, it } from 'vitest'
import { type Source } from '../../../shared/model'
import { dateSpan, periodKey, periodSpan, placeClaim, previousDay, seriesPoints } from '../../../shared/series'
import { loadFixture, makeClaim } from './fixture'

const day = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10))

describe('dateSpan and periodKey', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31'],
    ['2023-10', '2023-10-01', '2023-10-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-Q4', '2023-10-01', '2023-12-31'],
    ['2023-10-05', '2023-10-05', '2023-10-05'],
    ['2023-10-05T22:10:00.000Z', '2023-10-05', '2023-10-05']
  ])('%s covers %s to %s', (iso, from, to) => {
    const s = dateSpan(iso)
    expect(day(s?.from)).toBe(from)
    expect(day(s?.to)).toBe(to)
  })

  it.each(['', 'octobre 2023', '2023-13', '2023-02-31', '23-10-05'])('refuses %j', (iso) => {
    expect(dateSpan(iso)).toBeUndefined()
  })

  it('keys a day by month, quarter and year', () => {
    expect(periodKey('2023-10-05', 'month')).toBe('2023-10')
    expect(periodKey('2023-10-05', 'quarter')).toBe('2023-Q4')
    expect(periodKey('2023-03-31', 'quarter')).toBe('2023-Q1')
    expect(periodKey('2023-10-05', 'year')).toBe('2023')
  })
})

describe('placeClaim', () => {
  const source = { id: 'src', publishedAt: '2023-10-05', title: 'T' } as Source

  it('uses the middle of a stated period', () => {
    const c = makeClaim({ id: 'a', period: { text: 'en 2023', start: '2023', end: '2023' } })
    expect(placeClaim(c, source)).toEqual({ x: '2023-07-02', xFrom: 'period' })
  })

  it('uses the end of a "since" period: a running total as of that day', () => {
    const c = makeClaim({ id: 'a', period: { text: 'depuis début 2023', start: '2023-01-01', end: '2023-10-05' } })
    expect(placeClaim(c, source)).toEqual({ x: '2023-10-05', xFrom: 'period' })
  })

  it('uses the stated date for an open "since" period and for a rate ("toutes les nuits")', () => {
    const since = makeClaim({ id: 'a', period: { text: 'since 2021', start: '2021' }, statedAt: '2023-11-14' })
    expect(placeClaim(since, source)).toEqual({ x: '2023-11-14', xFrom: 'source' })
    const rate = makeClaim({ id: 'b', period: { text: 'toutes les nuits', per: 'night' } })
    expect(placeClaim(rate, source)).toEqual({ x: '2023-10-05', xFrom: 'source' })
  })

  it('uses period.end alone, then statedAt, then the source date, else nothing', () => {
    expect(placeClaim(makeClaim({ id: 'a', period: { text: "d'ici fin 2024", end: '2024' } }), source).x).toBe('2024-12-31')
    expect(placeClaim(makeClaim({ id: 'b', statedAt: '2024-03' }), source)).toEqual({ x: '2024-03-16', xFrom: 'source' })
    expect(placeClaim(makeClaim({ id: 'c' }), source)).toEqual({ x: '2023-10-05', xFrom: 'source' })
    expect(placeClaim(makeClaim({ id: 'd' }), undefined)).toEqual({ x: '', xFrom: 'none' })
  })

  it('dates a before value only when its wording does', () => {
    expect(previousDay({ value: 200, when: 'avant' }, '2023-10-05')).toBeUndefined()
    expect(previousDay({ value: 200, when: 'en 2019' }, '2023-10-05')).toBe('2019-07-02')
    expect(previousDay({ value: 200, when: "l'an dernier" }, '2023-10-05')).toBe('2022-07-02')
    expect(previousDay({ value: 200, when: 'last year' }, '')).toBeUndefined()
  })
})

describe('seriesPoints', () => {
  const { byId, sources } = loadFixture()

  it('places, sorts and describes the points of a series, skipping missing claims', () => {
    const series = { id: 's', name: 'n', claimIds: ['c-mairie-700', 'c-nunez-610', 'gone', 'c-obs-650', 'c-nunez-610'], notes: '', createdAt: '', updatedAt: '' }
    const points = seriesPoints(series, byId, sources)
    expect(points.map((p) => [p.claimId, p.x, p.xFrom])).toEqual([
      ['c-obs-650', '2023-07-02', 'period'],
      ['c-nunez-610', '2023-10-05', 'source'],
      ['c-mairie-700', '2024-03-12', 'source']
    ])
    const nunez = points[1]
    expect(nunez.previous).toEqual({ value: 200 })
    expect(nunez.speaker).toBe('Laurent Nunez')
    expect(nunez.sourceTitle).toContain('Laurent Nunez sur le crack')
    expect(nunez.verdict).toBe('accurate')
    expect(points[2].approx).toBe('près de')
  })

  it('puts undated points last', () => {
    const claims = new Map([
      ['u', makeClaim({ id: 'u', sourceId: 'nowhere' })],
      ['d', makeClaim({ id: 'd', statedAt: '2020' })]
    ])
    const points = seriesPoints({ id: 's', name: 'n', claimIds: ['u', 'd'], notes: '', createdAt: '', updatedAt: '' }, claims, new Map())
    expect(points.map((p) => [p.claimId, p.xFrom])).toEqual([['d', 'source'], ['u', 'none']])
  })
})

describe('periodSpan', () => {
  it('is the calendar month, quarter, year or run of them a period names; never a day or an open "since"', () => {
    expect(periodSpan({ text: 'en octobre 2023', start: '2023-10', end: '2023-10' })).toEqual({ from: '2023-10-01', to: '2023-10-31', unit: 'month' })
    expect(periodSpan({ text: 'au T4 2023', start: '2023-Q4' })).toEqual({ from: '2023-10-01', to: '2023-12-31', unit: 'quarter' })
    expect(periodSpan({ text: 'in 2023', start: '2023', end: '2023' })).toEqual({ from: '2023-01-01', to: '2023-12-31', unit: 'year' })
    // As the extractor writes "au troisième trimestre 2023": a month, then the quarter's last day.
    expect(periodSpan({ text: 'au troisième trimestre 2023', start: '2023-07', end: '2023-09-30' })).toEqual({ from: '2023-07-01', to: '2023-09-30', unit: 'quarter' })
    expect(periodSpan({ text: 'de 2021 à 2023', start: '2021', end: '2023' })).toEqual({ from: '2021-01-01', to: '2023-12-31', unit: 'span' })
    expect(periodSpan({ text: 'depuis début 2023', start: '2023-01-01', end: '2023-10-05' })).toBeUndefined()
    expect(periodSpan({ text: 'since 2021', start: '2021' })).toBeUndefined()
    expect(periodSpan({ text: 'le 5 octobre', start: '2023-10-05', end: '2023-10-05' })).toBeUndefined()
    expect(periodSpan({ text: 'toutes les nuits', per: 'night' })).toBeUndefined()
  })
})
