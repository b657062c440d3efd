/**
 * Issue 11, items 1, 2, 3 and 6: bundles that pass validation must not damage the database.
 * Every test imports real fixtures (tests/fixtures/bundles, built by importFixtures.ts) through
 * the app's own import, and counts the records of every table before and after (recordCounts.ts).
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { buildBundle } from '../../shared/bundle'
import { type Claim, type HistoryEntry } from '../../shared/model'
import { type ClaimLedgerDB, openDatabase } from '../../renderer/src/db/database'
import { verifyDigests } from '../../renderer/src/db/digest'
import { collectBundleContent } from '../../renderer/src/db/repositories/bundles'
import { getClaim, setVerdict } from '../../renderer/src/db/repositories/claims'
import { historyFor, undoLast } from '../../renderer/src/db/repositories/history'
import { addSourceWithClaims, deleteSource, getSource } from '../../renderer/src/db/repositories/sources'
import { C12, C52, C610, C650, EN, FR, SERIES } from '../fixtures/bundles/importFixtures'
import { currentSession, historyTime } from '../../renderer/src/db/session'
import { VALID, counted, importCounted, misanchored, tableTotal } from './bundleHelpers'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'
import { countRecords, expectedCounts, sourcesAdded, sourcesRemoved, sourcesRestored } from './recordCounts'

afterEach(closeAll)

async function snapshot(db: ClaimLedgerDB) {
  return { sources: await db.sources.toArray(), claims: await db.claims.toArray(), series: await db.series.toArray() }
}

describe('item 1: a bundle’s History never takes over Undo', () => {
  it('import a bundle with History dated 9999, change a verdict, undo: the verdict reverts and nothing else changes', async () => {
    const db = freshDb()
    await importCounted(db, 'history-hijack.zip', { ...VALID, history: 6 })
    const imported = await snapshot(db)
    await counted(db, 'set a verdict', () => setVerdict(db, [C52], 'accurate', 'Camille'), { history: 1 })
    const undone = await counted(db, 'undo it', () => undoLast(db, 'Camille'), { history: 1 })
    expect(undone?.undone).toMatchObject({ entity: 'claim', entityId: C52, by: 'Camille' })
    expect((await getClaim(db, C52))?.verdict).toBe('unsupported')
    const now = await snapshot(db)
    expect(now.sources).toEqual(imported.sources)
    expect(now.series).toEqual(imported.series)
    expect(now.claims.map((c) => (c.id === C52 ? { ...c, updatedAt: 'x' } : c))).toEqual(imported.claims.map((c) => (c.id === C52 ? { ...c, updatedAt: 'x' } : c)))
    // Nothing imported is undone, however often Ctrl+Z is pressed.
    expect(await counted(db, 'undo again', () => undoLast(db, 'Camille'), {})).toBeNull()
    expect(await counted(db, 'and again', () => undoLast(db, 'Camille'), {})).toBeNull()
    expect(await getSource(db, FR)).toBeDefined()
    expect(await tableTotal(db)).toBe(6)
    expect((await getClaim(db, C52))?.value).toBe(5200000)
    // "Export everything" still works, and carries the imported History.
    const all = await collectBundleContent(db, { kind: 'all' })
    expect(all.history).toHaveLength(6 + 1 + 1) // imported, the verdict, its undo
    await expect(buildBundle(all, { appVersion: 'test' })).resolves.toBeInstanceOf(Uint8Array)
  })

  it('keeps the imported entries as provenance: marked, dated no later than the import, shown with the record', async () => {
    const db = freshDb()
    const start = Date.now()
    await importCounted(db, 'history-hijack.zip', { ...VALID, history: 6 })
    const entries = await db.history.toArray()
    expect(entries.map((e) => e.origin)).toEqual(Array(6).fill('bundle'))
    expect(entries.every((e) => e.batchId === undefined && Date.parse(e.at) <= Date.now())).toBe(true)
    const shown = await historyFor(db, 'claim', C52)
    expect(shown).toEqual([expect.objectContaining({ fields: ['value'], before: { value: 999999 }, origin: 'bundle' })])
    expect(Date.parse(shown[0].at)).toBeGreaterThanOrEqual(start - 1)
  })

  it.each(['history-orphan-claim.zip', 'history-bad-value.zip', 'history-unknown-entity.zip'])('refuses %s and changes nothing', async (name) => {
    const db = freshDb()
    await importCounted(db, 'valid.zip', VALID)
    await expect(importCounted(db, name, {})).rejects.toThrow(new RegExp(`^${name.replace('.', '\\.')}: claims\\.json: history\\[4\\]`))
  })

  it('entries a pre-fix import left unmarked (dated 9999, merges outside a batch) are not undone either', async () => {
    const db = freshDb()
    await importCounted(db, 'valid.zip', VALID)
    const legacy: HistoryEntry[] = [
      { id: 'legacy-1', entity: 'source', entityId: FR, action: 'create', fields: [], after: { title: 'x' }, by: 'Mallory', at: '9999-12-31T23:59:59.000Z' },
      { id: 'legacy-2', entity: 'claim', entityId: C52, action: 'merge', fields: ['value'], before: { value: 999999 }, after: { value: 5200000 }, by: 'me', at: new Date().toISOString() }
    ]
    await db.history.bulkAdd(legacy)
    await setVerdict(db, [C610], 'accurate', 'me')
    await counted(db, 'undo the verdict', () => undoLast(db, 'me'), { history: 1 })
    expect(await counted(db, 'undo again', () => undoLast(db, 'me'), {})).toBeNull()
    expect((await getClaim(db, C610))?.verdict).toBe('misleading')
    expect((await getClaim(db, C52))?.value).toBe(5200000)
    expect(await getSource(db, FR)).toBeDefined()
  })

  it('undoing a source’s creation removes its claims with it; a deleted claim is never restored without its source', async () => {
    const db = freshDb()
    const source = makeSource(INTERVIEW)
    const claims = [makeClaim(source, '610 consommateurs'), makeClaim(source, '35 %')]
    await addSourceWithClaims(db, source, claims)
    const ghost: Claim = { ...claims[0], id: 'ghost', sourceId: 'nowhere' }
    // Written by this window's session: undo reaches no other History.
    const session = currentSession().id
    await db.history.bulkAdd([
      { id: 'h-ghost', entity: 'claim', entityId: 'ghost', action: 'delete', fields: [], before: ghost, by: 'me', at: historyTime(), batchId: 'b1', session },
      { id: 'h-create', entity: 'source', entityId: source.id, action: 'create', fields: [], after: { title: source.title }, by: 'me', at: historyTime(), batchId: 'b2', session }
    ])
    // The source and its two claims go; History gains the undo's three deletions.
    await counted(db, 'undo the source’s creation', () => undoLast(db, 'me'), { ...sourcesRemoved(1), claims: -2, history: 3 })
    expect(await getSource(db, source.id)).toBeUndefined()
    expect(await db.claims.where('sourceId').equals(source.id).count()).toBe(0)
    expect(await tableTotal(db)).toBe(0)
    // One batch: the source and both claims, recorded whole.
    const trace = (await db.history.toArray()).filter((e) => e.batchId === 'undo:b2')
    expect(trace.map((e) => `${e.action} ${e.entity}`).sort()).toEqual(['delete claim', 'delete claim', 'delete source'])
    // The deleted claim's source is gone: nothing is put back, and the undo is recorded.
    await counted(db, 'undo the ghost’s deletion', () => undoLast(db, 'me'), { history: 1 })
    expect(await getClaim(db, 'ghost')).toBeUndefined()
  })

  it('undoing the deletion of an imported source restores it with its claims, in the Claims table too', async () => {
    const db = freshDb()
    await importCounted(db, 'history-hijack.zip', { ...VALID, history: 6 })
    // The source and its 4 claims, recorded whole, and the series losing one; the digest stays, marked deleted.
    await counted(db, 'delete the French source', () => deleteSource(db, FR, 'me'), { ...sourcesRemoved(1), claims: -4, history: 6 })
    expect(await tableTotal(db)).toBe(2)
    await counted(db, 'undo the deletion', () => undoLast(db, 'me'), { ...sourcesRestored(1), claims: 4, history: 6 })
    expect(await tableTotal(db, { sourceId: FR })).toBe(4)
    expect(await misanchored(db)).toEqual([])
  })
})

describe('item 2: merging a newer source text keeps every claim on its quote', () => {
  it('the stored claims follow the edited text; the one whose quote was cut keeps the old text as a separate source', async () => {
    const db = freshDb()
    await importCounted(db, 'valid.zip', VALID)
    // +1 source (the earlier text), +1 digest. History: 4 merges (the source, whose newer text wins, and 3 claims
    // whose offsets differ, where a tie keeps yours), 3 claims re-anchored, 1 version created, 1 claim moved to it.
    const result = await importCounted(db, 'edited-text.zip', { ...sourcesAdded(1), history: 4 + 3 + 1 + 1 })
    expect(result).toMatchObject({ added: 0, merged: 4, reanchored: 3, versioned: 1 })
    expect(await misanchored(db)).toEqual([])
    const source = await getSource(db, FR)
    const c610 = await getClaim(db, C610)
    expect(source?.text.slice(c610?.start, c610?.end)).toBe('610 consommateurs')
    expect(source?.text.slice(0, c610?.start).endsWith('Selon Jean Martin, directeur du centre, ')).toBe(true)
    const c12 = await getClaim(db, C12)
    const version = await getSource(db, c12?.sourceId ?? '')
    expect(version?.title).toMatch(/^Crack à Paris : les places d'hébergement saturées \(version 2023-10-06\)$/)
    expect(version?.text.slice(c12?.start, c12?.end)).toBe('12 %')
    // The Claims table lists every claim under its source, and the library exports.
    expect(await tableTotal(db, { sourceId: FR })).toBe(3)
    expect(await tableTotal(db, { sourceId: version?.id })).toBe(1)
    const all = await collectBundleContent(db, { kind: 'all' })
    await expect(buildBundle(all, { appVersion: 'test' })).resolves.toBeInstanceOf(Uint8Array)
  })

  it('the older text arriving second: its claim whose quote the stored text lacks comes with its own version', async () => {
    const db = freshDb()
    await importCounted(db, 'edited-text.zip', { ...sourcesAdded(2), claims: 5, series: 1, history: 4 })
    // History: 4 merges (the source, whose stored text is newer, and 3 claims), 1 version created, 1 claim moved to it.
    const result = await importCounted(db, 'valid.zip', { ...sourcesAdded(1), claims: 1, history: 4 + 1 + 1 })
    expect(result).toMatchObject({ added: 1, merged: 4, reanchored: 0, versioned: 1 })
    expect(await misanchored(db)).toEqual([])
    expect((await getClaim(db, C12))?.sourceId).not.toBe(FR)
    // Importing the same bundle again adds no record and moves no claim (the conflicts are noted again).
    expect(await importCounted(db, 'valid.zip', { history: 5 })).toMatchObject({ added: 0, merged: 5, reanchored: 0, versioned: 0 })
    expect(await misanchored(db)).toEqual([])
  })
})

describe('item 3: the Claims table never loses imported claims', () => {
  it('digests are written with the claims: closing right after an import loses nothing', async () => {
    const db = freshDb()
    const before = await countRecords(db)
    await importCounted(db, 'valid.zip', VALID)
    // The app is closed (or crashes) at once: no timer gets to run a repair.
    db.close({ disableAutoOpen: true })
    const reopened = openDatabase(db.name)
    expect(await countRecords(reopened)).toEqual(expectedCounts(before, VALID))
    expect(await tableTotal(reopened)).toBe(6)
    expect(await verifyDigests(reopened)).toEqual([])
    reopened.close()
  })

  it('a claim a merge moves to another source is listed under the new one, also after reopening', async () => {
    const db = freshDb()
    await importCounted(db, 'valid.zip', VALID)
    await importCounted(db, 'moved-claim.zip', { history: 1 })
    expect((await getClaim(db, C610))?.sourceId).toBe(EN)
    expect(await tableTotal(db, { sourceId: EN })).toBe(3)
    expect(await tableTotal(db, { sourceId: FR })).toBe(3)
    db.close({ disableAutoOpen: true })
    const reopened = openDatabase(db.name)
    expect(await tableTotal(reopened, { sourceId: EN })).toBe(3)
    expect(await tableTotal(reopened)).toBe(6)
    reopened.close()
  })

  it('a write outside the repositories that moves a claim marks both sources', async () => {
    const db = freshDb()
    await importCounted(db, 'valid.zip', VALID)
    const claim = await getClaim(db, C650)
    const english = await getSource(db, EN)
    const french = await getSource(db, FR)
    if (!claim || !english || !french) throw new Error('fixture not imported')
    const at = french.text.indexOf('610')
    await db.claims.put({ ...claim, sourceId: FR, quote: '610', start: at, end: at + 3 })
    await new Promise((r) => setTimeout(r, 30))
    expect(await tableTotal(db, { sourceId: FR })).toBe(5)
    expect(await tableTotal(db, { sourceId: EN })).toBe(1)
  })

  it('at start, digests that do not list their source’s claims are found and repaired', async () => {
    const db = freshDb()
    await importCounted(db, 'valid.zip', VALID)
    const other = makeSource(INTERVIEW, { title: 'Autre' })
    await addSourceWithClaims(db, other, [makeClaim(other, '610 consommateurs'), makeClaim(other, '35 %')])
    // What an import or repair cut short leaves: a digest gone, another listing a claim that moved.
    await db.transaction('rw', [db.claims, db.claimDigests], async () => {
      await db.claimDigests.delete(FR)
      const c650 = await db.claims.get(C650)
      if (c650) await db.claims.put({ ...c650, sourceId: other.id, start: 4, end: 7, quote: other.text.slice(4, 7) })
    })
    const reopened = openDatabase(db.name)
    expect(await tableTotal(reopened)).toBe(4)
    expect((await verifyDigests(reopened)).sort()).toEqual([EN, FR, other.id].sort())
    expect(await tableTotal(reopened)).toBe(8)
    expect(await tableTotal(reopened, { sourceId: other.id })).toBe(3)
    expect(await verifyDigests(reopened)).toEqual([])
    reopened.close()
  })
})

describe('item 6: bundle timestamps are not trusted', () => {
  it('a bundle dated 9999 does not overwrite verdicts and notes; the import says so', async () => {
    const db = freshDb()
    await importCounted(db, 'valid.zip', VALID)
    const mine = await snapshot(db)
    // 4 conflicts kept as merge entries, 1 imported entry.
    const result = await importCounted(db, 'future-dated.zip', { history: 4 + 1 })
    expect(result).toMatchObject({ added: 1, merged: 4, clamped: 5 })
    expect(await snapshot(db)).toEqual(mine)
    expect((await getClaim(db, C610))).toMatchObject({ verdict: 'misleading', note: expect.stringContaining('Le chiffre de 200 date de 2019') })
    expect((await getSource(db, FR))?.title).toBe("Crack à Paris : les places d'hébergement saturées")
    expect((await db.series.get(SERIES))?.notes).toBe('Same shelter network; the 2024 figure comes from the deputy mayor.')
    // Theirs is in History, nothing is dated in the future.
    const merges = (await historyFor(db, 'claim', C610)).filter((h) => h.action === 'merge')
    expect(merges[0].before).toMatchObject({ verdict: 'false', note: 'Faux : écrasé par un dossier daté de 9999.' })
    const limit = new Date(Date.now() + 60_000).toISOString()
    const dates = (await db.history.toArray()).map((h) => h.at)
    expect(dates.filter((d) => d > limit)).toEqual([])
  })

  it('into an empty library, its records come in dated no later than the import', async () => {
    const db = freshDb()
    await importCounted(db, 'future-dated.zip', { ...VALID, history: 5 })
    const limit = new Date(Date.now() + 60_000).toISOString()
    const claims = await db.claims.toArray()
    const sources = await db.sources.toArray()
    const stamps = [...claims.flatMap((c) => [c.createdAt, c.updatedAt]), ...sources.map((s) => s.updatedAt ?? s.importedAt), ...(await db.series.toArray()).map((s) => s.updatedAt)]
    expect(stamps.filter((d) => d > limit)).toEqual([])
  })
})
