/**
 * What a citation bundle carries out of the database, and how an opened bundle's merge plan
 * is written back (one transaction: all of it or nothing, the Claims table's digests included).
 */
import type { BundleContent, ExistingRecords, MergePlan } from '../../../../shared/bundle/index'
import { carriableHistory } from '../../../../shared/bundle/historyCheck'
import type { Claim, HistoryEntry, ReferenceSeries, Series, Source } from '../../../../shared/model'
import { type ClaimLedgerDB } from '../database'
import { writeDigests } from '../digest'
import { guarded } from '../errors'
import { stripToClaim, toStoredClaim } from '../records'
import { ChangeBatch } from './changes'
import { refreshSeriesClaims } from './claimStore'

/** What to export: everything, a selection of claims, or one series. */
export type BundleScope = { kind: 'all' } | { kind: 'claims'; ids: readonly string[] } | { kind: 'series'; id: string }

/**
 * The records a bundle of `scope` needs: the claims, every source they cite, the series they
 * belong to (limited to the exported claims) and the History of all of those that a bundle can
 * carry (carriableHistory: an entry about a record neither exported nor deleted, or with a value
 * its record could not hold, is left out, so the bundle is one an import accepts).
 */
export async function collectBundleContent(db: ClaimLedgerDB, scope: BundleScope): Promise<BundleContent> {
  return guarded(() =>
    db.transaction('r', [db.sources, db.claims, db.series, db.history, db.references], async () => {
      let claims: Claim[]
      let series: Series[]
      if (scope.kind === 'all') {
        claims = (await db.claims.toArray()).map(stripToClaim)
        series = await db.series.toArray()
      } else if (scope.kind === 'claims') {
        claims = (await db.claims.bulkGet([...scope.ids])).filter((c) => c !== undefined).map(stripToClaim)
        const seriesIds = [...new Set(claims.map((c) => c.seriesId).filter((id): id is string => !!id))]
        series = (await db.series.bulkGet(seriesIds)).filter((s): s is Series => s !== undefined)
      } else {
        const one = await db.series.get(scope.id)
        series = one ? [one] : []
        claims = one ? (await db.claims.bulkGet(one.claimIds)).filter((c) => c !== undefined).map(stripToClaim) : []
      }
      const included = new Set(claims.map((c) => c.id))
      series = series.map((s) => ({ ...s, claimIds: s.claimIds.filter((id) => included.has(id)) }))
      const sourceIds = [...new Set(claims.map((c) => c.sourceId))]
      const sources = scope.kind === 'all' ? await db.sources.toArray() : (await db.sources.bulkGet(sourceIds)).filter((s): s is Source => s !== undefined)
      const entityIds = new Set<string>([...included, ...series.map((s) => s.id), ...sources.map((s) => s.id)])
      const related: HistoryEntry[] = scope.kind === 'all'
        ? await db.history.toArray()
        : (await db.history.toArray()).filter((h) => entityIds.has(h.entityId))
      const { history } = carriableHistory(related, { sources, claims, series })
      // The official series the exported series are checked against travel with them (references/).
      const referenceIds = [...new Set(series.map((s) => s.referenceId).filter((id): id is string => !!id))]
      const references = (await db.references.bulkGet(referenceIds)).filter((r): r is ReferenceSeries => r !== undefined)
      // A reference deleted since it was attached cannot be exported: its series goes without the link.
      const kept = new Set(references.map((r) => r.id))
      series = series.map((s) => {
        if (!s.referenceId || kept.has(s.referenceId)) return s
        const { referenceId: _gone, ...rest } = s
        return rest
      })
      return references.length ? { sources, claims, series, history, references } : { sources, claims, series, history }
    })
  )
}

/**
 * The stored records with the ids an incoming bundle carries, for planMerge, and every stored
 * claim of the bundle's sources (a source whose text the bundle changes needs them all
 * re-anchored, not only those the bundle carries).
 */
