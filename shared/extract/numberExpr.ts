import type { ClaimKind, Lang } from '../model'
import { nonNounClass } from './lexicons/nonNouns'
import { readDigitForm, scaleBy } from './digitForms'
import { readRatio } from './ratioForms'
import { isScore } from './score'
import { scaleOf } from './scales'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'
import { AMBIGUOUS_UNITS, CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_QUALIFIERS, TIME_UNIT_CODES, unitIndex, type UnitDef } from './units'
import { multiplierOf, readWrittenNumber } from './writtenNumbers'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, NUM_DECIMAL, NUM_GROUPED, NUM_LEADING_ZERO, PUNCT, WORD, glued, isApostrophe, isCapitalized, isPunct, lower, matchPhrase, raw } = tokensModule

/** One figure with what sticks to it: sign, currency, scale, unit. Token indices are inclusive/exclusive. */
export interface Figure {
  /** First token of the whole expression (currency symbol or sign included). */
  first: number
  /** Token after the expression. */
  end: number
  /** Token range of the figure itself (digits or number words). */
  coreFirst: number
  coreEnd: number
  value: number
  unit?: string
  kind: ClaimKind
  written: boolean
  /** Collective or fraction read from words ("des centaines", "deux tiers"). */
  collective: boolean
  fraction: boolean
  scaled: boolean
  /** Digits-only integer of 4 digits in 1000–2199 with nothing attached: maybe a year. */
  yearLike: boolean
  decimal: boolean
  grouped: boolean
  leadingZero: boolean
  digits: number
  /** A word glued right after the digits that was not read as a unit ("er", "e", "h", "s", "G"). */
  suffix?: string
  /** Token index of a unit read as "points", which needs a change context. */
  pointsUnit: boolean
  /** The factor a unit word applied to the value ("centimes" 0.01), which a range's low bound shares. */
  unitFactor?: number
}

/** A figure, or two joined as a range or a change ("100 à 150", "entre 100 et 800", "de 35 à 50", "100-150"). */
export interface NumberExpr {
  low: Figure
  high?: Figure
  /** Token index of "entre", "de", "between", "from" introducing the pair, or -1. */
  introTok: number
  intro?: string
  first: number
  end: number
}

const SIGNS = new Set(['-', '+', '\u2212', '\u2013'])
// Before a minus set off by a space ("s'établit à – 2 800", "(– 130)"): prepositions and verbs of reaching, after
// which the dash cannot open an aside.
const SPACED_SIGN_AFTER = new Set(['à', 'de', 'atteindre', 'atteint', 'atteignait', 'soit', 'at', 'to', 'of', 'reach', 'reached'])
// "15 or 20 euros", "deux ou trois jours": an alternative of two figures is a range, as "to" and "à" are
const RANGE_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['à', 'a', 'et', 'ou']),
  en: new Set(['to', 'and', 'or'])
}
const DASHES = new Set(['-', '\u2013', '\u2014'])
const POINTS = new Set(['points', 'point', 'pts'])

const SPACED_DOLLAR_MARKS = new Set(['us', 'c', 'ca', 'can', 'hk', 'nz', 'au', 'sg'])
/** Marks after "$" that say which dollar ("$ c", "$CAD", "$ hk", "$ US"); single letters other than "c" are words. */
const DOLLAR_MARKS_AFTER = new Set(['us', 'usd', 'c', 'ca', 'can', 'cad', 'hk', 'hkd', 'au', 'aud', 'nz', 'nzd', 'sgd'])

function currencyBefore(t: Tokens, i: number): { unit: string; first: number } | undefined {
  const p = i - 1
  if (p < 0) return undefined
  // "Rs 46,605", "Rs. 500", "Rp 10.000": a currency abbreviation written before the figure
  if (isPunct(t, p, '.') && glued(t, p - 1) && CURRENCY_ABBREVIATIONS[lower(t, p - 1)] && isCapitalized(t, p - 1)) return { unit: CURRENCY_ABBREVIATIONS[lower(t, p - 1)], first: p - 1 }
  if (t.kind[p] === WORD && CURRENCY_ABBREVIATIONS[lower(t, p)] && isCapitalized(t, p)) return { unit: CURRENCY_ABBREVIATIONS[lower(t, p)], first: p }
  if (t.kind[p] === PUNCT) {
    const sym = CURRENCY_SYMBOLS[t.text[t.start[p]]]
    if (sym && t.start[i] - t.end[p] <= 1) {
      // "US$", "C$", "A$", "HK$" glued; "c $", "hk $", "u.s $" spaced (never "a $5 bill": spaced needs a longer mark)
      if (sym === 'USD' && t.kind[p - 1] === WORD && t.end[p - 1] >= t.start[p] - 1) {
        const w = lower(t, p - 1)
        const q = DOLLAR_QUALIFIERS[w]
        if (w === 's' && isPunct(t, p - 2, '.') && lower(t, p - 3) === 'u') return { unit: 'USD', first: p - 3 }
        if (q && (glued(t, p - 1) || SPACED_DOLLAR_MARKS.has(w))) return { unit: q, first: p - 1 }
      }
      return { unit: sym, first: p }
    }
    return undefined
  }
  if (t.kind[p] === WORD) {
    const code = CURRENCY_CODES[lower(t, p)]
    if (code && raw(t, p) === raw(t, p).toUpperCase()) return { unit: code, first: p }
  }
  return undefined
}

