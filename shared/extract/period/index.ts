import type { Lang, Period } from '../../model'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { matchEarlyLate, matchInYearOrMonth, matchQuarter } from './calendarDates'
import { matchByYear, matchGluedYears, matchYearRange } from './ranges'
import { matchRate } from './rates'
import { matchLastMonthFr, matchLastYearFr, matchPastYear, matchThisOrLast } from './relative'
import type { Matcher, Scan } from './scan'
import { matchSince } from './since'
import type { SourceDate } from './sourceDate'

export { type SourceDate, parseSourceDate } from './sourceDate'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, WORD, lower } = tokensModule

/** A period expression found in a sentence: its tokens and what it means. */
export interface PeriodMatch {
  first: number
  end: number
  period: Period
}

// Every word that can start a period expression (see findPeriods).
const TRIGGER_WORDS: ReadonlySet<string> = new Set(
  'chaque each every per par tous toutes a an quotidiennement annuellement mensuellement daily nightly weekly monthly annually yearly hebdomadairement depuis since en in during courant pour for sur l last this cette ce le au du over entre de from between d by début fin early late'
    .split(' ')
)

// Tried in this order at each token; the first that matches wins (a rate before a date, a date before a range).
const MATCHERS: readonly Matcher[] = [
  matchRate, matchSince, matchInYearOrMonth, matchLastYearFr, matchThisOrLast, matchLastMonthFr, matchQuarter,
  matchYearRange, matchGluedYears, matchByYear, matchEarlyLate, matchPastYear
]

/** True when no period expression can start at token k: a word that is no trigger word. */
function cannotStart(t: Tokens, k: number): boolean {
  return t.kind[k] === WORD && (t.end[k] - t.start[k] > 15 || !TRIGGER_WORDS.has(lower(t, k)))
}

/** Finds period expressions in tokens [first, end), resolved against the source date. */
export function findPeriods(t: Tokens, first: number, end: number, lang: Lang, src: SourceDate): PeriodMatch[] {
  const out: PeriodMatch[] = []
  const scan: Scan = {
    t, end, lang, src,
    w: (k) => (k < end ? lower(t, k) : ''),
    add: (a, b, p) => {
      const period: Period = { text: t.text.slice(t.start[a], t.end[b - 1]) }
      if (p.start !== undefined) period.start = p.start
      if (p.end !== undefined) period.end = p.end
      if (p.per !== undefined) period.per = p.per
      out.push({ first: a, end: b, period })
    }
  }
  let k = first
  while (k < end) {
    if ((t.kind[k] !== WORD && t.kind[k] !== NUM) || cannotStart(t, k)) { k++; continue }
    let next = -1
    for (const match of MATCHERS) {
      next = match(scan, k)
      if (next >= 0) break
    }
    k = next >= 0 ? next : k + 1
  }
  return out
}
