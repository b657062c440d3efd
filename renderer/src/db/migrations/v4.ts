/**
 * Version 4: a claim keeps an excerpt of a long sentence, not a whole copy (issue 11, item 9).
 * Claims stored before it may each hold a whole 32 KB line, so every claim whose sentence is
 * longer than the limit is cut to the words around its quote, with "…" where cut. Nothing else
 * changes, and the claim digests (v3) do not hold sentences.
 *
 * Frozen: the excerpt below is a copy of shared/sentenceExcerpt.ts as of version 4, on purpose;
 * it uses only the transaction it receives and reads claims a page at a time, so a library full
 * of long copies is never held in memory at once.
 */
import { type Transaction } from 'dexie'
import { type SourceV1 } from './v1'
import { type ClaimV2 } from './v2'

export const VERSION = 4

export const STORES = {} as const

/** Claims as version 4 writes them: as version 2, with `sentence` at most sentenceLimitV4(quote.length) long. */
export type ClaimV4 = ClaimV2

const SENTENCE_MAX_V4 = 600
const CONTEXT_V4 = 250
const WORD_SLACK_V4 = 30
const MARK_V4 = '…'
const PAGE = 500

export function sentenceLimitV4(quoteLength: number): number {
  return Math.max(SENTENCE_MAX_V4, quoteLength + 2 * (CONTEXT_V4 + MARK_V4.length))
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c)
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/** The sentence, or the words around the quote at `quoteAt` with "…" at each cut end. */
export function sentenceExcerptV4(sentence: string, quoteAt: number, quoteLength: number): string {
  if (sentence.length <= sentenceLimitV4(quoteLength)) return sentence
  const at = Math.min(Math.max(0, quoteAt), sentence.length)
  const quoteEnd = Math.min(sentence.length, at + quoteLength)
  let from = Math.max(0, at - CONTEXT_V4)
  let to = Math.min(sentence.length, quoteEnd + CONTEXT_V4)
  if (from > 0) {
    let k = from
    while (k < at && k - from < WORD_SLACK_V4 && !isSpace(sentence[k - 1])) k++
    if (isSpace(sentence[k - 1])) from = k
    while (from < at && isSpace(sentence[from])) from++
    if (isLowSurrogate(sentence.charCodeAt(from))) from++
  }
  if (to < sentence.length) {
    let k = to
    while (k > quoteEnd && to - k < WORD_SLACK_V4 && !isSpace(sentence[k])) k--
    if (isSpace(sentence[k])) to = k
    while (to > quoteEnd && isSpace(sentence[to - 1])) to--
    if (isLowSurrogate(sentence.charCodeAt(to))) to--
  }
  return `${from > 0 ? MARK_V4 : ''}${sentence.slice(from, to)}${to < sentence.length ? MARK_V4 : ''}`
}

/** Where the claim's quote is in its sentence: the occurrence that puts the sentence on the source text, else the first. */
function quoteAtV4(claim: ClaimV2, text: string | undefined): number {
  const first = claim.sentence.indexOf(claim.quote)
  if (text === undefined || claim.quote === '') return first
  for (let q = first; q >= 0 && q <= claim.start; q = claim.sentence.indexOf(claim.quote, q + 1)) {
    if (text.startsWith(claim.sentence, claim.start - q)) return q
  }
  return first
}

export async function upgrade(tx: Transaction): Promise<void> {
  const claims = tx.table<ClaimV2, string>('claims')
  const sources = tx.table<SourceV1, string>('sources')
  const ids = await claims.toCollection().primaryKeys()
  for (let i = 0; i < ids.length; i += PAGE) {
    // Per page, so memory stays bounded by one page of claims and their sources.
    const texts = new Map<string, string | undefined>()
    const page = (await claims.bulkGet(ids.slice(i, i + PAGE))).filter(
      (c): c is ClaimV2 => c !== undefined && typeof c.sentence === 'string' && typeof c.quote === 'string' && c.sentence.length > sentenceLimitV4(c.quote.length)
    )
    for (const c of page) {
      if (!texts.has(c.sourceId)) texts.set(c.sourceId, (await sources.get(c.sourceId))?.text)
      c.sentence = sentenceExcerptV4(c.sentence, quoteAtV4(c, texts.get(c.sourceId)), c.quote.length)
    }
    if (page.length > 0) await claims.bulkPut(page)
  }
}
