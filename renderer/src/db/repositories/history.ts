/**
 * Reading History and undoing the last action.
 *
 * An action is a batch of entries (shared batchId; older entries without one are their own
 * batch). Undo reverses the newest batch that is not itself an undo and was not undone yet,
 * and records what it did as a batch `undo:<batchId>` — so the trace stays, and repeated
 * undos walk back through earlier actions instead of toggling.
 */
import { type Claim, type HistoryEntity, type HistoryEntry, type Series, type Source } from '../../../../shared/model'
import { type ClaimLedgerDB } from '../database'
import { guarded } from '../errors'
import { toStoredClaim } from '../records'
import { ChangeBatch } from './changes'

const UNDO_PREFIX = 'undo:'

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
  const undone = new Set<string>()
  let target: HistoryEntry | undefined
  await db.history
    .orderBy('at')
    .reverse()
    .until((e) => {
      const key = batchKey(e)
      if (key.startsWith(UNDO_PREFIX)) undone.add(key.slice(UNDO_PREFIX.length))
      else if (!undone.has(key)) target = e
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

async function putRecord(db: ClaimLedgerDB, entity: HistoryEntity, record: AnyRecord, trace: ChangeBatch): Promise<void> {
  switch (entity) {
    case 'claim': {
      const claim = toStoredClaim(record as unknown as Claim)
      await db.claims.put(claim)
      trace.touch(claim.sourceId)
      return
    }
    case 'series':
      await db.series.put(record as unknown as Series)
      return
    case 'source':
      await db.sources.put(record as unknown as Source)
      trace.touch(String(record.id), true)
      return
  }
}

async function deleteRecord(db: ClaimLedgerDB, entity: HistoryEntity, record: AnyRecord, trace: ChangeBatch): Promise<void> {
  const id = String(record.id)
  if (entity === 'claim') {
    await db.claims.delete(id)
    trace.touch(String(record.sourceId))
  } else if (entity === 'series') await db.series.delete(id)
  else {
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
      await putRecord(db, e.entity, record, trace)
      trace.created(e.entity, e.entityId, record)
      return
    }
    case 'update':
    case 'merge': {
      // The record was deleted since: there is nothing to put the old values back on.
      if (!current) return
      const restored = withFields(current, e.fields, e.before)
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
      const entries = target.batchId ? await db.history.where('batchId').equals(key).toArray() : [target]
      const trace = new ChangeBatch(by, UNDO_PREFIX + key)
      const ordered = [...entries].sort((a, b) => ENTITY_ORDER[a.entity] - ENTITY_ORDER[b.entity])
      for (const e of ordered) await reverse(db, e, trace)
      if (trace.entries.length === 0) {
        // Nothing left to reverse (records changed or vanished since): still mark the batch
        // undone, so the next undo moves on to the action before it.
        trace.entries.push({
          id: `${UNDO_PREFIX}${key}`, entity: target.entity, entityId: target.entityId, action: 'update', fields: [], by, at: trace.at, batchId: trace.batchId
        })
      }
      await trace.write(db)
      return { undone: target, entries }
    })
  )
}
