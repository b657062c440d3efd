/**
 * The words of a published chart, in the UI's language: a point's details (the app's tooltip
 * and the SVG's <title>), its period, the source line and the credit. Pure, so the canvas and
 * the exported image say the same thing.
 */
import { type Verdict } from '../model'
import { type ChartModel, type ChartPointModel, type ChartSourceModel, truncate } from './chartModel'
import { dateSpan } from './dates'
import { type PointSpan } from './types'

/** Localised words of the chart (see renderer/src/features/series/labels.ts). */
export interface ChartTexts {
  value: string
  unit: string
  period: string
  /** The legend's words for a period drawn over its days. */
  periodLegend: string
  speaker: string
  outlet: string
  date: string
  verdict: string
  before: string
  baseline: string
  approx: string
  range: string
  unknown: string
  /** "Source: {list}" for one source, "Sources: {list}" for several. */
  sourceOne: string
  sourceMany: string
  /** "Notes: {text}". */
  notes: string
  /** "Chart: {name}"; "{name}" is the author's name. */
  creditBy: string
  /** "Q{q} {year}" or "T{q} {year}". */
  quarterFormat: string
  verdicts: Record<Verdict, string>
}

/** English words, for tests and callers that have no translation at hand. */
export const EN_CHART_TEXTS: ChartTexts = {
  value: 'Value',
  unit: 'Unit',
  period: 'Period',
  periodLegend: 'Period (a month, quarter or year, drawn over its days)',
  speaker: 'Speaker',
  outlet: 'Outlet',
  date: 'Date',
  verdict: 'Verdict',
  before: 'Before',
  baseline: 'Before, no date stated (arrow to the claim)',
  approx: 'Approximate',
  range: 'Range',
  unknown: 'Unknown',
  sourceOne: 'Source: {list}',
  sourceMany: 'Sources: {list}',
  notes: 'Notes: {text}',
  creditBy: 'Chart: {name}',
  quarterFormat: 'Q{q} {year}',
  verdicts: { unverified: 'Unverified', accurate: 'Accurate', misleading: 'Misleading', false: 'False', unsupported: 'Unsupported' }
}

function utc(ms: number): Date {
  return new Date(ms)
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a chart of
// 10 000 points formats each date: one formatter per locale and style.
const DATE_STYLES = {
  'short-month': { month: 'short', year: 'numeric', timeZone: 'UTC' },
  'long-month': { month: 'long', year: 'numeric', timeZone: 'UTC' },
  medium: { dateStyle: 'medium', timeZone: 'UTC' }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>
const formatters = new Map<string, Intl.DateTimeFormat>()
export function dateFormat(locale: string, style: keyof typeof DATE_STYLES): Intl.DateTimeFormat {
  const key = `${locale}|${style}`
  let f = formatters.get(key)
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, DATE_STYLES[style])))
  return f
}

/** A partial ISO date in the locale: "2023" → "2023", "2023-10" → "Oct 2023", a day → "12 Oct 2023". */
export function formatPartialDate(iso: string, locale: string, texts: Pick<ChartTexts, 'quarterFormat'>): string {
  const span = dateSpan(iso)
  if (!span) return iso
  const t = iso.trim()
  if (/^\d{4}$/.test(t)) return t
  const quarter = /^(\d{4})-Q([1-4])$/.exec(t)
  if (quarter) return texts.quarterFormat.replace('{q}', quarter[2]).replace('{year}', quarter[1])
  if (/^\d{4}-\d{2}$/.test(t)) return dateFormat(locale, 'short-month').format(utc(span.from))
  return dateFormat(locale, 'medium').format(utc(span.from))
}

