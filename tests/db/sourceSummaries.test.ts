/**
 * The Library's source summaries (issue 13, item 2): written with every import, kept in step by
 * edits, claim changes, deletions, undo and repairs, and read without any source text.
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { verifyDigests } from '../../renderer/src/db/digest'
import { deleteClaim } from '../../renderer/src/db/repositories/claims'
import { undoLast } from '../../renderer/src/db/repositories/history'
import {
  addSourceWithClaims, deleteSources, importBatch, listSourceSummaries, listSourceWords, updateSourceMeta, updateSourcesMeta
} from '../../renderer/src/db/repositories/sources'
import { type ClaimLedgerDB } from '../../renderer/src/db/database'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

async function seed(db: ClaimLedgerDB, n: number) {
  const items = Array.from({ length: n }, (_, i) => {
    const source = makeSource(`${INTERVIEW} Numéro ${i}.`, { title: `Source ${i}`, outlet: i % 2 ? 'Le Monde' : undefined, speakers: ['Anne Souyris'] })
    return { source, claims: [makeClaim(source, '610 consommateurs'), makeClaim(source, '35 %')].slice(0, 1 + (i % 2)) }
  })
  await importBatch(db, items)
  return items
}

const byId = async (db: ClaimLedgerDB) => new Map((await listSourceSummaries(db)).map((s) => [s.id, s]))

describe('source summaries', () => {
  it('an import writes one summary per source with its claim count and folded keys, and the words of its text', async () => {
    const db = freshDb()
    const items = await seed(db, 3)
    const pasted = makeSource('Près de 1 200 élèves.', { title: 'Élèves', kind: 'interview', lang: 'fr', publishedAt: undefined, fileName: 'a.txt' })
    await addSourceWithClaims(db, pasted, [makeClaim(pasted, '1 200 élèves')])
    const summaries = await byId(db)
    expect(summaries.size).toBe(4)
    expect(summaries.get(items[1].source.id)).toMatchObject({ title: 'Source 1', outlet: 'Le Monde', claimCount: 2, speakers: ['Anne Souyris'], publishedAt: '2023-10-05' })
    expect(summaries.get(items[0].source.id)).toMatchObject({ outlet: '', claimCount: 1 })
    expect(summaries.get(pasted.id)).toEqual({
      id: pasted.id, title: 'Élèves', outlet: '', kind: 'interview', lang: 'fr', publishedAt: '', importedAt: pasted.importedAt, speakers: [],
      fileName: 'a.txt', claimCount: 1, titleKey: 'eleves', find: ' eleves'
    })
    const words = await listSourceWords(db)
    expect(words.get(pasted.id)).toBe(' pres de 1 200 eleves')
    expect(words.get(items[2].source.id)).toContain(' interpellations')
  })

  it('listing summaries reads no source record', async () => {
    const db = freshDb()
    await seed(db, 5)
    let reads = 0
    db.sources.hook('reading', (s) => {
      reads++
      return s
    })
    expect(await listSourceSummaries(db)).toHaveLength(5)
    await listSourceWords(db)
    expect(reads).toBe(0)
  })

  it('a metadata edit and a claim deletion update the summary; undo puts it back', async () => {
    const db = freshDb()
    const [item] = await seed(db, 1)
    await updateSourceMeta(db, item.source.id, { title: 'Œuvres sociales', outlet: 'Libération', speakers: ['Émile Zola'] }, 'Claire')
    expect((await byId(db)).get(item.source.id)).toMatchObject({ title: 'Œuvres sociales', titleKey: 'oeuvres sociales', outlet: 'Libération', find: ' oeuvres sociales liberation emile zola' })
    await deleteClaim(db, item.claims[0].id, 'Claire')
    expect((await byId(db)).get(item.source.id)?.claimCount).toBe(0)
    await undoLast(db, 'Claire')
    expect((await byId(db)).get(item.source.id)?.claimCount).toBe(1)
    await undoLast(db, 'Claire')
    expect((await byId(db)).get(item.source.id)).toMatchObject({ title: 'Source 0', outlet: '' })
  })

  it('deleteSources removes many sources as one batch; one undo brings back every source, claim and summary', async () => {
    const db = freshDb()
    const items = await seed(db, 4)
    const before = await byId(db)
    const gone = [items[0].source.id, items[1].source.id, items[3].source.id]
    await deleteSources(db, gone, 'Claire')
    expect([...(await byId(db)).keys()]).toEqual([items[2].source.id])
    expect([...(await listSourceWords(db)).keys()]).toEqual([items[2].source.id])
    expect(await db.claims.count()).toBe(1)
    const undone = await undoLast(db, 'Claire')
    expect(undone?.entries.filter((e) => e.entity === 'source')).toHaveLength(3)
    expect(await byId(db)).toEqual(before)
    expect(await db.claims.count()).toBe(6)
    expect((await listSourceWords(db)).size).toBe(4)
  })

  it('deleteSources refuses a missing source and deletes nothing', async () => {
    const db = freshDb()
    const items = await seed(db, 2)
    await expect(deleteSources(db, [items[0].source.id, 'missing'], 'Claire')).rejects.toMatchObject({ kind: 'not-found' })
    expect((await listSourceSummaries(db)).length).toBe(2)
  })

  it('updateSourcesMeta sets outlet, kind and language on a selection in one undoable batch', async () => {
    const db = freshDb()
    const items = await seed(db, 3)
    const ids = items.slice(0, 2).map((i) => i.source.id)
    expect(await updateSourcesMeta(db, ids, { outlet: 'AFP', kind: 'report', lang: 'en' }, 'Claire')).toBe(2)
    const after = await byId(db)
    for (const id of ids) expect(after.get(id)).toMatchObject({ outlet: 'AFP', kind: 'report', lang: 'en' })
    expect(after.get(items[2].source.id)).toMatchObject({ outlet: '', kind: 'article', lang: 'fr' })
    // Setting what is already there changes nothing and counts nothing.
    expect(await updateSourcesMeta(db, ids, { outlet: 'AFP' }, 'Claire')).toBe(0)
    await undoLast(db, 'Claire')
    const undone = await byId(db)
    for (const { source } of items.slice(0, 2)) expect(undone.get(source.id)).toMatchObject({ outlet: source.outlet ?? '', kind: 'article', lang: 'fr' })
    await expect(updateSourcesMeta(db, ids, { title: 'Même titre' }, 'Claire')).rejects.toMatchObject({ kind: 'invalid' })
  })

  it('a write that bypasses the repositories is repaired, and verifyDigests restores a lost summary', async () => {
    const db = freshDb()
    const [item] = await seed(db, 1)
    await db.sources.update(item.source.id, { outlet: 'Mediapart' })
    await expect.poll(async () => (await byId(db)).get(item.source.id)?.outlet).toBe('Mediapart')
    await db.sourceSummaries.delete(item.source.id)
    expect(await verifyDigests(db)).toEqual([item.source.id])
    expect((await byId(db)).get(item.source.id)).toMatchObject({ outlet: 'Mediapart', claimCount: 1 })
    // A summary counting other claims than stored is repaired too.
    await db.sourceSummaries.update(item.source.id, { claimCount: 9 })
    expect(await verifyDigests(db)).toEqual([item.source.id])
    expect((await byId(db)).get(item.source.id)?.claimCount).toBe(1)
    expect(await verifyDigests(db)).toEqual([])
  })
})
