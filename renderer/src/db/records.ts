/**
 * Claim records at the db boundary. Claims are stored exactly as the Claim type says; the
 * Claims table's rows add their source's title and language (ClaimRow), which must never be
 * written back into a claim.
 */
import { type Claim, type Lang, type Source } from '../../../shared/model'

/** A claim with the fields the Claims table shows from its source. */
export type ClaimRow = Claim & { sourceTitle: string; sourceLang: Lang }

/** A claims-table row as stored in IndexedDB: a plain Claim. */
export type StoredClaim = Claim

/** The source fields a claim row copies. */
export type SourceRef = Pick<Source, 'title' | 'lang'>

/** Just the Claim, whatever extra fields `row` carries (a ClaimRow handed back by a view, say). */
export function stripToClaim(row: Claim): Claim {
  const out: Record<string, unknown> = { ...row }
  delete out.sourceTitle
  delete out.sourceLang
  return out as unknown as Claim
}

/** The row to store for `claim` (the source is accepted for callers written against the earlier shape). */
export function toStoredClaim(claim: Claim, _source?: SourceRef): StoredClaim {
  return stripToClaim(claim)
}

/** A claim as the Claims table shows it. */
export function toClaimRow(claim: Claim, source: SourceRef): ClaimRow {
  return { ...stripToClaim(claim), sourceTitle: source.title, sourceLang: source.lang }
}
