/**
 * How a claim is stored: the Claim plus derived fields for search, sort and the Claims
 * table (see migrations/v3.ts for why each exists). They are computed here on every write
 * and stripped on every read, so the rest of the app only ever sees Claim / ClaimRow.
 */
import { type Claim, type Lang, type Source } from '../../../shared/model'
import { foldText, searchWordsOf } from './search'

/** A claim with the fields the Claims table shows from its source. */
export type ClaimRow = Claim & { sourceTitle: string; sourceLang: Lang }

/** Derived fields only the db layer knows about. */
interface Derived {
  searchWords: string[]
  sortSubject: string
  sortSpeaker?: string
  sortSource: string
  sortPeriod?: string
}

/** A claims-table row as stored in IndexedDB. */
export type StoredClaim = ClaimRow & Derived

const DERIVED_KEYS = ['searchWords', 'sortSubject', 'sortSpeaker', 'sortSource', 'sortPeriod'] as const satisfies readonly (keyof Derived)[]

/** The source fields a stored claim copies. */
export type SourceRef = Pick<Source, 'title' | 'lang'>

/** The row to store for `claim` of `source`. */
export function toStoredClaim(claim: Claim, source: SourceRef): StoredClaim {
  const row: StoredClaim = {
    ...stripToClaim(claim),
    sourceTitle: source.title,
    sourceLang: source.lang,
    searchWords: searchWordsOf(claim),
    sortSubject: foldText(claim.subject),
    sortSource: foldText(source.title)
  }
  if (claim.speaker) row.sortSpeaker = foldText(claim.speaker)
  const period = claim.period?.start ?? (claim.period?.text ? foldText(claim.period.text) : undefined)
  if (period) row.sortPeriod = period
  return row
}

/** A stored row as the Claims table shows it (derived search/sort fields removed). */
export function toClaimRow(row: StoredClaim): ClaimRow {
  const out: Record<string, unknown> = { ...row }
  for (const k of DERIVED_KEYS) delete out[k]
  return out as unknown as ClaimRow
}

/** Just the Claim, whatever extra fields `row` carries (stored rows, ClaimRows). */
export function stripToClaim(row: Claim): Claim {
  const out: Record<string, unknown> = { ...row }
  for (const k of DERIVED_KEYS) delete out[k]
  delete out.sourceTitle
  delete out.sourceLang
  return out as unknown as Claim
}
