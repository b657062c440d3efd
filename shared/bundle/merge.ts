/**
 * planMerge: what importing a bundle would change, computed without touching storage.
 * The renderer first fetches the existing records with the ids of mergeLookupIds(incoming)
 * (Dexie bulkGet) and every stored claim of the incoming sources, then writes plan.writes in
 * one transaction.
 *
 * By id: a record not stored yet is added; one stored identically is skipped; one stored
 * differently is resolved newest-wins on updatedAt (a tie keeps the stored one), and the
 * losing version is kept in a new HistoryEntry (action "merge", before = the version that
 * lost, after = the one that won) so nothing is lost. History entries are immutable: added
 * when their id is new, skipped otherwise.
 *
 * Nothing in a bundle is trusted further than its validation (issue 11):
 * - its History is provenance: every entry is stored with origin "bundle" and no batch, so
 *   undo never applies it; the entries the merge writes itself carry origin "merge";
 * - a date later than the import time (plus a day of clock skew) is set to the import time and
 *   reported, and a record that had one never wins a conflict (futureDates.ts);
 * - when a source's text changes, its claims are re-anchored or kept with the text they
 *   were made on (mergeAnchors.ts), so no claim is left pointing at the wrong words;
 * - its claims are held to the limits extracted claims are (at most MAX_CLAIMS_PER_SOURCE per
 *   source, long sentences cut to an excerpt) before they are compared (claimLimits.ts).
 */
import type { Claim, HistoryEntry, ReferenceSeries, Series, Source } from '../model'
import { newId, nowIso } from '../runtime'
import { jsonEqual, sortKeys } from './canonicalJson'
import { limitClaims, type CappedSource } from './claimLimits'
import { clampFutureDates, FUTURE_SKEW_MS, type ClampedDate } from './futureDates'
import { defaultVersionTitle, keepClaimsAnchored, type AnchorChanges } from './mergeAnchors'
import type { BundleContent } from './types'

/** The stored records with the incoming ids, as the renderer fetched them. */
export interface ExistingRecords {
  sources: Map<string, Source>
  /** The stored claims with the incoming ids, and every stored claim of the incoming sources. */
  claims: Map<string, Claim>
  series: Map<string, Series>
  historyIds: Set<string>
  /** The stored official series with the incoming ids. */
  references?: Map<string, ReferenceSeries>
}

/** One conflict and how it was resolved. */
export type MergeConflict =
  | { entity: 'source'; incoming: Source; existing: Source; winner: 'incoming' | 'existing'; fields: string[]; history: HistoryEntry }
  | { entity: 'claim'; incoming: Claim; existing: Claim; winner: 'incoming' | 'existing'; fields: string[]; history: HistoryEntry }
  | { entity: 'series'; incoming: Series; existing: Series; winner: 'incoming' | 'existing'; fields: string[]; history: HistoryEntry }

/** The outcome of planning an import. */
export interface MergePlan {
  /** Records not stored yet (history entries from the bundle included, marked origin "bundle"). */
  add: BundleContent
  /** Records stored identically (history entries included). */
  skip: number
  /** Records stored differently, with the resolution. */
  merge: MergeConflict[]
  /**
   * Everything to write (bulkPut) in one transaction: the added records, the incoming
   * winners of conflicts, the "merge" history entries of every conflict, and the claims
   * re-anchored or moved to a kept version of their text (with those versions).
   */
  writes: BundleContent
  /** Dates from the future that were set to the import time. */
  clamped: ClampedDate[]
  /** Claims re-anchored in a changed text, or kept with their own version of it. */
  anchors: AnchorChanges
  counts: MergeCounts
  /** Who and when the merge's own History entries record (and whatever the host writes with the plan). */
  by: string
  at: string
}

/** What an import did, for the message the user reads. */
export interface MergeCounts {
  added: number
  skipped: number
  merged: number
  /** Records with a date from the future (set to the import time; never won a conflict). */
  clamped: number
  /** Claims moved to where their quote is in a changed text. */
  reanchored: number
  /** Claims kept with the version of the text they were made on, as a separate source. */
  versioned: number
  /** Claims left out because their source would have held more than MAX_CLAIMS_PER_SOURCE. */
  cut: number
  /** The sources that went over, with how many claims they would have held and how many they hold. */
  capped: CappedSource[]
  /** Claims whose long sentence was cut to an excerpt around their quote. */
  excerpted: number
}

