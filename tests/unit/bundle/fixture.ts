// Shared loaders for the bundle tests: the committed fixture records and chart.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync, zipSync, type Zippable } from 'fflate'
import { planMerge, readBundle, type BundleContent, type BuildOptions, type ExistingRecords, type MergeOptions, type MergePlan } from '../../../shared/bundle'
import { type CountDelta, type RecordCounts, withRecordCounts } from '../../db/recordCounts'

export const FIXTURES = join(__dirname, '../../fixtures/bundles')

/** A fresh deep copy of tests/fixtures/bundles/content.json. */
export function loadContent(): BundleContent {
  return JSON.parse(readFileSync(join(FIXTURES, 'content.json'), 'utf8')) as BundleContent
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)))
}

export const CREATED = '2024-03-01T12:00:00.000Z'

/** The options make-fixtures.ts builds valid.zip with. */
export function fixtureOptions(content: BundleContent): BuildOptions {
  return {
    appVersion: '0.1.0',
    created: CREATED,
    author: { name: 'Alex Martin', url: 'https://factcheck.example.org/team/alex-martin' },
    charts: [{ name: `series-${content.series[0].id}.png`, png: fixtureBytes('chart.png'), seriesId: content.series[0].id, title: content.series[0].name }],
    locale: 'fr'
  }
}

/** The files of a zip, as text. */
export function unzipText(zip: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, bytes] of Object.entries(unzipSync(zip))) out[name] = new TextDecoder().decode(bytes)
  return out
}

/** Re-zips the files of a bundle after `edit`, leaving manifest.json as it was unless edited. */
export function rezip(bundle: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bundle)
  edit(files)
  const entries: Zippable = {}
  for (const [name, data] of Object.entries(files)) entries[name] = data
  return zipSync(entries)
}

export function unzipBytes(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip)
}

/** The content of a fixture bundle, read and validated as an import would. */
export async function fixtureBundle(name: string): Promise<BundleContent> {
  const parsed = await readBundle(fixtureBytes(name), name)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.value.content
}

/** `content` as the records a library already holds, for planMerge. */
export function storedRecords(content: BundleContent = loadContent()): ExistingRecords {
  return {
    sources: new Map(content.sources.map((s) => [s.id, s])),
    claims: new Map(content.claims.map((c) => [c.id, c])),
    series: new Map(content.series.map((s) => [s.id, s])),
    historyIds: new Set(content.history.map((h) => h.id))
  }
}

/** The library after writing `writes` over `library`, by id, as the database's bulkPut does. */
export function withWrites(library: ExistingRecords, writes: BundleContent): ExistingRecords {
  return {
    sources: new Map([...library.sources, ...writes.sources.map((s) => [s.id, s] as const)]),
    claims: new Map([...library.claims, ...writes.claims.map((c) => [c.id, c] as const)]),
    series: new Map([...library.series, ...writes.series.map((s) => [s.id, s] as const)]),
    historyIds: new Set([...library.historyIds, ...writes.history.map((h) => h.id)])
  }
}

/** How many records each table of an in-memory library holds. */
export function libraryCounts(library: ExistingRecords): RecordCounts {
  return { sources: library.sources.size, claims: library.claims.size, series: library.series.size, history: library.historyIds.size }
}

/**
 * Plans importing `incoming` into `library` and writes the plan over it, checking every table's
 * count before and after against `delta` (tests/db/recordCounts.ts). Returns the plan and the library after.
 */
export async function mergeCounted(label: string, library: ExistingRecords, incoming: BundleContent, options: MergeOptions, delta: CountDelta): Promise<{ plan: MergePlan; after: ExistingRecords }> {
  let current = library
  const plan = await withRecordCounts(label, () => libraryCounts(current), () => {
    const planned = planMerge(incoming, library, options)
    current = withWrites(library, planned.writes)
    return planned
  }, delta)
  return { plan, after: current }
}

/** Opens bundle bytes as an import does (read, then merge into `library`), with the record counts checked against `delta`. */
export async function importCountedInto(name: string, bytes: Uint8Array, library: ExistingRecords, delta: CountDelta): Promise<ExistingRecords> {
  let current = library
  await withRecordCounts(name, () => libraryCounts(current), async () => {
    const read = await readBundle(bytes, name)
    if (!read.ok) throw new Error(read.error)
    current = withWrites(library, planMerge(read.value.content, library).writes)
  }, delta)
  return current
}