const CHANGE_BEFORE_POINTS = new Set([
  'hausse', 'baisse', 'recul', 'progression', 'augmentation', 'diminution', 'gagné', 'perdu', 'gagne', 'perd', 'reculé',
  'progressé', 'augmenté', 'baissé', 'chuté', 'grimpé', 'rise', 'fall', 'drop', 'increase', 'decrease', 'gain', 'loss',
  'up', 'down', 'rose', 'fell', 'dropped', 'gained', 'lost', 'climbed', 'jumped', 'slipped', 'declined', 'by', 'of', 'de',
  'écart', 'gap', 'lead', 'avance', 'retard', 'narrowed', 'widened', 'rose', 'fell', 'diminué', 'augmente', 'baisse', 'recule',
  'progresse', 'hausse', 'baissé', 'reculé', 'gagnant', 'perdant', 'increased', 'decreased', 'improved', 'worsened'
])

// Words naming a stock index or market: its points are index points, never percentage points ("le CAC 40 a perdu 45 points").
const INDEX_WORDS = new Set([
  'indice', 'indices', 'index', 'indexes', 'cac', 'dow', 'jones', 'nasdaq', 'dax', 'ftse', 'footsie', 'nikkei', 's', 'p', 'ibex', 'mib',
  'smi', 'stoxx', 'eurostoxx', 'hang', 'seng', 'bourse', 'baromètre', 'marché', 'market', 'average', 'composite', 'sensex', 'kospi'
])

/** True when a stock index is named within the sentence before the figure (twelve tokens back at most). */
function indexBefore(t: Tokens, coreFirst: number): boolean {
  for (let k = coreFirst - 1; k >= 0 && k >= coreFirst - 12; k--) {
    if (t.kind[k] === PUNCT && (t.text[t.start[k]] === '.' || t.text[t.start[k]] === ';')) return false
    if (t.kind[k] === WORD && INDEX_WORDS.has(lower(t, k)) && (lower(t, k) !== 's' && lower(t, k) !== 'p' || t.text[t.start[k + 1]] === '&' || t.text[t.start[k - 1]] === '&')) return true
  }
  return false
}

/** True when "points" after the figure at `coreFirst` are index points ("the Dow shed 45 points"). */
export function indexPointsAt(t: Tokens, coreFirst: number, after: number): boolean {
  return t.kind[after] === WORD && POINTS.has(lower(t, after)) && indexBefore(t, coreFirst)
}

function pointsAllowed(t: Tokens, coreFirst: number, after: number): boolean {
  // "a fall of 3 points", "lead of 14 points", "recule de 0,2 point": points of a rate. Not "3 points de suture",
  // "points of sale", "un plan en 3 points", nor the points of a stock index.
  if (indexBefore(t, coreFirst)) return false
  const p1 = lower(t, coreFirst - 1)
  const p2 = lower(t, coreFirst - 2)
  const n1 = lower(t, after)
  if ((n1 === 'de' || n1 === 'd' || n1 === 'of') && lower(t, after + 1) !== 'pourcentage' && lower(t, after + 1) !== 'percentage' && lower(t, after + 1) !== 'base') return false
  if (n1 === 'de' || n1 === 'of') return true // "de pourcentage", "of percentage"
  if (p1 === 'en' || p1 === 'in' || p1 === 'les' || p1 === 'the') return false
  // a decimal ("0,2 point") or a change ("a fall of 3 points", "up two points", "narrowed to 14 points") makes them percentage points
  if (t.kind[coreFirst] === NUM && (t.numFlags[coreFirst] & NUM_DECIMAL) !== 0) return true
  if (p1 === 'de' || p1 === 'of' || p1 === 'by' || p1 === 'to' || p1 === 'à' || p1 === 'd') return CHANGE_BEFORE_POINTS.has(p2) || p2 === "'"
  return CHANGE_BEFORE_POINTS.has(p1)
}

