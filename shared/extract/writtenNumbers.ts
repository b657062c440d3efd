import type { Lang } from '../model'
import { AMBIGUOUS_MULTIPLIERS, MULTIPLIER_ENDINGS, MULTIPLIER_STEMS, MULTIPLIER_WORDS, NOUN_DETERMINERS, PLURAL_MULTIPLIERS, TWICE_IDIOMS } from './lexicons/multipliers'
import { DENOMINATORS as ORDINALS, type Denominator } from './lexicons/ordinals'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'
import { unitIndex } from './units'
import { nonNounClass } from './lexicons/nonNouns'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, WORD, glued, isApostrophe, isCapitalized, isPunct, lower, matchPhrase } = tokensModule

const FR: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
  cent: 100, cents: 100, mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
  billion: 1e12, billions: 1e12
}

const EN: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, nought: 0, naught: 0, lakh: 1e5, lakhs: 1e5,
  crore: 1e7, crores: 1e7
}

/** "une dizaine", "des centaines", "dozens", "thousands": round figures that are approximate by nature. */
const COLLECTIVES: Record<Lang, Record<string, number>> = {
  fr: {
    dizaine: 10, dizaines: 10, douzaine: 12, douzaines: 12, quinzaine: 15, vingtaine: 20, vingtaines: 20,
    trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, centaines: 100,
    millier: 1e3, milliers: 1e3, millions: 1e6, milliards: 1e9
  },
  en: { dozen: 12, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, scores: 20 }
}

const ARTICLE_ONE: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['un', 'une']),
  en: new Set(['a', 'an', 'one'])
}

const NOT_BEFORE_HALF = new Set(['first', 'second', 'third', 'fourth', 'last', 'other', 'the', 'this', 'that', 'next', 'latter', 'former', 'top', 'bottom', 'back', 'better', 'lower', 'upper', 'northern', 'southern', 'eastern', 'western'])
const AFTER_HALF = new Set(['of', 'the', 'their', 'its', 'his', 'her', 'our', 'all', 'those', 'these', 'my', 'your', 'them', 'that', 'this'])

/** A figure written in words. */
export interface WrittenNumber {
  /** First token of the figure. */
  first: number
  /** Token index after the figure. */
  end: number
  value: number
  /** Fractions ("deux tiers", "half") are ratios. */
  fraction: boolean
  /** Collective nouns ("des centaines", "a dozen") are approximate: the words to quote as approx. */
  approx: boolean
  /** True when the figure contains a scale word (mille, million…), which makes it a real figure. */
  scaled: boolean
  /** Number of number words read. */
  words: number
}

function wordValue(t: Tokens, k: number, lang: Lang): number | undefined {
  if (k < 0 || k >= t.count || t.kind[k] !== WORD) return undefined
  const w = lower(t, k)
  const v = (lang === 'fr' ? FR : EN)[w]
  if (v !== undefined) return v
  if (lang === 'en' && (w === 'a' || w === 'an')) return undefined
  return undefined
}

/** Reads a cardinal in words from token i: "trois mille cinq cents", "quatre-vingt-dix-sept", "one hundred and twenty". */
interface Cardinal {
  end: number
  value: number
  scaled: boolean
  words: number
  /** Value before the last word, the last word's value and how it was joined: for "one hundred thirty fifths". */
  beforeLast: number
  lastValue: number
  lastJoin: 'space' | 'hyphen' | 'and'
  /** Value before the last "and"/"et" ("one hundred and three quarters" is 100 and 3/4). */
  beforeAnd?: number
}

