/**
 * Series: a figure followed over time. A claim belongs to at most one series (Claim.seriesId);
 * Series.claimIds mirrors that membership in chronological order and is recomputed on every
 * change. Every function writes History (one batch per action, undoable).
 */
import { type Series } from '../../../../shared/model'
import { newId } from '../../../../shared/runtime'
import { type ClaimLedgerDB } from '../database'
import { DatabaseError, guarded } from '../errors'
import { type ClaimRow, type StoredClaim, toClaimRow } from '../records'
import { ChangeBatch } from './changes'
import { SERIES_FIELDS, moveClaims, patched, refreshSeriesClaims } from './claimStore'

export interface NewSeries {
  /** The id to give it (a view that shows the series before the write ends picks it); a new one by default. */
  id?: string
  name: string
  unit?: string
  notes?: string
  /** Claims to put in the series at once (taken out of any other series). */
  claimIds?: string[]
}

export type SeriesMetaPatch = Partial<Pick<Series, 'name' | 'unit' | 'notes' | 'title' | 'description' | 'tolerance'>>

export interface SeriesWithClaims {
  series: Series
  /** In chronological order (Series.claimIds). */
  claims: ClaimRow[]
}

function checkName(name: string): string {
  const trimmed = name.trim()
  if (trimmed === '') throw DatabaseError.invalid('A series needs a name.')
  return trimmed
}

async function loadSeries(db: ClaimLedgerDB, id: string): Promise<Series> {
  const series = await db.series.get(id)
  if (!series) throw DatabaseError.notFound('Series', id)
  return series
}

/** Runs `action` in one transaction with one History batch. */
function inBatch<T>(db: ClaimLedgerDB, by: string, action: (batch: ChangeBatch) => Promise<T>): Promise<T> {
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const batch = new ChangeBatch(by)
      const result = await action(batch)
      await batch.write(db)
      return result
    })
  )
}

async function refreshAll(db: ClaimLedgerDB, batch: ChangeBatch, ids: Iterable<string>): Promise<void> {
  for (const id of ids) await refreshSeriesClaims(db, batch, id)
}

export async function createSeries(db: ClaimLedgerDB, draft: NewSeries, by: string): Promise<Series> {
  const name = checkName(draft.name)
  return inBatch(db, by, async (batch) => {
    if (draft.id !== undefined && (typeof draft.id !== 'string' || draft.id === '' || (await db.series.get(draft.id))))
      throw DatabaseError.invalid('A series with this id already exists.')
    const series: Series = patched<Series>(
      { id: draft.id ?? newId(), name, unit: draft.unit, claimIds: [], notes: draft.notes ?? '', createdAt: batch.at, updatedAt: batch.at },
      {}
    )
    let touched = new Set<string>()
    if (draft.claimIds?.length) {
      touched = await moveClaims(db, batch, draft.claimIds, series.id)
      touched.delete(series.id)
      series.claimIds = (await db.claims.where('seriesId').equals(series.id).toArray()).sort(byDate).map((c) => c.id)
    }
    await db.series.add(series)
    batch.created('series', series.id, series)
    await refreshAll(db, batch, touched)
    return series
  })
}

function byDate(a: StoredClaim, b: StoredClaim): number {
  if (a.statedAt !== b.statedAt) {
    if (a.statedAt === undefined) return 1
    if (b.statedAt === undefined) return -1
    return a.statedAt < b.statedAt ? -1 : 1
  }
  return a.sourceId === b.sourceId ? a.start - b.start : a.sourceId < b.sourceId ? -1 : 1
}

/** Changes name, unit or notes. */
export async function updateSeriesMeta(db: ClaimLedgerDB, id: string, patch: SeriesMetaPatch, by: string): Promise<Series> {
  if (patch.name !== undefined) patch = { ...patch, name: checkName(patch.name) }
  return inBatch(db, by, async (batch) => {
    const series = await loadSeries(db, id)
    const next = patched<Series>(series, patch)
    if (batch.updated('series', id, series, next, SERIES_FIELDS).length === 0) return series
    const saved = { ...next, updatedAt: batch.at }
    await db.series.put(saved)
    return saved
  })
}

export function renameSeries(db: ClaimLedgerDB, id: string, name: string, by: string): Promise<Series> {
  return updateSeriesMeta(db, id, { name }, by)
}

