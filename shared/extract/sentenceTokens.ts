import type { Sentences } from './sentences'
import type { Tokens } from './tokens'

function firstTokenAtOrAfter(t: Tokens, pos: number): number {
  let lo = 0
  let hi = t.count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (t.start[mid] < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Token range [first, end) of sentence `idx` (the whole text when idx < 0). */
export function sentenceTokens(t: Tokens, s: Sentences, idx: number): { first: number; end: number } {
  if (idx < 0) return { first: 0, end: t.count }
  return { first: firstTokenAtOrAfter(t, s.starts[idx]), end: firstTokenAtOrAfter(t, s.ends[idx]) }
}

