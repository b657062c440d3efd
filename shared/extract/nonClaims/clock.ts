// Times of day and round-the-clock phrases: "à 20 heures", "neuf heures", "23 heures 30", "8 pm", "at 8 o'clock",
// "24 h/24", "7 j/7", "7 jours sur 7", "24/7".
import { CLOCK_BEFORE, CLOCK_BEFORE_H, HOUR_WORDS, ROUND_THE_CLOCK_UNITS } from '../lexicons/nonClaims'
import * as tokensModule from '../tokens'
import type { Detector } from './context'

const { NUM, WORD, isPunct, lower } = tokensModule

const CLOCK_PARTS = new Set(['half', 'quarter', 'five', 'ten', 'twenty', 'twenty-five'])
const HOURS_IN_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'noon', 'midnight'])

/** An hour of the clock at token k: 1 to 12 in digits or words. */
function isHourAt(t: tokensModule.Tokens, k: number): boolean {
  return t.kind[k] === NUM ? t.value[k] >= 1 && t.value[k] <= 12 && t.digits[k] <= 2 : HOURS_IN_WORDS.has(lower(t, k))
}

export const clockTime: Detector = ({ t, f, a, num, next, nextW, p1 }) => {
  // digits or words with the hour unit, after "à"/"at"/"vers", or followed by the minutes ("20 heures 30")
  if (f.unit === 'hour' && f.value <= 24 && !f.decimal && (CLOCK_BEFORE.has(p1) || t.kind[next] === NUM)) {
    // "à deux heures de route", "at two hours' drive": a distance in time, not the clock
    if ((nextW === 'de' || nextW === 'd' || nextW === 'of') && t.kind[next + 1] !== NUM) return undefined
    return 'time'
  }
  if (num && f.unit === undefined && f.value <= 24) {
    if (HOUR_WORDS.has(nextW) && (CLOCK_BEFORE_H.has(p1) || t.kind[next + 1] === NUM)) return 'time'
    if (nextW === 'am' || nextW === 'pm' || (nextW === 'a' && isPunct(t, next + 1, '.')) || (nextW === 'p' && isPunct(t, next + 1, '.'))) return 'time'
    if (nextW === 'o' && (isPunct(t, next + 1, "'") || isPunct(t, next + 1, '\u2019'))) return 'time'
  }
  // "half past nine", "a quarter to ten", "twenty past six": the hour after "past"/"to" and a part of the hour
  if (f.unit === undefined && f.value >= 1 && f.value <= 12 && !f.decimal && (p1 === 'past' || p1 === 'to') && CLOCK_PARTS.has(lower(t, a - 2))) return 'time'
  // "a quarter to ten", "half past nine": the part of the hour itself
  if (f.fraction && (f.value === 0.25 || f.value === 0.5) && (nextW === 'past' || nextW === 'to') && isHourAt(t, next + 1)) return 'time'
  // "(20.45 hrs)", "à 20,45 heures": hours and minutes with a decimal mark, before a word of hours
  if (num && f.decimal && f.value < 24 && (f.unit === 'hour' || HOUR_WORDS.has(nextW) || nextW === 'hrs') && minutesAfterMark(t, a)) return 'time'
  // the minutes of a clock time: "23 heures 30", "9 h 15"
  if (num && f.value < 60 && !f.decimal && f.unit === undefined && t.kind[a - 1] === WORD && HOUR_WORDS.has(lower(t, a - 1)) && t.kind[a - 2] === NUM) return 'time'
  return undefined
}

/** "24 h/24", "7 j/7", "24/7", "7 jours sur 7", "24 heures sur 24": always open, not a figure. */
export const roundTheClock: Detector = ({ t, f, a, next }) => {
  const v = f.value
  if (f.decimal || (v !== 24 && v !== 7)) return undefined
  // the first half: "24 h / 24", "7 jours sur 7", "24/7"
  let k = next
  if (f.unit === undefined && t.kind[k] === WORD && ROUND_THE_CLOCK_UNITS.has(lower(t, k))) k++
  const same = (i: number): boolean => t.kind[i] === NUM || (t.kind[i] === WORD && lower(t, i) === lower(t, a))
  if ((isPunct(t, k, '/') || lower(t, k) === 'sur' || lower(t, k) === 'out') && same(k + 1)) return 'time'
  // "24 hours a day", "seven days a week", "24 heures par jour"
  if (k > next || f.unit !== undefined) {
    const per = lower(t, k)
    const whole = lower(t, k + 1)
    if ((per === 'a' || per === 'per' || per === 'par') && ((v === 24 && (whole === 'day' || whole === 'jour')) || (v === 7 && (whole === 'week' || whole === 'semaine')))) return 'time'
  }
  if (v === 24 && isPunct(t, f.coreEnd, '/') && t.kind[f.coreEnd + 1] === NUM && t.text.slice(t.start[f.coreEnd + 1], t.end[f.coreEnd + 1]) === '7') return 'time'
  // the second half: "h/24", "jours sur 7", "24/7"
  let b = a - 1
  if (isPunct(t, b, '/') || lower(t, b) === 'sur') {
    b--
    if (t.kind[b] === WORD && ROUND_THE_CLOCK_UNITS.has(lower(t, b))) b--
    if (same(b)) return 'time'
  }
  return undefined
}

/** True when the decimal figure at token `a` has exactly two decimals below 60 ("20.45"): minutes, not a fraction. */
function minutesAfterMark(t: Parameters<Detector>[0]['t'], a: number): boolean {
  const raw = t.text.slice(t.start[a], t.end[a])
  const m = /[.,:](\d\d)$/.exec(raw)
  return m !== null && Number(m[1]) < 60
}

