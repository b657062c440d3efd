/**
 * claims.json: every claim, series and history entry at full fidelity, the part of the
 * bundle that ClaimLedger re-imports. Records are sorted so two exports of the same
 * records give the same bytes.
 */
import { z } from 'zod'
import type { Claim, HistoryEntry, Series } from '../model'
import { canonicalJson } from './canonicalJson'
import { claimSchema, historyEntrySchema, seriesSchema } from './schemas'

/** Value of claims.json "format". */
export const CLAIMS_FORMAT = 'claimledger-claims'

/** The records claims.json carries (sources live in sources/). */
export interface ClaimsDocument {
  claims: Claim[]
  series: Series[]
  history: HistoryEntry[]
}

/** Schema of claims.json. */
export const claimsDocumentSchema = z.object({
  format: z.literal(CLAIMS_FORMAT),
  claims: z.array(claimSchema),
  series: z.array(seriesSchema),
  history: z.array(historyEntrySchema)
})

const byId = (a: { id: string }, b: { id: string }): number => compare(a.id, b.id)

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Claims in reading order: by source, then position, then id (a total order). */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => compare(a.sourceId, b.sourceId) || a.start - b.start || a.end - b.end || byId(a, b))
}

/** Series by id. */
export function sortSeries(series: readonly Series[]): Series[] {
  return [...series].sort(byId)
}

/** History in time order, then by id. */
export function sortHistory(history: readonly HistoryEntry[]): HistoryEntry[] {
  return [...history].sort((a, b) => compare(a.at, b.at) || byId(a, b))
}

/**
 * A History entry as a bundle carries it: without `origin` and `session`, which only tell this
 * library's undo what it may apply (every entry a bundle brings in is provenance to whoever opens it).
 */
function exportedEntry(entry: HistoryEntry): HistoryEntry {
  if (entry.origin === undefined && entry.session === undefined) return entry
  const { origin: _origin, session: _session, ...rest } = entry
  return rest
}

/** Serialises claims.json deterministically. */
export function writeClaimsJson(doc: ClaimsDocument): string {
  return canonicalJson({
    format: CLAIMS_FORMAT,
    claims: sortClaims(doc.claims),
    series: sortSeries(doc.series),
    history: sortHistory(doc.history).map(exportedEntry)
  })
}
