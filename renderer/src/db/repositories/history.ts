/**
 * Reading History, undo and redo within this window's session, and reverting one older change.
 *
 * An action is a batch of entries (shared batchId; older entries without one are their own batch).
 * Undo and redo reach only the batches this window's session wrote (session.ts: a new session per
 * page load), so after a reload Ctrl+Z never reverts an earlier session's work. Undo reverses the
 * newest action of the session not undone yet and records that as a batch `undo:<batchId>`; redo
 * puts back the newest undone action, as `redo:<batchId>`; a new action ends what can be redone.
 * The trace stays, and repeated undos walk back through earlier actions instead of toggling.
 * Older changes, and those of earlier sessions, are reverted one at a time (`revertEntry`), from a
 * record's history, with a check that what they changed has not changed since.
 *
 * Nothing applies a change a person did not make in this library: never an entry with an origin
 * (History imported from a bundle, or written by an import's merge), never a "merge" entry outside
 * a batch (what older imports wrote, without an origin; merging series is a batch), never one dated
 * in the future (no change made here is; a bundle's could be, from before imports clamped them).
 * Undo and redo leave a field that changed since (in another window) as it now is.
 */
import { type Claim, type HistoryEntity, type HistoryEntry, type Series, type Source } from '../../../../shared/model'
import { type ClaimLedgerDB } from '../database'
import { DatabaseError, type FieldConflict, RevertConflictError, guarded } from '../errors'
import { toStoredClaim } from '../records'
import { currentSession } from '../session'
import { ChangeBatch, sameValue } from './changes'
import { deleteClaimRows } from './claimStore'

const UNDO_PREFIX = 'undo:'
const REDO_PREFIX = 'redo:'

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

/** One action of this session: its batch key and the entries undo or redo would apply. */
interface SessionBatch {
  key: string
  entries: HistoryEntry[]
}

/** What this session can undo (oldest first, the next undo last) and redo (the next redo last). */
interface SessionStacks {
  done: SessionBatch[]
  undone: SessionBatch[]
}

function moveLast(from: SessionBatch[], to: SessionBatch[], key: string): void {
  const at = from.findLastIndex((b) => b.key === key)
  if (at >= 0) to.push(...from.splice(at, 1))
}

/**
 * Replays this session's History in order: an action goes on the undo stack (and ends what could be
 * redone), `undo:<key>` moves it to the redo stack, `redo:<key>` moves it back. Only entries written since
 * the session started are read (the `at` index), so the cost is this session's work, not the library's.
 */
async function sessionStacks(db: ClaimLedgerDB): Promise<SessionStacks> {
  const session = currentSession()
  const mine = (await db.history.where('at').aboveOrEqual(session.startedAt).toArray()).filter((e) => e.session === session.id)
  mine.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  const stacks: SessionStacks = { done: [], undone: [] }
  const now = Date.now()
  // One window's batches never share an `at` (historyTime), so entries with one `at` are one batch.
  for (let i = 0; i < mine.length; ) {
    let j = i + 1
    while (j < mine.length && mine[j].at === mine[i].at) j++
    const key = batchKey(mine[i])
    if (key.startsWith(UNDO_PREFIX)) moveLast(stacks.done, stacks.undone, key.slice(UNDO_PREFIX.length))
    else if (key.startsWith(REDO_PREFIX)) moveLast(stacks.undone, stacks.done, key.slice(REDO_PREFIX.length))
    else {
      const entries = mine.slice(i, j).filter((e) => isUndoable(e, now))
      if (entries.length > 0) {
        stacks.done.push({ key, entries })
        stacks.undone = []
      }
    }
    i = j
  }
  return stacks
}

/** What Undo and Redo would do next in this session: the entries of each action, or undefined. */
export interface UndoRedoState {
  undo?: HistoryEntry[]
  redo?: HistoryEntry[]
}

