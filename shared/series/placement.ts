/**
 * Where a claim goes on the time axis: the period it is about when the text says,
 * else the date it was stated (the claim's statedAt, else its source's publishedAt).
 */
import { type Claim, type Period, type Previous, type SourceMeta } from '../model'
import { dateSpan, isoDay, midDay } from './dates'
import { type PointSpan } from './types'

/** A claim's place on the time axis. */
export interface Placement {
  /** ISO day, or "" when nothing dates the claim. */
  x: string
  xFrom: 'period' | 'source' | 'none'
}

// "since 2023", "depuis début 2023", "so far this year": a running total or a state at the
// time of speaking, so the point belongs at the end of the period, not in its middle.
const SINCE = /\b(depuis|since|so far|à ce jour|jusqu'(?:à|ici)|until|to date|à partir)/i

function statedDay(claim: Claim, source: SourceMeta | undefined): string | undefined {
  const span = dateSpan(claim.statedAt) ?? dateSpan(source?.publishedAt)
  return span ? isoDay(midDay(span.from, span.to)) : undefined
}

function fromPeriod(period: Period, stated: string | undefined): Placement | undefined {
  const start = dateSpan(period.start)
  const end = dateSpan(period.end)
  const since = SINCE.test(period.text)
  if (start && end) return { x: isoDay(since ? end.to : midDay(start.from, end.to)), xFrom: 'period' }
  if (end) return { x: isoDay(end.to), xFrom: 'period' }
  if (start) {
    // "depuis début 2023" with no end: the figure is as of the day it was said.
    if (since) return stated ? { x: stated, xFrom: 'source' } : { x: isoDay(start.from), xFrom: 'period' }
    return { x: isoDay(midDay(start.from, start.to)), xFrom: 'period' }
  }
  return undefined
}

/**
 * Place a claim: period start/end midpoint (end for "since …" periods), else period end,
 * else the stated date (also for an open "since 2021"); xFrom says which.
 */
export function placeClaim(claim: Claim, source: SourceMeta | undefined): Placement {
  const stated = statedDay(claim, source)
  const fromP = claim.period ? fromPeriod(claim.period, stated) : undefined
  if (fromP) return fromP
  if (stated) return { x: stated, xFrom: 'source' }
  return { x: '', xFrom: 'none' }
}

const YEAR = /\b(1[89]\d{2}|2\d{3})\b/
const LAST_YEAR = /\b(l'an (?:dernier|passé)|l'année (?:dernière|passée)|last year|a year (?:ago|earlier)|un an plus tôt|il y a un an)\b/i

/**
 * The day a "before" value is about, when its wording dates it ("en 2019", "last year");
 * undefined for an undated "c'était 200 avant".
 */
export function previousDay(previous: Previous, pointDay: string): string | undefined {
  const when = previous.when ?? ''
  const year = YEAR.exec(when)
  if (year) {
    const span = dateSpan(year[1])
    return span ? isoDay(midDay(span.from, span.to)) : undefined
  }
  if (LAST_YEAR.test(when) && pointDay) {
    const span = dateSpan(String(Number(pointDay.slice(0, 4)) - 1))
    return span ? isoDay(midDay(span.from, span.to)) : undefined
  }
  return undefined
}

/** Whole calendar months from one day to another (both UTC ms), or undefined when not month-aligned. */
function wholeMonths(from: number, lastDay: number): number | undefined {
  const a = new Date(from)
  const next = new Date(lastDay + 86_400_000)
  if (a.getUTCDate() !== 1 || next.getUTCDate() !== 1) return undefined
  const months = (next.getUTCFullYear() - a.getUTCFullYear()) * 12 + next.getUTCMonth() - a.getUTCMonth()
  return months > 0 ? months : undefined
}

/**
 * The calendar span a period names ("en 2023", "in October 2023", "au troisième trimestre",
 * "2021-2023"), or undefined for a day, an open "since 2023" (a running total at the time of
 * speaking) or no stated dates. Only whole months qualify, named a month, a quarter or a year when
 * they are one: the periods statistics are published over.
 */
export function periodSpan(period: Period | undefined): PointSpan | undefined {
  if (!period || SINCE.test(period.text)) return undefined
  const from = dateSpan(period.start ?? period.end)
  const to = dateSpan(period.end ?? period.start)
  if (!from || !to || to.to < from.from) return undefined
  const months = wholeMonths(from.from, to.to)
  if (months === undefined) return undefined
  const startMonth = new Date(from.from).getUTCMonth()
  const unit = months === 1 ? 'month' : months === 3 && startMonth % 3 === 0 ? 'quarter' : months === 12 && startMonth === 0 ? 'year' : 'span'
  return { from: isoDay(from.from), to: isoDay(to.to), unit }
}
