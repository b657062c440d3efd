import type { Lang, Period } from '../../model'
import { PERIOD_LEXICON_EN } from '../lexicons/period.en'
import { PERIOD_LEXICON_FR } from '../lexicons/period.fr'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import type { SourceDate } from './sourceDate'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, NUM_DECIMAL, NUM_GROUPED } = tokensModule

// A rate or an ordinal reads the same in either language's text, so both lexicons are merged.
export const PER: Readonly<Record<string, Period['per']>> = { ...PERIOD_LEXICON_FR.perUnits, ...PERIOD_LEXICON_EN.perUnits }
export const ADVERB_PER: Readonly<Record<string, Period['per']>> = { ...PERIOD_LEXICON_FR.perAdverbs, ...PERIOD_LEXICON_EN.perAdverbs }
export const ORDINAL_WORDS: Readonly<Record<string, number>> = { ...PERIOD_LEXICON_FR.ordinals, ...PERIOD_LEXICON_EN.ordinals }

/** One sentence being scanned: its tokens, the source date, the lower-cased word at k (empty past the end) and the output. */
export interface Scan {
  t: Tokens
  end: number
  lang: Lang
  src: SourceDate
  w: (k: number) => string
  /** Records the period on tokens [a, b). */
  add: (a: number, b: number, p: Omit<Period, 'text'>) => void
}

/** A matcher tries one shape of period at token k: the token after it when it matched, else -1. */
export type Matcher = (s: Scan, k: number) => number

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** A plain four-digit year 1800–2199 at k ("2023", not "2 023" nor "2023.5"). */
export function yearAt(t: Tokens, k: number): number | undefined {
  if (k < 0 || k >= t.count || t.kind[k] !== NUM) return undefined
  if ((t.numFlags[k] & (NUM_DECIMAL | NUM_GROUPED)) !== 0 || t.digits[k] !== 4) return undefined
  const v = t.value[k]
  return v >= 1800 && v <= 2199 ? v : undefined
}

/** The last day of month m of year y, as an ISO date. */
export function monthEnd(y: number, m: number): string {
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
  return `${y}-${pad(m)}-${pad(days)}`
}