/** Reads one figure whose digits or number words start at token i. */
export function readFigure(t: Tokens, i: number, lang: Lang): Figure | undefined {
  let coreFirst = i
  let coreEnd: number
  let value: number
  let written = false
  let collective = false
  let fraction = false
  let scaled = false
  let decimal = false
  let grouped = false
  let leadingZero = false
  let leadingDot = false
  let unitFactor: number | undefined
  let digits = 0
  if (t.kind[i] === NUM) {
    value = t.value[i]
    coreEnd = i + 1
    decimal = (t.numFlags[i] & NUM_DECIMAL) !== 0
    grouped = (t.numFlags[i] & NUM_GROUPED) !== 0
    leadingZero = (t.numFlags[i] & NUM_LEADING_ZERO) !== 0
    digits = t.digits[i]
    // "$.18 per share": a currency symbol, then a decimal point glued before the digits
    if (isPunct(t, i - 1, '.') && glued(t, i - 1) && !glued(t, i) && t.numFlags[i] === 0 && t.kind[i - 2] === PUNCT && CURRENCY_SYMBOLS[t.text[t.start[i - 2]]] !== undefined && glued(t, i - 2)) {
      value = Number(`0.${t.text.slice(t.start[i], t.end[i])}`)
      decimal = true
      leadingDot = true
    }
    const form = leadingDot ? undefined : readDigitForm(t, i, lang)
    if (form) {
      value = form.value
      coreEnd = form.end
      fraction = form.fraction
      decimal ||= form.decimal
    }
  } else if (t.kind[i] === WORD) {
    const w = readWrittenNumber(t, i, lang)
    if (!w) return undefined
    coreFirst = w.first
    coreEnd = w.end
    value = w.value
    written = true
    collective = w.approx
    fraction = w.fraction
    scaled = w.scaled
  } else return undefined
  if (!Number.isFinite(value)) return undefined
  // "one in three", "1 sur 5", "8 out of 10", "one over twenty": one convention, the share as a ratio (1/3)
  const ratio = fraction ? undefined : readRatio(t, coreFirst, coreEnd, value, lang)
  if (ratio) {
    value = ratio.value
    coreEnd = ratio.end
    fraction = true
  }
  let first = coreFirst
  let unit: string | undefined
  let kind: ClaimKind = fraction ? 'ratio' : 'count'
  // currency before: "$2.3bn", "€50", "USD 5 million"
  const cur = currencyBefore(t, leadingDot ? coreFirst - 1 : coreFirst)
  if (cur) {
    unit = cur.unit
    kind = 'money'
    first = cur.first
  }
  // sign glued before, not part of a "100-150" range
  const s = first - 1
  if (t.kind[coreFirst] === NUM && s >= 0 && t.kind[s] === PUNCT && SIGNS.has(t.text[t.start[s]]) && glued(t, s)) {
    if (!(s > 0 && glued(t, s - 1) && (t.kind[s - 1] === NUM || t.kind[s - 1] === WORD)) && !opensDashAside(t, s, lang)) {
      if (t.text[t.start[s]] !== '+') value = -value
      first = s
    }
  } else if (t.kind[coreFirst] === NUM && spacedMinus(t, first, false)) {
    // "à – 2 800", "(– 130)": a minus spaced from its figure, as French typesetting often does
    value = -value
    first = s
  }
  // "minus five point five", "negative one": a sign in words
  if (lang === 'en' && first === coreFirst && (lower(t, first - 1) === 'minus' || lower(t, first - 1) === 'negative') && t.kind[first - 1] === WORD) {
    value = -value
    first--
  }
  let e = coreEnd
  let suffix: string | undefined
  // "$18-billion jetliner order", "a 5-million-euro fund": a scale of millions or more joined by a hyphen
  if (!scaled && !fraction && !written && isPunct(t, e, '-') && glued(t, e - 1) && glued(t, e) && t.kind[e + 1] === WORD && (scaleOf(lower(t, e + 1), lang) ?? 0) >= 1e6) e++
  // scale: "3,5 milliards", "1.2 million", "10k", "2.3bn", "3 Md€", "5 M€"
  if (!written || !scaled) {
    if (t.kind[e] === WORD) {
      const w = lower(t, e)
      let sc = written && !collective && !fraction ? (w === 'mille' || w === 'thousand' ? undefined : scaleOf(w, lang)) : scaleOf(w, lang)
      if (written && (w === 'mille' || w === 'k')) sc = undefined
      if (sc !== undefined && (w === 'k' || w === 'md' || w === 'mds' || w === 'tn' || w === 'mil' || w === 'mm' || w === 'dz' || w === 'dzs' || w === 'doz' || w === 'dozs')) {
        // short abbreviations must touch the figure or come with a currency; a spaced "k" may end the phrase ("2.33 k")
        if (!glued(t, e - 1) && kind !== 'money' && !isCurrencyAt(t, e + 1) && !(w === 'k' && t.kind[e + 1] !== WORD) && !w.startsWith('d')) sc = undefined
        // "5 mm" is millimetres; "1MM" (finance) a million
        if (w === 'mm' && raw(t, e) !== 'MM') sc = undefined
      }
      if (sc === undefined && (w === 'm' || w === 'b') && (glued(t, e - 1) || raw(t, e) === 'M')) {
        // "$2.5m", "10M", "1.2b": glued (or capital) M and B are millions and billions; a glued "m" alone is metres or
        // a million (below)
        if (kind === 'money' || isCurrencyAt(t, e + 1) || (raw(t, e) === 'M' && glued(t, e - 1)) || (w === 'b' && lang === 'en' && glued(t, e - 1) && (decimal || t.kind[e + 1] !== WORD))) sc = w === 'm' ? 1e6 : 1e9
      }
      // "1.8m hectares", "2.5m people": a glued m before a noun is a million (metres come before adjectives or "of")
      if (sc === undefined && w === 'm' && lang === 'en' && glued(t, e - 1) && t.kind[e + 1] === WORD && !NOT_AFTER_METRES.has(lower(t, e + 1))) sc = 1e6
      if (sc !== undefined && !fraction) {
        value = scaleBy(value, sc)
        scaled = true
        e++
        // "12 thousand [million]": a transcript's correction of the scale replaces it
        const fix = isPunct(t, e, '[') && isPunct(t, e + 2, ']') && t.kind[e + 1] === WORD ? scaleOf(lower(t, e + 1), lang) : undefined
        if (fix !== undefined) {
          value = scaleBy(value / sc, fix)
          e += 3
        } else if (sc === 1e3 && t.kind[e] === WORD && (lower(t, e) === 'million' || lower(t, e) === 'millions')) {
          // "6 thousand million" (British and translated usage): a thousand millions, 10^9
          value = scaleBy(value, 1e6)
          e++
        }
      }
    }
  }
  // "un milliard et demi", "3 millions et demie", "a million and a half": half the scale more
  if (scaled && t.kind[e - 1] === WORD) {
    const sc = scaleOf(lower(t, e - 1), lang)
    const half = lower(t, e) === 'et' && (lower(t, e + 1) === 'demi' || lower(t, e + 1) === 'demie') ? 2
      : lower(t, e) === 'and' && lower(t, e + 1) === 'a' && lower(t, e + 2) === 'half' ? 3 : 0
    if (sc !== undefined && sc >= 1e3 && half > 0) {
      value += sc / 2
      e += half
    }
  }
  // "6 ' 7 \" tall", "6'7\"": feet and inches, a height in feet
  const inches = unit === undefined && !scaled && !decimal ? feetAndInchesAt(t, e) : undefined
  if (inches) {
    value += inches.add
    unit = 'ft'
    kind = 'quantity'
    e = inches.end
  }
  // unit after: "%", "pour cent", "d'euros", "km", "°C"
  if (t.kind[e] !== NUM && !inches) {
    // after a scale, "de"/"d'"/"of" may come before the unit: "35,1 millions de tonnes", "4,8 millions d'hectares"
    let at = e
    if (scaled) {
      // "35,1 millions de tonnes", "75 millions de $", "two million of them" (no unit): after a scale
      const w0 = lower(t, e)
      if ((w0 === 'de' || w0 === 'of') && (t.kind[e + 1] === WORD || isCurrencyAt(t, e + 1))) at = e + 1
      else if (w0 === 'd' && (lower(t, e + 1) === "'" || lower(t, e + 1) === '\u2019')) at = e + 2
    }
    // "3-inch", "six-mile", "12-cent", "2,5-km": a unit joined by a hyphen, as an adjective
    const hyphenAt = isPunct(t, e, '-') && glued(t, e - 1) && glued(t, e) && t.kind[e + 1] === WORD ? e + 1 : -1
    const starts = at !== e ? [e, at] : hyphenAt >= 0 ? [e, hyphenAt] : [e]
    for (const start of starts) {
      let matched = false
      for (const { phrase, data: def } of unitIndex(lang).startingWith(lower(t, start))) {
        const after = matchPhrase(t, start, phrase)
        if (after < 0) continue
        const head = phrase.join(' ')
        // "a 20-minute conversation" measures it; "a 34-year-old" is an age compound, read by the frame
        if (start === hyphenAt && ((AMBIGUOUS_UNITS.has(head) && head !== 'cent') || (TIME_UNIT_CODES.has(def.unit) && (isPunct(t, after, '-') || lower(t, after) === 'old')))) continue
        if (start === at && start !== e && (def.kind === 'percent' || AMBIGUOUS_UNITS.has(head) || TIME_UNIT_CODES.has(def.unit))) continue
        if (start === e && head === 'm') {
          // "5 m", "1.8m tall", "10 m x 4 m": metres; an English glued "m" before nothing says million as often
          if (!metresAt(t, e, lang)) continue
        } else if (start === e && AMBIGUOUS_UNITS.has(head)) {
          if (head === 'points' || head === 'point' || head === 'pts') {
            // "1 251 points" on a stock index are index points, not percentage points
            if (!pointsAllowed(t, coreFirst, after) || Math.abs(value) >= 100) continue
          } else if (head === 'l' || head === '°') {
            // "75 L", "85 °": spaced only as a capital litre or a degree sign before nothing more
            if (!glued(t, e - 1) && !(head === 'l' ? raw(t, start) === 'L' : t.kind[after] !== WORD)) continue
          } else if (head === 'c') {
            if (!glued(t, e - 1) || raw(t, start) !== 'C') continue
          } else if (head === 'p') {
            if (!glued(t, e - 1) || lang !== 'en' || kind === 'money') continue
          } else if (lang === 'fr' && FRENCH_SPACED_SYMBOLS.has(head)) {
            // "3,5 t", "500 g": French sets the symbol apart; "t'", "l'" before an apostrophe are words
            if (!glued(t, e - 1) && isApostrophe(t, after)) continue
          } else if (!glued(t, e - 1) && !(head === 'cent' && lang === 'en') && !(lang === 'fr' && head === 'pc' && raw(t, start) === head)) continue
          // ("1/2 cent", "a 5 cent coin": English "cent" after a figure is the coin, spaced or not)
        }
        // a unit word must end there ("5 g" but not "5 grands")
        if (after < t.count && glued(t, after - 1) && t.kind[after] === WORD && t.kind[after - 1] === WORD) continue
        // a code that is also a word is read in capitals only ("1000 MAD", not "thousands of mad cows")
        if (def.kind === 'money' && phrase.length === 1 && CODES_THAT_ARE_WORDS.has(head) && raw(t, start) !== raw(t, start).toUpperCase()) continue
        // "the 17 Euro countries", "the euro area": a currency naming the kind of the noun after it is no amount
        if (def.kind === 'money' && phrase.length === 1 && t.kind[after] === WORD && CURRENCY_MODIFIED.has(lower(t, after))) continue
        if (def.kind === 'money' && kind === 'money' && unit && unit !== def.unit) break
        unit = def.unit
        kind = def.kind
        if (def.factor !== undefined) {
          value = scaleBy(value, def.factor)
          unitFactor = def.factor
        }
        e = after
        if (def.kind === 'money') {
          const more = moneyTail(t, e, lang, def, raw(t, start) === '$')
          if (more) {
            if (more.unit) unit = more.unit
            value = scaleBy(value, 1) + (more.cents ?? 0) / 100
            e = more.end
          }
        }
        matched = true
        break
      }
      if (matched) break
    }
    // "two hours and a half", "deux heures et demie", "one hour and fifteen minutes": one duration
    if (unit !== undefined && TIME_UNIT_CODES.has(unit)) {
      const tail = durationTail(t, e, unit, lang)
      if (tail) {
        value += tail.add
        e = tail.end
      }
    }
  }
  // "un dollar et demi", "deux euros et demi": half the currency more
  if (kind === 'money' && lang === 'fr' && lower(t, e) === 'et' && (lower(t, e + 1) === 'demi' || lower(t, e + 1) === 'demie')) {
    value += (unitFactor ?? 1) / 2
    e += 2
  }
  // "233 €/t", "$80/bbl", "0,15 €/kWh": a price per unit, the unit glued after a slash is part of the figure
  if (kind === 'money' && isPunct(t, e, '/') && glued(t, e - 1) && glued(t, e) && t.kind[e + 1] === WORD && PER_UNIT_SYMBOLS.has(lower(t, e + 1))) e += 2
  // "deux fois plus", "three times more": a ratio
  if (unit === undefined && (lower(t, e) === 'fois' || lower(t, e) === 'times') && TIMES_AFTER.has(lower(t, e + 1))) {
    kind = 'ratio'
    // "cinq fois moins", "five times lower": the factor is a fifth, as "divided by five" is
    if (TIMES_FEWER.has(lower(t, e + 1)) && value > 0) value = 1 / value
    e += 2
  }
  // "not 2x but 3x as high", "grew 10x": a factor written with a glued "x" (not "4x4", "1920x1080", "Model 3X")
  if (unit === undefined && e === coreEnd && t.kind[coreFirst] === NUM && glued(t, e - 1) && t.kind[e] === WORD && raw(t, e) === 'x' && t.kind[e + 1] !== NUM) {
    kind = 'ratio'
    e++
  }
  // a word glued after the digits that is neither scale nor unit: ordinal, identifier, time ("1er", "5G", "20h30")
  if (e === coreEnd && t.kind[coreFirst] === NUM && glued(t, coreEnd - 1) && t.kind[coreEnd] === WORD) suffix = lower(t, coreEnd)
  // "(- 14 %)", "de délinquance et - 23,02 %", ": – 2,0 %": a spaced minus before a rate, after a bracket, a colon or a
  // link word (after a noun it opens an aside: "Provence - 23 communes")
  if (first === coreFirst && (unit === '%' || unit === 'pp') && spacedMinus(t, coreFirst, true)) {
    value = -value
    first = coreFirst - 1
  }
  const yearLike =
    t.kind[coreFirst] === NUM && !decimal && !grouped && digits === 4 && value >= 1000 && value <= 2199 && !scaled && unit === undefined && first === coreFirst
  return {
    first, end: e, coreFirst, coreEnd, value, unit, kind, written, collective, fraction, scaled, yearLike,
    decimal, grouped, leadingZero, digits, suffix, pointsUnit: unit === 'pp', ...(unitFactor !== undefined ? { unitFactor } : {})
  }
}

