// The non-claim stage: each detector recognises one class of figure that names, dates or frames something
// rather than asserting a quantity. They run in this order; the first that answers decides.
import type { Lang } from '../../model'
import type { Figure, NumberExpr } from '../numberExpr'
import type { Tokens } from '../tokens'
import { ageGroupNoun, ageRangeNoun, lastRound, maturity, rankedGroup, sizeBracket } from './categories'
import { clockTime, roundTheClock } from './clock'
import { departmentCode, phone, postcode } from './contact'
import { type Detector, makeContext, type NonClaimReason } from './context'
import { dayOfMonth, decade, eraYear, year } from './dates'
import { ageBound, ageBracket, everyPeriod, framingDuration, frequency, halfOfDuration, hyphenDuration, lastMonths } from './durations'
import { discourseCount, groupReference, pairReference } from './discourse'
import { deniedFigure } from './corrected'
import { numberHomograph } from './homographs'
import { hyperbole, idiom, minuteOfSilence, thinkTwice, vagueDistance } from './hyperbole'
import { listNumber } from './lists'
import { afterName, capitalisedWords, denomination, modelNumber, unionBySize } from './names'
import { rateBase } from './rateBase'
import { documentNumber, reference } from './references'
import { codeAfterName, compoundAdjective, digitCompound, gluedPrefix, gluedSuffix, huge, sectionNumber } from './shape'

export type { NonClaimReason } from './context'

// Shapes first (they are certain), then calendar and clock, references, years, durations, names, contacts, lists.
const DETECTORS: readonly Detector[] = [
  huge, sectionNumber, gluedSuffix, gluedPrefix, codeAfterName, digitCompound, compoundAdjective,
  dayOfMonth, clockTime, roundTheClock, decade,
  reference, year, eraYear,
  framingDuration, ageBracket, ageBound, lastMonths, hyphenDuration, frequency, everyPeriod, halfOfDuration, documentNumber,
  numberHomograph, modelNumber, afterName, capitalisedWords, unionBySize, denomination,
  sizeBracket, rankedGroup, maturity, lastRound, ageGroupNoun, ageRangeNoun,
  phone, postcode, departmentCode, rateBase, listNumber, hyperbole, thinkTwice, minuteOfSilence, idiom, vagueDistance, discourseCount, pairReference, groupReference, deniedFigure
]

/**
 * Decides whether a figure only frames or names something: dates, years, clock times, framing durations,
 * legal references, ordinals, identifiers (COVID-19, A380, CAC 40), phone numbers, postcodes, list numbers,
 * age brackets, names, hyperbole and counts of reasons or ways.
 */
export function nonClaimReason(t: Tokens, expr: NumberExpr, f: Figure, lang: Lang, approxBefore: boolean): NonClaimReason | undefined {
  const c = makeContext(t, expr, f, lang, approxBefore)
  for (const detect of DETECTORS) {
    const reason = detect(c)
    if (reason !== undefined) return reason
  }
  return undefined
}
