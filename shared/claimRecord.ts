import type { Claim, ExtractedClaim, Source } from './model'
import { newId } from './runtime'

/**
 * Turns what the extractor found into a stored claim of `source`: fresh id, review state at its
 * start (extracted, unverified), and the source's date as the date the figure was stated.
 */
export function claimFromExtracted(extracted: ExtractedClaim, source: Pick<Source, 'id' | 'publishedAt' | 'speakers'>, now: string): Claim {
  return {
    ...extracted,
    id: newId(),
    sourceId: source.id,
    speaker: extracted.speaker ?? source.speakers[0],
    statedAt: source.publishedAt,
    status: 'extracted',
    verdict: 'unverified',
    note: '',
    tags: [],
    createdAt: now,
    updatedAt: now
  }
}
