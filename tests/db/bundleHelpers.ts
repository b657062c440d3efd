/**
 * What the bundle tests of the db project share: importing through the app with the record
 * counts of every table checked before and after (recordCounts.ts), and the checks they repeat.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type ClaimLedgerDB } from '../../renderer/src/db/database'
import { queryClaims } from '../../renderer/src/db/repositories/claims'
import { importBundle } from '../../renderer/src/features/export/bundleActions'
import { FIXTURE_DIR } from '../fixtures/bundles/importFixtures'
import { type CountDelta, countRecords, sourcesAdded, withRecordCounts } from './recordCounts'

/** What valid.zip adds to an empty library. */
export const VALID: CountDelta = { ...sourcesAdded(2), claims: 6, series: 1, history: 4 }

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURE_DIR, name)))
}

/** Imports bundle bytes through the app, checking every table's count before and after against `delta`. */
export function importCounted(db: ClaimLedgerDB, name: string, delta: CountDelta, bytes: Uint8Array = fixtureBytes(name)) {
  return withRecordCounts(name, () => countRecords(db), () => importBundle(db, name, bytes, 'Camille'), delta)
}

/** The same around any other operation on the library (an undo, an edit, a write outside the repositories). */
export function counted<T>(db: ClaimLedgerDB, what: string, operation: () => Promise<T>, delta: CountDelta): Promise<T> {
  return withRecordCounts(what, () => countRecords(db), operation, delta)
}

/** The Claims table's count, read through the in-memory index that the digests feed. */
export async function tableTotal(db: ClaimLedgerDB, q: { sourceId?: string } = {}): Promise<number> {
  return (await queryClaims(db, { ...q, sort: { field: 'value', dir: 'asc' } })).total
}

/** Claims whose quote is not their source's text at their offsets. */
export async function misanchored(db: ClaimLedgerDB): Promise<string[]> {
  const out: string[] = []
  for (const c of await db.claims.toArray()) {
    const source = await db.sources.get(c.sourceId)
    if (source?.text.slice(c.start, c.end) !== c.quote) out.push(c.id)
  }
  return out
}