function readCardinal(t: Tokens, i: number, lang: Lang): Cardinal | undefined {
  let k = i
  let total = 0
  let current = 0
  let lastAdd = 0
  let words = 0
  let scaled = false
  let end = i
  let beforeLast = 0
  let lastValue = 0
  let join: Cardinal['lastJoin'] = 'space'
  let lastJoin: Cardinal['lastJoin'] = 'space'
  let beforeAnd: number | undefined
  let lastWordAt = i
  // "a hundred", "a million"
  if (lang === 'en' && t.kind[k] === WORD && (lower(t, k) === 'a' || lower(t, k) === 'an')) {
    const nv = wordValue(t, k + 1, lang)
    if (nv === undefined || nv < 100) return undefined
    current = 1
    k++
  }
  for (;;) {
    const v = wordValue(t, k, lang)
    if (v === undefined) break
    const before = total + current
    if (v === 100) {
      if (lastAdd === 100) break
      // "two hundred and four hundred thousand", "deux cents et quatre cent mille": a second hundred in one group starts
      // another number (a range's bound); this one ends before the words that led to it
      if (current >= 100) {
        if (lastJoin === 'and') return cardinalEndingAt(t, i, lastWordAt - 1, beforeLast, words - 1, scaled)
        return cardinalEndingAt(t, i, lastWordAt, beforeLast, words - 1, scaled)
      }
      current = (current === 0 ? 1 : current) * 100
      lastAdd = 100
    } else if (v >= 1000) {
      // "mille milliards" = 10^12: a larger scale multiplies what came before
      if (current === 0 && total > 0 && total < v) total *= v
      else total += (current === 0 ? 1 : current) * v
      current = 0
      lastAdd = 0
      scaled = true
    } else if (v === 20 && lastAdd === 4 && lang === 'fr') {
      current += 76 // quatre-vingt(s)
      lastAdd = 20
    } else {
      if (lastAdd !== 0 && !(lastAdd >= 10 && lastAdd > v && lastAdd % 10 === 0)) break
      current += v
      lastAdd = v
    }
    words++
    end = k + 1
    lastWordAt = k
    beforeLast = before
    lastValue = v
    lastJoin = join
    if (join === 'and') beforeAnd = before
    // connectors: "-", "et" (vingt et un), "and" (one hundred and twenty), a spaced dash between tens and units
    // ("fifty - two", as transcripts write it)
    const next = k + 1
    const tens = lastAdd >= 20 && lastAdd < 100 && lastAdd % 10 === 0
    if (isPunct(t, next, '-') && glued(t, k) && glued(t, next) && wordValue(t, next + 1, lang) !== undefined) {
      k = next + 1
      join = 'hyphen'
    } else if (isPunct(t, next, '-') && tens && !glued(t, k) && ((wordValue(t, next + 1, lang) ?? 10) < 10)) {
      k = next + 1
      join = 'hyphen'
    } else if (t.kind[next] === WORD && (lower(t, next) === 'et' || lower(t, next) === 'and') && wordValue(t, next + 1, lang) !== undefined && (lower(t, next) === 'et' ? frenchEt(lastAdd, wordValue(t, next + 1, lang)) : lastAdd === 100 || lastAdd === 0)) {
      k = next + 1
      join = 'and'
    } else if (wordValue(t, next, lang) !== undefined && t.kind[next] === WORD) {
      k = next
      join = 'space'
    } else break
  }
  if (words === 0) return undefined
  return { end, value: total + current, scaled, words, beforeLast, lastValue, lastJoin, beforeAnd }
}

/**
 * "vingt et un", "soixante et onze" (and the looser "vingt et trois"): French joins a ten and a unit or eleven with
 * "et", never a hundred ("deux cents et quatre cent mille" are two numbers) nor two tens ("entre vingt et trente").
 */
function frenchEt(lastAdd: number, next: number | undefined): boolean {
  return lastAdd >= 20 && lastAdd < 100 && lastAdd % 10 === 0 && next !== undefined && ((next >= 1 && next <= 9) || next === 11)
}

/** The cardinal read up to (not including) token `end`, when a later word showed it ended there. */
function cardinalEndingAt(t: Tokens, i: number, end: number, value: number, words: number, scaled: boolean): Cardinal | undefined {
  if (words <= 0 || end <= i) return undefined
  return { end, value, scaled, words, beforeLast: 0, lastValue: value, lastJoin: 'space', beforeAnd: undefined }
}

