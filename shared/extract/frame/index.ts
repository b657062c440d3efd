// The frame stage: what shape a figure's claim has — a level, a range ("100 à 150"), a change from a previous value
// ("passé de 35 à 50"), a change with its sign ("en baisse de 0,4 point"), a comparison ("2 % de moins").
import type { ClaimKind, Lang, Previous } from '../../model'
import { ageCompoundLength, isAgeCompound } from '../ageCompound'
import { appositiveAgeOf } from '../apposition'
import { type NumberExpr, indexPointsAt } from '../numberExpr'
import { directionOf, isChangeWord } from '../direction'
import { CHANGE_NOUNS_AFTER_FIGURE } from '../lexicons/direction'
import { isChangeIntro } from '../shapes'
import { isScoreSide } from '../score'
import { stemOf } from '../stems'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { AFTER_CHANGE, changeDirection, changeIntroBefore, gappedChangeBefore } from './change'
import { comparativeAt, countDifferenceAfter } from './comparative'

export { attachPrevious, fromAcrossTime, grewTo, previousByAnaphora, thenNow } from './previous'
export { ratioBefore, type Ratio } from './ratio'

const { WORD, isCapitalized, isPunct, lower } = tokensModule

const THRESHOLD_BOUNDS = new Set(['below', 'under', 'above', 'over', 'beneath', 'beyond', 'past', 'sous', 'au-dessous', 'au-dessus', 'en-dessous', 'dessous', 'dessus'])
const COPULAS_BEFORE_UP_DOWN = new Set(['is', 'are', 'was', 'were', 'be', 'been', 's', 'remains', 'remained'])
// nouns of change that follow their figure in English ("a 13% drop", "a 4 per cent rise")
const CHANGE_NOUNS_AFTER = new Set(CHANGE_NOUNS_AFTER_FIGURE.en)

/** A figure's frame: its value (signed), upper bound, previous value, kind, unit and last token. */
export interface Frame {
  value: number
  valueHigh?: number
  previous?: Previous
  kind: ClaimKind
  unit?: string
  end: number
}

const DECIMAL_PARTS = new Set(['tenth', 'tenths', 'hundredth', 'hundredths', 'dixième', 'dixièmes', 'centième', 'centièmes'])

