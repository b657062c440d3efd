import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { DatabaseError } from '../../renderer/src/db/errors'
import { getClaim, listClaimsForSource, queryClaims } from '../../renderer/src/db/repositories/claims'
import { historyFor, undoLast } from '../../renderer/src/db/repositories/history'
import { addClaimsToSeries, createSeries, getSeriesWithClaims } from '../../renderer/src/db/repositories/series'
import {
  addSourceWithClaims, deleteSource, findByContentHash, getSource, importBatch, listSourceOptions, listSources, updateSourceMeta
} from '../../renderer/src/db/repositories/sources'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

function interview(over = {}) {
  const source = makeSource(INTERVIEW, { title: 'Entretien', speakers: ['Anne Souyris'], ...over })
  const claims = [
    makeClaim(source, '1 200 élèves', { subject: 'élèves' }),
    makeClaim(source, '610 consommateurs'),
    makeClaim(source, '35 %', { kind: 'percent', unit: '%', subject: 'interpellations', speaker: 'Un policier' })
  ]
  return { source, claims }
}

describe('addSourceWithClaims', () => {
  it('stores the source and its claims; claims read back in text order, exactly as given', async () => {
    const db = freshDb()
    const { source, claims } = interview()
    await addSourceWithClaims(db, source, claims)
    expect(await getSource(db, source.id)).toEqual(source)
    const read = await listClaimsForSource(db, source.id)
    expect(read.map((c) => c.quote)).toEqual(['610 consommateurs', '35 %', '1 200 élèves'])
    expect(read).toContainEqual(claims[0])
    // No derived field leaks into a Claim.
    expect(Object.keys(read[0]).sort()).toEqual(Object.keys(claims[1]).sort())
  })

  it('writes nothing when a claim fails in the middle (duplicate id)', async () => {
    const db = freshDb()
    const { source, claims } = interview()
    const err = await addSourceWithClaims(db, source, [claims[0], claims[1], { ...claims[2], id: claims[0].id }]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DatabaseError)
    expect(await db.sources.count()).toBe(0)
    expect(await db.claims.count()).toBe(0)
  })

  it('writes nothing when a hook throws half-way', async () => {
    const db = freshDb()
    const { source, claims } = interview()
    let n = 0
    db.claims.hook('creating', () => {
      if (++n === 2) throw new Error('disk hiccup')
    })
    await expect(addSourceWithClaims(db, source, claims)).rejects.toThrow(/disk hiccup/)
    expect(await db.sources.count()).toBe(0)
    expect(await db.claims.count()).toBe(0)
  })

  it('quota exceeded becomes the disk-full message, and what was saved before stays', async () => {
    const db = freshDb()
    const first = interview()
    await addSourceWithClaims(db, first.source, first.claims)
    db.claims.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const second = interview({ title: 'Autre' })
    const err = await addSourceWithClaims(db, second.source, second.claims).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DatabaseError)
    expect(err).toMatchObject({ kind: 'quota' })
    expect((err as Error).message).toMatch(/^Your disk is full: ClaimLedger could not save .*Nothing already saved was lost\.$/)
    expect(await db.sources.count()).toBe(1)
    expect(await db.claims.count()).toBe(3)
  })

  it('refuses claims that belong to another source or point outside the text', async () => {
    const db = freshDb()
    const { source, claims } = interview()
    await expect(addSourceWithClaims(db, source, [{ ...claims[0], sourceId: 'other' }])).rejects.toMatchObject({ kind: 'invalid' })
    await expect(addSourceWithClaims(db, source, [{ ...claims[0], end: INTERVIEW.length + 5 }])).rejects.toMatchObject({ kind: 'invalid' })
    expect(await db.sources.count()).toBe(0)
  })
})

describe('reading sources', () => {
  it('finds a source by content hash', async () => {
    const db = freshDb()
    const { source, claims } = interview({ contentHash: 'f'.repeat(64) })
    await addSourceWithClaims(db, source, claims)
    expect((await findByContentHash(db, 'f'.repeat(64)))?.id).toBe(source.id)
    expect(await findByContentHash(db, '0'.repeat(64))).toBeUndefined()
  })

  it('lists sources newest import first with claim counts', async () => {
    const db = freshDb()
    const older = interview({ importedAt: '2024-01-01T00:00:00.000Z', title: 'Old' })
    const newer = makeSource('Rien de chiffré.', { importedAt: '2024-06-01T00:00:00.000Z', title: 'New' })
    await addSourceWithClaims(db, older.source, older.claims)
    await addSourceWithClaims(db, newer, [])
    const list = await listSources(db)
    expect(list.map((s) => [s.title, s.claimCount])).toEqual([['New', 0], ['Old', 3]])
    expect(list[1].text).toBe(INTERVIEW)
    expect(await listSourceOptions(db)).toEqual([
      { id: newer.id, title: 'New', lang: 'fr', claimCount: 0 },
      { id: older.source.id, title: 'Old', lang: 'fr', claimCount: 3 }
    ])
    await deleteSource(db, older.source.id, 'me')
    expect((await listSourceOptions(db)).map((s) => s.title)).toEqual(['New'])
    expect((await listSources(db)).map((s) => s.title)).toEqual(['New'])
  })
})

