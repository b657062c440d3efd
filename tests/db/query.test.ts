import 'fake-indexeddb/auto'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type Claim, type ClaimStatus, type Source, type Verdict } from '../../shared/model'
import { type ClaimLedgerDB } from '../../renderer/src/db/database'
import { foldText, speakerKey } from '../../renderer/src/db/search'
import { type ClaimQuery, type ClaimSortField, queryClaims } from '../../renderer/src/db/repositories/claims'
import { createSeries } from '../../renderer/src/db/repositories/series'
import { addSourceWithClaims } from '../../renderer/src/db/repositories/sources'
import { freshDb, makeClaim, makeSource } from './helpers'

/** A small deterministic pseudo-random generator, so the data set is the same every run. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
}

const SUBJECTS = ['Interpellations', 'élèves', 'consommateurs', 'Beds', 'euros', 'Œuvres', 'zèbres', 'Ánimo']
const SPEAKERS = ['Anne Souyris', 'anne souyris', 'Émile Zola', 'Bob', undefined]
const VERDICTS: Verdict[] = ['unverified', 'accurate', 'misleading', 'false', 'unsupported']
const STATUSES: ClaimStatus[] = ['extracted', 'confirmed', 'edited', 'rejected', 'manual']
const DATES = ['2022', '2023-01', '2023-10-05', '2023-10-31', '2024-02-29', undefined]

let db: ClaimLedgerDB
let sources: Source[]
let all: (Claim & { title: string; lang: string })[]
let seriesId: string

beforeAll(async () => {
  db = freshDb()
  const r = rng(7)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
  sources = []
  all = []
  const titles = ['Le Parisien', 'The Daily', 'élysée.fr', 'Radio Cité']
  for (let s = 0; s < 4; s++) {
    const words = Array.from({ length: 40 }, (_, i) => `${i + 1} ${pick(SUBJECTS)}`)
    const text = words.join(', ') + '.'
    const date = DATES[s]
    const source = makeSource(text, { title: titles[s], lang: s % 2 ? 'en' : 'fr', publishedAt: date })
    const claims: Claim[] = []
    let offset = 0
    for (const w of words) {
      const start = text.indexOf(w, offset)
      offset = start + w.length
      const subject = w.slice(w.indexOf(' ') + 1)
      const period = r() < 0.5 ? { text: pick(['en 2022', 'depuis début 2023', 'par nuit']), start: r() < 0.5 ? pick(['2022', '2023-01']) : undefined } : undefined
      const claim = makeClaim(source, w, {
        start, end: start + w.length, quote: w, value: Math.round(r() * 1000) / 10, subject, subjectKey: foldText(subject),
        speaker: pick(SPEAKERS), statedAt: pick(DATES), verdict: pick(VERDICTS), status: pick(STATUSES),
        tags: r() < 0.3 ? ['crack'] : r() < 0.5 ? ['crack', 'paris'] : [], note: r() < 0.2 ? 'Vérifié auprès de la préfecture' : '',
        ...(period ? { period: period.start ? period : { text: period.text } } : {})
      })
      claims.push(claim)
      all.push({ ...claim, title: source.title, lang: source.lang })
    }
    await addSourceWithClaims(db, source, claims)
    sources.push(source)
  }
  const series = await createSeries(db, { name: 'S', claimIds: all.filter((_, i) => i % 7 === 0).map((c) => c.id) }, 'me')
  seriesId = series.id
  for (const c of all) if (all.indexOf(c) % 7 === 0) c.seriesId = seriesId
})

afterEach(() => undefined)

/** The answer computed the obvious way, over the whole array. */
function expected(q: ClaimQuery): Set<string> {
  const words = foldText(q.search ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  return new Set(
    all
      .filter((c) => {
        if (q.lang && c.lang !== q.lang) return false
        // One speaker however the name is cased, accented or spaced (issue 13, item 3).
        if (q.speaker && speakerKey(c.speaker ?? '') !== speakerKey(q.speaker)) return false
        if (q.verdict && !q.verdict.includes(c.verdict)) return false
        if (q.status && !q.status.includes(c.status)) return false
        if (q.sourceId && c.sourceId !== q.sourceId) return false
        if (q.tag && !c.tags.includes(q.tag)) return false
        if (q.seriesId && c.seriesId !== q.seriesId) return false
        if (q.dateFrom && !(c.statedAt !== undefined && c.statedAt >= q.dateFrom)) return false
        if (q.dateTo && !(c.statedAt !== undefined && c.statedAt.slice(0, q.dateTo.length) <= q.dateTo)) return false
        const hay = foldText([c.quote, c.subject, c.speaker ?? '', c.note].join(' ')).split(/[^\p{L}\p{N}]+/u)
        return words.every((w) => hay.some((h) => h.startsWith(w)))
      })
      .map((c) => c.id)
  )
}

describe('queryClaims filters', () => {
  const cases: [string, () => ClaimQuery][] = [
    ['everything', () => ({})],
    ['language', () => ({ lang: 'en' })],
    ['speaker', () => ({ speaker: 'Anne Souyris' })],
    ['verdicts', () => ({ verdict: ['false', 'misleading'] })],
    ['statuses', () => ({ status: ['manual'] })],
    ['source', () => ({ sourceId: sources[2].id })],
    ['tag', () => ({ tag: 'paris' })],
    ['series', () => ({ seriesId })],
    ['date range', () => ({ dateFrom: '2023-01', dateTo: '2023-10' })],
    ['date from only', () => ({ dateFrom: '2023-10-06' })],
    ['search', () => ({ search: 'eleves' })],
    ['combined', () => ({ search: 'anne', lang: 'fr', verdict: ['accurate', 'unverified', 'false'], tag: 'crack' })],
    ['no match', () => ({ search: 'xylophone' })]
  ]
  for (const [name, q] of cases) {
    it(`${name}: the same claims as a plain filter`, async () => {
      const want = expected(q())
      const got = await queryClaims(db, q())
      expect(got.total).toBe(want.size)
      expect(new Set(got.rows.map((r) => r.id))).toEqual(want)
      if (name !== 'no match') expect(want.size).toBeGreaterThan(0)
    })
  }

  it('date bounds include partial dates within them', async () => {
    const { rows } = await queryClaims(db, { dateFrom: '2023-10-31', dateTo: '2023-10' })
    expect(new Set(rows.map((r) => r.statedAt))).toEqual(new Set(['2023-10-31']))
  })
})

describe('search', () => {
  it('is accent- and case-insensitive both ways, with prefixes', async () => {
    const count = async (search: string) => (await queryClaims(db, { search })).total
    const eleves = expected({ search: 'eleves' }).size
    expect(await count('ÉLÈVES')).toBe(eleves)
    expect(await count('élè')).toBe(eleves)
    expect(await count('interpellation')).toBe(expected({ search: 'interpellations' }).size)
    expect(await count('interpel')).toBeGreaterThan(0)
    expect(await count('oeuvres')).toBe(await count('Œuvres'))
    expect(await count('emile')).toBe(expected({ speaker: 'Émile Zola' }).size)
    expect(await count('prefecture')).toBe(all.filter((c) => c.note !== '').length)
    expect(await count('  ')).toBe(all.length)
  })

  it('returns rows with their source title and language, and no search internals', async () => {
    const { rows } = await queryClaims(db, { search: 'zebres', limit: 1 })
    const claim = all.find((c) => c.id === rows[0].id)!
    expect(rows[0].sourceTitle).toBe(claim.title)
    expect(rows[0].sourceLang).toBe(claim.lang)
    expect(Object.keys(rows[0]).filter((k) => k.startsWith('sort') || k === 'searchWords')).toEqual([])
  })
})

describe('queryClaims sort and paging', () => {
  const fields: ClaimSortField[] = ['value', 'subject', 'speaker', 'source', 'statedAt', 'period', 'verdict', 'status']
  for (const field of fields)
    for (const dir of ['asc', 'desc'] as const) {
      it(`${field} ${dir}: ordered by the folded key, ties by id, blanks last`, async () => {
        const q: ClaimQuery = { sort: { field, dir }, verdict: ['accurate', 'unverified', 'false', 'misleading'] }
        const { rows } = await queryClaims(db, q)
        const key = (c: Claim & { sourceTitle: string }): string | number | undefined => {
          switch (field) {
            case 'value': return c.value
            case 'subject': return foldText(c.subject)
            case 'speaker': return c.speaker && foldText(c.speaker)
            case 'source': return foldText(c.sourceTitle)
            case 'statedAt': return c.statedAt
            case 'period': return c.period?.start ?? (c.period ? foldText(c.period.text) : undefined)
            case 'verdict': return c.verdict
            case 'status': return c.status
          }
        }
        const sign = dir === 'asc' ? 1 : -1
        const want = [...rows].sort((a, b) => {
          const x = key(a)
          const y = key(b)
          if (x === undefined || y === undefined) return x === y ? (a.id < b.id ? -1 : 1) : x === undefined ? 1 : -1
          if (x !== y) return sign * (x < y ? -1 : 1)
          return sign * (a.id < b.id ? -1 : 1)
        })
        expect(rows.map((r) => r.id)).toEqual(want.map((r) => r.id))
        expect(rows.length).toBe(expected(q).size)
      })
    }

  it('unfiltered: every claim, blanks last', async () => {
    const a = await queryClaims(db, { sort: { field: 'speaker', dir: 'desc' } })
    expect(a.total).toBe(all.length)
    expect(a.rows).toHaveLength(all.length)
    expect(a.rows.at(-1)?.speaker).toBeUndefined()
  })

  it('pages: offset and limit slice the same order, total counts every match', async () => {
    const q: ClaimQuery = { sort: { field: 'value', dir: 'asc' } }
    const full = await queryClaims(db, q)
    const page = await queryClaims(db, { ...q, offset: 10, limit: 25 })
    expect(page.total).toBe(all.length)
    expect(page.rows.map((r) => r.id)).toEqual(full.rows.slice(10, 35).map((r) => r.id))
    expect((await queryClaims(db, { ...q, offset: all.length + 5, limit: 10 })).rows).toEqual([])
  })

  it('defaults to newest statement first', async () => {
    const { rows } = await queryClaims(db, {})
    expect(rows[0].statedAt).toBe('2024-02-29')
  })
})
