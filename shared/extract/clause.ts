// The citable clause of a claim: the part of its sentence a fact-checker would quote, from the clause break before
// the figure to the clause break after it (or after its previous value: "610 …, c'était 200 avant" stays whole
// when the caller passes both spans). Character based, so it works on any text the tokenizer read.
import type { Lang } from '../model'
import { CLAUSE_BREAKS, CLAUSE_OPENERS } from './lexicons/clause'

/** Longest clause kept whole; a longer one is narrowed to whole words around the figure. */
export const MAX_CLAUSE = 320

const WORD_RE = /[\p{L}\p{M}'’-]/u

/** A digit at most one space away from `i` in direction `step`. */
function digitNear(text: string, i: number, step: 1 | -1): boolean {
  let j = i + step
  if (text[j] === ' ') j += step
  return j >= 0 && j < text.length && text[j] >= '0' && text[j] <= '9'
}

function isBreakChar(text: string, i: number): boolean {
  const ch = text[i]
  // "pour faire 2 : 0", "lost 2: 3", "15:05": a colon between digits joins a score or a time, it ends no clause
  if (ch === ':' && digitNear(text, i, -1) && digitNear(text, i, 1)) return false
  if (CLAUSE_BREAKS.includes(ch)) return true
  // a dash between spaces is a break ("– c'était 200 avant"), a hyphen inside a word is not
  return (ch === '–' || ch === '—' || ch === '-') && text[i - 1] === ' ' && text[i + 1] === ' '
}

function wordAt(text: string, i: number): string {
  let j = i
  while (j < text.length && WORD_RE.test(text[j])) j++
  return text.slice(i, j).toLowerCase().replace(/['’].*$/, '')
}

/** True when the comma at `i` opens another clause ("…, mais …", "…, said the minister"). */
function commaBreaks(text: string, i: number, lang: Lang): boolean {
  let j = i + 1
  while (text[j] === ' ') j++
  return CLAUSE_OPENERS[lang].has(wordAt(text, j))
}

const PAIRS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '(': ')', '[': ']' }

/** The bracket opening the one that closes at `i`, no further back than `floor` and with no bracket inside; -1 if none. */
function matchingOpen(text: string, i: number, floor: number): number {
  const open = PAIRS[text[i]]
  for (let j = i - 1; j >= floor; j--) {
    if (text[j] === open) return j
    if (text[j] === text[i] || text[j] === '(' || text[j] === '[') return -1
  }
  return -1
}

/** The bracket closing the one that opens at `i`, before `ceiling` and with no bracket inside; -1 if none. */
function matchingClose(text: string, i: number, ceiling: number): number {
  const close = PAIRS[text[i]]
  for (let j = i + 1; j < ceiling; j++) {
    if (text[j] === close) return j
    if (text[j] === text[i] || text[j] === ')' || text[j] === ']') return -1
  }
  return -1
}

/**
 * The clause of text[sStart, sEnd) holding the span [from, to): its start and end offsets, trimmed of spaces and
 * of punctuation at its ends. Always contains [from, to) and never leaves the sentence.
 */
export function citableClause(text: string, sStart: number, sEnd: number, from: number, to: number, lang: Lang): { start: number; end: number } {
  // never look further than a clause can be kept: bounded work per claim keeps a sentence with thousands of figures linear
  const floor = Math.max(sStart, from - MAX_CLAUSE)
  const ceiling = Math.min(sEnd, to + MAX_CLAUSE)
  let start = from
  while (start > floor) {
    // "fell by 79 000 (-2.8%) to 7.1%": a bracket met from outside is an aside within the clause, passed whole
    const open = text[start - 1] === ')' || text[start - 1] === ']' ? matchingOpen(text, start - 1, floor) : -1
    if (open >= 0) { start = open; continue }
    if (isBreakChar(text, start - 1) || (text[start - 1] === ',' && commaBreaks(text, start - 1, lang))) break
    start--
  }
  let end = to
  while (end < ceiling) {
    const close = text[end] === '(' || text[end] === '[' ? matchingClose(text, end, ceiling) : -1
    if (close >= 0) { end = close + 1; continue }
    if (isBreakChar(text, end) || (text[end] === ',' && commaBreaks(text, end, lang))) break
    end++
  }
  // trim spaces and the sentence's own closing punctuation
  while (start < from && /[\s,]/u.test(text[start])) start++
  while (end > to && /[\s,.!?…]/u.test(text[end - 1])) end--
  if (end - start > MAX_CLAUSE) {
    const room = Math.max(0, MAX_CLAUSE - (to - from))
    let s = Math.max(start, from - Math.floor(room / 2))
    let e = Math.min(end, to + (room - (from - s)))
    // whole words only
    while (s > start && s < from && text[s - 1] !== ' ') s++
    while (e < end && e > to && text[e] !== ' ') e--
    start = s
    end = e
  }
  return { start, end }
}
