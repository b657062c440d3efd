/**
 * Every schema version, in order. The app declares them all; tests declare a prefix to build
 * a database as an older app left it, then open it with the current app.
 */
import { type Dexie, type Transaction } from 'dexie'
import * as v1 from './v1'
import * as v2 from './v2'
import * as v3 from './v3'
import * as v4 from './v4'
import * as v5 from './v5'
import * as v6 from './v6'
import * as v7 from './v7'

interface Migration {
  VERSION: number
  STORES: Readonly<Record<string, string>>
  upgrade?: (tx: Transaction) => Promise<void>
}

export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5, v6, v7]

/** The newest schema version this app knows. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].VERSION

/** Declares versions 1..upTo on `db` (before it is opened). */
export function declareVersions(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const m of MIGRATIONS) {
    if (m.VERSION > upTo) break
    const version = db.version(m.VERSION).stores({ ...m.STORES })
    if (m.upgrade) version.upgrade(m.upgrade)
  }
}
