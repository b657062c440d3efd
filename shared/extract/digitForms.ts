import type { Lang } from '../model'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'
import { decimalsAfter } from './writtenNumbers'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, NUM_DECIMAL, NUM_GROUPED, PUNCT, WORD, glued, isPunct, lower } = tokensModule

/** Digits that continue a numeral token into one figure: "3/4", "2 1/4", "5½", "6, 8 %", "5 mille 352". */
export interface DigitForm {
  /** Token after the form. */
  end: number
  value: number
  fraction: boolean
  decimal: boolean
}

const isInteger = (t: Tokens, k: number): boolean => k >= 0 && k < t.count && t.kind[k] === NUM && (t.numFlags[k] & (NUM_DECIMAL | NUM_GROUPED)) === 0

/**
 * "3/4", "1/4": a proper fraction glued around a slash, its denominator 2–100 without a leading zero, and no second
 * slash (which makes a date, "12/05/2023", or a code). Undefined otherwise.
 */
function slashFractionAt(t: Tokens, k: number): { end: number; value: number } | undefined {
  if (!isInteger(t, k) || !isPunct(t, k + 1, '/') || !glued(t, k) || !glued(t, k + 1) || !isInteger(t, k + 2)) return undefined
  const num = t.value[k]
  const den = t.value[k + 2]
  if (t.text.charCodeAt(t.start[k + 2]) === 48 || den < 2 || den > 100 || num >= den || num === 0) return undefined
  // "9/11", "7/13": a denominator no fraction is written with reads as a month and a day
  if (!FRACTION_DENOMINATORS.has(den) && num <= 12 && den <= 31) return undefined
  if ((isPunct(t, k + 3, '/') && glued(t, k + 2)) || (isPunct(t, k - 1, '/') && glued(t, k - 1))) return undefined
  return { end: k + 3, value: num / den }
}

/**
 * "5 1 / 2-hour" (machine-tokenised text sets the slash apart): a half, third, quarter or eighth spaced around its slash,
 * read only after a whole number ("20 / 20" and "24 h / 24" are no fractions).
 */
function spacedHalfAt(t: Tokens, k: number): { end: number; value: number } | undefined {
  if (!isInteger(t, k) || !isPunct(t, k + 1, '/') || glued(t, k) || !isInteger(t, k + 2)) return undefined
  const num = t.value[k]
  const den = t.value[k + 2]
  if (!SPACED_DENOMINATORS.has(den) || num >= den || num === 0 || isPunct(t, k + 3, '/')) return undefined
  return { end: k + 3, value: num / den }
}
const SPACED_DENOMINATORS = new Set([2, 3, 4, 8])

// Denominators fractions are written with in prose ("3/4", "5/16", "1/100"); others, with a small numerator, are dates
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 25, 32, 50, 64, 100])
const QUOTE_DENOMINATORS = new Set([2, 4, 8])

/**
 * "10-1/4 cents", "$10.32-1/4": a price quoted in halves, quarters or eighths of its last unit, as grain and bond markets
 * write them (a hyphen glued on both sides). The fraction is of the last digit's unit: 10.32-1/4 is 10.3225.
 */
function quotedFractionAt(t: Tokens, i: number): DigitForm | undefined {
  if (t.kind[i] !== NUM || (t.numFlags[i] & NUM_GROUPED) !== 0 || !isPunct(t, i + 1, '-') || !glued(t, i) || !glued(t, i + 1)) return undefined
  const frac = slashFractionAt(t, i + 2)
  if (!frac || !QUOTE_DENOMINATORS.has(t.value[i + 4])) return undefined
  const text = t.text.slice(t.start[i], t.end[i])
  const dot = text.indexOf('.')
  const decimals = dot < 0 ? 0 : text.length - dot - 1
  return { end: frac.end, value: t.value[i] + frac.value / 10 ** decimals, fraction: false, decimal: true }
}

/** Vulgar fraction signs ("½", "¾") and their value. */
const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6,
  '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8
}