describe('updateSourceMeta', () => {
  it('claims follow the date and the fallback speaker; the table shows the new title; one undo reverts it all', async () => {
    const db = freshDb()
    const { source, claims } = interview()
    await addSourceWithClaims(db, source, claims)
    const updated = await updateSourceMeta(db, source.id, { title: 'Entretien corrigé', publishedAt: '2023-11-02', speakers: ['Anne S.'] }, 'Claire')
    expect(updated).toMatchObject({ title: 'Entretien corrigé', publishedAt: '2023-11-02', speakers: ['Anne S.'] })
    const read = await listClaimsForSource(db, source.id)
    expect(read.map((c) => c.statedAt)).toEqual(['2023-11-02', '2023-11-02', '2023-11-02'])
    expect(read.map((c) => c.speaker)).toEqual(['Anne S.', 'Un policier', 'Anne S.'])
    const { rows } = await queryClaims(db, { sourceId: source.id })
    expect(new Set(rows.map((r) => r.sourceTitle))).toEqual(new Set(['Entretien corrigé']))
    const [entry] = await historyFor(db, 'source', source.id)
    expect(entry).toMatchObject({ action: 'update', fields: ['title', 'publishedAt', 'speakers'], by: 'Claire' })
    expect(entry.before).toEqual({ title: 'Entretien', publishedAt: '2023-10-05', speakers: ['Anne Souyris'] })
    expect((await historyFor(db, 'claim', claims[1].id))[0]).toMatchObject({ fields: ['speaker', 'statedAt'] })

    await undoLast(db, 'Claire')
    expect(await getSource(db, source.id)).toEqual({ ...source, updatedAt: expect.any(String) })
    for (const c of claims) expect(await getClaim(db, c.id)).toEqual({ ...c, updatedAt: expect.any(String) })
    const after = await queryClaims(db, { search: 'entretien' })
    expect(after.total).toBe(0) // titles are not searched; but the copy is restored:
    expect((await queryClaims(db, { sourceId: source.id })).rows[0].sourceTitle).toBe('Entretien')
  })

  it('a new date reorders the series its claims belong to; a title change leaves claim dates alone', async () => {
    const db = freshDb()
    const a = interview({ publishedAt: '2023-01-01', title: 'A' })
    const b = interview({ publishedAt: '2023-06-01', title: 'B' })
    await addSourceWithClaims(db, a.source, [{ ...a.claims[0], statedAt: '2022-12-31' }])
    await addSourceWithClaims(db, b.source, [b.claims[0]])
    const series = await createSeries(db, { name: 'S', claimIds: [a.claims[0].id, b.claims[0].id] }, 'me')
    expect(series.claimIds).toEqual([a.claims[0].id, b.claims[0].id])
    await updateSourceMeta(db, a.source.id, { title: 'A bis' }, 'me')
    expect((await getClaim(db, a.claims[0].id))?.statedAt).toBe('2022-12-31')
    await updateSourceMeta(db, a.source.id, { publishedAt: '2024-01-01' }, 'me')
    expect((await getClaim(db, a.claims[0].id))?.statedAt).toBe('2024-01-01')
    expect((await getSeriesWithClaims(db, series.id))?.series.claimIds).toEqual([b.claims[0].id, a.claims[0].id])
  })

  it('a change of nothing writes no history', async () => {
    const db = freshDb()
    const { source, claims } = interview()
    await addSourceWithClaims(db, source, claims)
    await updateSourceMeta(db, source.id, { title: source.title }, 'Claire')
    expect(await db.history.count()).toBe(0)
  })

  it('language change moves the claims to the other language filter', async () => {
    const db = freshDb()
    const { source, claims } = interview()
    await addSourceWithClaims(db, source, claims)
    await updateSourceMeta(db, source.id, { lang: 'en' }, 'Claire')
    expect((await queryClaims(db, { lang: 'en' })).total).toBe(3)
    expect((await queryClaims(db, { lang: 'fr' })).total).toBe(0)
  })

  it('refuses an empty title and a missing source', async () => {
    const db = freshDb()
    await expect(updateSourceMeta(db, 'nope', { title: ' ' }, 'me')).rejects.toMatchObject({ kind: 'invalid' })
    await expect(updateSourceMeta(db, 'nope', { title: 'x' }, 'me')).rejects.toMatchObject({ kind: 'not-found' })
  })
})