const FEET_MARKS = new Set(["'", '\u2032', '\u2019'])
const INCH_MARKS = new Set(['"', '\u2033', '\u201d', "''"])

/** "6 ' 7 \"": the inches after a number of feet (below 12), as feet, and where the height ends. */
function feetAndInchesAt(t: Tokens, e: number): { add: number; end: number } | undefined {
  if (t.kind[e] === WORD || !FEET_MARKS.has(t.text[t.start[e]]) || t.kind[e + 1] !== NUM || t.kind[e + 2] === WORD) return undefined
  const inches = t.value[e + 1]
  if (!Number.isInteger(inches) || inches >= 12 || !INCH_MARKS.has(t.text.slice(t.start[e + 2], t.end[e + 2]))) return undefined
  return { add: inches / 12, end: e + 3 }
}

// How many of the next smaller unit make one of a time unit: "one hour and fifteen minutes" is 1.25 hours.
const SMALLER_TIME: Readonly<Record<string, { unit: string; per: number }>> = {
  year: { unit: 'month', per: 12 }, day: { unit: 'hour', per: 24 }, hour: { unit: 'minute', per: 60 }, week: { unit: 'day', per: 7 }
}

/** What "and a half" / "et demi(e)" or "and M <smaller unit>" adds to a duration ending at token e, and where it ends. */
function durationTail(t: Tokens, e: number, unit: string, lang: Lang): { add: number; end: number } | undefined {
  const join = lower(t, e)
  if (join !== 'and' && join !== 'et') return undefined
  if (lang === 'fr' && (lower(t, e + 1) === 'demi' || lower(t, e + 1) === 'demie')) return { add: 0.5, end: e + 2 }
  if (lang === 'en' && lower(t, e + 1) === 'a' && lower(t, e + 2) === 'half') return { add: 0.5, end: e + 3 }
  const smaller = SMALLER_TIME[unit]
  if (!smaller || (t.kind[e + 1] !== NUM && t.kind[e + 1] !== WORD)) return undefined
  const next = readFigure(t, e + 1, lang)
  if (!next || next.unit !== smaller.unit || next.value <= 0 || next.value >= smaller.per) return undefined
  return { add: next.value / smaller.per, end: next.end }
}