const AGED: Record<Lang, ReadonlySet<string>> = { en: new Set(['aged', 'age', 'turned', 'turns', 'turning']), fr: new Set(['âgé', 'âgée', 'âgés', 'âgées']) }
// "he's 19", "she is 45", "I was 12": a person and a copula, read from the text before the figure
const PERSON_IS = /(?:^|[\s,;:"«(])(?:he|she|i)(?:'s|'m| is| am| was)$/

/**
 * "Joseph, aged 14,", "âgé de 14", "since I turned forty", "he's 19.": a bare number after a word of age, or after a
 * person and a copula with nothing counted after it, is an age in years.
 */
function bareAge(t: Tokens, first: number, end: number, value: number, lang: Lang): boolean {
  if (t.kind[end] === WORD && !(lower(t, end) === 'and' || lower(t, end) === 'et')) return false
  if (!Number.isInteger(value) || value <= 0 || value >= 120) return false
  let p = first - 1
  if (lang === 'fr' && lower(t, p) === 'de') p--
  if (p < 0) return false
  if (AGED[lang].has(lower(t, p))) return true
  if (lang !== 'en') return false
  // "Giffords, 41, responded", "Anthony Orozco, 19, a community college student": a press age between commas after a
  // name; a capitalised word after it is a list of names and counts ("Piqué, 37, Busquets, 36")
  const after = lower(t, end + 1)
  const listGoesOn = (after === 'and' || after === 'or') && isCapitalized(t, end + 2)
  if (isPunct(t, first - 1, ',') && isPunct(t, end, ',') && t.kind[end + 1] === WORD && !isCapitalized(t, end + 1) && !listGoesOn && appositiveAgeOf(t, first, end)) return true
  const before = t.text.slice(t.start[Math.max(0, p - 3)], t.end[p]).toLowerCase().replace(/\u2019/g, "'")
  return PERSON_IS.test(before)
}

/** -1 for a verb of dividing, 1 for one of multiplying, before "by"/"par" and the figure at `k`; else 0. */
function factorVerbBefore(t: Tokens, k: number, lang: Lang): -1 | 0 | 1 {
  if (lower(t, k - 1) !== (lang === 'en' ? 'by' : 'par') || t.kind[k - 2] !== WORD) return 0
  const stem = stemOf(lower(t, k - 2), lang)
  if (stem === 'divid' || stem === 'divis') return -1
  return stem === 'multipli' || stem === 'multipl' ? 1 : 0
}

/** Reads the frame of `expr`; `approxFirst` is the first token of an approximator before it ("près de"), if any. */
export function frameOf(t: Tokens, expr: NumberExpr, approxFirst: number | undefined, lang: Lang): Frame {
  const fig = expr.low
  // "a baissé jusqu'à 5 %", "rose up to 5%": a bound reached is a level, so the change is read from the figure itself
  const toLevel = approxFirst !== undefined && lower(t, approxFirst - 1) !== 'by' && lower(t, approxFirst - 1) !== 'de' &&
    (lower(t, approxFirst) === 'jusqu' || (lower(t, approxFirst) === 'up' && lower(t, approxFirst + 1) === 'to'))
  const approx = approxFirst !== undefined && !toLevel ? { first: approxFirst } : undefined
  let value = fig.value
  let valueHigh: number | undefined
  let previous: Previous | undefined
  let kind = fig.kind
  let unit = fig.unit
  const first = fig.first
  let end = fig.end
  // "this award is regularly divided by two", "multiplié par trois": the factor applied, 1/2 and 3
  const factor = !expr.high && unit === undefined && !fig.fraction && value > 1 ? factorVerbBefore(t, fig.coreFirst, lang) : 0
  if (factor !== 0) {
    value = factor < 0 ? 1 / value : value
    kind = 'ratio'
  }
  if (expr.high) {
    const high = expr.high
    // "passant 59 000 à 46 000", "went 12 to 15": a verb of movement right before the pair moves it, "de" or not
    const before = lower(t, (approx ? approx.first : fig.first) - 1)
    const moved = expr.intro === undefined && t.kind[fig.first - 1] === WORD && isChangeWord(before, lang) && directionOf(before, lang) === 0
    const change = moved || ((expr.intro === 'de' || expr.intro === 'from') && (isChangeIntro(t, expr.introTok, lang) || high.value < fig.value))
    if (change) {
      value = high.value
      previous = { value: fig.value }
      kind = high.kind
      unit = high.unit ?? unit
    } else if (high.value > fig.value) {
      valueHigh = high.value
      unit = unit ?? high.unit
      kind = unit === high.unit ? high.kind : kind
    }
    end = high.end
  }
  // "the Dow shed 45 points": index points move like a rate
  const rateOrAmount = unit === '%' || unit === 'pp' || kind === 'money' || (unit === undefined && !expr.high && indexPointsAt(t, fig.coreFirst, fig.end))
  // "lost 2: 3", "won 2-1": a side of a match score is a count, not a change
  let changeAt = isScoreSide(t, fig.coreFirst, fig.coreEnd) ? -1 : changeIntroBefore(t, approx ? approx.first : first, lang, rateOrAmount)
  // "has fallen below 9%", "est passé sous les 5 %", "rose above 4%": a level crossed, not the size of the change
  if (changeAt >= 0 && approx && changeAt === approx.first - 1 && THRESHOLD_BOUNDS.has(lower(t, approx.first))) changeAt = -1
  // the word of change stops where it was found, or at the earlier rate whose verb this one shares
  let changeTo = approx ? approx.first : first
  if (changeAt < 0 && !expr.high && (unit === '%' || unit === 'pp')) {
    const gapped = gappedChangeBefore(t, approx ? approx.first : first, lang)
    if (gapped) {
      changeAt = gapped.at
      changeTo = gapped.to
    }
  }
  // a bare "up"/"down" makes a change of a rate or an amount ("up 4%"), not of people ("brought down two mayors")
  // ("enrollment is down 89 this year": after a copula it is the change of what the clause's subject counts)
  const bareUpDown = changeAt >= 0 && changeAt === (approx ? approx.first : first) - 1 && (lower(t, changeAt) === 'up' || lower(t, changeAt) === 'down') &&
    !COPULAS_BEFORE_UP_DOWN.has(lower(t, changeAt - 1)) && !fig.decimal &&
    // ", down 476 –", "(up 12)": after a mark it qualifies what the clause counts
    !((isPunct(t, changeAt - 1, ',') || isPunct(t, changeAt - 1, '(') || isPunct(t, changeAt - 1, ';')))
  if (changeAt >= 0 && !previous && kind !== 'ratio' && !(bareUpDown && unit === undefined && !rateOrAmount)) kind = 'change'
  // "it fell four tenths to 100.4 points", "a baissé de trois dixièmes": tenths of an index are an amount of change,
  // not a share ("down by a quarter" stays a ratio)
  if (changeAt >= 0 && !previous && kind === 'ratio' && fig.fraction && DECIMAL_PARTS.has(lower(t, fig.coreEnd - 1))) kind = 'change'
  // "soit 1,2 % de moins qu'en 2021", "6% lower than"
  const after1 = lower(t, end)
  if ((kind === 'percent' || kind === 'count') && (AFTER_CHANGE.has(after1) || AFTER_CHANGE.has(`${after1} ${lower(t, end + 1)}`)) && !previous) kind = 'change'
  // "12 % plus élevés qu'en 2010", "0.5% below its level", "3 euros moins cher": a rate or an amount compared
  const comparative = !previous && kind !== 'ratio' && (unit === '%' || unit === 'pp' || kind === 'money') ? comparativeAt(t, end, lang) : 0
  // "200 salariés de moins qu'en 2010", "1 000 chômeurs de plus"
  const difference = !previous && kind === 'count' && comparative === 0 ? countDifferenceAfter(t, end, lang) : 0
  if (comparative !== 0 || difference !== 0) kind = 'change'
  // "a 13% drop", "a 4 per cent rise", "a 2-point fall": the noun of change right after a rate or an amount
  const nounAfter = !previous && kind !== 'ratio' && (unit === '%' || unit === 'pp' || kind === 'money') && t.kind[end] === WORD && CHANGE_NOUNS_AFTER.has(lower(t, end))
  if (nounAfter) kind = 'change'
  // a decrease is negative: "en baisse de 0,4 point", "ont chuté de 34 %", "a fall of 3 points", "2 % de moins"
  let direction = nounAfter && changeAt < 0 ? directionOf(lower(t, end), lang) : changeDirection(t, changeAt, changeTo, end, lang)
  if (direction === 0) direction = comparative || difference
  if (kind === 'change' && value > 0 && direction < 0) {
    const low = value
    value = -(valueHigh ?? low)
    valueHigh = valueHigh !== undefined ? -low : undefined
  }
  // "a 21-year-old", "un homme de 32-ans": an age, in years
  if (unit === undefined && kind === 'count' && isAgeCompound(t, end)) {
    unit = 'year'
    kind = 'quantity'
    end += ageCompoundLength(t, end)
  } else if (unit === 'year' && isPunct(t, end, '-') && lower(t, end - 1) === 'year' && (lower(t, end + 1) === 'old' || lower(t, end + 1) === 'olds')) {
    // "a young 34 year-old man": the figure spaced from its compound
    end += 2
  } else if (unit === undefined && kind === 'count' && !expr.high && bareAge(t, first, end, value, lang)) {
    unit = 'year'
    kind = 'quantity'
  }
  return { value, valueHigh, previous, kind, unit, end }
}
