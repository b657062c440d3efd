/**
 * Claim digests (see migrations/v3.ts): the compact, per-source copy of what the Claims table
 * filters, searches and sorts on. Repositories rewrite a source's digest in the same
 * transaction as any change to its claims; writes that bypass the repositories are caught by
 * table hooks (database.ts) and repaired right after they commit. A repair the app could not
 * finish (closed or crashed first) is caught at the next start by verifyDigests.
 */
import { type Claim, type Lang, type Source } from '../../../shared/model'
import { type ClaimLedgerDB } from './database'
import { foldText, searchWordsOf } from './search'
import { writeSummaries } from './sourceSummary'

/**
 * One claim in a digest: [id, value, verdict, status, speaker, folded subject, statedAt, period key, tags, folded words]; '' when absent.
 * Series membership is not in it (since version 7): Series.claimIds says it, so putting 200 claims
 * in a series rewrites no digest (IndexedDB writes here run at a few MB/s; a digest is one source's claims).
 */
export type DigestClaim = [string, number, string, string, string, string, string, string, string[], string]

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
    searchWordsOf(c).join(' ')
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
 * Rewrites the digests of these sources from their stored claims, and their Library summaries
 * (sourceSummary.ts). Title and language come from the previous digest unless `reloadSources`
 * (the source itself may have changed or gone).
 * Call inside a rw transaction over sources, claims and db.derivedTables().
 */
export async function writeDigests(
  db: ClaimLedgerDB,
  sourceIds: Iterable<string>,
  reloadSources = false,
  updatedClaims: ReadonlyMap<string, ReadonlyMap<string, Claim>> = new Map()
): Promise<void> {
  const full = new Set(sourceIds)
  const patchOnly = reloadSources ? [] : [...updatedClaims.keys()].filter((id) => !full.has(id))
  if (reloadSources) for (const id of updatedClaims.keys()) full.add(id)
  if (full.size === 0 && patchOnly.length === 0) return
  const rev = await nextDigestRev(db)
  // Claims edited in place (a verdict, a tag, a note): their entries are replaced in the old
  // digest, and the source's other claims are not read — a bulk verdict on 200 claims from 200
  // sources would otherwise read every claim of those sources. Anything else: rebuilt.
  const patched = (await Promise.all(patchOnly.map(async (id): Promise<ClaimDigestRow | null> => {
    const row = await db.claimDigests.get(id)
    const data = row ? patchedData(row, updatedClaims.get(id) ?? new Map()) : null
    if (!row || data === null) {
      full.add(id)
      return null
    }
    return { ...row, rev, data }
  }))).filter((r): r is ClaimDigestRow => r !== null)
  if (patched.length) await db.claimDigests.bulkPut(patched)
  // Claim counts and sources are as they were for the patched ones: their summaries stay.
  const ids = [...full]
  if (ids.length === 0) return
  // The sources' reads go out together: IndexedDB answers them in one pass instead of one
  // round trip after another (a series of 200 claims from 200 sources rewrites 200 digests).
  const counts = new Map<string, number>()
  const rows = await Promise.all(ids.map(async (id): Promise<ClaimDigestRow> => {
    const [old, claims] = await Promise.all([reloadSources ? undefined : db.claimDigests.get(id), db.claims.where('sourceId').equals(id).toArray()])
    counts.set(id, claims.length)
    const source = old && old.data !== null ? { id, title: old.title, lang: old.lang } : await db.sources.get(id)
    if (!source) return { sourceId: id, rev, title: old?.title ?? '', lang: old?.lang ?? 'en', data: null }
    return digestRow(source, claims, rev)
  }))
  await db.claimDigests.bulkPut(rows)
  await writeSummaries(db, ids, reloadSources, counts)
}

/** The digest's data with these claims' entries replaced; null when one is not listed (then rebuild). */
function patchedData(row: ClaimDigestRow, claims: ReadonlyMap<string, Claim>): string | null {
  if (row.data === null) return null
  let entries: DigestClaim[]
  try {
    entries = JSON.parse(row.data) as DigestClaim[]
  } catch {
    return null
  }
  let found = 0
  const next = entries.map((e) => {
    const c = claims.get(e[0])
    if (!c) return e
    found++
    return digestClaim(c)
  })
  return found === claims.size ? JSON.stringify(next) : null
}

