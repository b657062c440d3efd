/**
 * Reading History and undoing the last action.
 *
 * An action is a batch of entries (shared batchId; older entries without one are their own
 * batch). Undo reverses the newest batch that is not itself an undo and was not undone yet,
 * and records what it did as a batch `undo:<batchId>` — so the trace stays, and repeated
 * undos walk back through earlier actions instead of toggling.
 *
 * Undo applies only changes a person made in this library: never an entry with an origin
 * (History imported from a bundle, or written by an import's merge), never a "merge" entry
 * outside a batch (what older imports wrote, without an origin; merging series is a batch),
 * never one dated in the future (no change made here is; a bundle's could be, from before
 * imports clamped them).
 */
import { type Claim, type HistoryEntity, type HistoryEntry, type Series, type Source } from '../../../../shared/model'
import { newId } from '../../../../shared/runtime'
import { type ClaimLedgerDB } from '../database'
import { guarded } from '../errors'
import { toStoredClaim } from '../records'
import { ChangeBatch } from './changes'
import { deleteClaimRows } from './claimStore'

const UNDO_PREFIX = 'undo:'

/** Local clocks drift a little; no change made in this library is dated further ahead than this. */
const FUTURE_SKEW_MS = 24 * 60 * 60 * 1000

/** Whether undo may apply this entry: a change a person made here (see the module comment). */
export function isUndoable(e: HistoryEntry, now: number = Date.now()): boolean {
  return e.origin === undefined && !(e.action === 'merge' && e.batchId === undefined) && !(Date.parse(e.at) > now + FUTURE_SKEW_MS)
}

/** The batch an entry belongs to. */
function batchKey(e: HistoryEntry): string {
  return e.batchId ?? e.id
}

/** Changes to one record, newest first. */
export async function historyFor(db: ClaimLedgerDB, entity: HistoryEntity, id: string): Promise<HistoryEntry[]> {
  return guarded(async () => {
    const entries = await db.history.where('[entity+entityId]').equals([entity, id]).toArray()
    return entries.sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? 1 : -1))
  })
}

/** The newest entry whose batch can be undone, or undefined. */
async function newestUndoable(db: ClaimLedgerDB): Promise<HistoryEntry | undefined> {
  const now = Date.now()
  const undone = new Set<string>()
  let target: HistoryEntry | undefined
  await db.history
    .orderBy('at')
    .reverse()
    .until((e) => {
      const key = batchKey(e)
      if (key.startsWith(UNDO_PREFIX)) undone.add(key.slice(UNDO_PREFIX.length))
      else if (!undone.has(key) && isUndoable(e, now)) target = e
      return target !== undefined
    }, true)
    .toArray()
  return target
}

type AnyRecord = Record<string, unknown>

function withFields(record: AnyRecord, fields: readonly string[], values: unknown): AnyRecord {
  const v = (values ?? {}) as AnyRecord
  const out = { ...record }
  for (const f of fields) {
    if (v[f] === undefined) delete out[f]
    else out[f] = v[f]
  }
  return out
}

async function getRecord(db: ClaimLedgerDB, entity: HistoryEntity, id: string): Promise<AnyRecord | undefined> {
  switch (entity) {
    case 'claim':
      return (await db.claims.get(id)) as AnyRecord | undefined
    case 'series':
      return (await db.series.get(id)) as AnyRecord | undefined
    case 'source':
      return (await db.sources.get(id)) as AnyRecord | undefined
  }
}

/**
 * Whether a claim can be put back: its source is stored and its quote is that source's text at
 * its offsets. A claim that cannot is left out rather than stored pointing at nothing.
 */
async function restorable(db: ClaimLedgerDB, claim: Claim): Promise<boolean> {
  const source = typeof claim.sourceId === 'string' ? await db.sources.get(claim.sourceId) : undefined
  return !!source && typeof claim.quote === 'string' && Number.isInteger(claim.start) && Number.isInteger(claim.end) &&
    source.text.slice(claim.start, claim.end) === claim.quote
}