const isTens = (v: number): boolean => v >= 20 && v < 100 && v % 10 === 0

/** A denominator at token k: an ordinal ("fifths", "huitième"), or tens then one ("twenty-fifth", "vingt et unième"). */
function denominatorAt(t: Tokens, k: number, lang: Lang): (Denominator & { end: number; compound: boolean }) | undefined {
  if (t.kind[k] !== WORD) return undefined
  const d = ORDINALS[lang].get(lower(t, k))
  if (d) return { ...d, end: k + 1, compound: false }
  const tens = wordValue(t, k, lang)
  if (tens === undefined || !isTens(tens)) return undefined
  let j = k + 1
  if (isPunct(t, j, '-') || lower(t, j) === 'et') j++
  const unit = t.kind[j] === WORD ? ORDINALS[lang].get(lower(t, j)) : undefined
  if (!unit || unit.value >= 10 || unit.classic) return undefined
  return { value: tens + unit.value, plural: unit.plural, compoundOnly: false, classic: false, end: j + 1, compound: true }
}

/** Nouns of a sequence after "a third", "a fifth": the word is an ordinal there ("fell for a third month"). */
const SEQUENCE_NOUNS = new Set([
  'month', 'year', 'week', 'day', 'night', 'quarter', 'time', 'term', 'round', 'consecutive', 'straight', 'successive', 'season',
  'game', 'match', 'attempt', 'place', 'generation', 'wave', 'phase', 'stage', 'leg', 'session', 'edition', 'child', 'party'
])

/** Words a classic fraction keeps its sense before: measures, scales and comparatives ("a quarter century", "a third more"). */
const FRACTION_FOLLOWERS = new Set([
  'century', 'centuries', 'hour', 'mile', 'miles', 'million', 'billion', 'thousand', 'more', 'less', 'fewer', 'higher', 'lower', 'larger',
  'smaller', 'again', 'point', 'percent', 'per', 'siècle', 'heure', 'million', 'milliard', 'plus', 'moins', 'supplémentaire',
  // function words the word-class lexicons leave out (they are nouns elsewhere or closed-class)
  'last', 'next', 'this', 'that', 'these', 'those', 'were', 'have', 'will', 'would', 'could', 'should', 'might', 'must', 'than',
  'then', 'from', 'with', 'into', 'over', 'each', 'also', 'only', 'said', 'says', 'went', 'came', 'sont', 'était', 'étaient', 'avait',
  'avaient', 'sera', 'seront', 'pour', 'dans', 'avec', 'selon', 'entre', 'depuis'
])

/** Words after a singular fraction that keep it a fraction ("un cinquième de", "a fifth of"); a noun makes it an ordinal. */
const AFTER_FRACTION = new Set(['of', 'de', 'des', 'du', 'd', 'and', 'et', 'or', 'ou'])

/**
 * The fraction whose numerator is the cardinal `card` read at i: "three fifths", "one hundred thirty fifths" (100/35),
 * "one hundred and three quarters" (100¾), "vingt et un cinquième" (20⅕). Undefined when no denominator follows, and
 * null when the words are an ordinal ("le vingt-huitième jour", "twenty first century"), which is no figure at all.
 */