describe('deleteSource', () => {
  it('removes the source, its claims and their series membership; undo restores everything', async () => {
    const db = freshDb()
    const { source, claims } = interview()
    const other = interview({ title: 'Autre' })
    await addSourceWithClaims(db, source, claims)
    await addSourceWithClaims(db, other.source, other.claims)
    const series = await createSeries(db, { name: 'Consommateurs' }, 'Claire')
    await addClaimsToSeries(db, series.id, [claims[1].id, other.claims[1].id], 'Claire')
    const seriesBefore = await getSeriesWithClaims(db, series.id)

    await deleteSource(db, source.id, 'Claire')
    expect(await getSource(db, source.id)).toBeUndefined()
    expect(await listClaimsForSource(db, source.id)).toEqual([])
    expect((await getSeriesWithClaims(db, series.id))?.series.claimIds).toEqual([other.claims[1].id])
    expect((await historyFor(db, 'source', source.id))[0]).toMatchObject({ action: 'delete', before: source })

    const undone = await undoLast(db, 'Claire')
    expect(undone?.entries.length).toBe(1 + 3 + 1)
    expect(await getSource(db, source.id)).toEqual(source)
    expect((await listClaimsForSource(db, source.id)).map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort())
    const restored = await getSeriesWithClaims(db, series.id)
    expect(restored?.series).toEqual({ ...seriesBefore?.series, updatedAt: expect.any(String) })
    expect(restored?.claims).toEqual(seriesBefore?.claims)
    expect((await queryClaims(db, { search: 'eleves' })).total).toBe(2)
  })
})

describe('importBatch', () => {
  it('writes in batches with progress, skips duplicates by content hash', async () => {
    const db = freshDb()
    const existing = interview({ contentHash: 'dup-1' })
    await addSourceWithClaims(db, existing.source, existing.claims)
    const items = Array.from({ length: 40 }, (_, i) => {
      const source = makeSource(`Texte ${i} : ${'123 '.repeat(20)}`, { contentHash: `h-${i % 35}`, title: `S${i}` })
      return { source, claims: Array.from({ length: 20 }, () => makeClaim(source, '123')) }
    })
    items.push({ source: { ...makeSource('x'), contentHash: 'dup-1', title: 'Same as before' }, claims: [] })
    const progress: number[] = []
    const result = await importBatch(db, items, (p) => progress.push(p.done), { claimsPerTransaction: 100 })
    expect(result.imported).toHaveLength(35)
    expect(result.duplicates.map((d) => d.title)).toEqual(['S35', 'S36', 'S37', 'S38', 'S39', 'Same as before'])
    expect(result.duplicates.at(-1)?.existingId).toBe(existing.source.id)
    expect(progress.length).toBe(8)
    expect(progress.at(-1)).toBe(41)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(await db.claims.count()).toBe(3 + 35 * 20)
  })

  it('a full disk half-way keeps the batches already written and says so', async () => {
    const db = freshDb()
    const items = Array.from({ length: 6 }, (_, i) => {
      const source = makeSource(`Source ${i} : 12 lits.`, { title: `S${i}` })
      return { source, claims: [makeClaim(source, '12 lits')] }
    })
    let n = 0
    db.sources.hook('creating', () => {
      if (++n === 5) throw new DOMException('full', 'QuotaExceededError')
    })
    const progress: number[] = []
    const err = await importBatch(db, items, (p) => progress.push(p.done), { claimsPerTransaction: 2 }).catch((e: unknown) => e)
    expect(err).toMatchObject({ kind: 'quota', message: expect.stringMatching(/Nothing already saved was lost/) })
    expect(progress).toEqual([2, 4])
    expect((await listSources(db)).map((s) => s.title).sort()).toEqual(['S0', 'S1', 'S2', 'S3'])
    expect((await queryClaims(db, { search: 'lits' })).total).toBe(4)
  })
})