/** Who and when the merge history entries record; ids come from newId unless given. */
export interface MergeOptions {
  by?: string
  /** The import time (now by default): merge entries carry it, and dates later than it plus `skewMs` are clamped to it. */
  at?: string
  newId?: () => string
  /** How far past `at` a bundle date may be; one day by default. */
  skewMs?: number
  /** The title of a source's kept version of its text (defaultVersionTitle by default). */
  versionTitle?: (source: Source) => string
}

/** The ids to look up before planning: fetch these, build ExistingRecords, call planMerge. */
export function mergeLookupIds(incoming: BundleContent): { sourceIds: string[]; claimIds: string[]; seriesIds: string[]; historyIds: string[]; referenceIds?: string[] } {
  return {
    ...(incoming.references?.length ? { referenceIds: incoming.references.map((r) => r.id) } : {}),
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

/** A bundle's History entry as the library keeps it: provenance, in no batch undo could reach. */
function asProvenance(entry: HistoryEntry): HistoryEntry {
  const { batchId: _batchId, ...rest } = entry
  return { ...rest, origin: 'bundle' }
}

/** Plans the import of `incoming` against the stored records. Pure. */
export function planMerge(bundle: BundleContent, existing: ExistingRecords, options: MergeOptions = {}): MergePlan {
  const by = options.by ?? 'me'
  const at = options.at ?? nowIso()
  const makeId = options.newId ?? newId
  const { content: dated, clamped } = clampFutureDates(bundle, at, options.skewMs ?? FUTURE_SKEW_MS)
  const limits = limitClaims(dated, existing.claims)
  const incoming = limits.content
  const untrusted = new Set(clamped.filter((c) => c.entity !== 'history').map((c) => `${c.entity}:${c.id}`))
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
    // A record dated in the future cannot prove it is newer: the stored version stays.
    const winner = !untrusted.has(`${entity}:${record.id}`) && stamp(record) > stamp(stored) ? 'incoming' : 'existing'
    const [loser, kept] = winner === 'incoming' ? [stored, record] : [record, stored]
    const fields = changedFields(stored, record)
    const history: HistoryEntry = { id: makeId(), entity, entityId: record.id, action: 'merge', fields, before: loser, after: kept, by, at, origin: 'merge' }
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
      const kept = asProvenance(entry)
      add.history.push(kept)
      writes.history.push(kept)
    }
  }
  // An official series is the publisher's figures, not the user's work: merged by id, the newer copy kept, no History.
  const addedReferences: ReferenceSeries[] = []
  const writtenReferences: ReferenceSeries[] = []
  for (const reference of bundle.references ?? []) {
    const stored = existing.references?.get(reference.id)
    if (!stored) addedReferences.push(reference)
    if (!stored || (!jsonEqual(stored, reference) && stored.updatedAt < reference.updatedAt)) writtenReferences.push(reference)
    else skip++
  }
  if (addedReferences.length) add.references = addedReferences
  if (writtenReferences.length) writes.references = writtenReferences
  const anchors = keepClaimsAnchored({
    incoming, storedSources: existing.sources, storedClaims: existing.claims, writes, by, at, makeId, versionTitle: options.versionTitle ?? defaultVersionTitle
  })
  const added = add.sources.length + add.claims.length + add.series.length + add.history.length + (add.references?.length ?? 0)
  const counts: MergeCounts = {
    added, skipped: skip, merged: merge.length, clamped: new Set(clamped.map((c) => `${c.entity}:${c.id}`)).size,
    reanchored: anchors.reanchored.length, versioned: anchors.versioned.length,
    cut: limits.cut.length, capped: limits.capped, excerpted: limits.excerpted
  }
  return { add, skip, merge, writes, clamped, anchors, counts, by, at }
}