/** Rebuilds every digest (repair tool; also what version 3 does on upgrade). */
export async function rebuildAllDigests(db: ClaimLedgerDB): Promise<void> {
  await db.transaction('rw', [db.sources, db.claims, ...db.derivedTables()], async () => {
    const ids = await db.sources.toCollection().primaryKeys()
    const stale = (await db.claimDigests.toCollection().primaryKeys()).filter((id) => !ids.includes(id))
    await writeDigests(db, [...ids, ...stale], true)
  })
}

/** The claim ids a digest lists, or null for a deleted source's row. */
function digestIds(row: ClaimDigestRow): string[] | null {
  if (row.data === null) return null
  try {
    return (JSON.parse(row.data) as DigestClaim[]).map((c) => c[0])
  } catch {
    return []
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const set = new Set(a)
  return b.every((id) => set.has(id))
}

/**
 * Whether the digest of this source is exactly what writeDigests would write now: same claims,
 * same values, verdicts, words and series, same title and language. Its own short transaction,
 * so checking a large library never holds one long read that edits would queue behind.
 */
async function digestIsCurrent(db: ClaimLedgerDB, sourceId: string): Promise<boolean> {
  return db.transaction('r', [db.sources, db.claims, db.claimDigests], async () => {
    const [source, row] = await Promise.all([db.sources.get(sourceId), db.claimDigests.get(sourceId)])
    // A source deleted since the key pass: that pass and the deletion's own digest write cover it.
    if (!source) return true
    if (!row || row.data === null) return false
    const current = digestRow(source, await db.claims.where('sourceId').equals(sourceId).toArray(), row.rev)
    return current.data === row.data && current.title === row.title && current.lang === row.lang
  })
}

/**
 * Checks every digest against the stored claims and rewrites those that differ, then returns
 * the ids of the sources repaired. First by keys (cheap): a missing digest, a claim missing or
 * extra (an import or a repair cut short by closing the app), a claim listed under the wrong
 * source, a deleted source still listed or a stored one marked deleted, a Library summary
 * missing, left behind or counting other claims. Then by content, one
 * source at a time: a digest listing the right claims with what they were before a write whose
 * repair was lost (a verdict, a tag, a source's title) would filter and sort the Claims table
 * on stale values.
 */
export async function verifyDigests(db: ClaimLedgerDB): Promise<string[]> {
  const stale = await db.transaction('r', [db.sources, db.claims, db.claimDigests, db.sourceSummaries], async () => {
    const sourceIds = new Set(await db.sources.toCollection().primaryKeys())
    const actual = new Map<string, string[]>()
    await db.claims.orderBy('sourceId').eachKey((key, cursor) => {
      const sourceId = String(key)
      const list = actual.get(sourceId)
      if (list) list.push(String(cursor.primaryKey))
      else actual.set(sourceId, [String(cursor.primaryKey)])
    })
    const rows = new Map((await db.claimDigests.toArray()).map((r) => [r.sourceId, r]))
    // The Library's summaries too: one per stored source, counting its claims.
    const counts = new Map((await db.sourceSummaries.toArray()).map((r) => [r.id, r.claimCount]))
    const out: string[] = []
    for (const id of new Set([...sourceIds, ...rows.keys(), ...counts.keys()])) {
      const row = rows.get(id)
      const listed = row ? digestIds(row) : null
      const ok = sourceIds.has(id)
        ? !!row && listed !== null && sameIds(listed, actual.get(id) ?? []) && counts.get(id) === (actual.get(id)?.length ?? 0)
        : (!row || listed === null) && !counts.has(id)
      if (!ok) out.push(id)
    }
    return out
  })
  const listed = new Set(stale)
  for (const id of await db.sources.toCollection().primaryKeys()) if (!listed.has(id) && !(await digestIsCurrent(db, id))) stale.push(id)
  if (stale.length > 0) await db.transaction('rw', [db.sources, db.claims, ...db.derivedTables()], () => writeDigests(db, stale, true))
  return stale
}