/** Puts claims in the series (taking them out of any other), in one transaction. */
export async function addClaimsToSeries(db: ClaimLedgerDB, seriesId: string, claimIds: readonly string[], by: string): Promise<void> {
  await inBatch(db, by, async (batch) => {
    await loadSeries(db, seriesId)
    await refreshAll(db, batch, await moveClaims(db, batch, claimIds, seriesId))
  })
}

/** Takes claims out of the series (claims in other series are left alone). */
export async function removeClaimsFromSeries(db: ClaimLedgerDB, seriesId: string, claimIds: readonly string[], by: string): Promise<void> {
  await inBatch(db, by, async (batch) => {
    await loadSeries(db, seriesId)
    const rows = await db.claims.bulkGet([...claimIds])
    const members = rows.filter((r): r is StoredClaim => r?.seriesId === seriesId).map((r) => r.id)
    await refreshAll(db, batch, await moveClaims(db, batch, members, undefined))
  })
}

/** Moves every claim of `otherIds` into `targetId` and deletes those series. Returns the target. */
export async function mergeSeries(db: ClaimLedgerDB, targetId: string, otherIds: readonly string[], by: string): Promise<Series> {
  return inBatch(db, by, async (batch) => {
    const target = await loadSeries(db, targetId)
    const others = [...new Set(otherIds)].filter((id) => id !== targetId)
    for (const id of others) {
      const other = await loadSeries(db, id)
      const members = await db.claims.where('seriesId').equals(id).primaryKeys()
      await moveClaims(db, batch, members, targetId)
      batch.deleted('series', id, other)
      await db.series.delete(id)
    }
    await refreshSeriesClaims(db, batch, targetId)
    const merged = (await db.series.get(targetId)) ?? target
    // Mark the target's entry as a merge, so History reads as one.
    const entry = batch.entries.find((e) => e.entity === 'series' && e.entityId === targetId)
    if (entry) entry.action = 'merge'
    return merged
  })
}

/** Moves `claimIds` out of series `id` into a new series named `name`. Returns the new series. */
export async function splitSeries(db: ClaimLedgerDB, id: string, claimIds: readonly string[], name: string, by: string): Promise<Series> {
  const newName = checkName(name)
  return inBatch(db, by, async (batch) => {
    const source = await loadSeries(db, id)
    const rows = await db.claims.bulkGet([...claimIds])
    const members = rows.filter((r): r is StoredClaim => r?.seriesId === id).map((r) => r.id)
    if (members.length === 0) throw DatabaseError.invalid(`None of those claims is in the series "${source.name}".`)
    const created: Series = patched<Series>(
      { id: newId(), name: newName, unit: source.unit, claimIds: [], notes: '', createdAt: batch.at, updatedAt: batch.at },
      {}
    )
    await db.series.add(created)
    await moveClaims(db, batch, members, created.id)
    await refreshSeriesClaims(db, batch, id)
    const moved = (await db.claims.where('seriesId').equals(created.id).toArray()).sort(byDate)
    created.claimIds = moved.map((c) => c.id)
    await db.series.put(created)
    batch.created('series', created.id, created)
    return created
  })
}

/** Deletes a series; its claims stay, outside any series. Undo restores both. */
export async function deleteSeries(db: ClaimLedgerDB, id: string, by: string): Promise<void> {
  await inBatch(db, by, async (batch) => {
    const series = await loadSeries(db, id)
    const members = await db.claims.where('seriesId').equals(id).primaryKeys()
    await moveClaims(db, batch, members, undefined)
    batch.deleted('series', id, series)
    await db.series.delete(id)
  })
}

/** Every series, by name. */
export async function listSeries(db: ClaimLedgerDB): Promise<Series[]> {
  return guarded(() => db.series.orderBy('name').toArray())
}

/** A series and its claims in chronological order, or undefined. */
export async function getSeriesWithClaims(db: ClaimLedgerDB, id: string): Promise<SeriesWithClaims | undefined> {
  return guarded(() =>
    db.transaction('r', [db.series, db.claims, db.claimDigests], async () => {
      const series = await db.series.get(id)
      if (!series) return undefined
      const rows = (await db.claims.bulkGet(series.claimIds)).filter((r): r is StoredClaim => r !== undefined)
      // The digests carry each source's title and language without its text.
      const refs = await db.claimDigests.bulkGet([...new Set(rows.map((r) => r.sourceId))])
      const byId = new Map(refs.filter((r) => r !== undefined).map((r) => [r.sourceId, r]))
      const claims = rows.map((c) => toClaimRow(c, byId.get(c.sourceId) ?? { title: '', lang: 'en' }))
      return { series, claims }
    })
  )
}

