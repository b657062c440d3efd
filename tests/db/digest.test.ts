import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../renderer/src/db/database'
import { rebuildAllDigests, verifyDigests } from '../../renderer/src/db/digest'
import { claimIndexOf } from '../../renderer/src/db/claimIndex'
import { type ClaimSortField, getClaim, queryClaims, setVerdict, updateClaim } from '../../renderer/src/db/repositories/claims'
import { addSourceWithClaims, deleteSource } from '../../renderer/src/db/repositories/sources'
import { createSeries, deleteSeries } from '../../renderer/src/db/repositories/series'
import { undoLast } from '../../renderer/src/db/repositories/history'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

const tick = () => new Promise((r) => setTimeout(r, 30))

describe('claim digests keep the Claims table true', () => {
  it('another window (another connection) sees this one’s changes at its next query', async () => {
    const a = freshDb()
    const source = makeSource(INTERVIEW)
    const claims = [makeClaim(source, '610 consommateurs'), makeClaim(source, '35 %')]
    await addSourceWithClaims(a, source, claims)
    const b = openDatabase(a.name)
    expect((await queryClaims(b, { verdict: ['false'] })).total).toBe(0)
    await setVerdict(a, [claims[1].id], 'false', 'me')
    expect((await queryClaims(b, { verdict: ['false'] })).rows.map((r) => r.id)).toEqual([claims[1].id])
    await deleteSource(a, source.id, 'me')
    expect((await queryClaims(b, {})).total).toBe(0)
    b.close()
  })

  it('writes that bypass the repositories are repaired right after they commit', async () => {
    const db = freshDb()
    const source = makeSource(INTERVIEW)
    const claims = [makeClaim(source, '610 consommateurs'), makeClaim(source, '35 %')]
    await addSourceWithClaims(db, source, claims)
    await db.claims.put({ ...claims[0], verdict: 'accurate', note: 'vu par la préfecture' })
    await db.claims.delete(claims[1].id)
    const other = makeSource('Il y a 12 lits.', { title: 'Autre' })
    await db.transaction('rw', db.sources, db.claims, async () => {
      await db.sources.add(other)
      await db.claims.add(makeClaim(other, '12 lits', { subject: 'lits' }))
    })
    await tick()
    expect((await queryClaims(db, { search: 'prefecture' })).rows.map((r) => r.id)).toEqual([claims[0].id])
    expect((await queryClaims(db, {})).total).toBe(2)
    expect((await queryClaims(db, { search: 'lits' })).rows[0].sourceTitle).toBe('Autre')
  })

  it('patches the digest of a claim edited in place without reading the source’s other claims, and the patch is what a rebuild writes', async () => {
    const db = freshDb()
    const source = makeSource(INTERVIEW)
    const quotes = ['610 consommateurs', '35 %', '200', '1 200 élèves', '2023']
    const claims = quotes.map((q) => makeClaim(source, q))
    await addSourceWithClaims(db, source, claims)
    const other = makeSource(INTERVIEW, { title: 'Other' })
    await addSourceWithClaims(db, other, [makeClaim(other, '610 consommateurs')])
    let reads = 0
    db.claims.hook('reading', (c) => {
      reads++
      return c
    })
    await setVerdict(db, [claims[1].id], 'false', 'me')
    await updateClaim(db, claims[2].id, { note: 'vérifié', tags: ['crack'] }, 'me')
    const series = await createSeries(db, { name: 'S', claimIds: [claims[0].id] }, 'me')
    // The edited claims themselves (before, after, the series' members), never the other two.
    expect(reads).toBeLessThanOrEqual(6)
    expect(await verifyDigests(db)).toEqual([])
    expect((await queryClaims(db, { verdict: ['false'] })).rows.map((r) => r.id)).toEqual([claims[1].id])
    expect((await queryClaims(db, { search: 'vérifié' })).rows.map((r) => r.id)).toEqual([claims[2].id])
    await deleteSeries(db, series.id, 'me')
    await undoLast(db, 'me')
    await undoLast(db, 'me')
    expect(await verifyDigests(db)).toEqual([])
  })

  it('can rebuild every digest from the stored claims', async () => {
    const db = freshDb()
    const source = makeSource(INTERVIEW)
    await addSourceWithClaims(db, source, [makeClaim(source, '610 consommateurs')])
    await addSourceWithClaims(db, makeSource('5 lits'), [])
    expect((await queryClaims(db, { search: 'consomm' })).total).toBe(1)
    await db.claimDigests.clear()
    expect((await queryClaims(db, { search: 'consomm' })).total).toBe(0)
    await rebuildAllDigests(db)
    expect((await queryClaims(db, { search: 'consomm' })).total).toBe(1)
    expect(await getClaim(db, (await db.claims.toCollection().first())!.id)).toBeDefined()
  })
})

