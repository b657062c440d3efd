/**
 * claims.csv: one row a claim with its citation, for spreadsheets.
 *
 * Format choice: RFC 4180 — comma separator, CRLF line ends, every text field quoted
 * (so commas, semicolons, quotes and line breaks inside a field stay in it), and the
 * writer prefixes the UTF-8 BOM so Excel reads UTF-8. No "sep=" line: Excel then ignores
 * the BOM and garbles accents. Numbers use "." decimals, as machines read them. Excel with
 * a French list separator (";") does not split commas on double-click; there, open it via
 * Data › From Text/CSV (LibreOffice asks for the separator and detects it).
 * Text cells that start with = + - @ (a formula to a spreadsheet, "-20 %" among them)
 * get a leading apostrophe so they are shown, never evaluated.
 */
import type { Claim, Lang, Source } from '../model'
import { sortClaims } from './claimsJson'
import { formatCitations, type CitationStyle } from './csl'
import { verdictLabel } from './verdicts'

/** The UTF-8 byte order mark the bundle writer puts before the CSV text. */
export const CSV_BOM = '\uFEFF'

/** Column names, in order. */
export const CSV_COLUMNS = [
  'claim_id',
  'quote',
  'sentence',
  'value',
  'value_high',
  'unit',
  'kind',
  'approx',
  'subject',
  'period',
  'previous_value',
  'previous_when',
  'speaker',
  'stated_at',
  'status',
  'verdict',
  'note',
  'tags',
  'series_id',
  'source_id',
  'source_title',
  'outlet',
  'url',
  'published',
  'citation'
] as const

/** A text cell: quoted, inner quotes doubled, formula triggers defused. */
export function csvText(value: string | undefined): string {
  let text = value ?? ''
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

/** A number cell: bare, "." decimals; empty when absent. */
export function csvNumber(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(value)
}

/** Options of claimsToCsv. */
export interface CsvOptions {
  citationStyle?: CitationStyle
  locale?: Lang
}

/** The CSV text (without BOM): a header row, then one row a claim in reading order. */
export function claimsToCsv(claims: Claim[], sources: Map<string, Source>, options: CsvOptions = {}): string {
  const cited = [...new Set(claims.map((c) => c.sourceId))].map((id) => sources.get(id)).filter((s): s is Source => s !== undefined)
  return writeClaimsCsv(claims, sources, formatCitations(cited, options.citationStyle ?? 'apa', options.locale ?? 'en'), options.locale ?? 'en')
}

/** claimsToCsv with citations already formatted (the bundle builder formats them once). */
export function writeClaimsCsv(claims: readonly Claim[], sources: Map<string, Source>, citations: Map<string, string>, locale: Lang = 'en'): string {
  const rows = [CSV_COLUMNS.join(',')]
  for (const claim of sortClaims(claims)) {
    const source = sources.get(claim.sourceId)
    rows.push(
      [
        csvText(claim.id),
        csvText(claim.quote),
        csvText(claim.sentence),
        csvNumber(claim.value),
        csvNumber(claim.valueHigh),
        csvText(claim.unit),
        csvText(claim.kind),
        csvText(claim.approx),
        csvText(claim.subject),
        csvText(claim.period?.text),
        csvNumber(claim.previous?.value),
        csvText(claim.previous?.when),
        csvText(claim.speaker),
        csvText(claim.statedAt),
        csvText(claim.status),
        csvText(verdictLabel(claim.verdict, locale)),
        csvText(claim.note),
        csvText(claim.tags.join('; ')),
        csvText(claim.seriesId),
        csvText(claim.sourceId),
        csvText(source?.title),
        csvText(source?.outlet),
        csvText(source?.url),
        csvText(source?.publishedAt),
        csvText(citations.get(claim.sourceId))
      ].join(',')
    )
  }
  return `${rows.join('\r\n')}\r\n`
}
