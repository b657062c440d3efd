/**
 * What the Series view reads (issue 13, item 4): the claims of the series it shows, by key, and a
 * light row per source (the Library's summaries) — never every claim, never a source's text. At
 * 100 000 claims the view's live query then re-runs only for the claims it draws.
 */
import type Dexie from 'dexie'
import { type Claim, type Series, type Source, type SourceMeta } from '../../../../shared/model'
import { type ClaimLedgerDB } from '../database'
import { stripToClaim } from '../records'
import { type SourceSummaryRow } from '../sourceSummary'

export interface SeriesClaims {
  claims: Map<string, Claim>
  sources: Map<string, SourceMeta>
}

/** The SourceMeta of a source or of its summary row ('' stands for absent there). */
export function metaOf(s: Pick<Source | SourceSummaryRow, 'id' | 'title' | 'lang' | 'outlet' | 'publishedAt'>): SourceMeta {
  const meta: SourceMeta = { id: s.id, title: s.title, lang: s.lang }
  if (s.outlet) meta.outlet = s.outlet
  if (s.publishedAt) meta.publishedAt = s.publishedAt
  return meta
}

/**
 * These claims (ids the table no longer holds are left out) and the meta of their sources.
 * A source without a summary row yet (written outside the repositories and not repaired) is
 * read whole, so its points still name it.
 */
export async function loadSeriesClaims(db: ClaimLedgerDB, claimIds: readonly string[]): Promise<SeriesClaims> {
  const ids = [...new Set(claimIds)]
  const rows = await db.claims.bulkGet(ids)
  const claims = new Map<string, Claim>()
  for (const row of rows) if (row) claims.set(row.id, stripToClaim(row))
  const sourceIds = [...new Set([...claims.values()].map((c) => c.sourceId))]
  const summaries = await db.sourceSummaries.bulkGet(sourceIds)
  const sources = new Map<string, SourceMeta>()
  const missing: string[] = []
  summaries.forEach((row, i) => (row ? sources.set(row.id, metaOf(row)) : missing.push(sourceIds[i])))
  if (missing.length) for (const s of await db.sources.bulkGet(missing)) if (s) sources.set(s.id, metaOf(s))
  return { claims, sources }
}

/** What series suggestions group: the claims in no series and not rejected, their sources' meta, the series. */
export interface SuggestionInput {
  claims: Claim[]
  sources: SourceMeta[]
  existing: Series[]
}

/** Claims read per transaction by readSuggestionInput. */
export const SUGGESTION_READ_CHUNK = 2000

/**
 * Reads the suggestion input through any connection to the database, the app's or one opened
 * without a schema by the suggestion worker (which is why it takes a plain Dexie and names tables).
 * Claims come in short read transactions of SUGGESTION_READ_CHUNK, by id: one transaction over
 * 100 000 claims would hold every write (accepting a suggestion, a verdict) for seconds. The
 * input may then mix states from either side of an edit; the edit asks for new suggestions anyway.
 */
export async function readSuggestionInput(db: Dexie, chunkSize = SUGGESTION_READ_CHUNK): Promise<SuggestionInput> {
  const table = db.table<Claim, string>('claims')
  const claims: Claim[] = []
  let last: string | undefined
  for (;;) {
    const after = last
    const chunk = await db.transaction('r', ['claims'], () => (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(chunkSize).toArray())
    for (const c of chunk) if (!c.seriesId && c.status !== 'rejected') claims.push(stripToClaim(c))
    if (chunk.length < chunkSize) break
    last = chunk[chunk.length - 1].id
  }
  return db.transaction('r', ['sourceSummaries', 'series'], async () => {
    const sources = (await db.table<SourceSummaryRow, string>('sourceSummaries').toArray()).map(metaOf)
    const existing = await db.table<Series, string>('series').toArray()
    return { claims, sources, existing }
  })
}

/**
 * A cheap signature of what suggestions depend on, for a live query to watch: every repository
 * write to a claim but a series move rewrites its source's digest with a new revision, so the
 * revisions (index keys only) change with any claim edit, import, deletion or undo; series
 * membership is not in digests, so each series' id, update time and size are added.
 * (No History count: IndexedDB counts by walking every entry.)
 */
export async function suggestionSignal(db: ClaimLedgerDB): Promise<string> {
  const [revs, series] = await Promise.all([db.claimDigests.orderBy('rev').keys() as Promise<number[]>, db.series.toArray()])
  let sum = 0
  for (const r of revs) sum = (sum + r) % 1e15
  return `${revs.length}:${revs[revs.length - 1] ?? 0}:${sum}|${series.map((s) => `${s.id}@${s.updatedAt}#${s.claimIds.length}`).join(',')}`
}
