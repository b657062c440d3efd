/**
 * Bundle timestamps from the future (issue 11, item 6). Newest-wins merging trusts
 * updatedAt, and undo and the History list order by `at`, so a record dated 9999 would win
 * every conflict and stay "newest" for ever. Dates later than the import time plus a small
 * allowance for clock skew are set to the import time, reported, and the records that had
 * one never win a conflict against what is stored.
 */
import type { BundleContent } from './types'

/** How far past the import time a bundle date may be (clocks of two laptops disagree): one day. */
export const FUTURE_SKEW_MS = 24 * 60 * 60 * 1000

/** One date that was later than the import time allows, and what it was. */
export interface ClampedDate {
  entity: 'source' | 'claim' | 'series' | 'history'
  id: string
  field: string
  value: string
}

/** The timestamp fields of each kind of record. */
const STAMPS = {
  source: ['importedAt', 'updatedAt'],
  claim: ['createdAt', 'updatedAt'],
  series: ['createdAt', 'updatedAt'],
  history: ['at']
} as const satisfies Record<ClampedDate['entity'], readonly string[]>

/**
 * `content` with every timestamp later than `at` + `skewMs` replaced by `at`, and the list of
 * what was replaced. Records without such a date are returned as they are (same objects).
 */
export function clampFutureDates(content: BundleContent, at: string, skewMs: number = FUTURE_SKEW_MS): { content: BundleContent; clamped: ClampedDate[] } {
  const limit = Date.parse(at) + skewMs
  const clamped: ClampedDate[] = []
  const clamp = <T extends { id: string }>(entity: ClampedDate['entity'], record: T): T => {
    let out: T = record
    for (const field of STAMPS[entity]) {
      const value = (record as Record<string, unknown>)[field]
      if (typeof value !== 'string' || !(Date.parse(value) > limit)) continue
      clamped.push({ entity, id: record.id, field, value })
      out = { ...out, [field]: at }
    }
    return out
  }
  return {
    content: {
      sources: content.sources.map((s) => clamp('source', s)),
      claims: content.claims.map((c) => clamp('claim', c)),
      series: content.series.map((s) => clamp('series', s)),
      history: content.history.map((h) => clamp('history', h))
    },
    clamped
  }
}
