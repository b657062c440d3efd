import type { Lang } from '../model'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'
import { unitIndex } from './units'
import { readWrittenNumber } from './writtenNumbers'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, NUM_DECIMAL, WORD, lower, matchPhrase } = tokensModule

/**
 * The words joining a share's two figures: "one in three", "8 out of 10", "un sur cinq", "one over twenty".
 * One convention for all: the value is the share, numerator / denominator (1/3), as a ratio.
 */
const LINKS: Record<Lang, readonly (readonly string[])[]> = {
  en: [['out', 'of'], ['in'], ['over']],
  fr: [['sur']]
}

const isYearLike = (t: Tokens, k: number): boolean =>
  t.kind[k] === NUM && (t.numFlags[k] & NUM_DECIMAL) === 0 && t.digits[k] === 4 && t.value[k] >= 1000 && t.value[k] <= 2199

/** An integer figure at token k, in digits or words, with the token after it. */
function wholeAt(t: Tokens, k: number, lang: Lang): { value: number; end: number } | undefined {
  if (t.kind[k] === NUM) {
    if ((t.numFlags[k] & NUM_DECIMAL) !== 0 || isYearLike(t, k)) return undefined
    return { value: t.value[k], end: k + 1 }
  }
  if (t.kind[k] !== WORD) return undefined
  const w = readWrittenNumber(t, k, lang)
  if (!w || w.first !== k || w.fraction || w.approx) return undefined
  return { value: w.value, end: w.end }
}

/** True when a unit starts at token k ("24 heures sur 24 heures", "5 in 10 years" are not shares). */
function unitAt(t: Tokens, k: number, lang: Lang): boolean {
  return unitIndex(lang).startingWith(lower(t, k)).some((u) => matchPhrase(t, k, u.phrase) > k)
}

/**
 * Reads "X in Y" / "X sur Y" / "X out of Y" / "X over Y" right after the figure X (tokens coreFirst..coreEnd, value x):
 * the share and the token after Y, or undefined. "in" needs a small numerator (1–10) below the total, "over" a total
 * that ends the phrase ("over 3 years" is a duration), and no total may be a year or carry a unit.
 */
export function readRatio(t: Tokens, coreFirst: number, coreEnd: number, x: number, lang: Lang): { value: number; end: number } | undefined {
  if (!Number.isInteger(x) || x <= 0 || isYearLike(t, coreFirst) || unitAt(t, coreEnd, lang)) return undefined
  for (const link of LINKS[lang]) {
    const k = matchPhrase(t, coreEnd, link)
    if (k < 0) continue
    const y = wholeAt(t, k, lang)
    if (!y || y.value <= 0 || unitAt(t, y.end, lang)) return undefined
    const word = link[0]
    if (word === 'in' && (x > 10 || x >= y.value)) return undefined
    if ((word === 'out' || word === 'sur') && x > y.value) return undefined
    if (word === 'over' && t.kind[y.end] === WORD) return undefined
    return { value: x / y.value, end: y.end }
  }
  return undefined
}
