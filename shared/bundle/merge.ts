/**
 * planMerge: what importing a bundle would change, computed without touching storage.
 * The renderer first fetches the existing records with the ids of mergeLookupIds(incoming)
 * (Dexie bulkGet), then writes plan.writes in one transaction.
 *
 * By id: a record not stored yet is added; one stored identically is skipped; one stored
 * differently is resolved newest-wins on updatedAt (a tie keeps the stored one), and the
 * losing version is kept in a new HistoryEntry (action "merge", before = the version that
 * lost, after = the one that won) so nothing is lost. History entries are immutable: added
 * when their id is new, skipped otherwise.
 */
import type { Claim, HistoryEntry, Series, Source } from '../model'
import { newId, nowIso } from '../runtime'
import { jsonEqual, sortKeys } from './canonicalJson'
import type { BundleContent } from './types'

/** The stored records with the incoming ids, as the renderer fetched them. */
export interface ExistingRecords {
  sources: Map<string, Source>
  claims: Map<string, Claim>
  series: Map<string, Series>
  historyIds: Set<string>
}

/** One conflict and how it was resolved. */
export type MergeConflict =
  | { entity: 'source'; incoming: Source; existing: Source; winner: 'incoming' | 'existing'; fields: string[]; history: HistoryEntry }
  | { entity: 'claim'; incoming: Claim; existing: Claim; winner: 'incoming' | 'existing'; fields: string[]; history: HistoryEntry }
  | { entity: 'series'; incoming: Series; existing: Series; winner: 'incoming' | 'existing'; fields: string[]; history: HistoryEntry }

/** The outcome of planning an import. */
export interface MergePlan {
  /** Records not stored yet (history entries from the bundle included). */
  add: BundleContent
  /** Records stored identically (history entries included). */
  skip: number
  /** Records stored differently, with the resolution. */
  merge: MergeConflict[]
  /**
   * Everything to write (bulkPut) in one transaction: the added records, the incoming
   * winners of conflicts, and the "merge" history entries of every conflict.
   */
  writes: BundleContent
  counts: { added: number; skipped: number; merged: number }
}

/** Who and when the merge history entries record; ids come from newId unless given. */
export interface MergeOptions {
  by?: string
  at?: string
  newId?: () => string
}

/** The ids to look up before planning: fetch these, build ExistingRecords, call planMerge. */
export function mergeLookupIds(incoming: BundleContent): { sourceIds: string[]; claimIds: string[]; seriesIds: string[]; historyIds: string[] } {
  return {
    sourceIds: incoming.sources.map((s) => s.id),
    claimIds: incoming.claims.map((c) => c.id),
    seriesIds: incoming.series.map((s) => s.id),
    historyIds: incoming.history.map((h) => h.id)
  }
}

/** Field names whose values differ between two records (union of both key sets), sorted. */
export function changedFields(a: object, b: object): string[] {
  const left = sortKeys(a) as Record<string, unknown>
  const right = sortKeys(b) as Record<string, unknown>
  const keys = new Set([...Object.keys(left), ...Object.keys(right)])
  return [...keys].filter((k) => !jsonEqual(left[k], right[k])).sort()
}

function stamp(record: Source | Claim | Series): string {
  return 'importedAt' in record ? (record.updatedAt ?? record.importedAt) : record.updatedAt
}

/** Plans the import of `incoming` against the stored records. Pure. */
export function planMerge(incoming: BundleContent, existing: ExistingRecords, options: MergeOptions = {}): MergePlan {
  const by = options.by ?? 'me'
  const at = options.at ?? nowIso()
  const makeId = options.newId ?? newId
  const add: BundleContent = { sources: [], claims: [], series: [], history: [] }
  const writes: BundleContent = { sources: [], claims: [], series: [], history: [] }
  const merge: MergeConflict[] = []
  let skip = 0

  function resolve<T extends Source | Claim | Series>(entity: 'source' | 'claim' | 'series', record: T, stored: T | undefined, addTo: T[], writeTo: T[]): void {
    if (!stored) {
      addTo.push(record)
      writeTo.push(record)
      return
    }
    if (jsonEqual(record, stored)) {
      skip++
      return
    }
    const winner = stamp(record) > stamp(stored) ? 'incoming' : 'existing'
    const [loser, kept] = winner === 'incoming' ? [stored, record] : [record, stored]
    const fields = changedFields(stored, record)
    const history: HistoryEntry = { id: makeId(), entity, entityId: record.id, action: 'merge', fields, before: loser, after: kept, by, at }
    if (winner === 'incoming') writeTo.push(record)
    writes.history.push(history)
    merge.push({ entity, incoming: record, existing: stored, winner, fields, history } as MergeConflict)
  }

  for (const source of incoming.sources) resolve('source', source, existing.sources.get(source.id), add.sources, writes.sources)
  for (const claim of incoming.claims) resolve('claim', claim, existing.claims.get(claim.id), add.claims, writes.claims)
  for (const series of incoming.series) resolve('series', series, existing.series.get(series.id), add.series, writes.series)
  for (const entry of incoming.history) {
    if (existing.historyIds.has(entry.id)) {
      skip++
    } else {
      add.history.push(entry)
      writes.history.push(entry)
    }
  }
  const added = add.sources.length + add.claims.length + add.series.length + add.history.length
  return { add, skip, merge, writes, counts: { added, skipped: skip, merged: merge.length } }
}
