/**
 * Shared test setup for the db project: a fresh database per test, the v1 fixture, and
 * small factories for sources and claims whose offsets are always right.
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Dexie } from 'dexie'
import { type Claim, type Source } from '../../shared/model'
import { newId } from '../../shared/runtime'
import { type ClaimLedgerDB, openDatabase } from '../../renderer/src/db/database'
import { declareVersions } from '../../renderer/src/db/migrations'
import { type ClaimV1, type HistoryEntryV1, type SeriesV1, type SettingRowV1, type SourceV1 } from '../../renderer/src/db/migrations/v1'

let counter = 0

/** A database name no other test uses. */
export function freshName(): string {
  return `claimledger-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`
}

const opened: Dexie[] = []

/** A new, empty, current-version database. */
export function freshDb(): ClaimLedgerDB {
  const db = openDatabase(freshName())
  opened.push(db)
  return db
}

/** A plain Dexie with only versions 1..version declared: the database as an older app saw it. */
export function openAtVersion(name: string, version: number): Dexie {
  const db = new Dexie(name)
  declareVersions(db, version)
  opened.push(db)
  return db
}

/** Closes what the tests opened (call in afterEach). */
export function closeAll(): void {
  for (const db of opened.splice(0)) db.close()
}

export interface V1Fixture {
  version: 1
  tables: { sources: SourceV1[]; claims: ClaimV1[]; series: SeriesV1[]; history: HistoryEntryV1[]; settings: SettingRowV1[] }
}

export function loadV1Fixture(): V1Fixture {
  const path = fileURLToPath(new URL('../fixtures/db/v1.json', import.meta.url))
  return JSON.parse(readFileSync(path, 'utf8')) as V1Fixture
}

/** Writes the v1 fixture into database `name` at version 1, then closes it. */
export async function seedV1(name: string): Promise<V1Fixture> {
  const fixture = loadV1Fixture()
  const db = openAtVersion(name, 1)
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await db.table(table).bulkAdd(rows)
  })
  db.close()
  return fixture
}

/** A source with this text and sensible metadata. */
export function makeSource(text: string, over: Partial<Source> = {}): Source {
  return {
    id: newId(),
    kind: 'article',
    title: 'Un article',
    authors: [],
    speakers: [],
    publishedAt: '2023-10-05',
    importedAt: new Date().toISOString(),
    lang: 'fr',
    text,
    segments: [],
    contentHash: newId(),
    ...over
  }
}

/** A claim on the first occurrence of `quote` in the source's text (throws if absent). */
export function makeClaim(source: Source, quote: string, over: Partial<Claim> = {}): Claim {
  const start = source.text.indexOf(quote)
  if (start < 0) throw new Error(`"${quote}" is not in the source text`)
  const value = Number.parseFloat(quote.replace(/\s/g, '').replace(',', '.'))
  return {
    id: newId(),
    sourceId: source.id,
    quote,
    start,
    end: start + quote.length,
    sentence: quote,
    value: Number.isFinite(value) ? value : 1,
    kind: 'count',
    subject: 'consommateurs',
    subjectKey: 'consomm',
    speaker: source.speakers[0],
    statedAt: source.publishedAt,
    status: 'extracted',
    verdict: 'unverified',
    note: '',
    tags: [],
    extractorVersion: 'test',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...over
  }
}

/** The French interview used across tests. */
export const INTERVIEW =
  "Aujourd'hui, 610 consommateurs sont accueillis toutes les nuits, c'était 200 avant. " +
  'Les interpellations ont augmenté de 35 % depuis début 2023. Près de 1 200 élèves sont concernés.'