/** A period a point covers, as a reader says it: "October 2023", "Q4 2023", "2023", "Jan 2021 – Dec 2023". */
export function formatSpan(span: PointSpan, locale: string, texts: Pick<ChartTexts, 'quarterFormat'>): string {
  const from = dateSpan(span.from)?.from
  const to = dateSpan(span.to)?.from
  if (from === undefined || to === undefined) return `${span.from} – ${span.to}`
  const year = utc(from).getUTCFullYear()
  switch (span.unit) {
    case 'year':
      return String(year)
    case 'quarter':
      return texts.quarterFormat.replace('{q}', String(Math.floor(utc(from).getUTCMonth() / 3) + 1)).replace('{year}', String(year))
    case 'month':
      return dateFormat(locale, 'long-month').format(utc(from))
    case 'span': {
      const whole = utc(from).getUTCMonth() === 0 && utc(to).getUTCMonth() === 11
      const f = whole ? { year: 'numeric' as const, timeZone: 'UTC' } : { month: 'short' as const, year: 'numeric' as const, timeZone: 'UTC' }
      const df = new Intl.DateTimeFormat(locale, f)
      return `${df.format(utc(from))} – ${df.format(utc(to))}`
    }
    default: {
      const never: never = span.unit
      return String(never)
    }
  }
}

/** A value, a range "100–150", with its unit when there is one, in the locale. */
export function formatValue(value: number, high: number | undefined, unit: string | undefined, locale: string): string {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 })
  const figure = high !== undefined ? `${nf.format(value)}–${nf.format(high)}` : nf.format(value)
  if (!unit) return figure
  // French puts a narrow no-break space before %, English none.
  if (unit === '%') return `${figure}${locale.startsWith('fr') ? '\u202f' : ''}%`
  return `${figure} ${unit}`
}

/** What a reader needs to check a point: value and unit, period, speaker, outlet, date, verdict and the quote. */
export function pointDetails(p: ChartPointModel, unit: string | undefined, locale: string, texts: ChartTexts): string[] {
  const src = p.point
  const approx = p.approx ? `≈ ${src.approx ?? ''} `.replace(/\s+$/, ' ') : ''
  const lines = [`${texts.value}: ${approx}${formatValue(p.y, p.yHigh, unit, locale)}`]
  if (p.previous) lines.push(`${texts.before}: ${formatValue(p.previous.y, p.previous.yHigh, unit, locale)}`)
  const period = src.span ? formatSpan(src.span, locale, texts) : src.periodText
  if (period) lines.push(`${texts.period}: ${period}${src.span && src.periodText ? ` (${src.periodText})` : ''}`)
  lines.push(`${texts.speaker}: ${src.speaker || texts.unknown}`)
  lines.push(`${texts.outlet}: ${truncate(src.outlet || src.sourceTitle || src.sourceId, 80)}`)
  if (src.statedAt) lines.push(`${texts.date}: ${formatPartialDate(src.statedAt, locale, texts)}`)
  lines.push(`${texts.verdict}: ${texts.verdicts[p.verdict]}`)
  lines.push(`« ${truncate(src.quote, 120)} »`)
  return lines
}

function sourceEntry(s: ChartSourceModel, locale: string, texts: ChartTexts): string {
  return s.statedAt ? `${s.label} (${formatPartialDate(s.statedAt, locale, texts)})` : s.label
}

/** "Sources: Le Monde (Oct 12, 2023); Le Parisien (Oct 20, 2023)": every cited outlet with its date. */
export function sourceLine(model: Pick<ChartModel, 'sources'>, locale: string, texts: ChartTexts): string {
  if (model.sources.length === 0) return ''
  const template = model.sources.length === 1 ? texts.sourceOne : texts.sourceMany
  return template.replace('{list}', model.sources.map((s) => sourceEntry(s, locale, texts)).join('; '))
}

/** "Chart: Marie Dupont · ClaimLedger", or just the app's name when no author is set. */
export function creditLine(author: string | undefined, texts: ChartTexts): string {
  const name = author?.trim()
  return name ? `${texts.creditBy.replace('{name}', name)} · ClaimLedger` : 'ClaimLedger'
}
