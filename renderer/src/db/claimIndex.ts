/**
 * The in-memory view of every claim that the Claims table queries: filter, search and sort
 * over 100 000 entries in milliseconds. Fed from the claim digests (digest.ts); each query
 * first reads the digests changed since the last one (usually none, after an edit one), so it
 * is never stale, whichever window made the change.
 *
 * Sorted orders are computed once per field and then kept up to date by merging the few
 * changed entries in, so an edit does not cost a re-sort of 100 000 entries.
 */
import { type ClaimStatus, type Lang, type Verdict } from '../../../shared/model'
import { type ClaimLedgerDB } from './database'
import { type ClaimDigestRow, type DigestClaim } from './digest'
import { foldText, speakerKey } from './search'

/** What every claim of one source shares. */
export interface SourceInfo {
  lang: Lang
  title: string
  titleKey: string
}

export interface IndexEntry {
  id: string
  sourceId: string
  source: SourceInfo
  value: number
  verdict: Verdict
  status: ClaimStatus
  speaker: string
  speakerKey: string
  subjectKey: string
  statedAt: string
  periodKey: string
  tags: string[]
  /** The folded search words, each preceded by a space: " 610 consommateurs anne …". */
  words: string
}

export type IndexSortKey = 'value' | 'subjectKey' | 'speakerKey' | 'titleKey' | 'statedAt' | 'periodKey' | 'verdict' | 'status'

const SORT_KEYS: readonly IndexSortKey[] = ['value', 'subjectKey', 'speakerKey', 'titleKey', 'statedAt', 'periodKey', 'verdict', 'status']

/** Folding is the costly part of loading; speakers repeat, so fold each once (speakerKey: one key per spelling). */
const foldCache = new Map<string, string>()
function foldOnce(text: string): string {
  let folded = foldCache.get(text)
  if (folded === undefined) {
    folded = speakerKey(text)
    if (foldCache.size > 50_000) foldCache.clear()
    foldCache.set(text, folded)
  }
  return folded
}

function entriesOf(row: ClaimDigestRow): IndexEntry[] {
  if (row.data === null) return []
  const source: SourceInfo = { lang: row.lang, title: row.title, titleKey: foldText(row.title) }
  return (JSON.parse(row.data) as DigestClaim[]).map(([id, value, verdict, status, speaker, subjectKey, statedAt, periodKey, tags, words]) => ({
    id, sourceId: row.sourceId, source, value, verdict: verdict as Verdict, status: status as ClaimStatus, speaker,
    speakerKey: speaker ? foldOnce(speaker) : '', subjectKey, statedAt, periodKey, tags, words: ' ' + words
  }))
}

function keyOf(e: IndexEntry, key: IndexSortKey): string | number {
  return key === 'titleKey' ? e.source.titleKey : e[key]
}

/** One field's order: entries with a value, by (value, id) ascending; entries without, by id. */
interface SortedOrder {
  present: IndexEntry[]
  blank: IndexEntry[]
  /** Built on demand from `present` (reversed) + `blank`. */
  desc: IndexEntry[] | null
  asc: IndexEntry[] | null
}

function byKeyThenId(key: IndexSortKey) {
  return (a: IndexEntry, b: IndexEntry): number => {
    const x = keyOf(a, key)
    const y = keyOf(b, key)
    if (x !== y) return x < y ? -1 : 1
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  }
}

function merge(a: IndexEntry[], b: IndexEntry[], cmp: (x: IndexEntry, y: IndexEntry) => number): IndexEntry[] {
  if (b.length === 0) return a
  const out: IndexEntry[] = new Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) out[k++] = cmp(a[i], b[j]) <= 0 ? a[i++] : b[j++]
  while (i < a.length) out[k++] = a[i++]
  while (j < b.length) out[k++] = b[j++]
  return out
}

export class ClaimIndex {
  private rev = 0
  private readonly bySource = new Map<string, IndexEntry[]>()
  /** Every source with a digest (also those without claims), for pickers and counts. */
  readonly sources = new Map<string, SourceInfo & { id: string; claimCount: number }>()
  /** The digest revision each source's entries come from (two overlapping refreshes must not apply an older one last). */
  private readonly sourceRev = new Map<string, number>()
  private flat: IndexEntry[] | null = null
  private readonly orders = new Map<IndexSortKey, SortedOrder>()

  /** Reads the digests changed since the last refresh. Call inside a transaction over claimDigests. */
  async refresh(db: ClaimLedgerDB): Promise<void> {
    const top = await db.claimDigests.orderBy('rev').lastKey()
    const latest = typeof top === 'number' ? top : 0
    if (latest < this.rev) {
      // The digests were rebuilt from scratch (cleared, then rebuilt): start over.
      this.bySource.clear()
      this.haystack = null
      this.sources.clear()
      this.sourceRev.clear()
      this.orders.clear()
      this.flat = null
      this.rev = 0
    } else if (latest === this.rev) return
    const changed = await db.claimDigests.where('rev').above(this.rev).toArray()
    this.apply(changed)
    this.rev = Math.max(this.rev, latest)
  }

