/**
 * Rejected claims in a bundle (issue 12, item 1). A rejected claim is one the reviewer decided
 * is not a claim (a misread number, a date…): whatever verdict it still carries is no
 * fact-check. claimreview.jsonld never publishes it; report.html, claims.csv and
 * annotations.jsonld show it marked as rejected, or the export leaves it out altogether.
 */
import type { Claim } from '../model'
import type { BundleContent } from './types'

/** What an export does with rejected claims: keep them, marked as rejected, or leave them out. */
export type RejectedClaims = 'mark' | 'omit'

export function isRejected(claim: Pick<Claim, 'status'>): boolean {
  return claim.status === 'rejected'
}

/**
 * The content without its rejected claims: out of the claims, of every series' claim list and of
 * History (a left-out claim's changes would otherwise name a claim the bundle does not have).
 * Sources stay: a source is cited whether or not its rejected claims are.
 */
export function withoutRejected(content: BundleContent): BundleContent {
  const left = new Set(content.claims.filter(isRejected).map((c) => c.id))
  if (left.size === 0) return content
  return {
    sources: content.sources,
    claims: content.claims.filter((c) => !left.has(c.id)),
    series: content.series.map((s) => (s.claimIds.some((id) => left.has(id)) ? { ...s, claimIds: s.claimIds.filter((id) => !left.has(id)) } : s)),
    history: content.history.filter((h) => !(h.entity === 'claim' && left.has(h.entityId)))
  }
}
