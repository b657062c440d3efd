import type { Lang, Period } from '../model'
import { MONTHS } from './calendar'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, NUM_DECIMAL, NUM_GROUPED, WORD, glued, isApostrophe, isPunct, lower } = tokensModule

/** A period expression found in a sentence: its tokens and what it means. */
export interface PeriodMatch {
  first: number
  end: number
  period: Period
}

/** The source date split into parts (any may be missing). */
export interface SourceDate {
  year?: number
  month?: number
  day?: number
  iso?: string
}

/** Parses an ISO date, possibly partial ("2023", "2023-10", "2023-10-05"); anything else gives {}. */
export function parseSourceDate(date: string | undefined): SourceDate {
  if (typeof date !== 'string' || date === '') return {}
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date)
  if (!m) return {}
  const year = Number(m[1])
  const month = m[2] ? Number(m[2]) : undefined
  const day = m[3] ? Number(m[3]) : undefined
  return { year, month, day, iso: m[0] }
}

const PER: Record<string, Period['per']> = {
  jour: 'day', jours: 'day', journée: 'day', soir: 'night', soirs: 'night', nuit: 'night', nuits: 'night', semaine: 'week',
  semaines: 'week', mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year', trimestre: 'quarter', trimestres: 'quarter',
  day: 'day', days: 'day', night: 'night', nights: 'night', week: 'week', weeks: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', quarter: 'quarter', annum: 'year'
}

const ADVERB_PER: Record<string, Period['per']> = {
  quotidiennement: 'day', annuellement: 'year', mensuellement: 'month', daily: 'day', nightly: 'night', weekly: 'week',
  monthly: 'month', annually: 'year', yearly: 'year', hebdomadairement: 'week'
}

const ORDINAL_WORDS: Record<string, number> = {
  premier: 1, '1er': 1, deuxième: 2, second: 2, '2e': 2, troisième: 3, '3e': 3, quatrième: 4, '4e': 4, dernier: 4,
  first: 1, third: 3, fourth: 4, last: 4
}

// First letters of every word that can start a period expression (see findPeriods).
const TRIGGER_FIRST: ReadonlySet<number> = new Set(
  'chaque each every per par tous toutes a an quotidiennement annuellement mensuellement daily nightly weekly monthly annually yearly hebdomadairement depuis since en in during courant pour for sur l last this cette ce le au du over entre de from between d by début fin early late'
    .split(' ')
    .map((w) => w.charCodeAt(0))
)

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

function yearAt(t: Tokens, k: number): number | undefined {
  if (k < 0 || k >= t.count || t.kind[k] !== NUM) return undefined
  if ((t.numFlags[k] & (NUM_DECIMAL | NUM_GROUPED)) !== 0 || t.digits[k] !== 4) return undefined
  const v = t.value[k]
  return v >= 1800 && v <= 2199 ? v : undefined
}

function monthEnd(y: number, m: number): string {
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
  return `${y}-${pad(m)}-${pad(days)}`
}

function text(t: Tokens, first: number, end: number): string {
  return t.text.slice(t.start[first], t.end[end - 1])
}

