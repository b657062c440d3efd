/**
 * The instance the app uses. Views reach it through hooks.ts; tests swap it with setDb.
 */
import { type ClaimLedgerDB, openDatabase } from './database'

let current: ClaimLedgerDB | null = null

/** The app's database, opened on first use. */
export function getDb(): ClaimLedgerDB {
  current ??= openDatabase()
  return current
}

/** Replaces the app's database (tests, or after a reload). */
export function setDb(db: ClaimLedgerDB): void {
  current = db
}
