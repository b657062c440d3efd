import type { Claim, ExtractedClaim, Source } from './model'
import { newId } from './runtime'
import { sentenceExcerpt, sentenceLimit, sentenceStartIn } from './sentenceExcerpt'

/**
 * Most claims one source keeps (issue 11, item 9): a table of figures or a hostile file can hold
 * tens of thousands, more than anyone reviews; the import says how many were left out.
 */
export const MAX_CLAIMS_PER_SOURCE = 5000

/** What an extraction stores: at most MAX_CLAIMS_PER_SOURCE claims, sentences excerpted, and how many were found. */
export interface StorableClaims {
  claims: ExtractedClaim[]
  found: number
}

/**
 * The extractor's claims of `text` as they may be stored: the first MAX_CLAIMS_PER_SOURCE, each
 * long sentence cut to an excerpt around its own quote. Run where the text is (the extraction
 * worker) so no full copy of a long sentence per claim is ever cloned. Linear in the text plus
 * the claims: a long sentence is located in the text once, not once per claim.
 */
export function storableClaims(extracted: readonly ExtractedClaim[], text: string): StorableClaims {
  let last: { start: number; length: number } | undefined
  const claims = extracted.slice(0, MAX_CLAIMS_PER_SOURCE).map((c) => {
    const { sentence, quote } = c
    if (sentence.length <= sentenceLimit(quote.length)) return c
    // Sentences do not overlap, so one of the same length holding this quote at the same place is the previous claim's.
    const same = last && last.length === sentence.length && c.start >= last.start && c.end <= last.start + last.length && sentence.startsWith(quote, c.start - last.start)
    const start = same && last ? last.start : sentenceStartIn(text, sentence, quote, c.start)
    if (start !== undefined) last = { start, length: sentence.length }
    return { ...c, sentence: sentenceExcerpt(sentence, start !== undefined ? c.start - start : sentence.indexOf(quote), quote.length) }
  })
  return { claims, found: extracted.length }
}

/** The sentence a claim stores: whole when short, else an excerpt around the first occurrence of the quote. */
export function cappedSentence(sentence: string, quote: string): string {
  return sentence.length <= sentenceLimit(quote.length) ? sentence : sentenceExcerpt(sentence, sentence.indexOf(quote), quote.length)
}

/**
 * Turns what the extractor found into a stored claim of `source`: fresh id, review state at its
 * start (extracted, unverified), and the source's date as the date the figure was stated.
 */
export function claimFromExtracted(extracted: ExtractedClaim, source: Pick<Source, 'id' | 'publishedAt' | 'speakers'>, now: string): Claim {
  return {
    ...extracted,
    id: newId(),
    sourceId: source.id,
    // Already an excerpt when it came through storableClaims; this keeps any other caller bounded too.
    sentence: cappedSentence(extracted.sentence, extracted.quote),
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