function fractionAfter(t: Tokens, card: Cardinal, lang: Lang): { end: number; value: number } | null | undefined {
  let k = card.end
  if (isPunct(t, k, '-') && t.kind[k + 1] === WORD) k++ // "one-eighth", "one - fourth"
  const den = denominatorAt(t, k, lang)
  if (!den) return undefined
  let num = card.value
  let by = den.value
  let whole = 0
  // "divisible down to the hundred millionth", "a hundred-thousandth": one part in a hundred millions
  if (!den.plural && den.value >= 1000 && card.lastValue === 100) {
    num = 1
    by = card.value * den.value
  }
  if (!den.compound && den.value < 10 && isTens(card.lastValue) && card.lastJoin !== 'and') {
    if (!den.plural && (card.words === 1 || den.compoundOnly)) return null
    // "one hundred thirty fifths": the tens belong to the denominator (100/35); "twenty fifths" stays 20/5
    if (card.words > 1 && !den.compoundOnly) {
      num = card.beforeLast
      by = card.lastValue + den.value
    }
  } else if (den.compoundOnly && !den.compound) return undefined
  // "one hundred and three quarters": the part after the last "and" is a proper fraction of a whole
  if (num === card.value && card.beforeAnd !== undefined && card.value - card.beforeAnd < by) {
    whole = card.beforeAnd
    num = card.value - card.beforeAnd
  }
  // "two millionth": English fractions above one take the plural ("two millionths"); the singular is an ordinal
  if (lang === 'en' && num > 1 && !den.plural && !den.classic) return undefined
  // "a fifth term", "un cinquième mandat": an ordinal before a noun
  if (num === 1 && !den.plural && !den.classic && t.kind[den.end] === WORD && !AFTER_FRACTION.has(lower(t, den.end))) return null
  if (num <= 0) return undefined
  return { end: den.end, value: whole + num / by }
}

const DECIMAL_WORD: Record<Lang, string> = { en: 'point', fr: 'virgule' }

/** "point zero three", "virgule cinquante deux": the decimals said as words after a whole number, or undefined. */
export function decimalsAfter(t: Tokens, k: number, lang: Lang): { end: number; digits: string } | undefined {
  // "sixteen-point-six", "16-point-six", "two-point-44": a transcript joins the spoken decimal with hyphens
  const hyphens = isPunct(t, k, '-') && lower(t, k + 1) === DECIMAL_WORD[lang] && isPunct(t, k + 2, '-') && tokensModule.glued(t, k) && tokensModule.glued(t, k + 2)
  if (hyphens) {
    if (t.kind[k + 3] === tokensModule.NUM && t.numFlags[k + 3] === 0 && t.digits[k + 3] <= 3) return { end: k + 4, digits: tokensModule.raw(t, k + 3) }
    k += 2
  } else if (lower(t, k) !== DECIMAL_WORD[lang]) return undefined
  // "five point 8%": the decimals written in digits after a spoken "point"
  if (!hyphens && t.kind[k + 1] === tokensModule.NUM && t.numFlags[k + 1] === 0 && t.digits[k + 1] <= 2 && lang === 'en') return { end: k + 2, digits: tokensModule.raw(t, k + 1) }
  let j = k + 1
  let digits = ''
  for (;;) {
    const v = wordValue(t, j, lang)
    if (v === undefined || v >= 100) break
    // "seventy-one", "cinquante deux": tens and units make two decimals
    if (isTens(v)) {
      const joinAt = isPunct(t, j + 1, '-') ? j + 2 : j + 1
      const u = wordValue(t, joinAt, lang)
      if (u !== undefined && u > 0 && u < 10) {
        digits += String(v + u)
        j = joinAt + 1
        continue
      }
    }
    digits += String(v)
    j++
  }
  return digits ? { end: j, digits } : undefined
}

// Bound once (module getters cost a call each under CommonJS loaders), in the lexicon's order.
// a Map, not the object: "constructor" or "toString" in a text is no multiplier
const MULTIPLIER_WHOLE: ReadonlyMap<string, number> = new Map(Object.entries(MULTIPLIER_WORDS))
const STEM_ENDINGS = MULTIPLIER_ENDINGS
const STEM_LIST: readonly (readonly [string, number])[] = Object.entries(MULTIPLIER_STEMS)
const STEM_FIRST_LETTERS: ReadonlySet<number> = new Set(STEM_LIST.map(([stem]) => stem.charCodeAt(0)))

