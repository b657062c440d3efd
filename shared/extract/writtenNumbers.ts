import type { Lang } from '../model'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, glued, isPunct, lower } = tokensModule

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
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12
}

const DENOMINATORS: Record<Lang, Record<string, number>> = {
  fr: {
    demi: 2, demie: 2, tiers: 3, quart: 4, quarts: 4, cinquième: 5, cinquièmes: 5, sixième: 6, sixièmes: 6,
    septième: 7, huitième: 8, dixième: 10, dixièmes: 10, centième: 100
  },
  en: {
    half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
    seventh: 7, eighth: 8, eighths: 8, tenth: 10, tenths: 10, hundredth: 100
  }
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
function readCardinal(t: Tokens, i: number, lang: Lang): { end: number; value: number; scaled: boolean; words: number } | undefined {
  let k = i
  let total = 0
  let current = 0
  let lastAdd = 0
  let words = 0
  let scaled = false
  let end = i
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
    if (v === 100) {
      if (lastAdd === 100) break
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
    // connectors: "-", "et" (vingt et un), "and" (one hundred and twenty)
    const next = k + 1
    if (isPunct(t, next, '-') && glued(t, k) && glued(t, next) && wordValue(t, next + 1, lang) !== undefined) k = next + 1
    else if (t.kind[next] === WORD && (lower(t, next) === 'et' || lower(t, next) === 'and') && wordValue(t, next + 1, lang) !== undefined && (lower(t, next) === 'et' ? lastAdd >= 20 && lastAdd % 10 === 0 : lastAdd === 100 || lastAdd === 0)) k = next + 1
    else if (wordValue(t, next, lang) !== undefined && t.kind[next] === WORD) k = next
    else break
  }
  if (words === 0) return undefined
  return { end, value: total + current, scaled, words }
}

const MULTIPLIERS: Record<string, number> = {
  doublé: 2, doublée: 2, doublés: 2, doublées: 2, doubled: 2, triplé: 3, triplée: 3, triplés: 3, tripled: 3, quadruplé: 4,
  quadruplée: 4, quadrupled: 4, halved: 0.5, double: 2, doubler: 2, triple: 3, tripler: 3
}
const BEFORE_VERB_MULTIPLIER = new Set(['to', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'le', 'la', 'va', 'vont', 'de', 'd', 'pour', 'a', 'ont', 'peut', 'pourrait', 'devrait'])
const AFTER_DOUBLE = new Set(['the', 'that', 'its', 'their', 'le', 'la', 'les', 'du', 'de', 'des', 'this', 'ce'])
const ONE_AFTER = new Set(['just', 'only', 'exactly', 'seulement', 'juste', 'than'])

/** "a doublé", "tripled", "plans to double": a multiplication stated as a verb (value 2, 3, 4 or 0.5). */
export function readMultiplier(t: Tokens, i: number): number | undefined {
  const w = lower(t, i)
  const v = MULTIPLIERS[w]
  if (v === undefined) return undefined
  if (w === 'double' || w === 'triple' || w === 'doubler' || w === 'tripler') {
    if (!BEFORE_VERB_MULTIPLIER.has(lower(t, i - 1)) && !AFTER_DOUBLE.has(lower(t, i + 1))) return undefined
    if (t.kind[i + 1] === WORD && !AFTER_DOUBLE.has(lower(t, i + 1)) && lower(t, i - 1) !== 'to' && lower(t, i - 1) !== 'de' && lower(t, i - 1) !== 'd') return undefined
  }
  return v
}

/** Reads a figure written in words at token i (cardinals, fractions, collectives), or undefined. */
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
  const denominators = DENOMINATORS[lang]
  // "la moitié", "half"
  if (lang === 'fr' && w === 'moitié' && (lower(t, i - 1) === 'la' || lower(t, i - 1) === 'une')) {
    return { first: i - 1, end: i + 1, value: 0.5, fraction: true, approx: false, scaled: false, words: 1 }
  }
  if (lang === 'en' && w === 'half' && lower(t, i - 1) !== 'a' && lower(t, i - 1) !== 'one') {
    // "half of", "half the", "half a million"; not "the second half", "half-time"
    if (NOT_BEFORE_HALF.has(lower(t, i - 1)) || glued(t, i)) return undefined
    const next = lower(t, i + 1)
    const sc = (next === 'a' || next === 'an') ? EN[lower(t, i + 2)] : undefined
    if (sc !== undefined && sc >= 1e3) return { first: i, end: i + 3, value: 0.5 * sc, fraction: false, approx: false, scaled: true, words: 3 }
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
    if (w.endsWith('s') && (lang === 'en' || prev === 'des' || prev === 'plusieurs' || prev === 'quelques')) {
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
      const first = lang === 'fr' ? i - 1 : i
      return { first, end, value, fraction: false, approx: true, scaled: true, words: 1 }
    }
    return undefined
  }
  if (lang === 'en' && w === 'tens' && lower(t, i + 1) === 'of' && collectives[lower(t, i + 2)] !== undefined && collectives[lower(t, i + 2)] >= 1000) {
    return { first: i, end: i + 3, value: 10 * collectives[lower(t, i + 2)], fraction: false, approx: true, scaled: true, words: 2 }
  }
  // "a third", "un quart", "one fifth"
  if (ARTICLE_ONE[lang].has(w) && t.kind[i + 1] === WORD && denominators[lower(t, i + 1)] !== undefined && denominators[lower(t, i + 1)] > 2) {
    return { first: i, end: i + 2, value: 1 / denominators[lower(t, i + 1)], fraction: true, approx: false, scaled: false, words: 2 }
  }
  const card = readCardinal(t, i, lang)
  if (!card) return undefined
  const end = card.end
  let value = card.value
  // fractions: "deux tiers", "a third", "three-quarters", "un cinquième"
  let den: number | undefined
  let denAt = end
  if (t.kind[end] === WORD) den = denominators[lower(t, end)]
  else if (isPunct(t, end, '-') && glued(t, end - 1) && glued(t, end) && t.kind[end + 1] === WORD) {
    den = denominators[lower(t, end + 1)]
    denAt = end + 1
  }
  if (den !== undefined && card.value > 0 && card.value < den && !card.scaled) {
    return { first: i, end: denAt + 1, value: card.value / den, fraction: true, approx: false, scaled: false, words: card.words + 1 }
  }
  // "deux centaines", "trois milliers"
  if (t.kind[end] === WORD && collectives[lower(t, end)] !== undefined && card.value > 1 && card.value < 100) {
    value = card.value * collectives[lower(t, end)]
    return { first: i, end: end + 1, value, fraction: false, approx: true, scaled: true, words: card.words + 1 }
  }
  // a lone "un"/"one"/"a" is an article, not a figure
  if (card.words === 1 && card.value === 1 && ARTICLE_ONE[lang].has(w) && !(w === 'one' && ONE_AFTER.has(lower(t, i - 1)))) return undefined
  if (card.words === 1 && card.value >= 1000 && !card.scaled) return undefined
  return { first: i, end, value, fraction: false, approx: false, scaled: card.scaled, words: card.words }
}
