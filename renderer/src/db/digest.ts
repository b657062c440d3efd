/**
 * Claim digests (see migrations/v3.ts): the compact, per-source copy of what the Claims table
 * filters, searches and sorts on. Repositories rewrite a source's digest in the same
 * transaction as any change to its claims; writes that bypass the repositories are caught by
 * table hooks (database.ts) and repaired right after they commit.
 */
import { type Claim, type Lang, type Source } from '../../../shared/model'
import { type ClaimLedgerDB } from './database'
import { foldText, searchWordsOf } from './search'

/** One claim in a digest: [id, value, verdict, status, speaker, folded subject, statedAt, period key, tags, folded words, seriesId]; '' when absent. */
export type DigestClaim = [string, number, string, string, string, string, string, string, string[], string, string]

/** A row of the claimDigests table. */
export interface ClaimDigestRow {
  sourceId: string
  rev: number
  title: string
  lang: Lang
  /** JSON of DigestClaim[] in text order, or null once the source is deleted. */
  data: string | null
}

/** The sort key of a claim's period: its resolved start date, else its folded text. */
export function periodKey(c: Pick<Claim, 'period'>): string {
  return c.period?.start ?? (c.period?.text ? foldText(c.period.text) : '')
}

export function digestClaim(c: Claim): DigestClaim {
  return [
    c.id, c.value, c.verdict, c.status, c.speaker ?? '', foldText(c.subject), c.statedAt ?? '', periodKey(c), c.tags,
    searchWordsOf(c).join(' '), c.seriesId ?? ''
  ]
}

export function digestRow(source: Pick<Source, 'id' | 'title' | 'lang'>, claims: readonly Claim[], rev: number): ClaimDigestRow {
  const sorted = [...claims].sort((a, b) => a.start - b.start)
  return { sourceId: source.id, rev, title: source.title, lang: source.lang, data: JSON.stringify(sorted.map(digestClaim)) }
}

/**
 * The next revision number; call inside a rw transaction that includes claimDigests.
 * At least the current time in ms, so revisions keep increasing even after the table is
 * cleared and rebuilt (readers compare with the last revision they saw).
 */
export async function nextDigestRev(db: ClaimLedgerDB): Promise<number> {
  const top = await db.claimDigests.orderBy('rev').lastKey()
  return Math.max((typeof top === 'number' ? top : 0) + 1, Date.now())
}

/**
 * Rewrites the digests of these sources from their stored claims. Title and language come from
 * the previous digest unless `reloadSources` (the source itself may have changed or gone).
 * Call inside a rw transaction over sources, claims and claimDigests.
 */
export async function writeDigests(db: ClaimLedgerDB, sourceIds: Iterable<string>, reloadSources = false): Promise<void> {
  const ids = [...new Set(sourceIds)]
  if (ids.length === 0) return
  const rev = await nextDigestRev(db)
  const rows: ClaimDigestRow[] = []
  for (const id of ids) {
    const old = reloadSources ? undefined : await db.claimDigests.get(id)
    const source = old && old.data !== null ? { id, title: old.title, lang: old.lang } : await db.sources.get(id)
    if (!source) {
      rows.push({ sourceId: id, rev, title: old?.title ?? '', lang: old?.lang ?? 'en', data: null })
      continue
    }
    rows.push(digestRow(source, await db.claims.where('sourceId').equals(id).toArray(), rev))
  }
  await db.claimDigests.bulkPut(rows)
}

/** Rebuilds every digest (repair tool; also what version 3 does on upgrade). */
export async function rebuildAllDigests(db: ClaimLedgerDB): Promise<void> {
  await db.transaction('rw', [db.sources, db.claims, db.claimDigests], async () => {
    const ids = await db.sources.toCollection().primaryKeys()
    const stale = (await db.claimDigests.toCollection().primaryKeys()).filter((id) => !ids.includes(id))
    await writeDigests(db, [...ids, ...stale], true)
  })
}