/** The factor a multiplying word states, by stem and ending ("doublera" 2, "triplement" 3, "halved" 0.5), or undefined. */
export function multiplierOf(w: string): number | undefined {
  const whole = MULTIPLIER_WHOLE.get(w)
  if (whole !== undefined) return whole
  // this runs on every word: most start with no stem's letter
  if (!STEM_FIRST_LETTERS.has(w.charCodeAt(0))) return undefined
  for (const [stem, factor] of STEM_LIST) {
    if (!w.startsWith(stem)) continue
    return STEM_ENDINGS.has(w.slice(stem.length)) ? factor : undefined
  }
  return undefined
}

const BEFORE_VERB_MULTIPLIER = new Set(['to', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'le', 'la', 'va', 'vont', 'de', 'd', 'pour', 'a', 'ont', 'peut', 'pourrait', 'devrait'])
const AFTER_DOUBLE = new Set(['the', 'that', 'its', 'their', 'le', 'la', 'les', 'du', 'de', 'des', 'this', 'ce'])
const ONE_AFTER = new Set(['just', 'only', 'exactly', 'seulement', 'juste', 'than'])

/** "a doublé", "doublera", "tripled", "plans to double", "le doublement", "twice": a multiplication (value 2, 3, 4, 10 or 0.5). */
export function readMultiplier(t: Tokens, i: number): number | undefined {
  const w = lower(t, i)
  const v = multiplierOf(w)
  if (v === undefined) return undefined
  if (w === 'twice' && TWICE_IDIOMS.has(lower(t, i - 1))) return undefined
  if (w.endsWith('ement') || w.endsWith('ements')) return NOUN_DETERMINERS.has(lower(t, i - 1)) ? v : undefined
  if (PLURAL_MULTIPLIERS.has(w)) return AFTER_DOUBLE.has(lower(t, i + 1)) ? v : undefined
  if (AMBIGUOUS_MULTIPLIERS.has(w)) {
    if (!BEFORE_VERB_MULTIPLIER.has(lower(t, i - 1)) && !AFTER_DOUBLE.has(lower(t, i + 1))) return undefined
    // "to double", "de doubler" take an object; "valeur de double révélateur" is the adjective
    const infinitiveAfter = lower(t, i - 1) === 'to' || ((lower(t, i - 1) === 'de' || lower(t, i - 1) === 'd') && w.endsWith('er'))
    if (t.kind[i + 1] === WORD && !AFTER_DOUBLE.has(lower(t, i + 1)) && !infinitiveAfter) return undefined
  }
  return v
}

/** Reads a figure written in words at token i (cardinals, fractions, collectives), or undefined. */
const HALF_OF_UNITS = new Set(['percent', 'per', 'percentage', 'point', 'cent'])

