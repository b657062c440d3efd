import type { ClaimKind, Lang } from '../model'
import { scaleOf } from './scales'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'
import { AMBIGUOUS_UNITS, CURRENCY_CODES, CURRENCY_SYMBOLS, TIME_UNIT_CODES, UNIT_INDEX } from './units'
import { readWrittenNumber } from './writtenNumbers'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, NUM_DECIMAL, NUM_GROUPED, NUM_LEADING_ZERO, PUNCT, WORD, glued, lower, matchPhrase, raw } = tokensModule

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

const SIGNS = new Set(['-', '+', '\u2212'])
const RANGE_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['à', 'a', 'et']),
  en: new Set(['to', 'and'])
}
const DASHES = new Set(['-', '\u2013', '\u2014'])

function currencyBefore(t: Tokens, i: number): { unit: string; first: number } | undefined {
  const p = i - 1
  if (p < 0) return undefined
  if (t.kind[p] === PUNCT) {
    const sym = CURRENCY_SYMBOLS[t.text[t.start[p]]]
    if (sym && t.start[i] - t.end[p] <= 1) {
      // "US$", "C$", "A$"
      if (sym === 'USD' && glued(t, p - 1) && t.kind[p - 1] === WORD) {
        const w = lower(t, p - 1)
        if (w === 'us') return { unit: 'USD', first: p - 1 }
        if (w === 'c' || w === 'ca') return { unit: 'CAD', first: p - 1 }
        if (w === 'a' || w === 'au') return { unit: 'AUD', first: p - 1 }
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

function pointsAllowed(t: Tokens, coreFirst: number, after: number): boolean {
  // "a fall of 3 points", "lead of 14 points", "recule de 0,2 point": points of a rate. Not "3 points de suture",
  // "points of sale", "un plan en 3 points".
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
  let digits = 0
  if (t.kind[i] === NUM) {
    value = t.value[i]
    coreEnd = i + 1
    decimal = (t.numFlags[i] & NUM_DECIMAL) !== 0
    grouped = (t.numFlags[i] & NUM_GROUPED) !== 0
    leadingZero = (t.numFlags[i] & NUM_LEADING_ZERO) !== 0
    digits = t.digits[i]
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
  let first = coreFirst
  let unit: string | undefined
  let kind: ClaimKind = fraction ? 'ratio' : 'count'
  // currency before: "$2.3bn", "€50", "USD 5 million"
  const cur = currencyBefore(t, coreFirst)
  if (cur) {
    unit = cur.unit
    kind = 'money'
    first = cur.first
  }
  // sign glued before, not part of a "100-150" range
  const s = first - 1
  if (t.kind[coreFirst] === NUM && s >= 0 && t.kind[s] === PUNCT && SIGNS.has(t.text[t.start[s]]) && glued(t, s)) {
    if (!(s > 0 && glued(t, s - 1) && (t.kind[s - 1] === NUM || t.kind[s - 1] === WORD))) {
      if (t.text[t.start[s]] !== '+') value = -value
      first = s
    }
  }
  let e = coreEnd
  let suffix: string | undefined
  // scale: "3,5 milliards", "1.2 million", "10k", "2.3bn", "3 Md€", "5 M€"
  if (!written || !scaled) {
    if (t.kind[e] === WORD) {
      const w = lower(t, e)
      let sc = written && !collective && !fraction ? (w === 'mille' || w === 'thousand' ? undefined : scaleOf(w, lang)) : scaleOf(w, lang)
      if (written && (w === 'mille' || w === 'k')) sc = undefined
      if (sc !== undefined && (w === 'k' || w === 'mn' || w === 'bn' || w === 'md' || w === 'mds' || w === 'tn' || w === 'mrd' || w === 'bln' || w === 'mln' || w === 'mio')) {
        // abbreviations must touch the figure or come with a currency
        if (!glued(t, e - 1) && kind !== 'money' && !isCurrencyAt(t, e + 1)) sc = undefined
      }
      if (sc === undefined && (w === 'm' || w === 'b') && (kind === 'money' || isCurrencyAt(t, e + 1)) && (glued(t, e - 1) || raw(t, e) === 'M')) {
        sc = w === 'm' ? 1e6 : 1e9
      }
      // "1.8m hectares", "2.5m people": a glued m before a noun is a million (metres come before adjectives or "of")
      if (sc === undefined && w === 'm' && lang === 'en' && glued(t, e - 1) && t.kind[e + 1] === WORD && !NOT_AFTER_METRES.has(lower(t, e + 1))) sc = 1e6
      if (sc !== undefined && !fraction) {
        value *= sc
        scaled = true
        e++
      }
    }
  }
  // unit after: "%", "pour cent", "d'euros", "km", "°C"
  if (t.kind[e] !== NUM) {
    // after a scale, "de"/"d'"/"of" may come before the unit: "35,1 millions de tonnes", "4,8 millions d'hectares"
    let at = e
    if (scaled && !written) {
      const w0 = lower(t, e)
      if ((w0 === 'de' || w0 === 'of') && t.kind[e + 1] === WORD) at = e + 1
      else if (w0 === 'd' && (lower(t, e + 1) === "'" || lower(t, e + 1) === '\u2019')) at = e + 2
    }
    for (const start of at === e ? [e] : [e, at]) {
      let matched = false
      for (const { phrase, data: def } of UNIT_INDEX.startingWith(lower(t, start))) {
        const after = matchPhrase(t, start, phrase)
        if (after < 0) continue
        const head = phrase.join(' ')
        if (start !== e && (def.kind === 'percent' || AMBIGUOUS_UNITS.has(head) || TIME_UNIT_CODES.has(def.unit))) continue
        if (AMBIGUOUS_UNITS.has(head)) {
          if (head === 'points' || head === 'point' || head === 'pts') {
            // "1 251 points" on a stock index are index points, not percentage points
            if (!pointsAllowed(t, coreFirst, after) || Math.abs(value) >= 100) continue
          } else if (head === 'c') {
            if (!glued(t, e - 1) || raw(t, start) !== 'C') continue
          } else if (head === 'p') {
            if (!glued(t, e - 1) || lang !== 'en' || kind === 'money') continue
          } else if (!glued(t, e - 1)) continue
        }
        // a unit word must end there ("5 g" but not "5 grands")
        if (after < t.count && glued(t, after - 1) && t.kind[after] === WORD && t.kind[after - 1] === WORD) continue
        if (def.kind === 'money' && kind === 'money' && unit && unit !== def.unit) break
        unit = def.unit
        kind = def.kind
        if (def.factor !== undefined) value *= def.factor
        e = after
        matched = true
        break
      }
      if (matched) break
    }
  }
  // "deux fois plus", "three times more": a ratio
  if (unit === undefined && (lower(t, e) === 'fois' || lower(t, e) === 'times') && TIMES_AFTER.has(lower(t, e + 1))) {
    kind = 'ratio'
    e += 2
  }
  // a word glued after the digits that is neither scale nor unit: ordinal, identifier, time ("1er", "5G", "20h30")
  if (e === coreEnd && t.kind[coreFirst] === NUM && glued(t, coreEnd - 1) && t.kind[coreEnd] === WORD) suffix = lower(t, coreEnd)
  const yearLike =
    t.kind[coreFirst] === NUM && !decimal && !grouped && digits === 4 && value >= 1000 && value <= 2199 && !scaled && unit === undefined && first === coreFirst
  return {
    first, end: e, coreFirst, coreEnd, value, unit, kind, written, collective, fraction, scaled, yearLike,
    decimal, grouped, leadingZero, digits, suffix, pointsUnit: unit === 'pp'
  }
}

function isCurrencyAt(t: Tokens, i: number): boolean {
  if (i >= t.count) return false
  if (t.kind[i] === PUNCT) return CURRENCY_SYMBOLS[t.text[t.start[i]]] !== undefined
  const w = lower(t, i)
  return w === 'euros' || w === 'dollars' || w === 'd' || w === 'de' || CURRENCY_CODES[w] !== undefined
}

const TIMES_AFTER = new Set(['plus', 'moins', 'more', 'less', 'as', 'supérieur', 'supérieure', 'inférieur', 'inférieure', 'higher', 'lower', 'larger', 'bigger', 'greater', 'fewer', 'over'])

const NOT_AFTER_METRES = new Set(['long', 'high', 'wide', 'deep', 'tall', 'of', 'from', 'away', 'above', 'below', 'in', 'to', 'and', 'or', 'a', 'per', 'on', 'at', 'by', 'for', 'the'])

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
  const before = low.first - 1
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
    if (t.kind[low.coreFirst] === NUM && !low.yearLike && (t.kind[c + 1] === NUM || (CURRENCY_SYMBOLS[t.text[t.start[c + 1]]] !== undefined && t.kind[c + 2] === NUM))) next = c + 1
  }
  if (low.fraction || low.collective) next = -1
  if (next >= 0) {
    // currency before the second figure: "€10 to €20"
    const high = readFigure(t, next, lang) ?? (CURRENCY_SYMBOLS[t.text[t.start[next]]] !== undefined ? readFigure(t, next + 1, lang) : undefined)
    const unitsClash = low.unit !== undefined && high !== undefined && high.unit !== undefined && low.unit !== high.unit
    if (high && !unitsClash && high.first <= next + 1 && !high.yearLike && !(low.yearLike && t.kind[c] === PUNCT)) {
      // share scale and unit: "2 à 3 millions", "10 à 20 %", "between $2 and 3bn"
      if (high.scaled && !low.scaled && !low.written) {
        const ratio = high.value / (t.kind[high.coreFirst] === NUM ? t.value[high.coreFirst] : high.value)
        if (Number.isFinite(ratio) && ratio > 1) {
          low.value *= ratio
          low.scaled = true
        }
      }
      if (low.unit === undefined && high.unit !== undefined) {
        low.unit = high.unit
        low.kind = high.kind
        low.yearLike = false
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
    'billions', 'tens', 'zero', 'doubled', 'tripled', 'quadrupled', 'halved', 'double', 'triple'
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
  return WRITTEN_STARTS[lang].has(lower(t, i))
}
