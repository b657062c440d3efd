import type { Lang } from '../model'
import * as charsModule from './chars'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { isDigit, isGroupSpace } = charsModule

/** A run of digits with its separators, read by hand (no regex) so that any input scans in linear time. */
export interface Numeral {
  end: number
  value: number
  /** Number of digits read (integer and decimal parts). */
  digits: number
  /** Digits before any separator. */
  leadDigits: number
  /** The digit-group separator used ("1 234", "1.234", "1,234", "12'500"), if any. */
  groupSep?: string
  decimal: boolean
  leadingZero: boolean
}

function threeDigitsAt(text: string, j: number): boolean {
  return (
    j + 2 < text.length &&
    isDigit(text.charCodeAt(j)) &&
    isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) &&
    !isDigit(text.charCodeAt(j + 3))
  )
}

/** True when text[j] is a comma followed by one or two digits and then "%" (with or without a space). */
function commaPercentAt(text: string, j: number): boolean {
  let k = j + 1
  while (k < text.length && k - j <= 3 && isDigit(text.charCodeAt(k))) k++
  const n = k - j - 1
  if (n < 1 || n > 2) return false
  if (scaleWordAt(text, k)) return true
  if (text.charCodeAt(k) === 32) k++
  return text.charCodeAt(k) === 37
}

const SCALE_WORD = /^ (?:thousand|million|millions|billion|billions)\b/

/** True when a space and a scale word start at `k` (" million", " thousand"). */
function scaleWordAt(text: string, k: number): boolean {
  return text.charCodeAt(k) === 32 && SCALE_WORD.test(text.slice(k, k + 10))
}

/**
 * "5.000 million yen", "55.000 thousand million" in English text (translated from a language that groups with dots):
 * a dot then three digits ending in "00" before a scale word groups thousands; nobody writes 5.000 for five.
 */
function dotThousandsAt(text: string, j: number): boolean {
  return text.charCodeAt(j) === 46 && threeDigitsAt(text, j + 1) && text.charCodeAt(j + 2) === 48 && text.charCodeAt(j + 3) === 48 && scaleWordAt(text, j + 4)
}

/**
 * "the CAC 40 lost 1,4% to end at 3.064 points" (translated text): a dot and exactly three digits before "points" is a
 * stock index level in thousands; a percentage-point change with three decimals is not written so.
 */
function dotThousandsBeforePoints(text: string, i: number, j: number): boolean {
  if (text.charCodeAt(j) !== 46 || text.charCodeAt(i) === 48 || !threeDigitsAt(text, j + 1) || isDigit(text.charCodeAt(j + 4))) return false
  return /^ (?:points|pts)\b/.test(text.slice(j + 4, j + 12))
}

function isGroupChar(c: number, lang: Lang): boolean {
  if (isGroupSpace(c)) return true
  if (c === 39 || c === 0x2019) return true // 12'500
  if (c === 46) return lang === 'fr' // 1.234 is a thousand in French, a decimal in English
  if (c === 44) return lang === 'en'
  return false
}

/**
 * Reads the numeral starting at `i` (a digit). French: "1 234,5", "1.234,5"; English: "1,234.5";
 * both: "12'500" and no-break/narrow spaces. Groups must be exactly three digits after a lead of one to three.
 */
