/**
 * Record counts around a bundle operation (issue 11: "a before/after record count check
 * surrounds every bundle test"). One helper for every kind of test: the db tests count a Dexie
 * database, the e2e tests the page's IndexedDB, the unit tests an in-memory library. Counts are
 * taken of every table the store has (not a list kept here), so a new table is checked too.
 * It throws plain Errors, so it works under vitest and Playwright alike.
 */
import type { Dexie } from 'dexie'

/** How many records each table holds, by table name. */
export type RecordCounts = Record<string, number>

/** The exact change an operation must make: records added (+) or removed (−) per table; tables left out must not change. */
export type CountDelta = Readonly<Record<string, number>>

/**
 * Tables the app derives from sources, one row per source (a deleted source keeps its digest row,
 * marked deleted). A new table of that kind goes here, and every "sources added" delta follows.
 */
export const PER_SOURCE_TABLES: readonly string[] = ['claimDigests']

/** The change of adding `n` sources: the sources and their row in every per-source table. */
export function sourcesAdded(n: number): CountDelta {
  return Object.fromEntries([['sources', n], ...[...PER_SOURCE_TABLES, ...PER_STORED_SOURCE_TABLES].map((t) => [t, n])])
}

/**
 * Tables with one row per stored source only: the Library's summaries and text words (v5) go with
 * their source when it is deleted and come back when the deletion is undone.
 */
export const PER_STORED_SOURCE_TABLES: readonly string[] = ['sourceSummaries', 'sourceWords']

/** The change of deleting `n` sources (their digest rows stay, marked deleted). */
export function sourcesRemoved(n: number): CountDelta {
  return Object.fromEntries([['sources', -n], ...PER_STORED_SOURCE_TABLES.map((t) => [t, -n])])
}

/** The change of putting back `n` deleted sources (undo): their digest rows were kept. */
export function sourcesRestored(n: number): CountDelta {
  return Object.fromEntries([['sources', n], ...PER_STORED_SOURCE_TABLES.map((t) => [t, n])])
}

/** How many records every table of `db` holds. */
export async function countRecords(db: Dexie): Promise<RecordCounts> {
  const counts: RecordCounts = {}
  for (const table of db.tables) counts[table.name] = await table.count()
  return counts
}

/** The records of a bundle's content (or of a library held as arrays), per table. */
export function contentCounts(content: { sources: readonly unknown[]; claims: readonly unknown[]; series: readonly unknown[]; history: readonly unknown[] }): RecordCounts {
  return { sources: content.sources.length, claims: content.claims.length, series: content.series.length, history: content.history.length }
}

/** `before` with `delta` applied; a delta naming a table the store does not have is a mistake in the test. */
export function expectedCounts(before: RecordCounts, delta: CountDelta): RecordCounts {
  const expected = { ...before }
  for (const [table, n] of Object.entries(delta)) {
    if (!(table in before)) throw new Error(`record counts: no table "${table}" (tables: ${Object.keys(before).join(', ')})`)
    expected[table] += n
  }
  return expected
}

/** Each table whose count is not the expected one, as "claims: 6 → 7, expected 8", or undefined when all match. */
export function countMismatch(before: RecordCounts, after: RecordCounts, delta: CountDelta): string | undefined {
  const expected = expectedCounts(before, delta)
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(after)])].sort()
  const wrong = tables.filter((t) => expected[t] !== after[t]).map((t) => `${t}: ${before[t]} → ${after[t]}, expected ${expected[t]}`)
  return wrong.length > 0 ? wrong.join('; ') : undefined
}

/**
 * Runs `operation` between two counts and checks that every table changed by exactly `delta`
 * (an empty delta: nothing changed). The counts are checked whether the operation resolves or
 * rejects (a refused bundle must change nothing); a rejection is then passed on unchanged,
 * for the test to check its message.
 */
export async function withRecordCounts<T>(label: string, read: () => RecordCounts | Promise<RecordCounts>, operation: () => T | Promise<T>, delta: CountDelta): Promise<T> {
  const before = await read()
  let outcome: { ok: true; value: T } | { ok: false; error: unknown }
  try {
    outcome = { ok: true, value: await operation() }
  } catch (error) {
    outcome = { ok: false, error }
  }
  const problem = countMismatch(before, await read(), delta)
  if (problem) throw new Error(`${label}: record counts after the operation${outcome.ok ? '' : ' (which failed)'}: ${problem}`, outcome.ok ? undefined : { cause: outcome.error })
  if (!outcome.ok) throw outcome.error
  return outcome.value
}