const DECIMAL_MARK: Record<Lang, string> = { fr: ',', en: '.' }

/** Percent or scale words that make "6, 8 %" (a decimal split by tokenisation) a figure rather than a list. */
const AFTER_SPLIT_DECIMAL = new Set([
  '%', 'pour', 'per', 'percent', 'pourcent', 'million', 'millions', 'milliard', 'milliards', 'billion', 'billions', 'points', 'point'
])

const THOUSAND: Record<Lang, string> = { fr: 'mille', en: 'thousand' }

/** The forms that continue the numeral token at `i`, or undefined (the token stands alone). */
export function readDigitForm(t: Tokens, i: number, lang: Lang): DigitForm | undefined {
  const frac = slashFractionAt(t, i)
  if (frac) return { end: frac.end, value: frac.value, fraction: true, decimal: false }
  const quoted = quotedFractionAt(t, i)
  if (quoted) return quoted
  if (!isInteger(t, i)) return undefined
  // "2 1/4", "10 1/2 miles": a whole number then a proper fraction
  const mixed = slashFractionAt(t, i + 1) ?? spacedHalfAt(t, i + 1)
  if (mixed && !glued(t, i)) return { end: mixed.end, value: t.value[i] + mixed.value, fraction: false, decimal: true }
  // "5½ hours", "2 ½ ans": a vulgar fraction sign after a whole number
  const sign = t.kind[i + 1] === PUNCT ? VULGAR_FRACTIONS[t.text[t.start[i + 1]]] : undefined
  if (sign !== undefined && t.end[i + 1] - t.start[i + 1] === 1) return { end: i + 2, value: t.value[i] + sign, fraction: false, decimal: true }
  // "6, 8 %", "6 . 2 %": a decimal whose mark tokenisation set apart, told from a list by the percent or scale after it
  if (t.digits[i] <= 3 && isPunct(t, i + 1, DECIMAL_MARK[lang]) && !glued(t, i + 1) && isInteger(t, i + 2) && t.digits[i + 2] <= 2) {
    const after = lower(t, i + 3)
    if (AFTER_SPLIT_DECIMAL.has(after) && (after !== 'pour' || lower(t, i + 4) === 'cent') && (after !== 'per' || lower(t, i + 4) === 'cent')) {
      const decimals = t.text.slice(t.start[i + 2], t.end[i + 2])
      return { end: i + 3, value: Number(`${t.value[i]}.${decimals}`), fraction: false, decimal: true }
    }
  }
  // "16-point-six percent", "2-point-44 billion": a transcript's spoken decimal after digits
  if (lang === 'en' && t.digits[i] <= 3) {
    const dec = decimalsAfter(t, i + 1, lang)
    if (dec && isPunct(t, i + 1, '-')) return { end: dec.end, value: Number(`${t.value[i]}.${dec.digits}`), fraction: false, decimal: true }
  }
  // "5 mille 352", "12 thousand 400": spoken thousands followed by the rest, as transcripts write them
  if (t.kind[i + 1] === WORD && lower(t, i + 1) === THOUSAND[lang] && isInteger(t, i + 2) && t.digits[i + 2] <= 3 && t.digits[i] <= 3) {
    const rest = t.value[i + 2]
    if (t.kind[i + 3] !== WORD || !isScaleLike(lower(t, i + 3))) return { end: i + 3, value: t.value[i] * 1000 + rest, fraction: false, decimal: false }
  }
  return undefined
}

// "5 mille 2 millions" is not 5002 of anything
function isScaleLike(w: string): boolean {
  return w === 'mille' || w === 'thousand' || w === 'million' || w === 'millions' || w === 'milliard' || w === 'milliards' || w === 'billion'
}

/** Exactly the figure a decimal scale means: 16.4 × 10^6 is 16 400 000, not 16 399 999.999999998. */
export function scaleBy(value: number, factor: number): number {
  const v = value * factor
  return Number.isFinite(v) && v !== 0 ? Number(v.toPrecision(15)) : v
}
