/**
 * Full-text search over claims: quote, subject, speaker and note, accent- and
 * case-insensitive, with prefix matching ("interpel" finds "interpellations").
 *
 * Choice: a Dexie multiEntry index over the folded words of each claim (the derived
 * `searchWords` field of StoredClaim, see records.ts), not an in-memory index. It costs
 * nothing at start-up, is always in step with the data (including changes made in another
 * window), and a prefix query is one index range read (`startsWith`) per search word,
 * intersected with the other filters' key sets. The field never leaves the db layer:
 * repositories strip it on read, so it is not part of the Claim type.
 */
import { type Dexie } from 'dexie'

/** Lower case, accents removed, ligatures spelled out: "Élèves Œuvre" → "eleves oeuvre". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
}

/** The distinct folded words of a text (letters and digits; apostrophes, hyphens and spaces split). */
export function foldedWords(text: string): string[] {
  const words = foldText(text).split(/[^\p{L}\p{N}]+/u)
  return [...new Set(words.filter((w) => w.length > 0))]
}

/** The fields search looks at. */
export interface Searchable {
  quote: string
  subject: string
  speaker?: string
  note: string
}

/** The words a claim is found by. */
export function searchWordsOf(claim: Searchable): string[] {
  return foldedWords([claim.quote, claim.subject, claim.speaker ?? '', claim.note].join(' '))
}

/** The search words of a query, longest first (the most selective range is read first). */
export function queryWords(search: string): string[] {
  return foldedWords(search).sort((a, b) => b.length - a.length)
}

/**
 * Ids of the claims matching every word of `search` as a prefix, or null when the search has
 * no words (no constraint). Must run inside a transaction that includes `claims`.
 */
export async function searchClaimIds(db: Dexie, search: string): Promise<Set<string> | null> {
  const words = queryWords(search)
  if (words.length === 0) return null
  const table = db.table<unknown, string>('claims')
  const sets = await Promise.all(
    words.map(async (w) => new Set(await table.where('searchWords').startsWith(w).primaryKeys()))
  )
  return intersectSets(sets)
}

/** The intersection of sets, smallest first so the work is bounded by the most selective one. */
export function intersectSets<T>(sets: Set<T>[]): Set<T> {
  if (sets.length === 0) return new Set()
  const sorted = [...sets].sort((a, b) => a.size - b.size)
  const [first, ...rest] = sorted
  const out = new Set<T>()
  for (const x of first) if (rest.every((s) => s.has(x))) out.add(x)
  return out
}