/**
 * "resumed growth in the third quarter -1,5% compared with the previous quarter - for the first time": a hyphen after
 * a word and a space, glued to the figure, opens an aside a later dash closes (spaced, or glued to a word's end) within
 * the sentence, with no other figure between: it is a dash, not a minus.
 */
// copulas, auxiliaries and prepositions: after them a figure is a complement, so its hyphen is a minus
const ASIDE_VERBS = new Set(['is', 'was', 'are', 'were', 'est', 'était', 'sont', 'a', 'ont', 'be', 'of', 'de', 'à', 'at', 'to', 'by', 'par'])

// Before a spaced minus on a rate ("et - 23,02 %", "après – 0,5 %"), a wider set of link words than for a count: a rate
// right after them is always its own figure, where "et – 300 unités" may open an aside
const RATE_SIGN_AFTER = new Set(['soit', 'et', 'ou', 'à', 'de', 'après', 'after', 'contre', 'against', 'and', 'or', 'to', 'of', 'at', 'by', 'was', 'is', 'est', 'était', 'fait', 'font'])

/**
 * True when a mark set off by one space before the figure starting at `first` is its minus: an en dash or a minus sign
 * after a bracket or a word of `SPACED_SIGN_AFTER` ("à – 2 800", "(– 130)"); before a rate also a hyphen, and after a
 * colon or a word of `RATE_SIGN_AFTER` ("(- 14 %)", "recule : – 2,0 %", "et - 23,02 %").
 */
