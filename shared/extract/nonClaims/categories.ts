// Figures that define a category rather than assert a quantity: population and firm-size brackets ("les entreprises
// de 20 à 49 salariés", "des enfants de 9 à 13 ans", "companies employing over 20 persons"), ranked groups ("the 25
// most prosperous regions", "les 25 régions les moins prospères"), maturities ("les obligations à 10 ans") and
// rounds ("the last 16").
import { BRACKET_LINKS, MATURITY_NOUNS, POPULATION_HEADS, ROUND_LAST, SUPERLATIVES } from '../lexicons/nonClaims'
import * as tokensModule from '../tokens'
import { TIME_UNIT_CODES } from '../units'
import { type Detector, prevWord } from './context'
import { isStopLike } from './dates'

const { NUM, WORD, isApostrophe, isPunct, lower } = tokensModule

type Toks = Parameters<Detector>[0]['t']

/** First token before `a` once a threshold ("plus de", "moins de", "more than", "over", "under") is skipped, and whether there was one. */
function skipThreshold(t: Toks, a: number): { k: number; threshold: boolean } {
  const k = a - 1
  const w = lower(t, k)
  if ((w === 'de' || (isApostrophe(t, k) && lower(t, k - 1) === 'd')) && (lower(t, k - (w === 'de' ? 1 : 2)) === 'plus' || lower(t, k - (w === 'de' ? 1 : 2)) === 'moins')) return { k: k - (w === 'de' ? 2 : 3), threshold: true }
  if (w === 'than' && (lower(t, k - 1) === 'more' || lower(t, k - 1) === 'fewer' || lower(t, k - 1) === 'less')) return { k: k - 2, threshold: true }
  if (w === 'over' || w === 'under' || w === 'above' || w === 'below') return { k: k - 1, threshold: true }
  return { k, threshold: false }
}

/** "les entreprises de 20 à 49 salariés", "des enfants de 9 à 13 ans", "children between 12 and 15", "firms employing over 20 people". */
export const sizeBracket: Detector = ({ t, f, expr, a }) => {
  // a category is sized in people, firms or years, never in money, percentages, measures or scaled amounts
  if (f.scaled || f.kind === 'money' || (f.unit !== undefined && !TIME_UNIT_CODES.has(f.unit))) return undefined
  const skipped = skipThreshold(t, a)
  const threshold = skipped.threshold
  const k = isApostrophe(t, skipped.k) ? skipped.k - 1 : skipped.k
  if (!(t.kind[k] === WORD && BRACKET_LINKS.has(lower(t, k)))) return undefined
  // a single figure after "de" is a count ("une délégation de 20 députés"): a range or a threshold makes a bracket
  const range = expr.high !== undefined && expr.high.value > f.value
  if (!range && !threshold) return undefined
  // the population named before the link, maybe with one adjective after it ("entreprises privées", "enfants tchèques")
  const head = prevWord(t, k - 1)
  return POPULATION_HEADS.has(head) || POPULATION_HEADS.has(prevWord(t, k - 2)) ? 'bracket' : undefined
}

/** "the 25 most prosperous regions", "the 25 regions with the lowest unemployment", "les 25 régions … les plus prospères". */
export const rankedGroup: Detector = ({ t, f, next, p1, a, num }) => {
  // "the FTSE's top 10 percentage fallers", "a top-five finish", "le top 5 des ventes": a ranked group named by its size
  // ("the top 5%" is a share: a percent sign or "percent" right after the digits)
  const after = lower(t, f.coreEnd)
  if ((p1 === 'top' || (isPunct(t, a - 1, '-') && lower(t, a - 2) === 'top')) && (num || f.written) && f.value <= 100 && !f.decimal &&
    after !== '%' && after !== 'percent' && after !== 'per' && after !== 'pour' && t.kind[next] !== NUM) return 'name'
  if (f.unit !== undefined || f.scaled || f.decimal) return undefined
  // "22 carat gold", "24 carats": a purity, a grade of the metal
  if (Number.isInteger(f.value) && f.value <= 24 && (lower(t, next) === 'carat' || lower(t, next) === 'carats' || lower(t, next) === 'karat')) return 'name'
  if (!(p1 === 'the' || p1 === 'les' || p1 === 's')) return undefined
  for (let k = next; k < next + 5 && k < t.count; k++) {
    const w = lower(t, k)
    if (SUPERLATIVES.has(w)) return 'name'
    if ((w === 'plus' || w === 'moins') && (k === next || lower(t, k - 1) === 'les')) return 'name'
    if (t.kind[k] !== WORD) break
  }
  return undefined
}

/** "les obligations à 10 ans", "le taux à 30 ans": an instrument named by its maturity. */
export const maturity: Detector = ({ t, f, a, p1 }) =>
  // "le taux à 10 ans", "les obligations italiennes à 10 ans": the noun may carry an adjective or two
  f.unit === 'year' && p1 === 'à' && [2, 3, 4].some((d) => MATURITY_NOUNS.has(prevWord(t, a - d))) ? 'name' : undefined

/** "the last 16", "the last eight": a round of a competition, with no noun after it. */
export const lastRound: Detector = ({ t, f, next, p1 }) =>
  p1 === 'last' && ROUND_LAST.has(f.value) && f.unit === undefined && !(t.kind[next] === WORD && !isStopLike(lower(t, next))) ? 'name' : undefined

const AGE_GROUP_ARTICLES = new Set(['an', 'a', 'the', 'les', 'un', 'une', 'des', 'aux'])

const AGE_NOUNS = new Set(['ages', 'age', 'âges', 'âge'])
const AGE_RANGE_WORDS = new Set(['aged', 'âgés', 'âgées', 'agés'])

/** "the share of 25-34 year-olds", "18 to 24-year-olds", "between the ages of zero to 14", "âgés de 15 à 24 ans": an age group. */
export const ageRangeNoun: Detector = ({ t, expr, a, p1 }) => {
  const high = expr.high
  // a range of ages after "the ages of" / "aged" / "âgés de" names a group of people, not a figure
  if (high && (high.unit === 'year' || high.unit === undefined) && a === expr.low.coreFirst) {
    const before = p1 === 'of' || p1 === 'de' || p1 === 'between' || p1 === 'entre' ? lower(t, a - 2) : p1
    if (AGE_NOUNS.has(before) || AGE_RANGE_WORDS.has(before) || (p1 === 'between' && AGE_RANGE_WORDS.has(lower(t, a - 2)))) return 'bracket'
  }
  if (!high || (high.unit !== 'year' && high.unit !== undefined)) return undefined
  let k = high.end
  if (high.unit === undefined) {
    if (!(isPunct(t, k, '-') && (lower(t, k + 1) === 'year' || lower(t, k + 1) === 'years'))) return undefined
    k += 2
  }
  if (isPunct(t, k, '-')) k++
  return lower(t, k) === 'olds' ? 'bracket' : undefined
}

/** "privacy for an under 16", "les moins de 25 ans" as a noun: an age group named by its bound after an article. */
export const ageGroupNoun: Detector = ({ t, f, a, p1 }) => {
  if (f.unit !== undefined && f.unit !== 'year') return undefined
  if (!((p1 === 'under' || p1 === 'over') && AGE_GROUP_ARTICLES.has(lower(t, a - 2)))) return undefined
  return f.value >= 10 && f.value <= 99 && Number.isInteger(f.value) ? 'bracket' : undefined
}
