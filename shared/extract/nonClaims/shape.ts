// Figures whose written shape says they name or stamp something: glued suffixes and letters, digit compounds
// (dates, clock times, scores), leading zeros, "OS / 2", compound adjectives ("10-year").
import { ORDINAL_SUFFIXES } from '../lexicons/nonClaims'
import * as tokensModule from '../tokens'
import type { Detector } from './context'
import { isAgeCompound } from '../ageCompound'
import { isScoreSide } from '../score'

const { NUM, WORD, glued, isCapitalized, isPunct, lower } = tokensModule

/** More than 15 digits is no quantity anyone asserts (card, serial and hash numbers). */
export const huge: Detector = ({ f, num }) => (num && f.digits > 15 ? 'huge' : undefined)

/** "01.01 Stéphane Crusnière", "03.2": a section number, two digits opening on a zero before a dot (not "0.5"). */
export const sectionNumber: Detector = ({ t, f, a, num }) => {
  if (!num || f.unit !== undefined || f.coreEnd !== a + 1) return undefined
  return /^0\d\.\d{1,2}$/.test(t.text.slice(t.start[a], t.end[a])) ? 'reference' : undefined
}

/** "18h", "8pm", "1990s", "18e", "1st", "3G". */
export const gluedSuffix: Detector = ({ f, num }) => {
  if (!num || f.suffix === undefined) return undefined
  if (f.suffix === 'h' || f.suffix === 'am' || f.suffix === 'pm') return 'time'
  if (f.suffix === 's' && f.value >= 10) return 'year'
  if (ORDINAL_SUFFIXES.has(f.suffix)) return 'ordinal'
  return 'identifier'
}

/** "Canon 4C", "Rule 3B": digits glued to one capital letter after a capitalised word name a rule or a model, not 4 °C. */
export const codeAfterName: Detector = ({ t, f, a, num }) => {
  if (!num || f.coreEnd !== a + 1 || t.kind[a + 1] !== WORD || t.start[a + 1] !== t.end[a] || t.end[a + 1] - t.start[a + 1] !== 1) return undefined
  const letter = t.text[t.start[a + 1]]
  return letter >= 'A' && letter <= 'Z' && t.kind[a - 1] === WORD && isCapitalized(t, a - 1) ? 'identifier' : undefined
}

/** "A380", "COVID-19", "n° 5". */
export const gluedPrefix: Detector = ({ t, f, a, num }) => {
  if (!num) return undefined
  if (t.kind[a - 1] === WORD && glued(t, a - 1) && f.first === a) return 'identifier'
  if (isPunct(t, a - 1, '-') && glued(t, a - 1) && t.kind[a - 2] === WORD && glued(t, a - 2)) return 'identifier'
  if (isPunct(t, a - 1, '°') && (lower(t, a - 2) === 'n' || lower(t, a - 2) === 'no')) return 'reference'
  return undefined
}

/** True when the figure's digits touch "/", ":", "." + digits ("05/10/2023", "8:30", "5.10.2023", "2023-10-05"). */
function partOfDigitCompound(c: Parameters<Detector>[0]): boolean {
  const { t, f } = c
  const a = f.coreFirst
  const b = f.coreEnd - 1
  for (const sep of ['/', ':', '.', '-', '_']) {
    if (sep === '-' && c.expr.high !== undefined) continue
    if (isPunct(t, b + 1, sep) && glued(t, b) && glued(t, b + 1) && t.kind[b + 2] === NUM) return true
    if (isPunct(t, a - 1, sep) && glued(t, a - 1) && a - 2 >= 0 && glued(t, a - 2) && t.kind[a - 2] === NUM) return true
  }
  return false
}

export const digitCompound: Detector = (c) => {
  const { t, f, a, num } = c
  if (!num) return undefined
  // "lost 2: 3", "a 4-0 victory": each side of a match score is a count
  if (isScoreSide(t, a, f.coreEnd)) return undefined
  if (partOfDigitCompound(c)) return isPunct(t, f.coreEnd, ':') || isPunct(t, a - 1, ':') ? 'time' : 'date'
  if (f.leadingZero && !f.decimal) return 'identifier'
  // "1 : 0", "8 : 30" with spaces: a score or a clock time, not a count
  if ((isPunct(t, f.coreEnd, ':') && t.kind[f.coreEnd + 1] === NUM) || (isPunct(t, a - 1, ':') && t.kind[a - 2] === NUM)) return 'time'
  // "OS / 2", "Windows / 10"
  if (isPunct(t, a - 1, '/') && t.kind[a - 2] === WORD && isCapitalized(t, a - 2)) return 'identifier'
  // "20 / 20", "50 / 50": two numbers around a spaced slash name a programme or a split, not two counts
  if ((isPunct(t, f.coreEnd, '/') && t.kind[f.coreEnd + 1] === NUM) || (isPunct(t, a - 1, '/') && t.kind[a - 2] === NUM)) return 'identifier'
  // scores: "(0-2)", "won 3-1": two small numbers joined by a dash, with nothing counted after them
  const high = c.expr.high
  if (high && isPunct(t, f.end, '-') && glued(t, f.end - 1) && f.value <= 20 && high.value <= 20 && high.unit === undefined && t.kind[high.end] !== WORD) return 'identifier'
  return undefined
}

/** Compound adjectives: "two-speed", "10-year", "five-star". */
export const compoundAdjective: Detector = ({ t, f, expr }) =>
  f.unit === undefined && !expr.high && isPunct(t, f.end, '-') && glued(t, f.end - 1) && glued(t, f.end) && t.kind[f.end + 1] === WORD && !isAgeCompound(t, f.end) ? 'identifier' : undefined
