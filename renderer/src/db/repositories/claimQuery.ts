/**
 * The Claims table query: filters, full-text search, sort and paging over every claim.
 *
 * Runs on the in-memory claim index (claimIndex.ts), refreshed from the digests changed since
 * the previous query; only the requested page of claims is read from IndexedDB.
 */
import { Dexie } from 'dexie'
import { type ClaimStatus, type Lang, type Verdict } from '../../../../shared/model'
import { type ClaimIndex, claimIndexOf, type IndexEntry, type IndexSortKey } from '../claimIndex'
import { type ClaimLedgerDB } from '../database'
import { guarded } from '../errors'
import { type ClaimRow, toClaimRow } from '../records'
import { queryWords, speakerKey } from '../search'

export type ClaimSortField = 'value' | 'subject' | 'speaker' | 'source' | 'statedAt' | 'period' | 'verdict' | 'status'

export interface ClaimQuery {
  /** Words matched as prefixes, accent- and case-insensitive, in quote, subject, speaker and note; all must match. */
  search?: string
  /** The source's language. */
  lang?: Lang
  /** A speaker, whatever the case, accents or spacing of the name (see distinctSpeakers). */
  speaker?: string
  verdict?: Verdict[]
  status?: ClaimStatus[]
  sourceId?: string
  tag?: string
  /** ISO date (possibly partial), inclusive, compared with the claim's statedAt as a string. */
  dateFrom?: string
  /** ISO date (possibly partial), inclusive: "2023-10" includes "2023-10-31". */
  dateTo?: string
  seriesId?: string
  /** Default: statedAt, newest first. Claims without a value for the field come last either way. */
  sort?: { field: ClaimSortField; dir: 'asc' | 'desc' }
  /** Paging for a virtualised table: skip `offset` rows, return at most `limit`. Default: every row. */
  offset?: number
  limit?: number
}

export interface ClaimQueryResult {
  /** The requested page (every match when no limit was given). */
  rows: ClaimRow[]
  /** How many claims match, whatever the page. */
  total: number
}

const SORT_KEY: Record<ClaimSortField, IndexSortKey> = {
  value: 'value',
  subject: 'subjectKey',
  speaker: 'speakerKey',
  source: 'titleKey',
  statedAt: 'statedAt',
  period: 'periodKey',
  verdict: 'verdict',
  status: 'status'
}

/** The filter as one predicate, or null when nothing filters. */
function predicate(q: ClaimQuery, index: ClaimIndex, members: ReadonlySet<string> | null): ((e: IndexEntry) => boolean) | null {
  const tests: ((e: IndexEntry) => boolean)[] = []
  // Search first: usually the most selective, and answered from the index's word string.
  const found = q.search ? index.search(queryWords(q.search)) : null
  if (found) tests.push((e) => found.has(e))
  if (q.sourceId) tests.push((e) => e.sourceId === q.sourceId)
  if (members) tests.push((e) => members.has(e.id))
  if (q.speaker) {
    const key = speakerKey(q.speaker)
    tests.push((e) => e.speakerKey === key)
  }
  if (q.lang) tests.push((e) => e.source.lang === q.lang)
  if (q.verdict) {
    const set = new Set<string>(q.verdict)
    tests.push((e) => set.has(e.verdict))
  }
  if (q.status) {
    const set = new Set<string>(q.status)
    tests.push((e) => set.has(e.status))
  }
  if (q.tag) tests.push((e) => e.tags.includes(q.tag as string))
  if (q.dateFrom) tests.push((e) => e.statedAt !== '' && e.statedAt >= (q.dateFrom as string))
  if (q.dateTo) {
    // Partial dates: "2023-10" as an upper bound must include "2023-10-31".
    const to = q.dateTo + '\uffff'
    tests.push((e) => e.statedAt !== '' && e.statedAt <= to)
  }
  if (tests.length === 0) return null
  return (e) => tests.every((t) => t(e))
}

/** The claims of the series the query filters on (the series' claimIds: digests do not hold membership). */
async function seriesMembers(db: ClaimLedgerDB, q: ClaimQuery): Promise<ReadonlySet<string> | null> {
  if (!q.seriesId) return null
  return new Set((await db.series.get(q.seriesId))?.claimIds ?? [])
}