export function readWrittenNumber(t: Tokens, i: number, lang: Lang): WrittenNumber | undefined {
  if (t.kind[i] !== WORD) return undefined
  const w = lower(t, i)
  const mult = readMultiplier(t, i)
  if (mult !== undefined) return { first: i, end: i + 1, value: mult, fraction: true, approx: false, scaled: false, words: 1 }
  // "by half", "de moitié"
  if ((w === 'half' && lower(t, i - 1) === 'by') || (w === 'moitié' && lower(t, i - 1) === 'de')) {
    return { first: i, end: i + 1, value: 0.5, fraction: true, approx: false, scaled: false, words: 1 }
  }
  const collectives = COLLECTIVES[lang]
  // "la moitié", "half"
  if (lang === 'fr' && w === 'moitié' && (lower(t, i - 1) === 'la' || lower(t, i - 1) === 'une')) {
    return { first: i - 1, end: i + 1, value: 0.5, fraction: true, approx: false, scaled: false, words: 1 }
  }
  if (lang === 'en' && w === 'half' && lower(t, i - 1) !== 'a' && lower(t, i - 1) !== 'one') {
    // "half of", "half the", "half a million"; not "the second half", "half-time"
    if (NOT_BEFORE_HALF.has(lower(t, i - 1)) || glued(t, i)) return undefined
    const next = lower(t, i + 1)
    const sc = (next === 'a' || next === 'an') ? EN[lower(t, i + 2)] ?? (lower(t, i + 2) === 'dozen' ? 12 : undefined) : undefined
    if (sc !== undefined && (sc >= 1e3 || sc === 12)) return { first: i, end: i + 3, value: 0.5 * sc, fraction: false, approx: false, scaled: sc >= 1e3, words: 3 }
    // "half a percent", "half a point": half of the unit that follows
    if ((next === 'a' || next === 'an') && HALF_OF_UNITS.has(lower(t, i + 2))) return { first: i, end: i + 2, value: 0.5, fraction: false, approx: false, scaled: false, words: 2 }
    if (!AFTER_HALF.has(next)) return undefined
    return { first: i, end: i + 1, value: 0.5, fraction: true, approx: false, scaled: false, words: 1 }
  }
  // collectives without a cardinal: "des centaines", "une dizaine", "dozens", "a dozen"
  if (collectives[w] !== undefined) {
    const prev = lower(t, i - 1)
    const base = collectives[w]
    if (lang === 'en' && w === 'dozen' && (prev === 'a' || prev === 'one')) {
      return { first: i - 1, end: i + 1, value: 12, fraction: false, approx: prev === 'a', scaled: false, words: 1 }
    }
    if (lang === 'fr' && (prev === 'une' || prev === 'un')) {
      // "une centaine de millions", "une dizaine de milliers"
      const inner = lower(t, i + 2)
      const innerBase = lower(t, i + 1) === 'de' ? (inner === 'milliers' ? 1e3 : inner === 'millions' ? 1e6 : inner === 'milliards' ? 1e9 : undefined) : undefined
      if (innerBase !== undefined) return { first: i - 1, end: i + 3, value: base * innerBase, fraction: false, approx: true, scaled: true, words: 2 }
      return { first: i - 1, end: i + 1, value: base, fraction: false, approx: true, scaled: false, words: 1 }
    }
    // "la mort de dizaines de milliers de personnes", "l'inondation de milliers d'acres": after a noun's "de" too
    const afterDe = lang === 'fr' && (prev === 'de' || (prev === "'" && lower(t, i - 2) === 'd')) && (lower(t, i + 1) === 'de' || (lower(t, i + 1) === 'd' && isApostrophe(t, i + 2)))
    if (w.endsWith('s') && (lang === 'en' || prev === 'des' || prev === 'plusieurs' || prev === 'quelques' || afterDe)) {
      // "des dizaines de milliers de", "tens of thousands of", "hundreds of thousands"
      let value = base
      let end = i + 1
      const of = lang === 'fr' ? 'de' : 'of'
      if (lower(t, i + 1) === of) {
        const inner = lower(t, i + 2)
        const innerBase = collectives[inner] ?? (lang === 'fr' ? FR[inner] : undefined)
        if (innerBase !== undefined && innerBase >= 1000) {
          value = base * innerBase
          end = i + 3
        }
      }
      const first = lang === 'fr' && !afterDe ? i - 1 : i
      return { first, end, value, fraction: false, approx: true, scaled: true, words: 1 }
    }
    return undefined
  }
  if (lang === 'en' && w === 'tens' && lower(t, i + 1) === 'of' && collectives[lower(t, i + 2)] !== undefined && collectives[lower(t, i + 2)] >= 1000) {
    return { first: i, end: i + 3, value: 10 * collectives[lower(t, i + 2)], fraction: false, approx: true, scaled: true, words: 2 }
  }
  // "a third", "un quart", "one fifth", "a trillionth", "a twenty-first"; "a half" alone or before "of"
  if (ARTICLE_ONE[lang].has(w) && t.kind[i + 1] === WORD) {
    const d = denominatorAt(t, i + 1, lang)
    if (d && !d.compoundOnly && !d.plural) {
      const next = t.kind[d.end] === WORD ? lower(t, d.end) : ''
      // "a third month", "a fourth consecutive year": an ordinal before a noun of sequence, even for a classic fraction
      // "a third pipeline", "un troisième pont": before a noun the word is an ordinal; "a quarter century", "a third more"
      // keep a fraction before a measure or a comparative
      const nounAfter = next.length >= 4 && !isCapitalized(t, d.end) && !FRACTION_FOLLOWERS.has(next) && nonNounClass(next, lang) === undefined
      const classicFraction = d.classic && !SEQUENCE_NOUNS.has(next) && !nounAfter
      const asFraction = d.value === 2 ? next === '' || next === 'of' : classicFraction || next === '' || AFTER_FRACTION.has(next)
      if (asFraction) return { first: i, end: d.end, value: 1 / d.value, fraction: true, approx: false, scaled: false, words: 2 }
      if (!d.classic && d.value !== 2) return undefined
    }
  }
  // "more than an hour", "it used to take me an hour": after a bound or a verb of duration the article is one
  if (lang === 'en' && (w === 'a' || w === 'an') && DURATION_LEADS.has(lower(t, i - 1)) && t.kind[i + 1] === WORD && oneTimeUnitAt(t, i + 1, lang)) {
    return { first: i, end: i + 1, value: 1, fraction: false, approx: false, scaled: false, words: 1 }
  }
  const card = readCardinal(t, i, lang)
  if (!card) return undefined
  const end = card.end
  let value = card.value
  // "two hundred point zero three", "deux cent virgule trois"
  const dec = decimalsAfter(t, end, lang)
  if (dec) return { first: i, end: dec.end, value: Number(`${value}.${dec.digits}`), fraction: false, approx: false, scaled: card.scaled, words: card.words + 1 }
  const frac = fractionAfter(t, card, lang)
  if (frac === null) return undefined
  if (frac) return { first: i, end: frac.end, value: frac.value, fraction: true, approx: false, scaled: false, words: card.words + 1 }
  // "one and a half", "twenty and three fifths", "un et un demi": a whole and a proper fraction
  if (lower(t, end) === 'and' || lower(t, end) === 'et') {
    const part = properFractionAt(t, end + 1, lang)
    // "one and a half thousand": a scale after the mixed number applies to all of it
    const scale = part ? wordValue(t, part.end, lang) : undefined
    if (part && scale !== undefined && scale >= 1000 && !card.scaled) {
      return { first: i, end: part.end + 1, value: (value + part.value) * scale, fraction: false, approx: false, scaled: true, words: card.words + 3 }
    }
    // "a million and a half": after a scale word the fraction is of that scale
    const lastScale = part ? wordValue(t, end - 1, lang) : undefined
    if (part && lastScale !== undefined && lastScale >= 1000) {
      return { first: i, end: part.end, value: value + part.value * lastScale, fraction: false, approx: false, scaled: true, words: card.words + 2 }
    }
    if (part) return { first: i, end: part.end, value: value + part.value, fraction: false, approx: false, scaled: card.scaled, words: card.words + 2 }
  }
  // "deux centaines", "trois milliers"
  if (t.kind[end] === WORD && collectives[lower(t, end)] !== undefined && card.value > 1 && card.value < 100) {
    value = card.value * collectives[lower(t, end)]
    return { first: i, end: end + 1, value, fraction: false, approx: true, scaled: true, words: card.words + 1 }
  }
  // a lone "un"/"one"/"a" is an article, not a figure, unless a currency or a share follows ("one dollar", "une yen",
  // "one in three", "un sur cinq")
  if (card.words === 1 && card.value === 1 && ARTICLE_ONE[lang].has(w) && !(w !== 'a' && w !== 'an' && ONE_AFTER.has(lower(t, i - 1))) && !oneIsFigure(t, end, lang) && !SIGN_WORDS.has(lower(t, i - 1))) return undefined
  if (card.words === 1 && card.value >= 1000 && !card.scaled) return undefined
  return { first: i, end, value, fraction: false, approx: false, scaled: card.scaled, words: card.words }
}

