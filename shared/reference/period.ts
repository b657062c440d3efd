/**
 * Periods as statistical offices write them ("2023", "2023-Q1", "2023T1", "2023 Q1", "2023-03",
 * "2023M03", "2023 MAR", "2023-03-15") read into the partial ISO forms the series already use
 * ("2023", "2023-Q1", "2023-03", "2023-03-15"), with the periodicity each one implies.
 */
import { type Periodicity } from '../model'

export interface ReadPeriod {
  period: string
  periodicity: Periodicity
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  janv: 1, fevr: 2, fev: 2, mars: 3, avr: 4, mai: 5, juin: 6, juil: 7, aout: 8, sept: 9
}

const YEAR = /^(\d{4})$/
const QUARTER = /^(\d{4})\s*[-_ ]?\s*[QT]([1-4])$/i
const QUARTER_FIRST = /^[QT]([1-4])\s*[-_ ]?\s*(\d{4})$/i
const MONTH = /^(\d{4})\s*(?:-|M|\/)\s*(\d{1,2})$/i
const MONTH_NAME = /^(\d{4})\s+([A-Za-zéû]{3,5})\.?$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_FR = /^(\d{2})\/(\d{2})\/(\d{4})$/

const pad = (n: number): string => String(n).padStart(2, '0')

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

function day(y: number, m: number, d: number): ReadPeriod | undefined {
  const t = Date.UTC(y, m - 1, d)
  if (m < 1 || m > 12 || new Date(t).getUTCDate() !== d) return undefined
  return { period: `${y}-${pad(m)}-${pad(d)}`, periodicity: 'day' }
}

/** The period a cell names, or undefined when it is not one of the forms above. */
export function readPeriod(text: string): ReadPeriod | undefined {
  const s = text.trim()
  let m: RegExpExecArray | null
  if ((m = YEAR.exec(s))) return { period: m[1], periodicity: 'year' }
  if ((m = QUARTER.exec(s))) return { period: `${m[1]}-Q${m[2]}`, periodicity: 'quarter' }
  if ((m = QUARTER_FIRST.exec(s))) return { period: `${m[2]}-Q${m[1]}`, periodicity: 'quarter' }
  if ((m = DAY.exec(s))) return day(Number(m[1]), Number(m[2]), Number(m[3]))
  if ((m = DAY_FR.exec(s))) return day(Number(m[3]), Number(m[2]), Number(m[1]))
  if ((m = MONTH.exec(s))) {
    const month = Number(m[2])
    return month >= 1 && month <= 12 ? { period: `${m[1]}-${pad(month)}`, periodicity: 'month' } : undefined
  }
  if ((m = MONTH_NAME.exec(s))) {
    const month = MONTHS[fold(m[2])]
    return month ? { period: `${m[1]}-${pad(month)}`, periodicity: 'month' } : undefined
  }
  return undefined
}

/** The periodicity of a canonical period ("2023-Q1" → quarter). */
export function periodicityOf(period: string): Periodicity | undefined {
  return readPeriod(period)?.periodicity
}