  /**
   * Applies changed digests. Entries keep their identity across updates (changed fields are
   * copied onto the existing object), so a cached order only needs work for the entries whose
   * key for that order changed, or that came or went — usually a handful, often none.
   */
  private apply(rows: ClaimDigestRow[]): void {
    const moved = new Map<IndexSortKey, Set<IndexEntry>>()
    const removed = new Set<IndexEntry>()
    const added: IndexEntry[] = []
    let movedCount = 0
    for (const row of rows) {
      if ((this.sourceRev.get(row.sourceId) ?? -1) >= row.rev) continue
      this.sourceRev.set(row.sourceId, row.rev)
      const previous = new Map((this.bySource.get(row.sourceId) ?? []).map((e) => [e.id, e]))
      const next: IndexEntry[] = []
      for (const e of entriesOf(row)) {
        const prev = previous.get(e.id)
        if (!prev) {
          added.push(e)
          next.push(e)
          continue
        }
        previous.delete(e.id)
        if (prev.words !== e.words) this.haystack = null
        for (const key of SORT_KEYS) {
          if (!this.orders.has(key) || keyOf(prev, key) === keyOf(e, key)) continue
          let set = moved.get(key)
          if (!set) moved.set(key, (set = new Set()))
          set.add(prev)
          movedCount++
        }
        Object.assign(prev, e)
        next.push(prev)
      }
      for (const gone of previous.values()) removed.add(gone)
      if (next.length === 0) this.bySource.delete(row.sourceId)
      else this.bySource.set(row.sourceId, next)
      if (row.data === null) this.sources.delete(row.sourceId)
      else this.sources.set(row.sourceId, { id: row.sourceId, lang: row.lang, title: row.title, titleKey: foldText(row.title), claimCount: next.length })
    }
    if (added.length > 0 || removed.size > 0) {
      this.flat = null
      this.haystack = null
    }
    if (removed.size + added.length + movedCount > this.all().length / 4) {
      // Many changes (first load, a big import): sorting again is cheaper than merging.
      this.orders.clear()
      return
    }
    for (const [key, order] of this.orders) {
      const shifted = moved.get(key)
      if (!shifted && added.length === 0 && removed.size === 0) continue
      const drop = new Set([...removed, ...(shifted ?? [])])
      const keep = (e: IndexEntry): boolean => !drop.has(e)
      const back = [...(shifted ?? []), ...added]
      const cmp = byKeyThenId(key)
      const present = drop.size > 0 ? order.present.filter(keep) : order.present
      const blank = drop.size > 0 ? order.blank.filter(keep) : order.blank
      order.present = merge(present, back.filter((e) => keyOf(e, key) !== '').sort(cmp), cmp)
      order.blank = merge(blank, back.filter((e) => keyOf(e, key) === '').sort(cmp), cmp)
      order.asc = null
      order.desc = null
    }
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
   * Every entry's words in one string, so finding a word prefix is the engine's native
   * substring search over a few megabytes instead of 100 000 small searches. Rebuilt lazily
   * when words change (a note or quote edit), not on verdict or status edits.
   */
  private haystack: { text: string; starts: number[]; entries: IndexEntry[] } | null = null

  private hay(): { text: string; starts: number[]; entries: IndexEntry[] } {
    if (!this.haystack) {
      const entries = this.all()
      const starts: number[] = new Array(entries.length)
      let offset = 0
      for (let i = 0; i < entries.length; i++) {
        starts[i] = offset
        offset += entries[i].words.length + 1
      }
      this.haystack = { text: entries.map((e) => e.words).join('\n'), starts, entries }
    }
    return this.haystack
  }

  /** The entries with a word starting with every one of `words` (folded); null when there are none to match. */
  search(words: readonly string[]): Set<IndexEntry> | null {
    if (words.length === 0) return null
    const { text, starts, entries } = this.hay()
    let result: Set<IndexEntry> | null = null
    for (const word of words) {
      const needle = ' ' + word
      const found = new Set<IndexEntry>()
      let pos = text.indexOf(needle)
      while (pos >= 0) {
        // The entry holding this position: the last start at or before it.
        let lo = 0
        let hi = starts.length - 1
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1
          if (starts[mid] <= pos) lo = mid
          else hi = mid - 1
        }
        const entry = entries[lo]
        if (!result || result.has(entry)) found.add(entry)
        // One match per entry is enough: continue from the next entry.
        pos = lo + 1 < starts.length ? text.indexOf(needle, starts[lo + 1]) : -1
      }
      result = found
      if (result.size === 0) break
    }
    return result
  }

  /** Whether the digests have been read at least once in this window. */
  get loaded(): boolean {
    return this.rev > 0
  }

  /** The load in progress, so concurrent warm-ups share it. */
  warming: Promise<void> | null = null

  /**
   * Entries in `key` order, ties by id (in the same direction), blanks last by id whatever the
   * direction. One sort per field serves both directions.
   */
  sortedBy(key: IndexSortKey, dir: 'asc' | 'desc'): IndexEntry[] {
    let order = this.orders.get(key)
    if (!order) {
      const present: IndexEntry[] = []
      const blank: IndexEntry[] = []
      for (const e of this.all()) (keyOf(e, key) === '' ? blank : present).push(e)
      order = { present: present.sort(byKeyThenId(key)), blank: blank.sort(byKeyThenId(key)), asc: null, desc: null }
      this.orders.set(key, order)
    }
    if (dir === 'asc') {
      order.asc ??= order.blank.length === 0 ? order.present : order.present.concat(order.blank)
      return order.asc
    }
    order.desc ??= [...order.present].reverse().concat(order.blank)
    return order.desc
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
