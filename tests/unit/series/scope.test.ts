import { describe, expect, it } from 'vitest'
import type { Source } from '../../../shared/model'
import { type SeriesPoint, claimScope, compareTable, findContradictions, scopeConflict, suggestSeries } from '../../../shared/series'
import { makeClaim } from './fixture'

function pt(claimId: string, x: string, value: number, extra: Partial<SeriesPoint> = {}): SeriesPoint {
  return { claimId, sourceId: `src-${claimId}`, x, xFrom: 'source', value, verdict: 'unverified', sourceTitle: `Source ${claimId}`, quote: 'q', unit: '%', ...extra } as SeriesPoint
}

describe('claim scope', () => {
  it('reads places (names, demonyms, capitalised abbreviations), populations and definitions', () => {
    const us = claimScope({ subject: 'unemployment', quote: 'four percent', sentence: 'Unemployment in the US is at four percent, Biden said.' })
    expect([...us.places]).toEqual(['us'])
    const fr = claimScope({ subject: 'taux de chômage', quote: '7,1 %', sentence: 'Le taux de chômage en France est de 7,1 % au sens du BIT.' })
    expect([...fr.places]).toEqual(['france'])
    expect([...fr.definitions]).toEqual(['ilo'])
    expect([...claimScope({ subject: 'taux de chômage des jeunes', quote: '17 %', sentence: 'Le taux de chômage des jeunes atteint 17 %.' }).populations]).toEqual(['youth'])
    // "us" the pronoun and "plus" are not the United States.
    expect([...claimScope({ subject: 'jobs', quote: '300', sentence: 'They told us 300 jobs, plus bonuses.' }).places]).toEqual([])
  })

  it('two stated places, or different populations, are two figures; an unstated place is not a conflict', () => {
    const fr = claimScope({ subject: 'chômage', quote: '7,1 %', sentence: 'Le chômage en France est à 7,1 %.' })
    const us = claimScope({ subject: 'unemployment', quote: '4%', sentence: 'American unemployment is 4%.' })
    const none = claimScope({ subject: 'chômage', quote: '7,3 %', sentence: 'Le chômage est à 7,3 %.' })
    const young = claimScope({ subject: 'chômage des jeunes', quote: '17 %', sentence: 'Le chômage des jeunes en France est à 17 %.' })
    expect(scopeConflict(fr, us)).toBe('place')
    expect(scopeConflict(fr, none)).toBeUndefined()
    expect(scopeConflict(fr, young)).toBe('population')
  })
})

describe('series respect place', () => {
  const source = (id: string, lang: 'fr' | 'en', date: string): Source => ({ id, kind: 'article', title: id, authors: [], speakers: [], publishedAt: date, importedAt: `${date}T00:00:00.000Z`, lang, text: '', segments: [], contentHash: id })
  const sources = new Map([['fr1', source('fr1', 'fr', '2024-01-10')], ['fr2', source('fr2', 'fr', '2024-04-10')], ['us1', source('us1', 'en', '2024-02-10')]])
  const claims = [
    makeClaim({ id: 'a', sourceId: 'fr1', kind: 'percent', unit: '%', value: 7.3, subject: 'taux de chômage', subjectKey: 'taux chômag', quote: '7,3 %', sentence: 'Le taux de chômage en France est de 7,3 %.' }),
    makeClaim({ id: 'b', sourceId: 'fr2', kind: 'percent', unit: '%', value: 7.5, subject: 'taux de chômage', subjectKey: 'taux chômag', quote: '7,5 %', sentence: 'Le taux de chômage en France atteint 7,5 %.' }),
    makeClaim({ id: 'c', sourceId: 'us1', kind: 'percent', unit: '%', value: 4, subject: 'unemployment rate', subjectKey: 'unemploy rate', quote: 'four percent', sentence: 'The unemployment rate in America is four percent, Biden said.', speaker: 'Joe Biden' })
  ]

  it('does not suggest a US rate in a French unemployment series', () => {
    const suggestions = suggestSeries(claims, sources)
    expect(suggestions.some((s) => s.claimIds.includes('a') && s.claimIds.includes('b'))).toBe(true)
    expect(suggestions.filter((s) => s.claimIds.includes('c') && (s.claimIds.includes('a') || s.claimIds.includes('b')))).toEqual([])
  })

  it('never flags a contradiction between points whose places differ', () => {
    const scopes = new Map(claims.map((c) => [c.id, claimScope(c)]))
    const points = [pt('a', '2024-02-01', 7.3), pt('c', '2024-02-10', 4)]
    expect(findContradictions(points, 0.5, 'month', { kind: 'pp' })).toHaveLength(1)
    expect(findContradictions(points, 0.5, 'month', { kind: 'pp', scopes })).toEqual([])
  })
})

describe('rates compare in percentage points', () => {
  const points = [pt('a', '2023-08-01', 7.1), pt('b', '2023-09-15', 7.8), pt('c', '2023-11-10', 7.3)]
  it('flags 7,1 % vs 7,8 % in one quarter (0.7 pp, though 9 % relative) and writes the change in pp', () => {
    const table = compareTable(points, { granularity: 'quarter', tolerance: 0.5 })
    expect(table.kind).toBe('pp')
    expect(table.rows[0].contradiction).toBe(true)
    expect(table.rows[0].contradictionDetail).toContain('0.7 pp apart, more than the 0.5 pp tolerance')
    expect(table.rows[1].changeFromPrevious).toBeCloseTo(7.3 - 7.45, 9)
    expect(compareTable(points, { granularity: 'quarter', tolerance: 1 }).rows[0].contradiction).toBe(false)
  })
  it('an invalid tolerance falls back to the default of its kind: 0.5 pp for rates, 10 % for counts', () => {
    expect(compareTable(points, { granularity: 'quarter', tolerance: Number.NaN }).rows[0].contradiction).toBe(true)
    const counts = [pt('x', '2023-10-01', 610, { unit: undefined }), pt('y', '2023-10-20', 650, { unit: undefined })]
    expect(compareTable(counts, { granularity: 'month', tolerance: Number.NaN })).toMatchObject({ kind: 'relative', rows: [{ contradiction: false }] })
  })
})