describe('incremental sort orders', () => {
  it('after small edits, every cached order equals a fresh sort (as another window computes it)', async () => {
    const db = freshDb()
    const ids: string[] = []
    const speakers = ['Zoé', 'anne', 'Émile', undefined]
    for (let s = 0; s < 30; s++) {
      const text = Array.from({ length: 5 }, (_, k) => `${s * 10 + k} élèves`).join(', ')
      const source = makeSource(text, { title: `Source ${String.fromCharCode(90 - s)}`, publishedAt: s % 4 ? `202${s % 5}` : undefined })
      const claims = Array.from({ length: 5 }, (_, k) =>
        makeClaim(source, `${s * 10 + k} élèves`, { speaker: speakers[(s + k) % 4], statedAt: source.publishedAt, verdict: k % 2 ? 'false' : 'accurate' })
      )
      ids.push(...claims.map((c) => c.id))
      await addSourceWithClaims(db, source, claims)
    }
    const fields: ClaimSortField[] = ['value', 'subject', 'speaker', 'source', 'statedAt', 'period', 'verdict', 'status']
    const orders = async (d: typeof db) => {
      const out: string[][] = []
      for (const field of fields) for (const dir of ['asc', 'desc'] as const) out.push((await queryClaims(d, { sort: { field, dir } })).rows.map((r) => r.id))
      return out
    }
    await orders(db) // every order now cached
    await updateClaim(db, ids[7], { value: -1, speaker: 'Aaron', subject: 'zèbres' }, 'me')
    await setVerdict(db, [ids[20], ids[21]], 'unsupported', 'me')
    await updateClaim(db, ids[140], { speaker: undefined }, 'me')
    const fresh = openDatabase(db.name)
    expect(await orders(db)).toEqual(await orders(fresh))
    const byValue = await queryClaims(db, { sort: { field: 'value', dir: 'asc' }, limit: 1 })
    expect(byValue.rows[0].id).toBe(ids[7])
    fresh.close()
  })
})

describe('overlapping refreshes', () => {
  it('concurrent queries during edits all end with the latest data', async () => {
    const db = freshDb()
    const source = makeSource(INTERVIEW)
    const claims = [makeClaim(source, '610 consommateurs'), makeClaim(source, '35 %')]
    await addSourceWithClaims(db, source, claims)
    const pending: Promise<unknown>[] = []
    for (const verdict of ['false', 'accurate', 'misleading'] as const) {
      pending.push(queryClaims(db, {}))
      pending.push(setVerdict(db, [claims[0].id], verdict, 'me'))
      pending.push(queryClaims(db, { verdict: [verdict] }))
    }
    await Promise.all(pending)
    expect((await queryClaims(db, { verdict: ['misleading'] })).rows.map((r) => r.id)).toEqual([claims[0].id])
    expect((await queryClaims(db, { verdict: ['false', 'accurate'] })).total).toBe(0)
  })
})

describe('first paint before the index is loaded', () => {
  it('the default page comes straight from the date index, in the same order as the loaded index gives', async () => {
    const db = freshDb()
    for (let s = 0; s < 12; s++) {
      const text = Array.from({ length: 4 }, (_, k) => `${s * 10 + k} lits`).join(', ')
      const source = makeSource(text, { publishedAt: s % 5 === 0 ? undefined : `2023-0${(s % 3) + 1}`, title: `T${s}` })
      await addSourceWithClaims(db, source, Array.from({ length: 4 }, (_, k) => makeClaim(source, `${s * 10 + k} lits`, { statedAt: source.publishedAt })))
    }
    for (const dir of ['desc', 'asc'] as const) {
      const cold = openDatabase(db.name)
      const q = { sort: { field: 'statedAt' as const, dir }, offset: 3, limit: 20 }
      const first = await queryClaims(cold, q)
      expect(claimIndexOf(cold).loaded).toBe(false)
      await new Promise((r) => setTimeout(r, 50))
      expect(claimIndexOf(cold).loaded).toBe(true)
      const warm = await queryClaims(cold, q)
      expect(first.total).toBe(48)
      expect(first.rows.map((r) => [r.id, r.sourceTitle])).toEqual(warm.rows.map((r) => [r.id, r.sourceTitle]))
      // Past the dated claims: the full path answers even when cold.
      const tail = openDatabase(db.name)
      const last = await queryClaims(tail, { ...q, offset: 40, limit: 8 })
      expect(last.rows.map((r) => r.statedAt)).toEqual(Array(8).fill(undefined))
      expect(claimIndexOf(tail).loaded).toBe(true)
      cold.close()
      tail.close()
    }
  })
})

describe('search after edits', () => {
  it('finds new words and forgets old ones once a note or a subject changes', async () => {
    const db = freshDb()
    for (let s = 0; s < 10; s++) {
      const source = makeSource(`${s} consommateurs, ${s + 100} lits`)
      await addSourceWithClaims(db, source, [makeClaim(source, `${s} consommateurs`), makeClaim(source, `${s + 100} lits`, { subject: 'lits' })])
    }
    const first = (await queryClaims(db, { search: 'lits' })).rows[0]
    expect((await queryClaims(db, { search: 'lits' })).total).toBe(10)
    await updateClaim(db, first.id, { subject: 'places', note: 'Chiffre de la préfecture' }, 'me')
    expect((await queryClaims(db, { search: 'lits' })).total).toBe(10) // still in the quote
    expect((await queryClaims(db, { search: 'places prefec' })).rows.map((r) => r.id)).toEqual([first.id])
    await updateClaim(db, first.id, { note: '' }, 'me')
    expect((await queryClaims(db, { search: 'prefecture' })).total).toBe(0)
    expect((await queryClaims(db, { search: 'consommateurs 0' })).total).toBe(1)
  })
})
