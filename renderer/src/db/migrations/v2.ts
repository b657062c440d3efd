/**
 * Version 2: claims by series and date (`[seriesId+statedAt]`) for the series chart, claims
 * by tag (multiEntry `*tags`), sources by import date, history by batch (grouped bulk changes
 * undone together).
 *
 * Rows: a multiEntry index skips rows without the field, and the repositories assume an
 * array, so every claim gets `tags: []` when version 1 left it out.
 * Frozen: uses only the transaction it receives and its own record types.
 */
import { type Transaction } from 'dexie'
import { type ClaimV1, type HistoryEntryV1 } from './v1'

export const VERSION = 2

export const STORES = {
  sources: 'id, contentHash, publishedAt, importedAt',
  claims: 'id, sourceId, [sourceId+start], seriesId, [seriesId+statedAt], verdict, status, speaker, subjectKey, statedAt, *tags',
  history: 'id, [entity+entityId], at, batchId'
} as const

export type ClaimV2 = Omit<ClaimV1, 'tags'> & { tags: string[] }

export type HistoryEntryV2 = HistoryEntryV1 & { batchId?: string }

export async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table<ClaimV1, string>('claims')
    .toCollection()
    .modify((claim) => {
      if (!Array.isArray(claim.tags)) (claim as ClaimV2).tags = []
    })
}