function spacedMinus(t: Tokens, first: number, rate: boolean): boolean {
  const s = first - 1
  if (s < 1 || t.kind[s] !== PUNCT || t.start[first] - t.end[s] !== 1) return false
  const ch = t.text[t.start[s]]
  if (ch !== '\u2013' && ch !== '\u2212' && !(rate && ch === '-')) return false
  const p = s - 1
  if (isPunct(t, p, '(') || (rate && isPunct(t, p, ':'))) return true
  return t.kind[p] === WORD && !glued(t, p) && (rate ? RATE_SIGN_AFTER : SPACED_SIGN_AFTER).has(lower(t, p))
}

function opensDashAside(t: Tokens, s: number, lang: Lang): boolean {
  if (t.text[t.start[s]] !== '-' || s === 0 || t.kind[s - 1] !== WORD || glued(t, s - 1)) return false
  // after a verb ("changed -2.8% in May - a bad month") the figure is its complement, minus and all; after a noun, an aside
  if (nonNounClass(lower(t, s - 1), lang) !== undefined || ASIDE_VERBS.has(lower(t, s - 1))) return false
  for (let k = s + 2; k < t.count && k < s + 16; k++) {
    if (t.kind[k] === NUM) return false
    if (t.kind[k] === WORD) continue
    const ch = t.text[t.start[k]]
    if (ch === '.' || ch === ';' || ch === '!' || ch === '?') return false
    // (a dash right before a figure is that figure's sign, not the aside's end: "-11,66 % et - 23,02 %")
    if (DASHES.has(ch) && !glued(t, k) && (!glued(t, k - 1) || t.kind[k - 1] === WORD) && t.kind[k + 1] !== NUM) return true
  }
  return false
}

// Units a price is given per after a slash ("€/t", "$/bbl", "€/kWh", "€/m²")
const PER_UNIT_SYMBOLS = new Set(['t', 'kg', 'g', 'l', 'hl', 'bbl', 'kwh', 'mwh', 'm', 'ha', 'tonne', 'mois', 'an', 'h', 'lb', 'oz', 'gal', 'month', 'year', 'day', 'jour'])

/** Words after a glued "1.8m" that make it metres: a height, a length, a distance. */
const FRENCH_SPACED_SYMBOLS = new Set(['t', 'g'])
const SPACED_METRE_CONTEXT = new Set(['tall', 'long', 'high', 'wide', 'deep', 'thick', 'above', 'below'])
const METRE_CONTEXT = new Set(['tall', 'long', 'high', 'wide', 'deep', 'thick', 'away', 'apart', 'above', 'below', 'under', 'across', 'in', 'of'])

/** True when the "m" at token e after a figure means metres. */
function metresAt(t: Tokens, e: number, lang: Lang): boolean {
  if (raw(t, e) !== 'm') return false
  const next = t.kind[e + 1]
  // French: "5 m", "3,2 m de haut"; spaced in English too when nothing but a figure, "x" or a mark follows ("1 m x 1 m")
  if (lang === 'fr') return true
  // "1600 m above sea level", "300 m high": a spaced "m" before a word of height or length
  if (!glued(t, e - 1)) return next !== WORD || lower(t, e + 1) === 'x' || SPACED_METRE_CONTEXT.has(lower(t, e + 1))
  return next === WORD && METRE_CONTEXT.has(lower(t, e + 1))
}

// Nouns a currency name before them qualifies rather than counts: "Euro countries", "the euro area".
// (Not "bills", "coins": "50 dollar bills" still names their value.)
const CURRENCY_MODIFIED = new Set(['countries', 'country', 'zone', 'area', 'members', 'member', 'states', 'nations', 'economies'])
// ISO codes that are also English or French words: "mad", "try", "cad", "gel", "ils", "pen", "cop", "rub"
const CODES_THAT_ARE_WORDS = new Set(['mad', 'try', 'cad', 'gel', 'ils', 'pen', 'cop', 'rub'])

const SUBUNITS = new Set(['cents', 'cent', 'centimes', 'pence', 'penny', 'p'])

/**
 * What may follow a currency after its figure: a mark saying which dollar ("16,4 millions de $ c", "$CAD"), and cents
 * ("3 dollars 50 cents", "thirteen dollars and forty-five cents", "thirteen dollars forty five").
 */
function moneyTail(t: Tokens, e: number, lang: Lang, def: UnitDef, dollarSign: boolean): { end: number; unit?: string; cents?: number } | undefined {
  if (dollarSign && t.kind[e] === WORD && DOLLAR_MARKS_AFTER.has(lower(t, e)) && !isPunct(t, e + 1, "'") && !isPunct(t, e + 1, '\u2019')) {
    return { end: e + 1, unit: DOLLAR_QUALIFIERS[lower(t, e)] }
  }
  if (def.factor !== undefined || dollarSign) return undefined
  const joined = lower(t, e) === 'and' || lower(t, e) === 'et'
  const k = joined ? e + 1 : e
  let value: number
  let end: number
  if (t.kind[k] === NUM && (t.numFlags[k] & (NUM_DECIMAL | NUM_GROUPED)) === 0 && t.digits[k] <= 2) {
    value = t.value[k]
    end = k + 1
  } else {
    const w = t.kind[k] === WORD ? readWrittenNumber(t, k, lang) : undefined
    if (!w || w.fraction || w.approx || w.scaled || w.first !== k) return undefined
    value = w.value
    end = w.end
  }
  if (value >= 100) return undefined
  if (t.kind[end] === WORD && SUBUNITS.has(lower(t, end))) return { end: end + 1, cents: value }
  // without "cents" only right after the currency and before nothing more: "thirteen dollars forty five."
  if (!joined && t.kind[end] !== WORD && t.kind[end] !== NUM) return { end, cents: value }
  return undefined
}

