// Calendar dates and years: "5 octobre", "October 5", "jeudi 5", "du 16 au 20 novembre", "les années 1990", "en 2023".
import { MONTHS, WEEKDAYS } from '../calendar'
import { DECADE_WORDS, YEAR_CONTEXT, YEAR_QUALIFIED_NOUNS } from '../lexicons/nonClaims'
import * as tokensModule from '../tokens'
import { type Detector, prevWord } from './context'

const { NUM, WORD, isApostrophe, isCapitalized, isPunct, lower } = tokensModule

/** A day of the month next to a month or weekday name. */
export const dayOfMonth: Detector = ({ t, f, expr, a, num, next, nextW, p1 }) => {
  if (!num || f.value < 1 || f.value > 31 || f.decimal || f.unit !== undefined) return undefined
  if (MONTHS[nextW] !== undefined && t.kind[next] === WORD) return 'date'
  // "may" is a month only when capitalised ("on May 5", not "5 may")
  if (MONTHS[p1] !== undefined && !(p1 === 'may' && !isCapitalized(t, a - 1))) return 'date'
  if (isPunct(t, a - 1, '.') && MONTHS[prevWord(t, a - 2)] !== undefined) return 'date'
  if (WEEKDAYS.has(p1)) return 'date'
  // "du 16 au 20 novembre", "5-7 octobre", "between 3 and 5 May"
  if (expr.high && MONTHS[lower(t, expr.high.end)] !== undefined && expr.high.value <= 31) return 'date'
  const c1 = lower(t, f.end)
  if ((c1 === 'au' || c1 === 'et' || c1 === 'and' || c1 === 'to' || c1 === '-') && t.kind[f.end + 1] === NUM && MONTHS[lower(t, f.end + 2)] !== undefined) return 'date'
  if (p1 === 'the' && nextW === 'of' && MONTHS[lower(t, next + 1)] !== undefined) return 'date'
  return undefined
}

/** "the 1990s" (glued "s" is a shape), "les années 1990", "années 90". */
export const decade: Detector = ({ t, f, a, num, p1 }) => {
  if (!num || f.unit !== undefined) return undefined
  if (DECADE_WORDS.has(p1)) return 'year'
  // "the late 80's", "the 1990's": a decade written with an apostrophe
  const v = t.value[a]
  const glued = (k: number): boolean => t.start[k] === t.end[k - 1]
  return f.coreEnd === a + 1 && v % 10 === 0 && (t.digits[a] === 2 || t.digits[a] === 4) && isApostrophe(t, a + 1) && glued(a + 1) && lower(t, a + 2) === 's' && glued(a + 2) ? 'year' : undefined
}

const APPROX_YEAR = new Set(['around', 'circa', 'vers', 'about', 'environ'])
const YEAR_MODALS = new Set(['could', 'would', 'will', 'should', 'may', 'might', 'must', 'saw', 'marks', 'marked', 'promises'])
const YEAR_COPULAS = new Set(['was', 'is', 'has', 'had', 'will'])
const YEAR_COPULA_NEXT = new Set(['a', 'an', 'the', 'also', 'not', 'still', 'another', 'one', 'be', 'been'])

function isStopLike(w: string): boolean {
  return w.length <= 3 || YEAR_CONTEXT.has(w)
}

const YEAR_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'a', 'an', 'whose', 'my', 'your'])
const NAME_DETERMINERS = new Set(['the', 'le', 'la', 'l', 'les', 'of', 'de', 'du', 'des'])

/**
 * True when token k ends a name an edition year may follow: two capitalised words inside the sentence ("World Cup"),
 * or one after a determiner ("the Olympics", "l'Euro"); "In Germany 2000 people" is a sentence opening on a place.
 */
function editionName(t: Parameters<Detector>[0]['t'], k: number): boolean {
  const inside = (i: number): boolean => i > 0 && t.kind[i] === WORD && isCapitalized(t, i) && !isPunct(t, i - 1, '.') && t.lineStart[i] !== 1
  if (!inside(k)) return false
  if (inside(k - 1)) return true
  const d = k - 1 >= 0 && t.kind[k - 1] === WORD ? lower(t, k - 1) : isApostrophe(t, k - 1) ? lower(t, k - 2) : ''
  return NAME_DETERMINERS.has(d)
}

// "in 70 AD", "built by Herod in 25 BC", "en 52 av. J.-C.": an era after a number makes it a year, whatever its size
const ERAS = new Set(['ad', 'bc', 'bce', 'ce', 'av', 'apr'])

export const eraYear: Detector = ({ t, f, next, nextW }) => {
  if (f.unit !== undefined || f.decimal || t.kind[next] !== WORD || !ERAS.has(nextW)) return undefined
  // "AD"/"BC" are written in capitals; "av."/"apr." come before "J.-C."
  if (nextW === 'av' || nextW === 'apr') return isPunct(t, next + 1, '.') && lower(t, next + 2) === 'j' ? 'year' : undefined
  const raw = t.text.slice(t.start[next], t.end[next])
  return raw === raw.toUpperCase() ? 'year' : undefined
}

/** A four-digit figure in 1000–2199 is a year unless a common noun after it says it counts something. */
export const year: Detector = ({ t, f, a, lang, approxBefore, next, nextW, p1 }) => {
  if (!f.yearLike) return undefined
  // "jusqu'à 2015", "until 2030": the approximator "up to" of a count is a deadline before a year
  const deadline = (p1 === 'à' && lower(t, a - 3) === 'jusqu') || p1 === 'until' || p1 === 'till' || p1 === 'beyond' || (p1 === 'de' && lower(t, a - 2) === 'delà')
  const nextIsNoun = t.kind[next] === WORD && !isCapitalized(t, next) && !isStopLike(nextW) && MONTHS[nextW] === undefined
  // "around 1997, …", "vers 2010": an approximate year; "about 1500 people" counts
  const approxYear = approxBefore && !nextIsNoun && t.value[a] >= 1900 && t.value[a] <= 2100 && APPROX_YEAR.has(p1)
  if (approxBefore && !approxYear && !(deadline && !(t.kind[next] === WORD && !isStopLike(nextW)))) return undefined
  // "2013 could be a turning point", "2012 was a record year": a year the sentence talks about
  if (lang === 'en' && t.value[a] >= 1950 && t.value[a] <= 2050 && (YEAR_MODALS.has(nextW) || (YEAR_COPULAS.has(nextW) && YEAR_COPULA_NEXT.has(lower(t, next + 1))))) return 'year'
  // "the World Cup 2010 playoffs", "Euro 2012", "Paris 2024": a year after a capitalised name names its edition
  if (t.value[a] >= 1900 && t.value[a] <= 2100 && editionName(t, a - 1)) return 'year'
  // "its 2008 level", "their 2010 figures": a year qualifying a noun of data or of a yearly event
  // after a determiner only: "2000 models were sold" counts them
  if (t.value[a] >= 1900 && t.value[a] <= 2100 && t.kind[next] === WORD && YEAR_QUALIFIED_NOUNS.has(nextW) && YEAR_DETERMINERS.has(p1)) return 'year'
  // "a 2006 study", "an 1890 census": a year qualifying the noun after it
  const englishArticle = lang === 'en' && (p1 === 'a' || p1 === 'an')
  return !nextIsNoun || YEAR_CONTEXT.has(p1) || englishArticle || p1 === '' || MONTHS[p1] !== undefined ? 'year' : undefined
}

export { isStopLike }