/** Writes a record back; false when it cannot be (a claim whose source is gone). */
async function putRecord(db: ClaimLedgerDB, entity: HistoryEntity, record: AnyRecord, trace: ChangeBatch): Promise<boolean> {
  switch (entity) {
    case 'claim': {
      const claim = toStoredClaim(record as unknown as Claim)
      if (!(await restorable(db, claim))) return false
      await db.claims.put(claim)
      trace.touch(claim.sourceId)
      return true
    }
    case 'series':
      await db.series.put(record as unknown as Series)
      return true
    case 'source':
      await db.sources.put(record as unknown as Source)
      trace.touch(String(record.id), true)
      return true
  }
}

async function deleteRecord(db: ClaimLedgerDB, entity: HistoryEntity, record: AnyRecord, trace: ChangeBatch): Promise<void> {
  const id = String(record.id)
  if (entity === 'claim') {
    await db.claims.delete(id)
    trace.touch(String(record.sourceId))
  } else if (entity === 'series') await db.series.delete(id)
  else {
    // A source goes with its claims, recorded whole, as deleteSource does it: no claim is left citing nothing.
    await deleteClaimRows(db, trace, await db.claims.where('sourceId').equals(id).toArray())
    await db.sources.delete(id)
    trace.touch(id, true)
  }
}

/** Sources first, so the restored claims' digests are written against their restored source. */
const ENTITY_ORDER: Record<HistoryEntity, number> = { source: 0, series: 1, claim: 2 }

async function reverse(db: ClaimLedgerDB, e: HistoryEntry, trace: ChangeBatch): Promise<void> {
  const current = await getRecord(db, e.entity, e.entityId)
  switch (e.action) {
    case 'create':
      if (!current) return
      await deleteRecord(db, e.entity, current, trace)
      trace.deleted(e.entity, e.entityId, current)
      return
    case 'delete': {
      if (current || typeof e.before !== 'object' || e.before === null) return
      const record = e.before as AnyRecord
      if (await putRecord(db, e.entity, record, trace)) trace.created(e.entity, e.entityId, record)
      return
    }
    case 'update':
    case 'merge': {
      // The record was deleted since: there is nothing to put the old values back on.
      if (!current) return
      const restored = withFields(current, e.fields, e.before)
      if (e.entity === 'claim' && !(await restorable(db, restored as unknown as Claim))) return
      if (trace.updated(e.entity, e.entityId, current, restored, e.fields).length > 0)
        await putRecord(db, e.entity, { ...restored, updatedAt: trace.at }, trace)
      return
    }
  }
}

/** What undoLast did. */
export interface UndoResult {
  /** The newest entry of the batch undone (its `at`, `by`, entity tell the user what was undone). */
  undone: HistoryEntry
  /** Every entry of that batch. */
  entries: HistoryEntry[]
}

/**
 * Reverses the newest action not yet undone (an edit, a bulk change, a deletion, a creation),
 * in one transaction, and records the reversal in History. Null when there is nothing to undo.
 */
export async function undoLast(db: ClaimLedgerDB, by: string): Promise<UndoResult | null> {
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const target = await newestUndoable(db)
      if (!target) return null
      const key = batchKey(target)
      // Only this library's own entries of the batch: an imported entry could carry a local batch id.
      const entries = target.batchId ? (await db.history.where('batchId').equals(key).toArray()).filter((e) => isUndoable(e)) : [target]
      const trace = new ChangeBatch(by, UNDO_PREFIX + key)
      const ordered = [...entries].sort((a, b) => ENTITY_ORDER[a.entity] - ENTITY_ORDER[b.entity])
      for (const e of ordered) await reverse(db, e, trace)
      if (trace.entries.length === 0) {
        // Nothing left to reverse (records changed or vanished since): still mark the batch
        // undone, so the next undo moves on to the action before it.
        // (A plain id: ids are exported in bundles, where a colon is not allowed.)
        trace.entries.push({
          id: newId(), entity: target.entity, entityId: target.entityId, action: 'update', fields: [], by, at: trace.at, batchId: trace.batchId
        })
      }
      await trace.write(db)
      return { undone: target, entries }
    })
  )
}