function isCurrencyAt(t: Tokens, i: number): boolean {
  if (i >= t.count) return false
  if (t.kind[i] === PUNCT) return CURRENCY_SYMBOLS[t.text[t.start[i]]] !== undefined
  const w = lower(t, i)
  return w === 'euros' || w === 'dollars' || w === 'd' || w === 'de' || CURRENCY_CODES[w] !== undefined
}

const TIMES_FEWER = new Set(['moins', 'less', 'fewer', 'lower', 'smaller', 'inférieur', 'inférieure', 'inférieurs', 'inférieures'])
const TIMES_AFTER = new Set(['plus', 'moins', 'more', 'less', 'as', 'supérieur', 'supérieure', 'inférieur', 'inférieure', 'inférieurs', 'inférieures', 'supérieurs', 'supérieures', 'higher', 'lower', 'larger', 'bigger', 'greater', 'fewer', 'smaller', 'over'])

const NOT_AFTER_METRES = new Set(['long', 'high', 'wide', 'deep', 'tall', 'of', 'from', 'away', 'above', 'below', 'in', 'to', 'and', 'or', 'a', 'per', 'on', 'at', 'by', 'for', 'the'])

const INTRO_APPROX = new Set(['environ', 'about', 'around', 'approximately', 'roughly', 'some', 'quelque'])
const INTRO: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['entre', 'de']),
  en: new Set(['between', 'from'])
}

/** Reads a figure at token i and, when one follows, a second one joined to it ("à", "-", "to", "et"). */
export function readNumberExpr(t: Tokens, i: number, lang: Lang): NumberExpr | undefined {
  const low = readFigure(t, i, lang)
  if (!low) return undefined
  let introTok = -1
  let intro: string | undefined
  // "croître d'environ 2.500 à 4.500", "from about 12 to 15": the intro stands before an approximator
  const before = t.kind[low.first - 1] === WORD && INTRO_APPROX.has(lower(t, low.first - 1)) ? low.first - 2 : low.first - 1
  if (t.kind[before] === WORD && INTRO[lang].has(lower(t, before))) {
    introTok = before
    intro = lower(t, before)
  } else if (t.kind[before] === PUNCT && lang === 'fr' && (t.text[t.start[before]] === "'" || t.text[t.start[before]] === '\u2019') && lower(t, before - 1) === 'd') {
    introTok = before - 1
    intro = 'de'
  }
  const c = low.end
  let next = -1
  // "rose by 5 cents to $34.57", "augmenté de 2 % à 30 %"... without "entre"/"from" a "to" after "by" starts the new level
  const afterBy = introTok < 0 && low.unit !== undefined && (lower(t, low.first - 1) === 'by' || lower(t, low.first - 1) === 'of')
  if (t.kind[c] === WORD && RANGE_WORDS[lang].has(lower(t, c)) && !afterBy) {
    const w = lower(t, c)
    // "et"/"and" join a pair only after "entre"/"between"; "à"/"to" need no intro
    if ((w === 'et' && intro !== 'entre') || (w === 'and' && intro !== 'between')) next = -1
    else next = c + 1
  } else if (t.kind[c] === PUNCT && DASHES.has(t.text[t.start[c]])) {
    // "100-150", "100 – 150": a dash between two plain numbers
    // "a 4-0 victory" is a score, two counts (./score.ts)
    // "1600-2040 m": two year-like numbers make a range of a measure when a unit follows (checked below)
    if (t.kind[low.coreFirst] === NUM && (t.kind[c + 1] === NUM || (CURRENCY_SYMBOLS[t.text[t.start[c + 1]]] !== undefined && t.kind[c + 2] === NUM)) && !(low.coreFirst === c - 1 && isScore(t, c - 1))) next = c + 1
  }
  if (low.fraction || low.collective) next = -1
  if (next >= 0) {
    // currency before the second figure: "€10 to €20"
    const high = readFigure(t, next, lang) ?? (CURRENCY_SYMBOLS[t.text[t.start[next]]] !== undefined ? readFigure(t, next + 1, lang) : undefined)
    // "de 0,6 % à 12.078 points": a rate then the index level it left, not a range (index points carry no unit)
    const indexPoints = high !== undefined && high.unit === undefined && low.unit !== undefined && POINTS.has(lower(t, high.end))
    const unitsClash = indexPoints || (low.unit !== undefined && high !== undefined && high.unit !== undefined && low.unit !== high.unit)
    // "augmenter le chiffre d'affaires d'ici 2015 à 20 milliards d'euros": a year, then the amount reached by then
    const yearThenAmount = low.yearLike && high !== undefined && high.scaled
    // "fell by 12,000 to 1.2 million", "de 12 000 à 1,2 million": a figure in the thousands already takes no scale from the
    // next one; after "by" it is the change and the next figure the level reached, not a range
    // ("between 1,000 and 1,500 million" shares it: the two are of one size before the scale)
    const ownMagnitude = high !== undefined && high.scaled && !low.scaled && !low.written && low.value >= 1000 &&
      t.kind[high.coreFirst] === NUM && low.value > 10 * t.value[high.coreFirst]
    const changeThenLevel = ownMagnitude && lower(t, low.first - 1) === 'by'
    if (high && !unitsClash && !yearThenAmount && !changeThenLevel && high.first <= next + 1 && (!high.yearLike || (low.digits > 0 && low.digits <= 3 && !low.yearLike && low.value < high.value)) && !(low.yearLike && (high.unit === undefined || t.kind[c] !== PUNCT) && (t.kind[c] === PUNCT || high.value < low.value))) {
      // share scale and unit: "2 à 3 millions", "10 à 20 %", "between $2 and 3bn"
      // "two to three million": a written high bound shares the scale word it ends on
      if (high.scaled && !low.scaled && !ownMagnitude && (!low.written || low.value < 1000)) {
        const ratio = t.kind[high.coreFirst] === NUM ? high.value / t.value[high.coreFirst] : (scaleOf(lower(t, high.coreEnd - 1), lang) ?? 1)
        if (Number.isFinite(ratio) && ratio > 1) {
          low.value *= ratio
          low.scaled = true
        }
      }
      // "ten to one hundred times smaller": the low figure is the same kind of factor; inverted factors swap bounds
      if (high.kind === 'ratio' && low.kind === 'count' && low.unit === undefined && (lower(t, high.end - 2) === 'fois' || lower(t, high.end - 2) === 'times')) {
        low.kind = 'ratio'
        if (TIMES_FEWER.has(lower(t, high.end - 1)) && low.value > 0) {
          const inverse = 1 / low.value
          low.value = high.value
          high.value = inverse
        }
      }
      if (low.unit === undefined && high.unit !== undefined) {
        low.unit = high.unit
        low.kind = high.kind
        low.yearLike = false
        // "de 40 à 50 centimes": the low bound is in centimes too
        if (high.unitFactor !== undefined) low.value = scaleBy(low.value, high.unitFactor)
      } else if (high.unit === undefined && low.unit !== undefined) {
        high.unit = low.unit
        high.kind = low.kind
      }
      if (!low.yearLike || high.unit !== undefined) {
        return { low, high, introTok, intro, first: low.first, end: high.end }
      }
    }
  }
  return { low, introTok, intro, first: low.first, end: low.end }
}

