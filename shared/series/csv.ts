/** A series' points as CSV (RFC 4180), for spreadsheets and the citation bundle. */
import { type SeriesPoint } from './types'

/** Prefix a host adds when writing the CSV to a file for Excel (UTF-8 byte order mark). */
export const CSV_BOM = '\uFEFF'

/** Column names, in order. */
export const SERIES_CSV_COLUMNS = [
  'series', 'date', 'date_from', 'value', 'value_high', 'approx', 'previous_value', 'previous_value_high', 'previous_date',
  'unit', 'verdict', 'speaker', 'source', 'source_id', 'claim_id', 'quote'
] as const

// A cell starting with one of these is run as a formula by spreadsheets; quotes come from
// untrusted articles, so text cells are defused with a leading apostrophe (OWASP advice).
const FORMULA_START = /^[=+\-@\t\r]/

function textCell(s: string | undefined): string {
  const t = s ?? ''
  return quote(FORMULA_START.test(t) ? `'${t}` : t)
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

function num(v: number | undefined): string {
  return v === undefined || !Number.isFinite(v) ? '' : String(v)
}

/**
 * One header line and one line per point, CRLF-separated, numbers with a dot decimal
 * separator. No BOM: hosts writing a file for Excel prepend CSV_BOM.
 */
export function seriesToCsv(points: SeriesPoint[], name: string): string {
  const lines = [SERIES_CSV_COLUMNS.join(',')]
  for (const p of points) {
    lines.push(
      [
        textCell(name), quote(p.x), p.xFrom, num(p.value), num(p.valueHigh), textCell(p.approx),
        num(p.previous?.value), num(p.previous?.valueHigh), quote(p.previous?.x ?? ''),
        textCell(p.unit), p.verdict, textCell(p.speaker), textCell(p.sourceTitle), quote(p.sourceId), quote(p.claimId), textCell(p.quote)
      ].join(',')
    )
  }
  return lines.join('\r\n') + '\r\n'
}