/** Finds period expressions in tokens [first, end), resolved against the source date. */
export function findPeriods(t: Tokens, first: number, end: number, lang: Lang, src: SourceDate): PeriodMatch[] {
  const out: PeriodMatch[] = []
  const add = (a: number, b: number, p: Omit<Period, 'text'>): void => {
    const period: Period = { text: text(t, a, b) }
    if (p.start !== undefined) period.start = p.start
    if (p.end !== undefined) period.end = p.end
    if (p.per !== undefined) period.per = p.per
    out.push({ first: a, end: b, period })
  }
  const w = (k: number): string => (k < end ? lower(t, k) : '')
  const untilNow = src.iso
  let k = first
  while (k < end) {
    if (t.kind[k] !== WORD && t.kind[k] !== NUM) { k++; continue }
    if (t.kind[k] === WORD) {
      // cheap filter: every trigger word is short and starts with one of a few letters
      const len = t.end[k] - t.start[k]
      const c0 = t.text.charCodeAt(t.start[k])
      if (len > 15 || !TRIGGER_FIRST.has(c0 >= 65 && c0 <= 90 ? c0 + 32 : c0)) { k++; continue }
    }
    const cur = w(k)
    let matched = 0
    // rates: "chaque jour", "toutes les nuits", "par an", "every day", "per year", "a year"
    if ((cur === 'chaque' || cur === 'each' || cur === 'every' || cur === 'per' || cur === 'par') && PER[w(k + 1)] && !/s$/.test(w(k + 1)) || ((cur === 'chaque' || cur === 'par') && PER[w(k + 1)])) {
      add(k, k + 2, { per: PER[w(k + 1)] })
      matched = 2
    } else if ((cur === 'tous' || cur === 'toutes') && w(k + 1) === 'les' && PER[w(k + 2)] && w(k + 2).endsWith('s')) {
      add(k, k + 3, { per: PER[w(k + 2)] })
      matched = 3
    } else if (lang === 'en' && (cur === 'a' || cur === 'an') && PER[w(k + 1)] && !w(k + 1).endsWith('s') && w(k + 2) !== 'ago' && w(k + 2) !== 'later' && w(k + 2) !== 'earlier' && w(k + 2) !== 'before' && w(k + 2) !== 'after' && lower(t, k - 1) !== 'for' && lower(t, k - 1) !== 'in' && lower(t, k - 1) !== 'over' && lower(t, k - 1) !== 'than') {
      add(k, k + 2, { per: PER[w(k + 1)] })
      matched = 2
    } else if (ADVERB_PER[cur]) {
      add(k, k + 1, { per: ADVERB_PER[cur] })
      matched = 1
    } else if (cur === 'per' && w(k + 1) === 'annum') {
      add(k, k + 2, { per: 'year' })
      matched = 2
    }
    if (matched) { k += matched; continue }
    // "depuis début 2023", "depuis le début de l'année", "depuis 2020", "depuis janvier", "since 2020", "since the start of the year"
    if (cur === 'depuis' || cur === 'since') {
      let j = k + 1
      if (w(j) === 'le' || w(j) === 'the') j++
      let startOfYear = false
      if (w(j) === 'début' || w(j) === 'start' || w(j) === 'beginning') {
        startOfYear = true
        j++
        if (w(j) === 'de' || w(j) === 'of') j++
        if (w(j) === 'l' && isApostrophe(t, j + 1)) j += 2
        else if (w(j) === 'the') j++
      }
      const y = yearAt(t, j)
      if (y !== undefined && j < end) {
        add(k, j + 1, { start: startOfYear ? `${y}-01-01` : String(y), end: untilNow })
        k = j + 1
        continue
      }
      if (startOfYear && (w(j) === 'année' || w(j) === 'year') && src.year) {
        add(k, j + 1, { start: `${src.year}-01-01`, end: untilNow })
        k = j + 1
        continue
      }
      const m = MONTHS[w(j)]
      if (m !== undefined && t.kind[j] === WORD && w(j).length > 2 && w(j) !== 'may' && w(j) !== 'mars' || (m !== undefined && (w(j) === 'mars' || w(j) === 'may') && yearAt(t, j + 1) !== undefined)) {
        const y2 = yearAt(t, j + 1) ?? (src.year !== undefined ? (src.month !== undefined && m > src.month ? src.year - 1 : src.year) : undefined)
        const e = yearAt(t, j + 1) !== undefined ? j + 2 : j + 1
        add(k, e, { start: y2 !== undefined ? `${y2}-${pad(m)}` : undefined, end: untilNow })
        k = e
        continue
      }
    }
    // "en 2022", "in 2022", "en janvier 2023", "in March 2022", "au cours de l'année 2022", "during 2021"
    if (cur === 'en' || cur === 'in' || cur === 'during' || cur === 'courant' || cur === 'pour' || cur === 'for' || cur === 'sur') {
      const y = yearAt(t, k + 1)
      if (y !== undefined && k + 1 < end && !isPunct(t, k + 2, '-') && !(cur === 'pour' || cur === 'for' || cur === 'sur')) {
        add(k, k + 2, { start: String(y), end: String(y) })
        k += 2
        continue
      }
      const m = MONTHS[w(k + 1)]
      if (m !== undefined && w(k + 1).length > 2 && (cur === 'en' || cur === 'in')) {
        const y2 = yearAt(t, k + 2)
        if (y2 !== undefined) {
          add(k, k + 3, { start: `${y2}-${pad(m)}`, end: `${y2}-${pad(m)}` })
          k += 3
          continue
        }
        if (src.year !== undefined && (w(k + 1) !== 'may' && w(k + 1) !== 'mars' && w(k + 1) !== 'march' || t.kind[k + 2] !== WORD)) {
          const yy = src.month !== undefined && m > src.month ? src.year - 1 : src.year
          add(k, k + 2, { start: `${yy}-${pad(m)}`, end: `${yy}-${pad(m)}` })
          k += 2
          continue
        }
      }
    }
    // "l'an dernier", "l'année dernière", "l'an passé", "last year", "cette année", "this year", "le mois dernier", "last month"
    if (cur === 'l' && isApostrophe(t, k + 1) && (w(k + 2) === 'an' || w(k + 2) === 'année') && (w(k + 3) === 'dernier' || w(k + 3) === 'dernière' || w(k + 3) === 'passé' || w(k + 3) === 'passée' || w(k + 3) === 'précédente')) {
      add(k, k + 4, src.year !== undefined ? { start: String(src.year - 1), end: String(src.year - 1) } : {})
      k += 4
      continue
    }
    if ((cur === 'last' || cur === 'this' || cur === 'cette' || cur === 'ce') && (w(k + 1) === 'year' || w(k + 1) === 'année' || w(k + 1) === 'month' || w(k + 1) === 'mois')) {
      const isYear = w(k + 1) === 'year' || w(k + 1) === 'année'
      const back = cur === 'last' ? 1 : 0
      if (isYear) add(k, k + 2, src.year !== undefined ? { start: String(src.year - back), end: String(src.year - back) } : {})
      else if (src.year !== undefined && src.month !== undefined) {
        const mm = src.month - back === 0 ? 12 : src.month - back
        const yy = src.month - back === 0 ? src.year - 1 : src.year
        add(k, k + 2, { start: `${yy}-${pad(mm)}`, end: `${yy}-${pad(mm)}` })
      } else add(k, k + 2, {})
      k += 2
      continue
    }
    if (cur === 'le' && w(k + 1) === 'mois' && (w(k + 2) === 'dernier' || w(k + 2) === 'passé')) {
      if (src.year !== undefined && src.month !== undefined) {
        const mm = src.month === 1 ? 12 : src.month - 1
        const yy = src.month === 1 ? src.year - 1 : src.year
        add(k, k + 3, { start: `${yy}-${pad(mm)}`, end: `${yy}-${pad(mm)}` })
      } else add(k, k + 3, {})
      k += 3
      continue
    }
    // quarters and halves: "au premier trimestre 2023", "in the first quarter of 2023", "au 1er semestre"
    if ((cur === 'au' || cur === 'in' || cur === 'du' || cur === 'over') && (ORDINAL_WORDS[w(k + 1)] !== undefined || (w(k + 1) === 'the' && ORDINAL_WORDS[w(k + 2)] !== undefined))) {
      let j = w(k + 1) === 'the' ? k + 2 : k + 1
      let ord = ORDINAL_WORDS[w(j)]
      if (t.kind[j] === NUM && glued(t, j) && ORDINAL_WORDS[w(j) + w(j + 1)] !== undefined) { ord = ORDINAL_WORDS[w(j) + w(j + 1)]; j++ }
      const unit = w(j + 1)
      if (unit === 'trimestre' || unit === 'quarter' || unit === 'semestre' || unit === 'half') {
        let e = j + 2
        let y = yearAt(t, e)
        if (y === undefined && (w(e) === 'of' || w(e) === 'de') && yearAt(t, e + 1) !== undefined) { y = yearAt(t, e + 1); e++ }
        if (y !== undefined) e++
        const year = y ?? src.year
        const span = unit === 'trimestre' || unit === 'quarter' ? 3 : 6
        const maxOrd = span === 3 ? 4 : 2
        const o = Math.min(ord, maxOrd)
        if (year !== undefined) add(k, e, { start: `${year}-${pad((o - 1) * span + 1)}`, end: monthEnd(year, o * span) })
        else add(k, e, {})
        k = e
        continue
      }
    }
    // "entre 2019 et 2022", "de 2019 à 2022", "from 2019 to 2022", "between 2019 and 2022", "2019-2022"
    if (cur === 'entre' || cur === 'de' || cur === 'from' || cur === 'between') {
      const y1 = yearAt(t, k + 1)
      const y2 = yearAt(t, k + 3)
      if (y1 !== undefined && y2 !== undefined && y2 >= y1 && ['et', 'à', 'to', 'and', '-'].includes(w(k + 2))) {
        add(k, k + 4, { start: String(y1), end: String(y2) })
        k += 4
        continue
      }
    }
    if (yearAt(t, k) !== undefined && isPunct(t, k + 1, '-') && yearAt(t, k + 2) !== undefined && glued(t, k) && glued(t, k + 1)) {
      add(k, k + 3, { start: String(yearAt(t, k)), end: String(yearAt(t, k + 2)) })
      k += 3
      continue
    }
    // "d'ici 2030", "by 2030"
    if ((cur === 'd' && isApostrophe(t, k + 1) && w(k + 2) === 'ici' && yearAt(t, k + 3) !== undefined) || (cur === 'by' && yearAt(t, k + 1) !== undefined)) {
      const j = cur === 'd' ? k + 3 : k + 1
      add(k, j + 1, { start: src.iso, end: String(yearAt(t, j)) })
      k = j + 1
      continue
    }
    // "début 2023", "fin 2022", "early 2023", "late 2022"
    if ((cur === 'début' || cur === 'fin' || cur === 'early' || cur === 'late') && yearAt(t, k + 1) !== undefined) {
      const y = yearAt(t, k + 1) as number
      const early = cur === 'début' || cur === 'early'
      add(k, k + 2, early ? { start: `${y}-01`, end: `${y}-03` } : { start: `${y}-10`, end: `${y}-12` })
      k += 2
      continue
    }
    // "en un an", "sur un an", "over the past year", "in the past 12 months"
    if ((cur === 'en' || cur === 'sur') && w(k + 1) === 'un' && w(k + 2) === 'an' && src.year !== undefined) {
      add(k, k + 3, { start: src.iso ? `${src.year - 1}${src.iso.slice(4)}` : undefined, end: src.iso })
      k += 3
      continue
    }
    if ((cur === 'over' || cur === 'in') && w(k + 1) === 'the' && (w(k + 2) === 'past' || w(k + 2) === 'last') && w(k + 3) === 'year' && src.year !== undefined) {
      add(k, k + 4, { start: src.iso ? `${src.year - 1}${src.iso.slice(4)}` : undefined, end: src.iso })
      k += 4
      continue
    }
    k++
  }
  return out
}
