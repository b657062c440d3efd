/**
 * Writing History: every action a person takes becomes one batch of entries (same batchId,
 * same `at`, this window's session), so undo can reverse the action as a whole. Internal to the repositories.
 */
import { type Claim, type HistoryEntity, type HistoryEntry } from '../../../../shared/model'
import { newId } from '../../../../shared/runtime'
import { type ClaimLedgerDB } from '../database'
import { writeDigests } from '../digest'
import { currentSession, historyTime } from '../session'

/** Whether two field values are the same (JSON-compatible records). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The keys of `fields` whose value differs between two records. */
export function changedFields<T extends object>(before: T, after: T, fields: readonly string[]): string[] {
  const b = before as Record<string, unknown>
  const a = after as Record<string, unknown>
  return fields.filter((f) => !sameValue(b[f], a[f]))
}

function pick(record: object, fields: readonly string[]): Record<string, unknown> {
  const r = record as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const f of fields) if (r[f] !== undefined) out[f] = r[f]
  return out
}

/** The entries of one action, written together with the action's own writes. */
export class ChangeBatch {
  readonly batchId: string
  readonly at: string
  readonly entries: HistoryEntry[] = []
  /** The session that writes it: undo and redo reach only the current session's batches. */
  readonly session = currentSession().id
  /** Sources whose claims (or which themselves) changed: their digests are rewritten on write(). */
  private readonly touched = new Set<string>()
  /** Claims updated in place (same source, same offsets), by source: their digests are patched, not rebuilt. */
  private readonly updatedClaims = new Map<string, Map<string, Claim>>()
  private reloadSources = false

  constructor(
    readonly by: string,
    batchId: string = newId()
  ) {
    this.batchId = batchId
    this.at = historyTime()
  }

  private push(entity: HistoryEntity, entityId: string, action: HistoryEntry['action'], fields: string[], before?: unknown, after?: unknown): void {
    const entry: HistoryEntry = { id: newId(), entity, entityId, action, fields, by: this.by, at: this.at, batchId: this.batchId, session: this.session }
    if (before !== undefined) entry.before = before
    if (after !== undefined) entry.after = after
    this.entries.push(entry)
  }

  created(entity: HistoryEntity, id: string, record: object): void {
    this.push(entity, id, 'create', [], undefined, record)
  }

  /** Records that the action reached a record and changed nothing (an undo with nothing left to reverse). */
  noted(entity: HistoryEntity, id: string): void {
    this.push(entity, id, 'update', [])
  }

  deleted(entity: HistoryEntity, id: string, record: object): void {
    this.push(entity, id, 'delete', [], record, undefined)
  }

  /** Records the fields that differ; returns them (empty: nothing recorded). */
  updated(entity: HistoryEntity, id: string, before: object, after: object, fields: readonly string[], action: 'update' | 'merge' = 'update'): string[] {
    const changed = changedFields(before, after, fields)
    if (changed.length > 0) this.push(entity, id, action, changed, pick(before, changed), pick(after, changed))
    return changed
  }

  /** Notes that claims of this source changed (or, with `sourceChanged`, the source itself). */
  touch(sourceId: string, sourceChanged = false): void {
    this.touched.add(sourceId)
    if (sourceChanged) this.reloadSources = true
  }

  /**
   * Notes that this claim was rewritten in place (its source and offsets unchanged), as stored,
   * with these fields changed: its source's digest entry is replaced without reading the source's
   * other claims. A series move alone changes nothing a digest holds (200 claims at once would
   * rewrite 200 digests) and is not noted; any other edit's new revision tells watchers a claim changed.
   */
  touchClaim(claim: Claim, fields: readonly string[]): void {
    if (fields.every((f) => f === 'seriesId')) return
    const list = this.updatedClaims.get(claim.sourceId)
    if (list) list.set(claim.id, claim)
    else this.updatedClaims.set(claim.sourceId, new Map([[claim.id, claim]]))
  }

  /** Writes the entries and the touched sources' digests, inside the action's transaction. */
  async write(db: ClaimLedgerDB): Promise<void> {
    if (this.entries.length > 0) await db.history.bulkAdd(this.entries)
    await writeDigests(db, this.touched, this.reloadSources, this.updatedClaims)
  }
}
