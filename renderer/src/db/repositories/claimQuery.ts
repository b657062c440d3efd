/**
 * The Claims table query: filters, full-text search, sort and paging over every claim.
 *
 * Built for 100 000 claims: each filter is one index read of primary keys only (no rows are
 * deserialised), the key sets are intersected, and only the requested page of rows is read.
 * Sorting a large result walks the sort field's index (keys only); a small result (≤ 2 000)
 * is read and sorted in memory, which is faster than walking an index of 100 000 keys.
 */
import { Dexie } from 'dexie'
import { type ClaimStatus, type Lang, type Verdict } from '../../../../shared/model'
import { type ClaimLedgerDB } from '../database'
import { guarded } from '../errors'
import { type ClaimRow, type StoredClaim, toClaimRow } from '../records'
import { intersectSets, searchClaimIds } from '../search'

export type ClaimSortField = 'value' | 'subject' | 'speaker' | 'source' | 'statedAt' | 'period' | 'verdict' | 'status'

export interface ClaimQuery {
  /** Words matched as prefixes, accent- and case-insensitive, in quote, subject, speaker and note; all must match. */
  search?: string
  /** The source's language. */
  lang?: Lang
  /** Exact speaker name (see distinctSpeakers). */
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

/** The index each sort field walks (derived sort keys are folded: accent- and case-insensitive). */
const SORT_INDEX: Record<ClaimSortField, keyof StoredClaim> = {
  value: 'value',
  subject: 'sortSubject',
  speaker: 'sortSpeaker',
  source: 'sortSource',
  statedAt: 'statedAt',
  period: 'sortPeriod',
  verdict: 'verdict',
  status: 'status'
}

/** Below this many matches, rows are read and sorted in memory. */
const IN_MEMORY_SORT_LIMIT = 2000

/** Knobs for tests and benchmarks (both query strategies must give the same answer). */
export interface QueryTuning {
  inMemorySortLimit?: number
}

type KeyRead = () => Promise<string[]>

function filterReads(db: ClaimLedgerDB, q: ClaimQuery): KeyRead[] {
  const t = db.claims
  const reads: KeyRead[] = []
  if (q.lang) reads.push(() => t.where('sourceLang').equals(q.lang as Lang).primaryKeys())
  if (q.speaker !== undefined && q.speaker !== '') reads.push(() => t.where('speaker').equals(q.speaker as string).primaryKeys())
  if (q.verdict) reads.push(() => t.where('verdict').anyOf(q.verdict as Verdict[]).primaryKeys())
  if (q.status) reads.push(() => t.where('status').anyOf(q.status as ClaimStatus[]).primaryKeys())
  if (q.sourceId) reads.push(() => t.where('sourceId').equals(q.sourceId as string).primaryKeys())
  if (q.tag) reads.push(() => t.where('tags').equals(q.tag as string).primaryKeys())
  if (q.seriesId) reads.push(() => t.where('seriesId').equals(q.seriesId as string).primaryKeys())
  if (q.dateFrom || q.dateTo) {
    const from = q.dateFrom || ''
    // Partial dates: "2023-10" as an upper bound must include "2023-10-31".
    const to = q.dateTo ? q.dateTo + '\uffff' : Dexie.maxKey
    reads.push(() => t.where('statedAt').between(from, to, true, true).primaryKeys())
  }
  return reads
}

/** The ids matching every filter, or null when nothing filters (every claim matches). */
async function matchingIds(db: ClaimLedgerDB, q: ClaimQuery): Promise<Set<string> | null> {
  const reads = filterReads(db, q)
  const [searched, ...sets] = await Promise.all([
    q.search ? searchClaimIds(db, q.search) : Promise.resolve(null),
    ...reads.map(async (read) => new Set(await read()))
  ])
  if (searched) sets.push(searched)
  return sets.length === 0 ? null : intersectSets(sets)
}

function sortValue(row: StoredClaim, field: ClaimSortField): string | number | undefined {
  return row[SORT_INDEX[field]] as string | number | undefined
}

/** Index order: key, then id; missing keys last in both directions (as the index walk does). */
function compareRows(field: ClaimSortField, dir: 'asc' | 'desc') {
  const sign = dir === 'asc' ? 1 : -1
  return (a: StoredClaim, b: StoredClaim): number => {
    const x = sortValue(a, field)
    const y = sortValue(b, field)
    if (x === undefined || y === undefined) {
      if (x !== y) return x === undefined ? 1 : -1
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
    }
    if (x !== y) return sign * (x < y ? -1 : 1)
    return sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  }
}

function page<T>(items: T[], q: ClaimQuery): T[] {
  const offset = Math.max(0, q.offset ?? 0)
  return q.limit === undefined ? items.slice(offset) : items.slice(offset, offset + Math.max(0, q.limit))
}

/** Ids in sort order by walking the sort index, then the ids that have no key for it. */
async function orderedIds(db: ClaimLedgerDB, field: ClaimSortField, dir: 'asc' | 'desc', ids: Set<string> | null): Promise<string[]> {
  let coll = db.claims.orderBy(SORT_INDEX[field] as string)
  if (dir === 'desc') coll = coll.reverse()
  const indexed = await coll.primaryKeys()
  const ordered = ids ? indexed.filter((id) => ids.has(id)) : indexed
  const total = ids ? ids.size : await db.claims.count()
  if (ordered.length < total) {
    // Claims without a value for the field are not in its index: append them, in id order.
    const seen = new Set(ordered)
    const all = ids ? [...ids].sort() : await db.claims.toCollection().primaryKeys()
    for (const id of all) if (!seen.has(id)) ordered.push(id)
  }
  return ordered
}

/** Claims matching `q`, sorted and paged, with their source's title and language. */
export async function queryClaims(db: ClaimLedgerDB, q: ClaimQuery = {}, tuning: QueryTuning = {}): Promise<ClaimQueryResult> {
  const { field, dir } = q.sort ?? { field: 'statedAt', dir: 'desc' }
  const inMemoryLimit = tuning.inMemorySortLimit ?? IN_MEMORY_SORT_LIMIT
  return guarded(() =>
    db.transaction('r', db.claims, async () => {
      const ids = await matchingIds(db, q)
      if (ids && ids.size <= inMemoryLimit) {
        const rows = (await db.claims.bulkGet([...ids])).filter((r): r is StoredClaim => r !== undefined)
        rows.sort(compareRows(field, dir))
        return { rows: page(rows, q).map(toClaimRow), total: rows.length }
      }
      const ordered = await orderedIds(db, field, dir, ids)
      const wanted = page(ordered, q)
      const rows = (await db.claims.bulkGet(wanted)).filter((r): r is StoredClaim => r !== undefined)
      return { rows: rows.map(toClaimRow), total: ordered.length }
    })
  )
}
