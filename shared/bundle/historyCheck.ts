/**
 * A bundle's History is checked like its live records before anything is imported (issue 11):
 * the changed values an entry carries must be values the record could hold, and the entry must
 * name a record the bundle holds or whose deletion its History records. Imported History is
 * never applied by undo (see HistoryEntry.origin), but it is shown, exported again and read by
 * the ClaimReview writer, so a record a bundle could not carry alive cannot hide in it either.
 */
import type { Claim, HistoryEntity, HistoryEntry, Series, Source } from '../model'
import { describeZodError, recordFieldSchemas } from './schemas'

/** The records of a bundle that History entries may name. */
export interface HistoryTargets {
  sources: readonly Source[]
  claims: readonly Claim[]
  series: readonly Series[]
}

type Payload = Record<string, unknown>

function isPayload(value: unknown): value is Payload {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Why `value` cannot be this side of the entry, or undefined when it can. */
function payloadProblem(entity: HistoryEntity, value: unknown, side: 'before' | 'after', entityId: string): string | undefined {
  if (!isPayload(value)) return `${side} must be a JSON object`
  const shape = recordFieldSchemas[entity]
  for (const [field, fieldValue] of Object.entries(value)) {
    const schema = shape[field]
    // Fields the record type does not have are ignored, as the record schemas ignore them.
    if (!schema) continue
    const parsed = schema.safeParse(fieldValue)
    if (!parsed.success) return `${side}.${field}: ${describeZodError(parsed.error, 1).replace(/^\(record\): /, '')}`
  }
  if ('id' in value && value.id !== entityId) return `${side}.id is ${JSON.stringify(value.id)}, not the entry's entityId ${entityId}`
  return undefined
}

/** The side each action must carry (a creation its record, a deletion the record deleted). */
const REQUIRED: Record<HistoryEntry['action'], 'before' | 'after' | undefined> = {
  create: 'after',
  delete: 'before',
  update: undefined,
  merge: undefined
}

/** The ids of each entity a History entry may name: the bundle's records and those its History deletes. */
function knownIds(targets: HistoryTargets, history: readonly HistoryEntry[]): Record<HistoryEntity, Set<string>> {
  const known: Record<HistoryEntity, Set<string>> = {
    source: new Set(targets.sources.map((s) => s.id)),
    claim: new Set(targets.claims.map((c) => c.id)),
    series: new Set(targets.series.map((s) => s.id))
  }
  for (const entry of history) if (entry.action === 'delete') known[entry.entity].add(entry.entityId)
  return known
}

function entryProblem(entry: HistoryEntry, known: Record<HistoryEntity, Set<string>>): string | undefined {
  if (!known[entry.entity].has(entry.entityId)) {
    return `names ${entry.entity} ${entry.entityId}, which is neither in the bundle nor deleted by its History`
  }
  for (const side of ['before', 'after'] as const) {
    const value = entry[side]
    if (value === undefined) {
      if (REQUIRED[entry.action] === side) return `a "${entry.action}" entry needs "${side}"`
      continue
    }
    const problem = payloadProblem(entry.entity, value, side, entry.entityId)
    if (problem) return problem
  }
  // A deleted claim is a whole record that could be put back: it must cite a source the bundle knows.
  if (entry.entity === 'claim' && entry.action === 'delete') {
    const sourceId = (entry.before as Payload).sourceId
    if (typeof sourceId !== 'string' || !known.source.has(sourceId)) {
      return `before: the deleted claim cites source ${JSON.stringify(sourceId)}, which is neither in the bundle nor deleted by its History`
    }
  }
  return undefined
}

/**
 * The History a bundle of these records can carry, and the entries it cannot (an entry about a
 * record that is not exported and not deleted by the exported History, or a value its record
 * could not hold: what an older import or a damaged database left). Export leaves those out
 * instead of writing a bundle that readBundle refuses. Leaving out a deletion can
 * orphan entries about the record it deleted, so it repeats until nothing more goes.
 */
export function carriableHistory(history: readonly HistoryEntry[], targets: HistoryTargets): { history: HistoryEntry[]; leftOut: HistoryEntry[] } {
  let kept = [...history]
  const leftOut: HistoryEntry[] = []
  for (;;) {
    const known = knownIds(targets, kept)
    const bad = new Set(kept.filter((entry) => entryProblem(entry, known) !== undefined))
    if (bad.size === 0) return { history: kept, leftOut }
    leftOut.push(...bad)
    kept = kept.filter((entry) => !bad.has(entry))
  }
}

/**
 * The first History entry that could not be a live record's History, as
 * "history[i] (<id>): <reason>", or undefined when every entry passes.
 */
export function historyProblem(history: readonly HistoryEntry[], targets: HistoryTargets): string | undefined {
  const known = knownIds(targets, history)
  for (let i = 0; i < history.length; i++) {
    const problem = entryProblem(history[i], known)
    if (problem) return `history[${i}] (${history[i].id}): ${problem}`
  }
  return undefined
}