function page<T>(items: T[], q: ClaimQuery): T[] {
  const offset = Math.max(0, q.offset ?? 0)
  return q.limit === undefined ? items.slice(offset) : items.slice(offset, offset + Math.max(0, q.limit))
}

/**
 * Loads the Claims table's index now (reads every digest once), so the first query the view
 * makes is fast. Call at start-up, in the background; optional.
 */
export function warmClaimIndex(db: ClaimLedgerDB): Promise<void> {
  const index = claimIndexOf(db)
  index.warming ??= guarded(() =>
    db.transaction('r', [db.claimDigests], async () => {
      await index.refresh(db)
      index.sortedBy(SORT_KEY.statedAt, 'desc')
    })
  ).finally(() => {
    index.warming = null
  })
  return index.warming
}

/** Nothing filters the query. */
function unfiltered(q: ClaimQuery): boolean {
  return !q.search?.trim() && !q.lang && !q.speaker && !q.verdict && !q.status && !q.sourceId && !q.tag && !q.dateFrom && !q.dateTo && !q.seriesId
}

/**
 * The Claims view's first paint before the index is loaded (every digest read once): the
 * default view — no filter, by date — is one page of the statedAt index, in the same order
 * the index gives (ties by id in the same direction; undated claims last). Null when the
 * page reaches past the dated claims (the full path handles those).
 */
async function firstPageFromIndexedDb(db: ClaimLedgerDB, q: ClaimQuery, dir: 'asc' | 'desc'): Promise<ClaimQueryResult | null> {
  const offset = Math.max(0, q.offset ?? 0)
  if (q.limit === undefined) return null
  const dated = await db.claims.where('statedAt').above('').count()
  if (offset + q.limit > dated) return null
  let coll = db.claims.orderBy('statedAt')
  if (dir === 'desc') coll = coll.reverse()
  const claims = await coll.offset(offset).limit(q.limit).toArray()
  const refs = await db.claimDigests.bulkGet([...new Set(claims.map((c) => c.sourceId))])
  const bySource = new Map(refs.filter((r) => r !== undefined).map((r) => [r.sourceId, r]))
  if (claims.some((c) => !bySource.get(c.sourceId)?.data)) return null
  const rows = claims.map((c) => toClaimRow(c, bySource.get(c.sourceId)!))
  return { rows, total: await db.claims.count() }
}

/** The ids of every claim matching `q`, in its order, paging ignored: what "select all" of a filtered table selects. */
export async function queryClaimIds(db: ClaimLedgerDB, q: ClaimQuery = {}): Promise<string[]> {
  const { field, dir } = q.sort ?? { field: 'statedAt', dir: 'desc' }
  return guarded(() =>
    db.transaction('r', [db.claimDigests, db.series], async () => {
      const index = claimIndexOf(db)
      await index.refresh(db)
      const test = predicate(q, index, await seriesMembers(db, q))
      const ordered = index.sortedBy(SORT_KEY[field], dir)
      return (test ? ordered.filter(test) : ordered).map((e) => e.id)
    })
  )
}

/** Claims matching `q`, sorted and paged, with their source's title and language. */
export async function queryClaims(db: ClaimLedgerDB, q: ClaimQuery = {}): Promise<ClaimQueryResult> {
  const { field, dir } = q.sort ?? { field: 'statedAt', dir: 'desc' }
  return guarded(() =>
    db.transaction('r', [db.claimDigests, db.claims, db.series], async () => {
      const index = claimIndexOf(db)
      if (!index.loaded && field === 'statedAt' && unfiltered(q)) {
        const fast = await firstPageFromIndexedDb(db, q, dir)
        if (fast) {
          // Load the index in the background, outside this (possibly live) query.
          setTimeout(() => void Dexie.ignoreTransaction(() => warmClaimIndex(db)).catch(() => undefined), 0)
          return fast
        }
      }
      await index.refresh(db)
      const test = predicate(q, index, await seriesMembers(db, q))
      const ordered = index.sortedBy(SORT_KEY[field], dir)
      const matches = test ? ordered.filter(test) : ordered
      const wanted = page(matches, q)
      const claims = await db.claims.bulkGet(wanted.map((e) => e.id))
      const rows: ClaimRow[] = []
      claims.forEach((c, i) => {
        if (c) rows.push(toClaimRow(c, wanted[i].source))
      })
      return { rows, total: matches.length }
    })
  )
}
