/**
 * Version 7: claim digests no longer hold series membership (issue 13, item 4). Putting the 200
 * claims of a suggestion in a series rewrote up to 200 digests — each one source's claims — and
 * IndexedDB writes run at a few MB/s on a laptop; the Claims table reads membership from
 * Series.claimIds instead. The upgrade drops the last element (the seriesId) of every digest
 * entry, so the digests equal what the current digest.ts writes and the start-up check finds
 * nothing to repair. No index changes.
 *
 * Frozen: a digest row and entry as version 6 wrote them, on purpose.
 */
import { type Transaction } from 'dexie'

export const VERSION = 7

export const STORES = {} as const

/** A claimDigests row (version 3 on). */
export interface ClaimDigestRowV3 {
  sourceId: string
  rev: number
  title: string
  lang: 'fr' | 'en'
  data: string | null
}

/** [id, value, verdict, status, speaker, folded subject, statedAt, period key, tags, folded words, seriesId] */
export type DigestClaimV6 = [string, number, string, string, string, string, string, string, string[], string, string]
export type DigestClaimV7 = [string, number, string, string, string, string, string, string, string[], string]

export function entryV7(e: DigestClaimV6 | DigestClaimV7): DigestClaimV7 {
  return e.slice(0, 10) as DigestClaimV7
}

export async function upgrade(tx: Transaction): Promise<void> {
  await tx.table<ClaimDigestRowV3, string>('claimDigests').toCollection().modify((row) => {
    if (row.data === null) return
    try {
      row.data = JSON.stringify((JSON.parse(row.data) as DigestClaimV6[]).map(entryV7))
    } catch {
      // An unreadable digest is left for the start-up check, which rebuilds it from the claims.
    }
  })
}