export function scanNumeral(text: string, i: number, lang: Lang): Numeral {
  let j = i
  while (j < text.length && isDigit(text.charCodeAt(j))) j++
  const leadDigits = j - i
  let intDigits = text.slice(i, j)
  let groupSep: string | undefined
  if (leadDigits <= 3) {
    while (j < text.length) {
      const c = text.charCodeAt(j)
      if (!(isGroupChar(c, lang) || (lang === 'en' && groupSep === undefined && (dotThousandsAt(text, j) || dotThousandsBeforePoints(text, i, j)))) || !threeDigitsAt(text, j + 1)) break
      const ch = text[j]
      if (groupSep !== undefined && groupSep !== ch) break
      // "1.234,5" in English text or "1,234.5" in French text: the other convention, read it
      groupSep = ch
      intDigits += text.slice(j + 1, j + 4)
      j += 4
    }
  }
  let decimal = false
  let fraction = ''
  const c = text.charCodeAt(j)
  const decimalChar = lang === 'fr' ? 44 : 46
  const otherDecimal = lang === 'fr' ? 46 : 44
  const canDecimal =
    (c === decimalChar && groupSep !== text[j]) ||
    // "1.234,5" / "1,234.5": the separator that is not the grouping one is the decimal point
    (c === otherDecimal && groupSep !== undefined && groupSep !== text[j] && !isGroupSpace(groupSep.charCodeAt(0))) ||
    // "2.5 millions" in French: a dot not followed by exactly three digits is a decimal point
    (c === 46 && lang === 'fr' && groupSep === undefined) ||
    // "0,4%" in English text (translated or quoted French): a comma and one or two digits before a percent sign
    (c === 44 && lang === 'en' && groupSep === undefined && commaPercentAt(text, j)) ||
    // "between 0,6 and 0,9%": "0," never opens a group of thousands, so it is a decimal comma
    (c === 44 && lang === 'en' && groupSep === undefined && intDigits === '0' && !threeDigitsAt(text, j + 1)) ||
    // "worth 1,3570 dollars": four digits or more after a comma never make a group of thousands
    (c === 44 && lang === 'en' && groupSep === undefined && digitRunAt(text, j + 1) >= 4)
  if (canDecimal && isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1
    while (k < text.length && isDigit(text.charCodeAt(k))) k++
    decimal = true
    fraction = text.slice(j + 1, k)
    j = k
  }
  const digits = intDigits.length + fraction.length
  let value = digits > 300 ? Infinity : Number(fraction ? `${intDigits}.${fraction}` : intDigits)
  // "1.3e6", "-12e-1": scientific notation; "2.5^-1": a power. Glued, and not the start of a word ("5e arrondissement").
  const exp = readExponent(text, j)
  if (exp) {
    value = exp.caret ? Math.pow(value, exp.power) : Number(`${value}e${exp.power}`)
    j = exp.end
  }
  return { end: j, value, digits, leadDigits, groupSep, decimal, leadingZero: leadDigits > 1 && text.charCodeAt(i) === 48 }
}

/** How many digits follow one another from `j`. */
function digitRunAt(text: string, j: number): number {
  let k = j
  while (k < text.length && isDigit(text.charCodeAt(k))) k++
  return k - j
}

function readExponent(text: string, j: number): { end: number; power: number; caret: boolean } | undefined {
  const c = text.charCodeAt(j)
  const caret = c === 94 // ^
  if (!caret && c !== 101 && c !== 69) return undefined // e, E
  let k = j + 1
  let negative = false
  // signs: "e-1", "^+23", "^--23" (two minus signs cancel)
  while (k < text.length && k - j <= 3 && (text.charCodeAt(k) === 45 || text.charCodeAt(k) === 43)) {
    if (text.charCodeAt(k) === 45) negative = !negative
    k++
  }
  if (!caret && k - j > 2) return undefined
  const d0 = k
  while (k < text.length && k - d0 < 4 && isDigit(text.charCodeAt(k))) k++
  if (k === d0 || isDigit(text.charCodeAt(k)) || isLetterCode(text.charCodeAt(k))) return undefined
  const power = Number(text.slice(d0, k))
  return { end: k, power: negative ? -power : power, caret }
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)
}

/**
 * Reads a decimal written without its leading zero, ".25" in English or ",25" in French: `i` is on the mark.
 * Undefined unless a digit follows the mark.
 */
export function scanLeadingDecimal(text: string, i: number, lang: Lang): Numeral | undefined {
  const mark = text.charCodeAt(i)
  if (mark !== (lang === 'fr' ? 44 : 46) || !isDigit(text.charCodeAt(i + 1))) return undefined
  let j = i + 1
  while (j < text.length && isDigit(text.charCodeAt(j))) j++
  if (j - i - 1 > 300) return undefined
  const value = Number(`0.${text.slice(i + 1, j)}`)
  return { end: j, value, digits: j - i - 1, leadDigits: 0, decimal: true, leadingZero: false }
}