/** "a half", "a quarter", "three fifths", "un demi" at token k, when below one: the fractional part of a mixed number. */
function properFractionAt(t: Tokens, k: number, lang: Lang): { end: number; value: number } | undefined {
  if (ARTICLE_ONE[lang].has(lower(t, k))) {
    const d = denominatorAt(t, k + 1, lang)
    if (d && !d.compoundOnly) return { end: d.end, value: 1 / d.value }
  }
  const card = readCardinal(t, k, lang)
  const f = card ? fractionAfter(t, card, lang) : undefined
  return f && f.value < 1 ? f : undefined
}

/** "minus one", "negative one": a signed one is a figure. */
const SIGN_WORDS = new Set(['minus', 'negative'])

const SHARE_LINKS: Record<Lang, ReadonlySet<string>> = { en: new Set(['in', 'over', 'out']), fr: new Set(['sur']) }

/** True when the "one"/"un" before token k is a figure: a currency follows, or a share ("one in three"). */
const VAGUE_PERCENT_WORDS = new Set(['point', 'points', 'percentage', 'percentages', 'pourcentage', 'pourcentages'])

const ONE_TIME_UNITS = new Set(['month', 'week', 'hour', 'minute'])

/** True when a unit of time shorter than a year starts at token k ("hour", "month"). */
function oneTimeUnitAt(t: Tokens, k: number, lang: Lang): boolean {
  for (const u of unitIndex(lang).startingWith(lower(t, k))) if (ONE_TIME_UNITS.has(u.data.unit) && matchPhrase(t, k, u.phrase) > k) return true
  return false
}
const DURATION_LEADS = new Set(['than', 'about', 'nearly', 'almost', 'under', 'around', 'roughly', 'some', 'me', 'take', 'takes', 'took', 'lasted', 'lasts', 'spent', 'waited'])

