/**
 * Low-level claim writes shared by the repositories: read a claim, write it back with its
 * derived fields, keep series membership in step. Callers hold the transaction.
 */
import { figureSpan } from '../../../../shared/figureSpan'
import { type Claim, type Series } from '../../../../shared/model'
import { type ClaimLedgerDB } from '../database'
import { DatabaseError } from '../errors'
import { type StoredClaim, stripToClaim, toStoredClaim } from '../records'
import { type ChangeBatch } from './changes'

/** Every Claim field a person may change, for history diffs. */
export const CLAIM_FIELDS = [
  'quote', 'start', 'end', 'figureStart', 'figureEnd', 'sentence', 'value', 'valueHigh', 'previous', 'kind', 'unit', 'approx', 'subject',
  'subjectKey', 'speaker', 'period', 'statedAt', 'status', 'verdict', 'note', 'tags', 'seriesId'
] as const satisfies readonly (keyof Claim)[]

export const SERIES_FIELDS = ['name', 'unit', 'claimIds', 'notes', 'title', 'description', 'tolerance'] as const satisfies readonly (keyof Series)[]

export async function loadStoredClaim(db: ClaimLedgerDB, id: string): Promise<StoredClaim> {
  const row = await db.claims.get(id)
  if (!row) throw DatabaseError.notFound('Claim', id)
  return row
}

/** `claim` with `patch` applied; a key set to undefined in the patch removes the field. */
export function patched<T extends object>(record: T, patch: Partial<T>): T {
  const next = { ...record, ...patch } as Record<string, unknown>
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k]
  return next as T
}

/**
 * Writes claims changed in one action with one bulkPut (a round trip per claim made a series
 * of 200 claims take seconds), recording each claim's changed fields; returns them per pair.
 */
export async function writeClaimChanges(db: ClaimLedgerDB, batch: ChangeBatch, changes: readonly { row: StoredClaim; next: Claim }[]): Promise<string[][]> {
  const stored: StoredClaim[] = []
  const fields = changes.map(({ row, next }) => {
    const changed = batch.updated('claim', row.id, stripToClaim(row), next, CLAIM_FIELDS)
    if (changed.length === 0) return changed
    const out = toStoredClaim({ ...next, updatedAt: batch.at })
    stored.push(out)
    if (out.sourceId === row.sourceId && out.start === row.start) batch.touchClaim(out, changed)
    else {
      batch.touch(row.sourceId)
      batch.touch(out.sourceId)
    }
    return changed
  })
  if (stored.length) await db.claims.bulkPut(stored)
  return fields
}

/** One claim's change (see writeClaimChanges); returns the fields changed (empty: nothing written). */
export async function writeClaimChange(db: ClaimLedgerDB, batch: ChangeBatch, row: StoredClaim, next: Claim): Promise<string[]> {
  return (await writeClaimChanges(db, batch, [{ row, next }]))[0]
}

function chronological(a: Claim, b: Claim): number {
  if (a.statedAt !== b.statedAt) {
    if (a.statedAt === undefined) return 1
    if (b.statedAt === undefined) return -1
    return a.statedAt < b.statedAt ? -1 : 1
  }
  if (a.sourceId !== b.sourceId) return a.sourceId < b.sourceId ? -1 : 1
  return figureSpan(a).start - figureSpan(b).start
}

/**
 * Recomputes a series' claimIds from the claims that point at it (chronological order),
 * recording the change. Missing series are ignored (deleted in the same action).
 */
export async function refreshSeriesClaims(db: ClaimLedgerDB, batch: ChangeBatch, seriesId: string): Promise<void> {
  const series = await db.series.get(seriesId)
  if (!series) return
  const members = await db.claims.where('seriesId').equals(seriesId).toArray()
  const claimIds = members.sort(chronological).map((c) => c.id)
  const next: Series = { ...series, claimIds }
  if (batch.updated('series', seriesId, series, next, SERIES_FIELDS).length > 0)
    await db.series.put({ ...next, updatedAt: batch.at })
}

/**
 * Points claims at `seriesId` (or at none), recording each claim's change; returns the
 * series whose membership changed (old and new), for refreshSeriesClaims.
 */
export async function moveClaims(db: ClaimLedgerDB, batch: ChangeBatch, claimIds: readonly string[], seriesId: string | undefined): Promise<Set<string>> {
  const touched = new Set<string>()
  const rows = await db.claims.bulkGet([...new Set(claimIds)])
  const changes: { row: StoredClaim; next: Claim }[] = []
  for (const row of rows) {
    if (!row || row.seriesId === seriesId) continue
    if (row.seriesId) touched.add(row.seriesId)
    changes.push({ row, next: patched(stripToClaim(row), { seriesId }) })
  }
  await writeClaimChanges(db, batch, changes)
  if (seriesId) touched.add(seriesId)
  return touched
}

/** Deletes claims (recorded whole, so undo can restore them) and drops them from their series. */
export async function deleteClaimRows(db: ClaimLedgerDB, batch: ChangeBatch, rows: readonly StoredClaim[]): Promise<void> {
  const touched = new Set<string>()
  for (const row of rows) {
    batch.deleted('claim', row.id, stripToClaim(row))
    batch.touch(row.sourceId)
    if (row.seriesId) touched.add(row.seriesId)
  }
  await db.claims.bulkDelete(rows.map((r) => r.id))
  for (const id of touched) await refreshSeriesClaims(db, batch, id)
}
