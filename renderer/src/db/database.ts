/**
 * The app's one IndexedDB database, typed. Versions live in migrations/ (one file each);
 * this module declares them all and handles the events that come from other windows.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie'
import { type Claim, type HistoryEntry, type ReferenceSeries, type Series, type Source } from '../../../shared/model'
import { type ClaimDigestRow, writeDigests } from './digest'
import { DatabaseError, toDatabaseError } from './errors'
import { LATEST_VERSION, declareVersions } from './migrations'
import { type SourceSummaryRow, type SourceWordsRow } from './sourceSummary'

/** One row of the settings table. */
export interface SettingRow {
  key: string
  value: unknown
}

/** The newest schema version (see migrations/). */
export const CURRENT_DB_VERSION: number = LATEST_VERSION

/** Something the UI should tell the user about the database. */
export interface DatabaseNotice {
  kind: 'versionchange' | 'blocked'
  message: string
}

type NoticeListener = (notice: DatabaseNotice) => void

export class ClaimLedgerDB extends Dexie {
  declare sources: EntityTable<Source, 'id'>
  declare claims: EntityTable<Claim, 'id'>
  declare series: EntityTable<Series, 'id'>
  declare history: EntityTable<HistoryEntry, 'id'>
  declare settings: EntityTable<SettingRow, 'key'>
  /** Official series claims are checked against (v6, issue 14). */
  declare references: EntityTable<ReferenceSeries, 'id'>
  /** Derived from sources and claims for the Claims table (digest.ts); maintained by the repositories. */
  declare claimDigests: EntityTable<ClaimDigestRow, 'sourceId'>
  /** Derived from sources for the Library (sourceSummary.ts); rewritten with the digests. */
  declare sourceSummaries: EntityTable<SourceSummaryRow, 'id'>
  declare sourceWords: EntityTable<SourceWordsRow, 'id'>

  private readonly listeners = new Set<NoticeListener>()
  /** The last notice, so a view mounted after the event still shows it. */
  notice: DatabaseNotice | null = null

  constructor(name: string) {
    super(name)
    declareVersions(this)
    this.on('versionchange', () => {
      // Another window is upgrading (or deleting) the database: let it, and tell the user
      // this window is now stale instead of silently reopening an older schema.
      this.close({ disableAutoOpen: true })
      this.emit({ kind: 'versionchange', message: DatabaseError.of('closed').message })
      return false
    })
    this.on('blocked', () => {
      this.emit({ kind: 'blocked', message: DatabaseError.of('blocked').message })
    })
    this.watchForeignWrites()
    // Dexie 4 opens a database of a higher version than declared instead of failing; rows
    // written by a newer app may not mean what this one thinks, so refuse it.
    this.on('ready', () => {
      const installed = this.backendDB().version / 10
      if (installed > CURRENT_DB_VERSION) throw new Dexie.VersionError(`Database version ${installed} is newer than ${CURRENT_DB_VERSION}`)
    })
  }

  /** Every table a repository write may touch, for `db.transaction('rw', db.writeTables(), …)`. */
  writeTables(): Table[] {
    return [this.sources, this.claims, this.series, this.history, this.references, ...this.derivedTables()]
  }

  /** The tables derived from sources and claims (digests, summaries), that writeDigests rewrites. */
  derivedTables(): Table[] {
    return [this.claimDigests, this.sourceSummaries, this.sourceWords]
  }

  /**
   * Writes to sources or claims made outside the repositories (a transaction that does not
   * include claimDigests) would leave the Claims table's digests stale: note the sources they
   * touch and rewrite those digests as soon as the transaction commits.
   */
  private watchForeignWrites(): void {
    const pending = new Map<Transaction, Set<string>>()
    const mark = (sourceId: unknown, trans: Transaction): void => {
      if (typeof sourceId !== 'string' || trans.storeNames.includes('claimDigests')) return
      let ids = pending.get(trans)
      if (!ids) {
        const set = new Set<string>()
        ids = set
        pending.set(trans, set)
        trans.on('complete', () => {
          pending.delete(trans)
          setTimeout(() => {
            this.transaction('rw', [this.sources, this.claims, ...this.derivedTables()], () => writeDigests(this, set, true)).catch((e: unknown) =>
              console.error('ClaimLedger: could not update the claim digests', e)
            )
          }, 0)
        })
        trans.on('abort', () => pending.delete(trans))
      }
      ids.add(sourceId)
    }
    this.claims.hook('creating', (_key, obj, trans) => {
      mark(obj.sourceId, trans)
    })
    this.claims.hook('updating', (mods, _key, obj, trans) => {
      // A claim moved to another source changes both sources' digests.
      mark(obj.sourceId, trans)
      mark((mods as { sourceId?: unknown }).sourceId, trans)
    })
    this.claims.hook('deleting', (_key, obj, trans) => {
      mark(obj?.sourceId, trans)
    })
    this.sources.hook('creating', (key, _obj, trans) => {
      mark(key, trans)
    })
    this.sources.hook('updating', (_mods, key, _obj, trans) => {
      mark(key, trans)
    })
    this.sources.hook('deleting', (key, _obj, trans) => {
      mark(key, trans)
    })
  }

  /** Subscribes to notices; returns the unsubscribe function. */
  onNotice(listener: NoticeListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(notice: DatabaseNotice): void {
    this.notice = notice
    for (const l of this.listeners) l(notice)
  }
}

/** The app database (opened lazily by Dexie on first use; call ensureOpen to surface errors early). */
export function openDatabase(name = 'claimledger'): ClaimLedgerDB {
  return new ClaimLedgerDB(name)
}

/**
 * Opens the database now, so a failure (a database written by a newer app, a blocked
 * upgrade, no IndexedDB) becomes one DatabaseError with a message for the user.
 */
export async function ensureOpen(db: ClaimLedgerDB): Promise<ClaimLedgerDB> {
  try {
    // Look before opening: Dexie would otherwise open (and could patch) a newer database.
    const installed = await installedVersion(db.name)
    if (installed !== undefined && installed > CURRENT_DB_VERSION) throw DatabaseError.of('version')
    await db.open()
    return db
  } catch (e) {
    throw toDatabaseError(e)
  }
}

/** The schema version of database `name` on disk, when the browser can tell without opening it. */
async function installedVersion(name: string): Promise<number | undefined> {
  const idb = Dexie.dependencies.indexedDB as IDBFactory | undefined
  if (!idb || typeof idb.databases !== 'function') return undefined
  const found = (await idb.databases()).find((d) => d.name === name)
  return found?.version === undefined ? undefined : found.version / 10
}