function oneIsFigure(t: Tokens, k: number, lang: Lang): boolean {
  const at = isPunct(t, k, '-') && glued(t, k - 1) && glued(t, k) ? k + 1 : k
  for (const u of unitIndex(lang).startingWith(lower(t, at))) {
    if (u.data.kind === 'money' && u.phrase.length >= 1 && matchPhrase(t, at, u.phrase) > at && lower(t, at).length > 1) return true
    // "down one percent", "un pour cent", "one basis point" (not "a point", "un pourcentage": no figure there)
    if (u.data.kind === 'percent' && !VAGUE_PERCENT_WORDS.has(u.phrase.join(' ')) && matchPhrase(t, at, u.phrase) > at) return true
    // "one hour and fifteen minutes", "une heure", "un mois": a written one before a unit of time shorter than a year (not
    // "a"/"an"; not "un jour" / "one day", which say "some day"; "une année", "for one year" mostly name a period); the
    // non-claim stage then tells frames from durations asserted
    if (ONE_TIME_UNITS.has(u.data.unit) && lower(t, k - 1) !== 'a' && lower(t, k - 1) !== 'an' && matchPhrase(t, at, u.phrase) > at) return true
  }
  // "un seul député", "Un seul, Three Mile Island, est intervenu": only one
  if (lower(t, k) === 'seul' || lower(t, k) === 'seule') return true
  // "one or two fingers", "un ou deux doigts": the low end of an alternative of two figures
  const or = lower(t, k)
  if ((or === 'or' || or === 'ou') && lower(t, k - 1) !== 'a' && lower(t, k - 1) !== 'an' && (t.kind[k + 1] === NUM || (wordValue(t, k + 1, lang) ?? 0) > 1)) return true
  if (!SHARE_LINKS[lang].has(lower(t, k))) return false
  const n = lower(t, k) === 'out' ? (lower(t, k + 1) === 'of' ? k + 2 : -1) : k + 1
  return n > 0 && (t.kind[n] === NUM || wordValue(t, n, lang) !== undefined)
}