/** The actions Undo and Redo would apply next, for the buttons that name them. */
export async function undoRedoState(db: ClaimLedgerDB): Promise<UndoRedoState> {
  return guarded(async () => {
    const { done, undone } = await sessionStacks(db)
    return { undo: done.at(-1)?.entries, redo: undone.at(-1)?.entries }
  })
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

// Fields that place a claim in its source: an undo that puts none of them back keeps the claim
// where it is stored, so there is no source text to check it against.
const PLACE_FIELDS = ['sourceId', 'start', 'end', 'quote']

/**
 * Writes a record back; false when it cannot be (a claim whose source is gone). `inPlace`, for a
 * claim, are the fields put back when none of PLACE_FIELDS is among them: the claim stays where
 * it is stored, so its source is not read and its digest entry is patched.
 */
async function putRecord(db: ClaimLedgerDB, entity: HistoryEntity, record: AnyRecord, trace: ChangeBatch, inPlace?: readonly string[]): Promise<boolean> {
  switch (entity) {
    case 'claim': {
      const claim = toStoredClaim(record as unknown as Claim)
      if (!inPlace && !(await restorable(db, claim))) return false
      await db.claims.put(claim)
      if (inPlace) trace.touchClaim(claim, inPlace)
      else trace.touch(claim.sourceId)
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

/**
 * Puts back what entry `e` changed. For an update, only the fields that still hold what `e` wrote are put
 * back; the others changed since (in another window) and are returned, left as they are.
 */
async function reverse(db: ClaimLedgerDB, e: HistoryEntry, trace: ChangeBatch): Promise<string[]> {
  const current = await getRecord(db, e.entity, e.entityId)
  switch (e.action) {
    case 'create':
      if (!current) return []
      await deleteRecord(db, e.entity, current, trace)
      trace.deleted(e.entity, e.entityId, current)
      return []
    case 'delete': {
      if (current || typeof e.before !== 'object' || e.before === null) return []
      const record = e.before as AnyRecord
      if (await putRecord(db, e.entity, record, trace)) trace.created(e.entity, e.entityId, record)
      return []
    }
    case 'update':
    case 'merge': {
      // The record was deleted since: there is nothing to put the old values back on.
      if (!current) return []
      const after = (e.after ?? {}) as AnyRecord
      const fields = e.fields.filter((f) => sameValue(current[f], after[f]))
      const kept = e.fields.filter((f) => !fields.includes(f))
      const restored = withFields(current, fields, e.before)
      const inPlace = !fields.some((f) => PLACE_FIELDS.includes(f))
      if (e.entity === 'claim' && !inPlace && !(await restorable(db, restored as unknown as Claim))) return kept
      if (trace.updated(e.entity, e.entityId, current, restored, fields).length > 0)
        await putRecord(db, e.entity, { ...restored, updatedAt: trace.at }, trace, e.entity === 'claim' && inPlace ? fields : undefined)
      return kept
    }
  }
}

/** The entry that undoes `e`'s undo: a creation becomes a deletion of the same record, before and after swap. */
function flipped(e: HistoryEntry): HistoryEntry {
  const action = e.action === 'create' ? 'delete' : e.action === 'delete' ? 'create' : e.action
  const out: HistoryEntry = { ...e, action, before: e.after, after: e.before }
  if (out.before === undefined) delete out.before
  if (out.after === undefined) delete out.after
  return out
}

/** What undoLast or redoLast did. */
export interface UndoResult {
  /** The newest entry of the batch undone or redone (its `at`, `by`, entity tell the user what it was). */
  undone: HistoryEntry
  /** Every entry of that batch, as the action wrote them. */
  entries: HistoryEntry[]
  /** Fields left as they are because they changed since the action (in another window). */
  kept: string[]
}

async function step(db: ClaimLedgerDB, by: string, direction: 'undo' | 'redo'): Promise<UndoResult | null> {
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const { done, undone } = await sessionStacks(db)
      const batch = (direction === 'undo' ? done : undone).at(-1)
      if (!batch) return null
      const { entries } = batch
      const target = entries[entries.length - 1]
      const trace = new ChangeBatch(by, (direction === 'undo' ? UNDO_PREFIX : REDO_PREFIX) + batch.key)
      const ordered = [...entries].sort((a, b) => ENTITY_ORDER[a.entity] - ENTITY_ORDER[b.entity])
      const kept: string[] = []
      const apply = (e: HistoryEntry): Promise<string[]> => reverse(db, direction === 'undo' ? e : flipped(e), trace)
      // Sources and series one by one, in order; the claims (often hundreds: a series, a bulk verdict)
      // side by side when each appears once, so their reads and writes share IndexedDB round trips.
      const claims = ordered.filter((e) => e.entity === 'claim')
      const distinct = new Set(claims.map((e) => e.entityId)).size === claims.length
      for (const e of distinct ? ordered.filter((x) => x.entity !== 'claim') : ordered) kept.push(...(await apply(e)))
      if (distinct) for (const k of await Promise.all(claims.map(apply))) kept.push(...k)
      // Nothing left to apply (records changed or vanished since): still record the step, so the next
      // undo moves on to the action before it.
      if (trace.entries.length === 0) trace.noted(target.entity, target.entityId)
      await trace.write(db)
      return { undone: target, entries, kept }
    })
  )
}

/**
 * Reverses the newest action of this session not yet undone (an edit, a bulk change, a deletion, a
 * creation), in one transaction, and records the reversal in History. Null when there is nothing to undo.
 */
export function undoLast(db: ClaimLedgerDB, by: string): Promise<UndoResult | null> {
  return step(db, by, 'undo')
}

/** Applies again the action this session undid last, unless a new action came since. Null when there is none. */
export function redoLast(db: ClaimLedgerDB, by: string): Promise<UndoResult | null> {
  return step(db, by, 'redo')
}

/** Whether `revertEntry` can put back what this entry changed: a change a person made here to some fields. */
export function isRevertable(e: HistoryEntry): boolean {
  return isUndoable(e) && e.action === 'update' && e.fields.length > 0
}

/** Options of revertEntry. */
export interface RevertOptions {
  /** Put the old values back even over fields that changed since. */
  force?: boolean
}

/**
 * Reverts one change from a record's history, whatever session made it: the fields it changed get their
 * values from before it. A field that changed since is a RevertConflictError (nothing written) unless
 * `force`. The revert is a new action of this session (Ctrl+Z undoes it). Returns the entries it wrote.
 */
export async function revertEntry(db: ClaimLedgerDB, entryId: string, by: string, options: RevertOptions = {}): Promise<HistoryEntry[]> {
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const e = await db.history.get(entryId)
      if (!e) throw DatabaseError.notFound('History entry', entryId)
      if (!isRevertable(e)) throw DatabaseError.invalid(`History entry ${entryId} (${e.action} of ${e.entity} ${e.entityId}) is not a change made in this library that can be reverted.`)
      const current = await getRecord(db, e.entity, e.entityId)
      if (!current) throw DatabaseError.notFound(e.entity === 'claim' ? 'Claim' : e.entity === 'series' ? 'Series' : 'Source', e.entityId)
      const before = (e.before ?? {}) as AnyRecord
      const after = (e.after ?? {}) as AnyRecord
      const conflicts: FieldConflict[] = e.fields
        .filter((f) => !sameValue(current[f], after[f]))
        .map((f) => ({ field: f, yours: before[f], theirs: current[f] }))
      if (conflicts.length > 0 && !options.force) throw new RevertConflictError(e.entity === 'claim' ? 'Claim' : e.entity === 'series' ? 'Series' : 'Source', e.entityId, conflicts)
      const restored = withFields(current, e.fields, e.before)
      if (e.entity === 'claim' && !(await restorable(db, restored as unknown as Claim)))
        throw DatabaseError.invalid(`Claim ${e.entityId}: the old values do not fit its source text any more; nothing was reverted.`)
      const trace = new ChangeBatch(by)
      if (trace.updated(e.entity, e.entityId, current, restored, e.fields).length > 0)
        await putRecord(db, e.entity, { ...restored, updatedAt: trace.at }, trace)
      await trace.write(db)
      return trace.entries
    })
  )
}
