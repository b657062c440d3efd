import type { Lang } from '../model'
import * as charsModule from './chars'
import * as numeralModule from './numeral'
import type { PhraseIndex } from './phrase'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { isDigit, isLetter, isSpace } = charsModule
const { scanLeadingDecimal, scanNumeral } = numeralModule

export const WORD = 1
export const NUM = 2
export const PUNCT = 3

/**
 * The text cut into words, numerals and single punctuation marks (whitespace dropped), stored as
 * parallel typed arrays so that megabytes of text tokenise quickly and with little memory.
 */
export interface Tokens {
  text: string
  count: number
  kind: Uint8Array
  start: Int32Array
  end: Int32Array
  /** Numeric value of NUM tokens. */
  value: Float64Array
  /** Per NUM token: bit 1 decimal, bit 2 grouped, bit 4 leading zero. */
  numFlags: Uint8Array
  /** Digits in a NUM token. */
  digits: Uint8Array
  /** 1 when the whitespace before the token holds a line break (or the token starts the text). */
  lineStart: Uint8Array
  lowerCache: (string | undefined)[]
}

export const NUM_DECIMAL = 1
export const NUM_GROUPED = 2
export const NUM_LEADING_ZERO = 4

/** The per-token columns of Tokens, as views on one buffer (seven typed arrays of their own cost seven allocations per line). */
interface Columns {
  value: Float64Array
  start: Int32Array
  end: Int32Array
  kind: Uint8Array
  numFlags: Uint8Array
  digits: Uint8Array
  lineStart: Uint8Array
}

function columns(size: number): Columns {
  const buf = new ArrayBuffer(size * 20)
  return {
    value: new Float64Array(buf, 0, size),
    start: new Int32Array(buf, size * 8, size),
    end: new Int32Array(buf, size * 12, size),
    kind: new Uint8Array(buf, size * 16, size),
    numFlags: new Uint8Array(buf, size * 17, size),
    digits: new Uint8Array(buf, size * 18, size),
    lineStart: new Uint8Array(buf, size * 19, size)
  }
}

/** Columns of `size` tokens holding those of `old`. */
function grown(old: Columns, size: number): Columns {
  const c = columns(size)
  c.value.set(old.value); c.start.set(old.start); c.end.set(old.end); c.kind.set(old.kind)
  c.numFlags.set(old.numFlags); c.digits.set(old.digits); c.lineStart.set(old.lineStart)
  return c
}

/** Cuts `text` into tokens in one linear pass; numerals are read with the language's separators. */
/**
 * True when the digits at i follow "mm:" glued (two digits and a colon, the tokens before) and run on past two digits,
 * the first of them 0–5: the seconds of a timecode with the text's next figure glued after it ("01:2144 milliards").
 */
function gluedTimecodeSeconds(text: string, i: number, n: number, kind: Uint8Array, digits: Uint8Array, end: Int32Array): boolean {
  if (n < 2 || text.charCodeAt(i - 1) !== 58 || end[n - 1] !== i || kind[n - 2] !== NUM || digits[n - 2] !== 2 || end[n - 2] !== i - 1) return false
  const c = text.charCodeAt(i)
  if (c < 48 || c > 53 || !isDigit(text.charCodeAt(i + 1))) return false
  return i + 2 < text.length && isDigit(text.charCodeAt(i + 2))
}

export function tokenize(text: string, lang: Lang): Tokens {
  let cap = Math.max(16, Math.ceil(text.length / 3))
  let cols = columns(cap)
  let { value, start, end, kind, numFlags, digits, lineStart } = cols
  let n = 0
  let sawBreak = true
  let i = 0
  const len = text.length
  while (i < len) {
    const c = text.charCodeAt(i)
    // ASCII fast paths inline (imported helpers cost a call each under some module loaders)
    if (c === 32) {
      i++
      continue
    }
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      if (n === cap) {
        cap *= 2
        cols = grown(cols, cap)
        ;({ value, start, end, kind, numFlags, digits, lineStart } = cols)
      }
      start[n] = i
      lineStart[n] = sawBreak ? 1 : 0
      sawBreak = false
      let j = i + 1
      for (;;) {
        const d = j < len ? text.charCodeAt(j) : 0
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 0xc0 && d <= 0x24f && d !== 0xd7 && d !== 0xf7)) j++
        else if (d >= 0x80 && isLetter(d)) j++
        else break
      }
      kind[n] = WORD
      end[n] = j
      n++
      i = j
      continue
    }
    if (isSpace(c)) {
      if (c === 10 || c === 13 || c === 0x2029) sawBreak = true
      i++
      continue
    }
    if (n === cap) {
      cap *= 2
      cols = grown(cols, cap)
      ;({ value, start, end, kind, numFlags, digits, lineStart } = cols)
    }
    start[n] = i
    lineStart[n] = sawBreak ? 1 : 0
    sawBreak = false
    if (isDigit(c) && gluedTimecodeSeconds(text, i, n, kind, digits, end)) {
      // "00:16178 ministres": a transcript's timecode glued to the figure it precedes keeps its two digits
      kind[n] = NUM
      value[n] = (c - 48) * 10 + (text.charCodeAt(i + 1) - 48)
      numFlags[n] = c === 48 ? NUM_LEADING_ZERO : 0
      digits[n] = 2
      end[n] = i + 2
      n++
      i += 2
      continue
    } else if (isDigit(c)) {
      const num = scanNumeral(text, i, lang)
      kind[n] = NUM
      value[n] = num.value
      numFlags[n] = (num.decimal ? NUM_DECIMAL : 0) | (num.groupSep ? NUM_GROUPED : 0) | (num.leadingZero ? NUM_LEADING_ZERO : 0)
      digits[n] = Math.min(255, num.digits)
      i = num.end
    } else if ((c === 46 || c === 44) && (n === 0 || end[n - 1] < i) && i + 1 < len && isDigit(text.charCodeAt(i + 1)) && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      // ".25" / ",25" after a space: a decimal without its zero; otherwise the mark is punctuation
      const num = scanLeadingDecimal(text, i, lang)
      if (num) {
        kind[n] = NUM
        value[n] = num.value
        numFlags[n] = NUM_DECIMAL
        digits[n] = Math.min(255, num.digits)
        i = num.end
      } else {
        kind[n] = PUNCT
        i++
      }
    } else if (isLetter(c)) {
      let j = i + 1
      while (j < len && isLetter(text.charCodeAt(j))) j++
      kind[n] = WORD
      i = j
    } else {
      kind[n] = PUNCT
      i++
    }
    end[n] = i
    n++
  }
  // filled, not sparse: a large array of holes falls into V8's slow dictionary mode
  return { text, count: n, kind, start, end, value, numFlags, digits, lineStart, lowerCache: new Array<string | undefined>(n).fill(undefined) }
}