export async function existingRecordsFor(db: ClaimLedgerDB, ids: { sourceIds: string[]; claimIds: string[]; seriesIds: string[]; historyIds: string[]; referenceIds?: string[] }): Promise<ExistingRecords> {
  return guarded(() =>
    db.transaction('r', [db.sources, db.claims, db.series, db.history, db.references], async () => {
      const [sources, claims, series, history, references] = await Promise.all([
        db.sources.bulkGet(ids.sourceIds),
        db.claims.bulkGet(ids.claimIds),
        db.series.bulkGet(ids.seriesIds),
        db.history.bulkGet(ids.historyIds),
        db.references.bulkGet(ids.referenceIds ?? [])
      ])
      // One range per source: anyOf over the sourceId index took 9 s for one 5 000-claim source (fake-indexeddb), this 50 ms.
      const sourceClaims: Claim[] = []
      for (const id of ids.sourceIds) sourceClaims.push(...(await db.claims.where('sourceId').equals(id).toArray()))
      const stored = [...claims.filter((c) => !!c), ...sourceClaims]
      return {
        sources: new Map(sources.filter((s): s is Source => !!s).map((s) => [s.id, s])),
        claims: new Map(stored.map((c) => [c.id, stripToClaim(c)])),
        series: new Map(series.filter((s): s is Series => !!s).map((s) => [s.id, s])),
        historyIds: new Set(history.filter((h): h is HistoryEntry => !!h).map((h) => h.id)),
        references: new Map(references.filter((r): r is ReferenceSeries => !!r).map((r) => [r.id, r]))
      }
    })
  )
}

/** A series refresh the merge makes, recorded as the merge's own (origin "merge", in no batch undo could reach). */
function asMergeEntry(entry: HistoryEntry): HistoryEntry {
  const { batchId: _batchId, ...rest } = entry
  return { ...rest, action: 'merge', origin: 'merge' }
}

/**
 * Writes a merge plan in one transaction; a failure writes nothing. The Claims table's digests
 * are rewritten in the same transaction, for every source that gains, keeps or loses a claim
 * (a claim the merge moves to another source marks both), so closing the app right after an
 * import cannot leave the table short of claims. Every series that gains, keeps or loses a
 * written claim gets its claim order recomputed from its members, as every repository write
 * does (a claim moved to a kept version of its text changes source, so its place can change).
 */
export async function applyMergePlan(db: ClaimLedgerDB, plan: MergePlan): Promise<void> {
  const { sources, claims, series, history } = plan.writes
  await guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const touched = new Set<string>([...sources.map((s) => s.id), ...claims.map((c) => c.sourceId)])
      const seriesIds = new Set<string>([...series.map((s) => s.id), ...claims.map((c) => c.seriesId).filter((id): id is string => !!id)])
      for (const previous of await db.claims.bulkGet(claims.map((c) => c.id))) {
        if (!previous) continue
        touched.add(previous.sourceId)
        if (previous.seriesId) seriesIds.add(previous.seriesId)
      }
      await db.sources.bulkPut(sources)
      const refs = new Map<string, Pick<Source, 'title' | 'lang'>>(sources.map((s) => [s.id, s]))
      const missing = [...new Set(claims.map((c) => c.sourceId).filter((id) => !refs.has(id)))]
      for (const s of await db.sources.bulkGet(missing)) if (s) refs.set(s.id, s)
      await db.claims.bulkPut(claims.map((c) => {
        const ref = refs.get(c.sourceId)
        if (!ref) throw new Error(`Claim ${c.id} cites source ${c.sourceId}, which is neither in the bundle nor in the library.`)
        return toStoredClaim(c, ref)
      }))
      await db.references.bulkPut(plan.writes.references ?? [])
      await db.series.bulkPut(series)
      const order = new ChangeBatch(plan.by)
      for (const id of seriesIds) await refreshSeriesClaims(db, order, id)
      await db.history.bulkPut([...history, ...order.entries.map(asMergeEntry)])
      await writeDigests(db, touched, true)
    })
  )
}
