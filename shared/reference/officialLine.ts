/**
 * The official value beside a claim, as the claim panel and the Compare table show it:
 * "official: 7.1% (INSEE, Q1 2023, provisional) — claim +0.7 pp". Words come from the UI's
 * catalogue (`texts`), numbers from Intl in the UI's locale.
 */
import { type ReferenceObservation, type ReferenceSeries } from '../model'
import { type OfficialComparison } from './compare'
import { KNOWN_STATUSES, type KnownStatus } from './status'

export interface OfficialLineTexts {
  /** "{value}", "{cite}" and "{deviation}" are replaced. */
  line: string
  /** "{q}" and "{year}": "Q1 2023", "T1 2023". */
  quarterFormat: string
  /** "{n}": "+0.7 pp", "+0,7 pt". */
  ppFormat: string
  statuses: Record<KnownStatus, string>
}

const isKnown = (s: string): s is KnownStatus => (KNOWN_STATUSES as readonly string[]).includes(s)

/** A period as people write it: "2023", "Q1 2023" / "T1 2023", "March 2023" / "mars 2023", a date. */
export function periodLabel(period: string, locale: string, quarterFormat: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period)
  if (q) return quarterFormat.replace('{q}', q[2]).replace('{year}', q[1])
  const m = /^(\d{4})-(\d{2})$/.exec(period)
  if (m) return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)))
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period)
  if (d) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))))
  return period
}

/** An official value with its unit: "7.1%" / "7,1 %", "1,234", "2,500 EUR". */
export function officialValue(value: number, unit: string | undefined, locale: string): string {
  if (unit === '%') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100)
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)
  return unit ? `${n} ${unit}` : n
}

/** "INSEE, Q1 2023, provisional": who published the value, for when, and how final it is. */
export function officialCite(observation: ReferenceObservation, reference: Pick<ReferenceSeries, 'publisher'>, locale: string, texts: OfficialLineTexts): string {
  const parts = [reference.publisher, periodLabel(observation.period, locale, texts.quarterFormat)]
  if (observation.status) parts.push(isKnown(observation.status) ? texts.statuses[observation.status] : observation.status)
  return parts.join(', ')
}

/** The claim's gap to the official value: "+0.7 pp" for rates, "+12%" otherwise. */
export function deviationLabel(comparison: Pick<OfficialComparison, 'deviation' | 'kind'>, locale: string, texts: Pick<OfficialLineTexts, 'ppFormat'>): string {
  const { deviation, kind } = comparison
  if (!Number.isFinite(deviation)) return '∞'
  if (kind === 'pp') return texts.ppFormat.replace('{n}', new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(deviation))
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(deviation)
}

export function officialLine(comparison: OfficialComparison, reference: Pick<ReferenceSeries, 'publisher' | 'unit'>, locale: string, texts: OfficialLineTexts): string {
  return texts.line
    .replace('{value}', officialValue(comparison.observation.value, reference.unit, locale))
    .replace('{cite}', officialCite(comparison.observation, reference, locale, texts))
    .replace('{deviation}', deviationLabel(comparison, locale, texts))
}