/** The token's text in lower case (cached). */
export function lower(t: Tokens, i: number): string {
  if (i < 0 || i >= t.count) return ''
  let s = t.lowerCache[i]
  if (s === undefined) {
    s = t.text.slice(t.start[i], t.end[i]).toLowerCase()
    t.lowerCache[i] = s
  }
  return s
}

/** The token's text as written. */
export function raw(t: Tokens, i: number): string {
  if (i < 0 || i >= t.count) return ''
  return t.text.slice(t.start[i], t.end[i])
}

/** True when token i+1 follows token i with no whitespace between them. */
export function glued(t: Tokens, i: number): boolean {
  return i >= 0 && i + 1 < t.count && t.end[i] === t.start[i + 1]
}

/** True when token i is a word equal (case-insensitively) to one of `words`. */
export function isWord(t: Tokens, i: number, words: ReadonlySet<string>): boolean {
  return i >= 0 && i < t.count && t.kind[i] === WORD && words.has(lower(t, i))
}

/** True when token i is the punctuation mark `ch`. */
export function isPunct(t: Tokens, i: number, ch: string): boolean {
  return i >= 0 && i < t.count && t.kind[i] === PUNCT && t.text[t.start[i]] === ch
}

/** True when token i starts with an uppercase letter. */
export function isCapitalized(t: Tokens, i: number): boolean {
  if (i < 0 || i >= t.count || t.kind[i] !== WORD) return false
  const s = t.text[t.start[i]]
  return s !== s.toLowerCase() && s === s.toUpperCase()
}

/** True for an apostrophe token (' or ’). */
export function isApostrophe(t: Tokens, i: number): boolean {
  return isPunct(t, i, "'") || isPunct(t, i, '\u2019')
}

/**
 * Matches a phrase of lower-case words (and "'" / "-" tokens) starting at token i.
 * Returns the index after the phrase, or -1.
 */
export function matchPhrase(t: Tokens, i: number, phrase: readonly string[]): number {
  let k = i
  for (const w of phrase) {
    if (k < 0 || k >= t.count) return -1
    if (w === "'") {
      if (!isApostrophe(t, k)) return -1
    } else if (lower(t, k) !== w) return -1
    k++
  }
  return k
}

/** Longest phrase of `index` ending just before token i: its first token, or -1 (one map lookup). */
export function matchIndexBefore<T>(t: Tokens, i: number, index: PhraseIndex<T>): { first: number; data: T; phrase: string[] } | undefined {
  if (i <= 0) return undefined
  for (const e of index.endingWith(lower(t, i - 1))) {
    const s = matchPhraseBefore(t, i, e.phrase)
    if (s >= 0) return { first: s, data: e.data, phrase: e.phrase }
  }
  return undefined
}

/** Longest phrase of `index` starting at token i: the index after it, or undefined. */
export function matchIndexAt<T>(t: Tokens, i: number, index: PhraseIndex<T>): { end: number; data: T; phrase: string[] } | undefined {
  if (i >= t.count) return undefined
  for (const e of index.startingWith(lower(t, i))) {
    const end = matchPhrase(t, i, e.phrase)
    if (end >= 0) return { end, data: e.data, phrase: e.phrase }
  }
  return undefined
}

/** Matches a phrase ending just before token i (exclusive). Returns the index of its first token, or -1. */
export function matchPhraseBefore(t: Tokens, i: number, phrase: readonly string[]): number {
  const first = i - phrase.length
  if (first < 0) return -1
  return matchPhrase(t, first, phrase) === i ? first : -1
}
