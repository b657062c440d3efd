// Shared loaders for the bundle tests: the committed fixture records and chart.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { readBundle, type BundleContent, type BuildOptions, type ExistingRecords } from '../../../shared/bundle'

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
