/**
 * Issue 11, item 9 and the leftovers of items 1-3: claims in a bundle held to the library's
 * limits, series order after a merge, the start-up digest check by content, and export of History
 * a bundle can carry. Record counts of every table are checked around each operation.
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { buildBundle, mergeLookupIds, planMerge, readBundle } from '../../shared/bundle'
import { MAX_CLAIMS_PER_SOURCE } from '../../shared/claimRecord'
import { type HistoryEntry } from '../../shared/model'
import { sentenceLimit } from '../../shared/sentenceExcerpt'
import { openDatabase } from '../../renderer/src/db/database'
import { verifyDigests } from '../../renderer/src/db/digest'
import { applyMergePlan, collectBundleContent, existingRecordsFor } from '../../renderer/src/db/repositories/bundles'
import { getClaim, queryClaims } from '../../renderer/src/db/repositories/claims'
import { historyFor } from '../../renderer/src/db/repositories/history'
import { addClaimsToSeries } from '../../renderer/src/db/repositories/series'
import { getSource } from '../../renderer/src/db/repositories/sources'
import {
  C12, C610, C650, EN, FR, LONG_SOURCE, OVER_CAP, SERIES, TABLE_SERIES, TABLE_SOURCE, buildOverCapBundle, longClaimId, tableClaimId
} from '../fixtures/bundles/importFixtures'
import { VALID, counted, fixtureBytes, importCounted, misanchored, tableTotal } from './bundleHelpers'
import { closeAll, freshDb } from './helpers'
import { sourcesAdded } from './recordCounts'

afterEach(closeAll)

describe('item 9: claims in a bundle are held to the limits extracted claims are', () => {
  it('a source over the cap keeps its first 5 000 claims, long sentences become excerpts, and the import says so', async () => {
    const db = freshDb()
    const bytes = await buildOverCapBundle()
    // 2 sources and their digests, 5 000 + 150 claims, the series, and 1 of the 2 History entries: the other is
    // about a claim past the cap, which the library does not hold.
    const result = await importCounted(db, 'over-cap.zip', { ...sourcesAdded(2), claims: MAX_CLAIMS_PER_SOURCE + OVER_CAP.long, series: 1, history: 1 }, bytes)
    expect(result).toMatchObject({
      added: 2 + MAX_CLAIMS_PER_SOURCE + OVER_CAP.long + 1 + 1,
      cut: OVER_CAP.table - MAX_CLAIMS_PER_SOURCE,
      excerpted: OVER_CAP.long,
      capped: [{ sourceId: TABLE_SOURCE, title: 'Relevé des places (tableau)', found: OVER_CAP.table, kept: MAX_CLAIMS_PER_SOURCE }]
    })
    // The first in text order are kept; the series and History name only those.
    expect(await getClaim(db, tableClaimId(MAX_CLAIMS_PER_SOURCE - 1))).toBeDefined()
    expect(await getClaim(db, tableClaimId(MAX_CLAIMS_PER_SOURCE))).toBeUndefined()
    expect((await db.series.get(TABLE_SERIES))?.claimIds).toEqual([tableClaimId(0)])
    expect((await db.history.toArray()).map((h) => h.entityId)).toEqual([tableClaimId(0)])
    // Each long sentence is cut around its own quote.
    const source = await getSource(db, LONG_SOURCE)
    for (const i of [0, 75, OVER_CAP.long - 1]) {
      const claim = await getClaim(db, longClaimId(i))
      expect(claim?.sentence.length).toBeLessThanOrEqual(sentenceLimit(claim?.quote.length ?? 0))
      expect(claim?.sentence).toContain(source?.text.slice((claim?.start ?? 0) - 20, claim?.end))
    }
    expect(await tableTotal(db)).toBe(MAX_CLAIMS_PER_SOURCE + OVER_CAP.long)
    expect(await misanchored(db)).toEqual([])

    // Opened again, nothing is added: the source is full and the excerpts are the claims already stored.
    expect(await importCounted(db, 'over-cap.zip', {}, bytes)).toMatchObject({ added: 0, merged: 0, cut: OVER_CAP.table - MAX_CLAIMS_PER_SOURCE })
    // And the library exports as a bundle an import accepts.
    const all = await collectBundleContent(db, { kind: 'all' })
    expect((await readBundle(await buildBundle(all, { appVersion: 'test' }), 'again.zip')).ok).toBe(true)
  })
})

describe('issue 11 leftovers', () => {
  it('a claim a merge moves to a kept version of its text takes its place in its series again', async () => {
    const db = freshDb()
    await importCounted(db, 'valid.zip', VALID)
    await counted(db, 'add the 12 % claim to the series', () => addClaimsToSeries(db, SERIES, [C12], 'Camille'), { history: 2 })
    expect((await db.series.get(SERIES))?.claimIds).toEqual([C610, C12, C650])
    // The kept version gets an id that sorts before the article's, so the moved claim now comes first on that date.
    let n = 0
    const newId = (): string => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
    const parsed = await readBundle(fixtureBytes('edited-text.zip'), 'edited-text.zip')
    if (!parsed.ok) throw new Error(parsed.error)
    const plan = planMerge(parsed.value.content, await existingRecordsFor(db, mergeLookupIds(parsed.value.content)), { by: 'Camille', newId })
    expect(plan.counts).toMatchObject({ versioned: 1, merged: 5 })
    // History: 5 merges (the series too: yours is newer), 3 re-anchored, 1 version, 1 claim moved, 1 series order.
    await counted(db, 'apply edited-text.zip', () => applyMergePlan(db, plan), { ...sourcesAdded(1), history: 5 + 3 + 1 + 1 + 1 })
    expect((await getClaim(db, C12))?.sourceId).toMatch(/^00000000-/)
    expect((await db.series.get(SERIES))?.claimIds).toEqual([C12, C610, C650])
    const order = (await historyFor(db, 'series', SERIES)).find((h) => h.fields.includes('claimIds') && h.origin === 'merge')
    expect(order).toMatchObject({ action: 'merge', before: { claimIds: [C610, C12, C650] }, after: { claimIds: [C12, C610, C650] } })
    expect(order?.batchId).toBeUndefined()
  })

  it('at start, a digest listing the right claims with stale values is found and repaired', async () => {
    const db = freshDb()
    await importCounted(db, 'valid.zip', VALID)
    // A write whose digest repair was lost: the transaction names claimDigests, so no hook repairs it, yet does not rewrite them.
    await counted(db, 'write around the digests', () => db.transaction('rw', [db.sources, db.claims, db.claimDigests], async () => {
      const claim = await db.claims.get(C610)
      const english = await db.sources.get(EN)
      if (!claim || !english) throw new Error('fixture not imported')
      await db.claims.put({ ...claim, verdict: 'false', tags: ['vérifié'] })
      await db.sources.put({ ...english, title: 'Interview (retitled)' })
    }), {})
    const reopened = openDatabase(db.name)
    expect((await queryClaims(reopened, { verdict: ['false'] })).rows.map((r) => r.id)).not.toContain(C610)
    expect((await counted(reopened, 'verify', () => verifyDigests(reopened), {})).sort()).toEqual([EN, FR].sort())
    expect((await queryClaims(reopened, { verdict: ['false'] })).rows.map((r) => r.id)).toContain(C610)
    expect((await queryClaims(reopened, { sourceId: EN })).rows[0].sourceTitle).toBe('Interview (retitled)')
    expect(await verifyDigests(reopened)).toEqual([])
    reopened.close()
  })

  it('export leaves out History a bundle cannot carry, so what it writes opens again', async () => {
    const db = freshDb()
    await importCounted(db, 'valid.zip', VALID)
    // What an import before History was checked could leave: an entry about a claim this library never held.
    const stray: HistoryEntry = { id: 'stray-1', entity: 'claim', entityId: 'c1a2b3c4-0042-4a5b-8c6d-7e8f9a0b1c42', action: 'update', fields: ['note'], before: { note: '' }, after: { note: 'x' }, by: 'Mallory', at: '2024-01-01T00:00:00.000Z' }
    await db.history.add(stray)
    const all = await collectBundleContent(db, { kind: 'all' })
    expect(all.history.map((h) => h.id)).not.toContain('stray-1')
    expect(all.history).toHaveLength(4)
    const read = await readBundle(await buildBundle(all, { appVersion: 'test' }), 'export.zip')
    expect(read.ok ? 'ok' : read.error).toBe('ok')
    // Into an empty library, the export brings every record it holds.
    const other = freshDb()
    await importCounted(other, 'export.zip', VALID, await buildBundle(all, { appVersion: 'test' }))
  })
})
