/**
 * Version 3: claim digests, so the Claims table can filter, search and sort 100 000 claims
 * in memory without reading every claim row.
 *
 * One row per source holds, as a JSON string, the few fields of each of its claims that the
 * table filters, searches and sorts on (folded for accent- and case-insensitive matching).
 * A JSON string because the browser copies a string out of IndexedDB far faster than it
 * rebuilds thousands of small objects. `rev` increases with every write, so a window that has
 * read the digests once only re-reads the rows changed since (another window's edits too).
 * A deleted source leaves a row with `data: null` (so other windows notice the deletion).
 *
 * Frozen: the encoding below is a copy of digest.ts as of version 3, on purpose. If the live
 * encoding changes, a later version rebuilds the digests; this one keeps meaning what it meant.
 */
import { type Transaction } from 'dexie'
import { type SourceV1 } from './v1'
import { type ClaimV2 } from './v2'

export const VERSION = 3

export const STORES = {
  claimDigests: 'sourceId, rev'
} as const

/** One claim in a digest: [id, value, verdict, status, speaker, folded subject, statedAt, period key, tags, folded words, seriesId]; '' when absent. */
export type DigestClaimV3 = [string, number, string, string, string, string, string, string, string[], string, string]

export interface ClaimDigestV3 {
  sourceId: string
  rev: number
  title: string
  lang: 'fr' | 'en'
  /** JSON of DigestClaimV3[] in text order, or null once the source is deleted. */
  data: string | null
}

function foldV3(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
}

function wordsV3(text: string): string[] {
  return [...new Set(foldV3(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))]
}

/** The digest entry of one claim, as version 3 encodes it. */
export function digestClaimV3(c: ClaimV2): DigestClaimV3 {
  const period = c.period?.start ?? (c.period?.text ? foldV3(c.period.text) : '')
  const words = wordsV3([c.quote, c.subject, c.speaker ?? '', c.note].join(' ')).join(' ')
  return [c.id, c.value, c.verdict, c.status, c.speaker ?? '', foldV3(c.subject), c.statedAt ?? '', period, c.tags, words, c.seriesId ?? '']
}

export function digestRowV3(source: Pick<SourceV1, 'id' | 'title' | 'lang'>, claims: ClaimV2[], rev: number): ClaimDigestV3 {
  const sorted = [...claims].sort((a, b) => a.start - b.start)
  return { sourceId: source.id, rev, title: source.title, lang: source.lang, data: JSON.stringify(sorted.map(digestClaimV3)) }
}

export async function upgrade(tx: Transaction): Promise<void> {
  const bySource = new Map<string, ClaimV2[]>()
  await tx.table<ClaimV2, string>('claims').each((c) => {
    const list = bySource.get(c.sourceId) ?? []
    list.push(c)
    bySource.set(c.sourceId, list)
  })
  const rows: ClaimDigestV3[] = []
  await tx.table<SourceV1, string>('sources').each((s) => {
    rows.push(digestRowV3(s, bySource.get(s.id) ?? [], 1))
  })
  await tx.table<ClaimDigestV3, string>('claimDigests').bulkPut(rows)
}
