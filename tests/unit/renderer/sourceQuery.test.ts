import { describe, expect, it } from 'vitest'
import { type Source } from '../../../shared/model'
import { summaryOf, wordsOf } from '../../../renderer/src/db/sourceSummary'
import { applyToAll, type DraftMeta } from '../../../renderer/src/features/library/importPipeline'
import { DEFAULT_SOURCE_QUERY, isFiltered, outletsOf, querySources, type SourceQuery } from '../../../renderer/src/features/library/sourceQuery'

function source(id: string, over: Partial<Source>): Source {
  return {
    id, kind: 'article', title: id, authors: [], speakers: [], importedAt: `2024-01-0${id.length}T00:00:00.000Z`, lang: 'fr', text: '', segments: [], contentHash: id, ...over
  }
}

const SOURCES = [
  source('a', { title: 'Élèves à Paris', outlet: 'Le Monde', publishedAt: '2023-10-05', speakers: ['Anne Souyris'], text: 'Près de 1 200 élèves sont concernés.', importedAt: '2024-01-03T00:00:00.000Z' }),
  source('b', { title: 'Crack : le plan', outlet: 'Libération', publishedAt: '2023', kind: 'interview', text: '610 consommateurs accueillis la nuit.', importedAt: '2024-01-02T00:00:00.000Z' }),
  source('c', { title: 'Beds in London', outlet: 'BBC', publishedAt: '2024-02', lang: 'en', text: 'About 300 shelter places.', importedAt: '2024-01-04T00:00:00.000Z' }),
  source('d', { title: 'Zéro chiffre', text: 'Rien.', importedAt: '2024-01-01T00:00:00.000Z' })
]
const COUNTS: Record<string, number> = { a: 3, b: 12, c: 1, d: 0 }
const ROWS = SOURCES.map((s) => summaryOf(s, COUNTS[s.id]))
const WORDS = new Map(SOURCES.map((s) => [s.id, wordsOf(s).words]))
const ids = (q: Partial<SourceQuery>, words: ReadonlyMap<string, string> | undefined = WORDS): string[] => querySources(ROWS, { ...DEFAULT_SOURCE_QUERY, ...q }, words).rows.map((r) => r.id)

describe('querySources (the Library)', () => {
  it('lists every source newest import first by default', () => {
    expect(ids({})).toEqual(['c', 'a', 'b', 'd'])
    expect(isFiltered(DEFAULT_SOURCE_QUERY)).toBe(false)
  })

  it('searches title, outlet, speaker and text by word prefix, accent- and case-insensitively; every word must match', () => {
    expect(ids({ search: 'eleves' })).toEqual(['a'])
    expect(ids({ search: 'LIBÉ' })).toEqual(['b'])
    expect(ids({ search: 'souy' })).toEqual(['a'])
    expect(ids({ search: 'consommateurs nuit' })).toEqual(['b'])
    expect(ids({ search: 'consommateurs london' })).toEqual([])
    expect(ids({ search: 'helter' })).toEqual([])
  })

  it('without the texts’ words, searches title, outlet and speakers only and says the text is pending', () => {
    const r = querySources(ROWS, { ...DEFAULT_SOURCE_QUERY, search: 'consommateurs' }, undefined)
    expect(r.rows).toEqual([])
    expect(r.textPending).toBe(true)
    expect(ids({ search: 'crack' }, undefined)).toEqual(['b'])
    expect(querySources(ROWS, DEFAULT_SOURCE_QUERY, undefined).textPending).toBe(false)
  })

  it('filters by kind, language, outlet and a date range of partial dates', () => {
    expect(ids({ kind: 'interview' })).toEqual(['b'])
    expect(ids({ lang: 'en' })).toEqual(['c'])
    expect(ids({ outlet: 'Le Monde' })).toEqual(['a'])
    expect(ids({ dateFrom: '2023', dateTo: '2023' })).toEqual(['a', 'b'])
    expect(ids({ dateFrom: '2023-10' })).toEqual(['c', 'a'])
    expect(ids({ dateTo: '2023-12-31' })).toEqual(['a', 'b'])
    expect(ids({ lang: 'fr', dateFrom: '2024' })).toEqual([])
  })

  it('sorts by date, title, outlet and number of claims both ways; sources without the field come last', () => {
    expect(ids({ sort: 'publishedAt', dir: 'desc' })).toEqual(['c', 'a', 'b', 'd'])
    expect(ids({ sort: 'publishedAt', dir: 'asc' })).toEqual(['b', 'a', 'c', 'd'])
    expect(ids({ sort: 'title', dir: 'asc' })).toEqual(['c', 'b', 'a', 'd'])
    expect(ids({ sort: 'title', dir: 'desc' })).toEqual(['d', 'a', 'b', 'c'])
    expect(ids({ sort: 'outlet', dir: 'asc' })).toEqual(['c', 'a', 'b', 'd'])
    expect(ids({ sort: 'outlet', dir: 'desc' })).toEqual(['b', 'a', 'c', 'd'])
    expect(ids({ sort: 'claimCount', dir: 'desc' })).toEqual(['b', 'a', 'c', 'd'])
    expect(ids({ sort: 'claimCount', dir: 'asc' })).toEqual(['d', 'c', 'a', 'b'])
  })

  it('lists outlets for the filter in accent-insensitive order', () => {
    expect(outletsOf(ROWS)).toEqual(['BBC', 'Le Monde', 'Libération'])
  })
})

describe('applyToAll (the import review)', () => {
  const meta = (title: string): DraftMeta => ({ title, outlet: 'Old', publishedAt: '2023', speakers: 'X', kind: 'article', lang: 'fr' })
  it('sets the filled fields on every draft and leaves the rest', () => {
    const out = applyToAll({ a: meta('A'), b: meta('B') }, { kind: 'transcript', outlet: '  France Inter ', speakers: '' })
    expect(out).toEqual({
      a: { ...meta('A'), kind: 'transcript', outlet: 'France Inter' },
      b: { ...meta('B'), kind: 'transcript', outlet: 'France Inter' }
    })
    expect(applyToAll({ a: meta('A') }, { lang: 'en', speakers: 'Anne Souyris' }).a).toMatchObject({ lang: 'en', speakers: 'Anne Souyris', outlet: 'Old' })
  })
})
