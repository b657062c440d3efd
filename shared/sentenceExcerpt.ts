/**
 * The sentence a stored claim keeps (issue 11, item 9). A "sentence" can be a 64 KB line with no
 * full stop and thousands of figures; a whole copy per claim made memory quadratic and the import
 * died cloning it. Past SENTENCE_MAX characters a claim keeps only the words around its quote,
 * with "…" where they were cut; the whole sentence is still Source.text around the claim's offsets.
 */

/** Longest sentence (UTF-16 code units) a claim keeps whole; every real sentence of the test corpora is shorter. */
export const SENTENCE_MAX = 600

/** Characters kept on each side of the quote in an excerpt. */
const CONTEXT = 250

/** How far a cut may move to fall between words instead of inside one. */
const WORD_SLACK = 30

const MARK = '…'

/** The longest stored sentence for a quote of this length: an excerpt never exceeds it, so excerpting is idempotent. */
export function sentenceLimit(quoteLength: number): number {
  return Math.max(SENTENCE_MAX, quoteLength + 2 * (CONTEXT + MARK.length))
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c)
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * `sentence` itself when it is short enough, else the words around the quote found at `quoteAt`
 * (clamped into the sentence) with "…" at each cut end. Constant work per call past the limit.
 */
export function sentenceExcerpt(sentence: string, quoteAt: number, quoteLength: number): string {
  if (sentence.length <= sentenceLimit(quoteLength)) return sentence
  const at = Math.min(Math.max(0, quoteAt), sentence.length)
  const quoteEnd = Math.min(sentence.length, at + quoteLength)
  let from = Math.max(0, at - CONTEXT)
  let to = Math.min(sentence.length, quoteEnd + CONTEXT)
  if (from > 0) {
    let k = from
    while (k < at && k - from < WORD_SLACK && !isSpace(sentence[k - 1])) k++
    if (isSpace(sentence[k - 1])) from = k
    while (from < at && isSpace(sentence[from])) from++
    if (isLowSurrogate(sentence.charCodeAt(from))) from++
  }
  if (to < sentence.length) {
    let k = to
    while (k > quoteEnd && to - k < WORD_SLACK && !isSpace(sentence[k])) k--
    if (isSpace(sentence[k])) to = k
    while (to > quoteEnd && isSpace(sentence[to - 1])) to--
    if (isLowSurrogate(sentence.charCodeAt(to))) to--
  }
  return `${from > 0 ? MARK : ''}${sentence.slice(from, to)}${to < sentence.length ? MARK : ''}`
}

/**
 * Where `sentence` starts in `text`, given a quote it holds at [start, end) of `text`: the first
 * occurrence of the quote in the sentence whose placement makes the sentence the text there.
 * Undefined when none does (then callers fall back to the first occurrence).
 */
export function sentenceStartIn(text: string, sentence: string, quote: string, start: number): number | undefined {
  if (quote === '') return undefined
  for (let q = sentence.indexOf(quote); q >= 0 && q <= start; q = sentence.indexOf(quote, q + 1)) {
    if (text.startsWith(sentence, start - q)) return start - q
  }
  return undefined
}
