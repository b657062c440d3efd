/**
 * Partial ISO dates ("2023", "2023-10", "2023-Q4", "2023-10-05", full timestamps) as day spans,
 * and the period keys the compare table groups by. All arithmetic is in UTC days so that a
 * point never moves with the user's time zone.
 */

import { missingCaseError } from '../model'

const DAY_MS = 86_400_000

/** The first and last day (UTC midnight, in ms) a partial ISO date covers. */
export interface DaySpan {
  from: number
  to: number
}

const PARTIAL_DATE = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?/

/** The days a partial ISO date covers, or undefined when the string is not one. */
export function dateSpan(iso: string | undefined): DaySpan | undefined {
  if (!iso) return undefined
  const m = PARTIAL_DATE.exec(iso.trim())
  if (!m) return undefined
  const year = Number(m[1])
  if (m[2]) {
    const q = Number(m[2])
    return { from: Date.UTC(year, (q - 1) * 3, 1), to: Date.UTC(year, q * 3, 0) }
  }
  if (!m[3]) return { from: Date.UTC(year, 0, 1), to: Date.UTC(year, 11, 31) }
  const month = Number(m[3])
  if (month < 1 || month > 12) return undefined
  if (!m[4]) return { from: Date.UTC(year, month - 1, 1), to: Date.UTC(year, month, 0) }
  const day = Number(m[4])
  const t = Date.UTC(year, month - 1, day)
  // Date.UTC rolls 2023-02-31 over into March: refuse instead of silently moving the point.
  if (new Date(t).getUTCDate() !== day) return undefined
  return { from: t, to: t }
}

/** The middle day of a span (rounded down to a whole day). */
export function midDay(from: number, to: number): number {
  return from + Math.floor((to - from) / DAY_MS / 2) * DAY_MS
}

/** UTC ms → "YYYY-MM-DD". */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** How finely the compare table groups points. */
export type Granularity = 'month' | 'quarter' | 'year'

/** The period an ISO day falls in: "2023-10", "2023-Q4" or "2023". */
export function periodKey(day: string, granularity: Granularity): string {
  const year = day.slice(0, 4)
  const month = Number(day.slice(5, 7))
  switch (granularity) {
    case 'year':
      return year
    case 'quarter':
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`
    case 'month':
      return day.slice(0, 7)
    default:
      throw missingCaseError(granularity)
  }
}
