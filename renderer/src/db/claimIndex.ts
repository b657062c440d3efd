/**
 * The in-memory view of every claim that the Claims table queries: filter, search and sort
 * over 100 000 entries in milliseconds. Fed from the claim digests (digest.ts); each query
 * first reads the digests changed since the last one (usually none), so it is never stale,
 * whichever window made the change.
 */
import { type ClaimStatus, type Lang, type Verdict } from '../../../shared/model'
import { type ClaimLedgerDB } from './database'
import { type ClaimDigestRow, type DigestClaim } from './digest'
import { foldText } from './search'

export interface IndexEntry {
  id: string
  sourceId: string
  value: number
  verdict: Verdict
  status: ClaimStatus
  speaker: string
  speakerKey: string
  subjectKey: string
  statedAt: string
  periodKey: string
  tags: string[]
  words: string[]
  seriesId: string
  lang: Lang
  title: string
  titleKey: string
}

export type IndexSortKey = 'value' | 'subjectKey' | 'speakerKey' | 'titleKey' | 'statedAt' | 'periodKey' | 'verdict' | 'status'

function entriesOf(row: ClaimDigestRow): IndexEntry[] {
  if (row.data === null) return []
  const titleKey = foldText(row.title)
  return (JSON.parse(row.data) as DigestClaim[]).map(([id, value, verdict, status, speaker, subjectKey, statedAt, periodKey, tags, words, seriesId]) => ({
    id, sourceId: row.sourceId, value, verdict: verdict as Verdict, status: status as ClaimStatus, speaker, speakerKey: speaker ? foldText(speaker) : '',
    subjectKey, statedAt, periodKey, tags, words: words ? words.split(' ') : [], seriesId, lang: row.lang, title: row.title, titleKey
  }))
}

function blank(v: string | number): boolean {
  return v === ''
}

export class ClaimIndex {
  private rev = 0
  private readonly bySource = new Map<string, IndexEntry[]>()
  private flat: IndexEntry[] | null = null
  private readonly sorted = new Map<string, IndexEntry[]>()

  /** Reads the digests changed since the last refresh. Call inside a transaction over claimDigests. */
  async refresh(db: ClaimLedgerDB): Promise<void> {
    const top = await db.claimDigests.orderBy('rev').lastKey()
    const latest = typeof top === 'number' ? top : 0
    if (latest < this.rev) {
      // The digests were rebuilt from scratch (rebuildAllDigests after a clear): start over.
      this.bySource.clear()
      this.rev = 0
    } else if (latest === this.rev) return
    const changed = await db.claimDigests.where('rev').above(this.rev).toArray()
    for (const row of changed) {
      if (row.data === null) this.bySource.delete(row.sourceId)
      else this.bySource.set(row.sourceId, entriesOf(row))
    }
    this.rev = Math.max(this.rev, latest)
    this.flat = null
    this.sorted.clear()
  }

  /** Every entry (stable order: by source, then text order). */
  all(): IndexEntry[] {
    this.flat ??= [...this.bySource.values()].flat()
    return this.flat
  }

  get size(): number {
    return this.all().length
  }

  /**
   * Entries in `key` order (ties by id), blanks last whatever the direction. Cached until the
   * data changes, so filtering and paging re-use one sort.
   */
  sortedBy(key: IndexSortKey, dir: 'asc' | 'desc'): IndexEntry[] {
    const cacheKey = `${key}:${dir}`
    const hit = this.sorted.get(cacheKey)
    if (hit) return hit
    const sign = dir === 'asc' ? 1 : -1
    const byId = (a: IndexEntry, b: IndexEntry): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    const out = [...this.all()].sort((a, b) => {
      const x = a[key]
      const y = b[key]
      const bx = blank(x)
      const by = blank(y)
      if (bx || by) return bx && by ? byId(a, b) : bx ? 1 : -1
      if (x !== y) return sign * (x < y ? -1 : 1)
      return sign * byId(a, b)
    })
    this.sorted.set(cacheKey, out)
    return out
  }
}

const indexes = new WeakMap<ClaimLedgerDB, ClaimIndex>()

/** The index of this database (one per open database in this window). */
export function claimIndexOf(db: ClaimLedgerDB): ClaimIndex {
  let index = indexes.get(db)
  if (!index) {
    index = new ClaimIndex()
    indexes.set(db, index)
  }
  return index
}