/** Every number expression in the tokens, in order, non-overlapping. */
export function readAllNumberExprs(t: Tokens, lang: Lang): NumberExpr[] {
  const out: NumberExpr[] = []
  let i = 0
  while (i < t.count) {
    const k = t.kind[i]
    const pct = k === WORD ? percentBefore(t, i, lang) : undefined
    if (pct) {
      out.push(pct)
      i = pct.end
      continue
    }
    if (k === NUM || (k === WORD && mayStartWrittenNumber(t, i, lang))) {
      const expr = readNumberExpr(t, i, lang)
      if (expr && expr.end > i) {
        if (out.length && expr.first < out[out.length - 1].end) expr.first = out[out.length - 1].end
        if (expr.low.first < expr.first) expr.low.first = expr.first
        out.push(expr)
        i = expr.end
        continue
      }
    }
    i++
  }
  return out
}

const PERCENT_FIRST: Record<Lang, readonly (readonly string[])[]> = {
  en: [['per', 'cent', 'of'], ['percent', 'of'], ['percents', 'of'], ['percentage', 'of']],
  fr: [['pourcentage', 'de'], ['pourcent', 'de'], ['pourcent', 'des'], ['pourcents', 'de'], ['pourcents', 'des'], ['pour', 'cent', 'de']]
}

/**
 * "per cent of twenty-two", "pourcentage de vingt": the percent said before its figure, which must end the phrase
 * ("the percentage of 18-year-olds" names a group, not 18 %).
 */
function percentBefore(t: Tokens, i: number, lang: Lang): NumberExpr | undefined {
  // cheap check first: this runs at every word
  const c = t.text.charCodeAt(t.start[i])
  if (c !== 112 && c !== 80) return undefined // p, P
  const w = lower(t, i)
  if (w !== 'per' && w !== 'percent' && w !== 'percents' && w !== 'percentage' && !w.startsWith('pour')) return undefined
  for (const phrase of PERCENT_FIRST[lang]) {
    const k = matchPhrase(t, i, phrase)
    if (k < 0) continue
    const fig = t.kind[k] === NUM || t.kind[k] === WORD ? readFigure(t, k, lang) : undefined
    if (!fig || fig.unit !== undefined || fig.fraction || fig.first !== k || t.kind[fig.end] === WORD || t.kind[fig.end] === NUM) return undefined
    const low: Figure = { ...fig, first: i, unit: '%', kind: 'percent', yearLike: false }
    return { low, introTok: -1, first: i, end: fig.end }
  }
  return undefined
}

const WRITTEN_STARTS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze',
    'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'septante', 'huitante', 'octante', 'nonante', 'cent',
    'mille', 'moitié', 'dizaine', 'dizaines', 'douzaine', 'douzaines', 'quinzaine', 'vingtaine', 'vingtaines', 'trentaine', 'quarantaine',
    'cinquantaine', 'soixantaine', 'centaine', 'centaines', 'millier', 'milliers', 'millions', 'milliards', 'zéro', 'doublé',
    'doublée', 'doublés', 'doublées', 'triplé', 'triplée', 'triplés', 'quadruplé', 'quadruplée', 'double', 'doubler', 'triple', 'tripler'
  ]),
  en: new Set([
    'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
    'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'half', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions',
    'billions', 'tens', 'zero', 'doubled', 'tripled', 'quadrupled', 'halved', 'double', 'triple', 'nought', 'naught'
  ])
}

const WRITTEN_FIRST: Record<Lang, ReadonlySet<number>> = {
  fr: new Set([...WRITTEN_STARTS.fr].map((w) => w.charCodeAt(0))),
  en: new Set([...WRITTEN_STARTS.en].map((w) => w.charCodeAt(0)))
}

function mayStartWrittenNumber(t: Tokens, i: number, lang: Lang): boolean {
  // cheap checks first: most words are longer than any number word or start with another letter
  const len = t.end[i] - t.start[i]
  if (len > 12) return false
  const c = t.text.charCodeAt(t.start[i])
  if (!WRITTEN_FIRST[lang].has(c >= 65 && c <= 90 ? c + 32 : c)) return false
  const w = lower(t, i)
  return WRITTEN_STARTS[lang].has(w) || multiplierOf(w) !== undefined
}
