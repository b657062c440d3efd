import * as charsModule from './chars'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { isDigit, isLetter, isSpace, isUpper } = charsModule

/** Sentence boundaries as parallel arrays of start/end offsets (end exclusive, trimmed). */
export interface Sentences {
  starts: number[]
  ends: number[]
}

const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'mr', 'mrs', 'ms', 'prof', 'gen', 'sen', 'rep', 'gov',
  'lt', 'col', 'capt', 'sgt', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'p', 'pp', 'art', 'cf', 'etc', 'vs', 'av', 'bd',
  'jan', 'feb', 'fév', 'mar', 'apr', 'avr', 'jun', 'jul', 'juil', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'déc', 'env', 'vol',
  'fig', 'chap', 'éd', 'ed', 'al', 'ex', 'approx', 'dept', 'est', 'op', 'e.g', 'i.e', 'n', 'nº', 'tél', 'tel'
])

const OPENERS = new Set(['"', '«', '“', '‘', "'", '(', '[', '—', '–', '-', '¿', '¡'])
const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']'])

function wordBefore(text: string, dot: number): string {
  let s = dot
  while (s > 0 && isLetter(text.charCodeAt(s - 1)) && dot - s < 12) s--
  if (s > 0 && isLetter(text.charCodeAt(s - 1))) return '#long'
  return text.slice(s, dot)
}

/**
 * Splits text into sentences in one pass: a line break always ends one; ".", "!", "?", "…" end one when
 * followed by space and a capital, digit or quote, except after abbreviations ("M.", "Mr.") and initials.
 */
export function splitSentences(text: string): Sentences {
  const starts: number[] = []
  const ends: number[] = []
  let start = -1
  let lastNonSpace = -1
  const push = (endExclusive: number): void => {
    if (start >= 0 && endExclusive > start) {
      starts.push(start)
      ends.push(endExclusive)
    }
    start = -1
  }
  const len = text.length
  let i = 0
  while (i < len) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13 || c === 0x2029) {
      push(lastNonSpace + 1)
      i++
      continue
    }
    if (isSpace(c)) {
      i++
      continue
    }
    if (start < 0) start = i
    lastNonSpace = i
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      // run of terminal marks, then closing quotes/brackets
      let j = i + 1
      while (j < len && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '\u2026')) j++
      while (j < len && CLOSERS.has(text[j])) j++
      let k = j
      while (k < len && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++
      const nextC = k < len ? text.charCodeAt(k) : -1
      const spaced = k > j
      let boundary = k >= len || (spaced && (isUpper(nextC) || isDigit(nextC) || OPENERS.has(text[k])))
      if (boundary && c === 46 && j === i + 1) {
        const w = wordBefore(text, i)
        if (ABBREVIATIONS.has(w.toLowerCase()) || (w.length === 1 && isUpper(w.charCodeAt(0)))) boundary = false
        if (w === '' && i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(nextC)) boundary = false
      }
      if (boundary) {
        lastNonSpace = j - 1
        push(j)
        i = k
        continue
      }
      lastNonSpace = j - 1
      i = j
      continue
    }
    i++
  }
  push(lastNonSpace + 1)
  return { starts, ends }
}

/** Index of the sentence holding offset `pos` (binary search), or -1. */
export function sentenceAt(s: Sentences, pos: number): number {
  let lo = 0
  let hi = s.starts.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (s.starts[mid] <= pos) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  if (found >= 0 && pos < s.ends[found]) return found
  return found
}
