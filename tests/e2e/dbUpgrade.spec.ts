import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { LATEST_VERSION } from '../../renderer/src/db/migrations'
import { digestRow } from '../../renderer/src/db/digest'
import { summaryOf, wordsOf } from '../../renderer/src/db/sourceSummary'
import { sentenceLimit } from '../../shared/sentenceExcerpt'
import type { Claim, Source } from '../../shared/model'
import { type DatabaseDump, type StoreDump } from '../fixtures/db/dump'
import { fixtures } from './helpers'

// Issue 11, item 16: a database written by every schema version (tests/fixtures/db/chromium-vN.json, written in
// Chromium by make-db-fixtures.ts through that version's own schema) is restored as it was on disk, then opened by
// today's app in real Chromium, and every record is checked: nothing lost, each upgrade applied.
const dir = join(fixtures, 'db')
const load = (version: number): DatabaseDump => JSON.parse(readFileSync(join(dir, `chromium-v${version}.json`), 'utf8')) as DatabaseDump

/** The stores of a database written by today's app from scratch: the newest fixture. */
const latest = load(LATEST_VERSION)

async function restore(page: Page, dump: DatabaseDump): Promise<void> {
  // Same origin as the app, without starting it: the database must be in place before the app opens it.
  await page.goto('/favicon.svg')
  await page.evaluate(async (d) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(d.name, d.version)
      open.onupgradeneeded = () => {
        for (const s of d.stores) {
          const store = open.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement })
          for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry })
          for (const r of s.records) store.add(r)
        }
      }
      open.onsuccess = () => {
        open.result.close()
        resolve()
      }
      open.onerror = () => reject(open.error)
    })
  }, dump)
}

async function read(page: Page): Promise<DatabaseDump> {
  return page.evaluate(async () => {
    const request = <T,>(req: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    const idb = await request(indexedDB.open('claimledger'))
    const names = [...idb.objectStoreNames]
    const tx = idb.transaction(names, 'readonly')
    const stores = []
    for (const name of names) {
      const store = tx.objectStore(name)
      const indexes = [...store.indexNames].map((i) => ({ name: i, keyPath: store.index(i).keyPath, unique: store.index(i).unique, multiEntry: store.index(i).multiEntry }))
      stores.push({ name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, records: await request(store.getAll()) })
    }
    const version = idb.version
    idb.close()
    return { name: idb.name, version, stores }
  })
}

const shape = (s: StoreDump): Omit<StoreDump, 'records'> => ({ name: s.name, keyPath: s.keyPath, autoIncrement: s.autoIncrement, indexes: s.indexes })
const rows = <T,>(d: DatabaseDump, name: string): T[] => (d.stores.find((s) => s.name === name)?.records ?? []) as T[]
const byKey = <T,>(list: T[], key: (r: T) => string): Map<string, T> => new Map(list.map((r) => [key(r), r]))

test('the fixtures cover every schema version', () => {
  const versions = readdirSync(dir).filter((f) => /^chromium-v\d+\.json$/.test(f)).map((f) => Number(/\d+/.exec(f)?.[0])).sort((a, b) => a - b)
  expect(versions).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1))
  for (const v of versions) expect(load(v).version).toBe(v * 10)
})

for (let version = 1; version <= LATEST_VERSION; version++) {
  test(`a database written by schema version ${version} opens in today's app with every record`, async ({ page }) => {
    const before = load(version)
    await restore(page, before)
    await page.goto('/')
    const sources = rows<Source>(before, 'sources')
    for (const s of sources) await expect(page.getByRole('link', { name: s.title, exact: true })).toBeVisible()
    const after = await read(page)

    expect(after.version).toBe(LATEST_VERSION * 10)
    expect(after.stores.map(shape)).toEqual(latest.stores.map(shape))
    expect(rows<Source>(after, 'sources')).toEqual(sources)
    for (const table of ['series', 'history', 'settings', 'references']) {
      const key = table === 'settings' ? 'key' : 'id'
      const sort = (l: Record<string, string>[]): Record<string, string>[] => [...l].sort((a, b) => (a[key] < b[key] ? -1 : 1))
      expect(sort(rows(after, table)), table).toEqual(sort(rows(before, table)))
    }

    // Claims: every one kept; v2 gave tags to those without; v4 cut every whole long line to an excerpt at the claim's own offsets.
    const text = byKey(sources, (s) => s.id)
    const claimsAfter = byKey(rows<Claim>(after, 'claims'), (c) => c.id)
    const claimsBefore = rows<Claim & { tags?: string[] }>(before, 'claims')
    expect([...claimsAfter.keys()].sort()).toEqual(claimsBefore.map((c) => c.id).sort())
    let cut = 0
    for (const c of claimsBefore) {
      const now = claimsAfter.get(c.id) as Claim
      expect({ ...now, sentence: c.sentence }, c.id).toEqual({ ...c, tags: c.tags ?? [] })
      if (c.sentence.length <= sentenceLimit(c.quote.length)) {
        expect(now.sentence, c.id).toBe(c.sentence)
        continue
      }
      cut++
      expect(now.sentence.length, c.id).toBeLessThanOrEqual(sentenceLimit(c.quote.length))
      const body = now.sentence.replace(/^…|…$/g, '')
      const k = Array.from({ length: body.length }, (_, i) => i).find((i) => body.startsWith(c.quote, i) && text.get(c.sourceId)?.text.startsWith(body, c.start - i))
      expect(k, `${c.id}: excerpt around its own quote`).toBeDefined()
    }
    expect(cut).toBe(version < 4 ? 2 + (version >= 2 ? 1 : 0) : 0)

    // Digests: one per source, as today's digest.ts writes it from the upgraded claims.
    const digests = rows<{ sourceId: string; rev: number; data: string | null }>(after, 'claimDigests')
    expect(digests.map((d) => d.sourceId).sort()).toEqual(sources.map((s) => s.id).sort())
    for (const d of digests) {
      const source = text.get(d.sourceId) as Source
      const claims = [...claimsAfter.values()].filter((c) => c.sourceId === d.sourceId)
      expect(d, source.title).toEqual(digestRow(source, claims, d.rev))
    }

    // Library summaries (v5): one per source with its claim count, and its text's words, as today's sourceSummary.ts writes them.
    const summaries = rows<{ id: string }>(after, 'sourceSummaries')
    expect(summaries.map((r) => r.id).sort()).toEqual(sources.map((s) => s.id).sort())
    for (const r of summaries) {
      const source = text.get(r.id) as Source
      expect(r, source.title).toEqual(summaryOf(source, [...claimsAfter.values()].filter((c) => c.sourceId === r.id).length))
    }
    expect(rows(after, 'sourceWords')).toEqual(expect.arrayContaining(sources.map((s) => wordsOf(s))))
    expect(rows(after, 'sourceWords')).toHaveLength(sources.length)

    // And the app reads them: the long line's source opens in the Reader with its claims.
    await page.getByRole('link', { name: 'Relevé des effectifs (une ligne sans point)', exact: true }).click()
    await expect(page.locator('.source-text')).toContainText('Les écoles comptent 100 élèves')
  })
}
