/**
 * The compare table for researchers: a series by month, quarter or year, one column per
 * source, the change since the previous period, contradictions flagged, and the claims that
 * no date places listed apart. Presentational: rows come from shared/series compareTable.
 * A series drawn from 200 outlets cannot be 200 columns wide (nor laid out quickly): the sources
 * with most claims get columns, the others share one that names each value's source; past
 * ROW_PAGE periods the rest wait behind a "show all" button.
 */
import { type ReactNode, useState } from 'react'
import { dateFormat, type CompareRow, type Granularity, type SeriesPoint, type ToleranceKind } from '../../../../shared/series'
import { truncate } from '../../../../shared/series/chartModel'
import './series.css'

/** Localised strings of the compare table (English defaults). */
export interface CompareTableLabels {
  caption: string
  granularity: string
  month: string
  quarter: string
  year: string
  tolerance: string
  /** The tolerance field of a series of rates, in percentage points. */
  tolerancePp: string
  /** "{n}" is replaced: a change in percentage points, "+0.7 pp" / "+0,7 pt". */
  ppFormat: string
  period: string
  change: string
  contradiction: string
  contradictionColumn: string
  noRows: string
  undatedTitle: string
  noPeriod: string
  /** Marks a value placed at its source's date because the claim states no period. */
  sourceDated: string
  openQuote: string
  /** "{q}" and "{year}" are replaced: "Q4 2023", "T4 2023". */
  quarterFormat: string
  /** The column of official values, when the series has a reference. */
  officialColumn: string
  /** The column shared by the sources past MAX_SOURCE_COLUMNS. */
  otherSources: string
  /** "{n}" is replaced: the button that shows every period and undated claim. */
  showAllRows: string
  /** "{n}" is replaced: the contradicting pairs of a period past the first few. */
  morePairs: string
}

/** Sources that get a column of their own; the rest share "other sources". */
export const MAX_SOURCE_COLUMNS = 6
/** Periods (and undated claims) shown before "show all". */
export const ROW_PAGE = 60

const DEFAULT_LABELS: CompareTableLabels = {
  caption: 'Values by period and source',
  granularity: 'Group by',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
  tolerance: 'Tolerance (%)',
  tolerancePp: 'Tolerance (pp)',
  ppFormat: '{n} pp',
  period: 'Period',
  change: 'Change',
  contradiction: 'Contradiction',
  contradictionColumn: 'Agreement',
  noRows: 'No dated claims in this series.',
  undatedTitle: 'Claims without a date',
  noPeriod: 'No period',
  sourceDated: 'No stated period: placed at the source’s date',
  openQuote: 'Open the quote',
  quarterFormat: 'Q{q} {year}',
  officialColumn: 'Official',
  otherSources: 'Other sources',
  showAllRows: 'Show all {n} rows',
  morePairs: '(+{n} more)'
}

export interface CompareTableProps {
  rows: CompareRow[]
  undated: SeriesPoint[]
  granularity: Granularity
  /** Relative (0.1 = 10 %), or in percentage points when kind is 'pp'. */
  tolerance: number
  /** A series of rates compares and changes in percentage points. Default 'relative'. */
  kind?: ToleranceKind
  onGranularityChange: (g: Granularity) => void
  onToleranceChange: (t: number) => void
  onClaimClick?: (claimId: string) => void
  labels?: Partial<CompareTableLabels>
  locale?: 'en' | 'fr'
  /** The official value and gap of a claim ("official: 7.1% (INSEE, Q1 2023) — claim +0.7 pp"); with it, an Official column. */
  official?: (claimId: string) => string | undefined
}

function periodLabel(period: string, granularity: Granularity, months: Intl.DateTimeFormat, labels: CompareTableLabels): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period)
  if (q) return labels.quarterFormat.replace('{q}', q[2]).replace('{year}', q[1])
  const m = /^(\d{4})-(\d{2})$/.exec(period)
  if (m && granularity === 'month') return months.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)))
  return period
}

interface SourceColumn {
  id: string
  title: string
  cells: number
}

/** The sources of the rows, most claims first (then first seen): the first MAX_SOURCE_COLUMNS get columns. */
function sourceColumns(rows: readonly CompareRow[]): { columns: SourceColumn[]; others: Map<string, SourceColumn> } {
  const all = new Map<string, SourceColumn>()
  for (const row of rows) {
    for (const c of row.cells) {
      const col = all.get(c.sourceId)
      if (col) col.cells++
      else all.set(c.sourceId, { id: c.sourceId, title: c.sourceTitle || c.sourceId, cells: 1 })
    }
  }
  const order = [...all.values()]
  const sorted = order.map((col, i) => ({ col, i })).sort((a, b) => b.col.cells - a.col.cells || a.i - b.i).map((x) => x.col)
  // One leftover source would take a column anyway: it gets its own.
  const cut = sorted.length <= MAX_SOURCE_COLUMNS + 1 ? sorted.length : MAX_SOURCE_COLUMNS
  const keep = new Set(sorted.slice(0, cut).map((c) => c.id))
  return { columns: order.filter((c) => keep.has(c.id)), others: new Map(sorted.slice(cut).map((c) => [c.id, c])) }
}

/** Pairs of one period shown before "+n more": every pair of 20 sources is 190 lines. */
const PAIRS_SHOWN = 3

function ContradictionDetail({ row, more }: { row: CompareRow; more: string }): ReactNode {
  const pairs = row.contradictionDetails ?? (row.contradictionDetail ? [row.contradictionDetail] : [])
  if (pairs.length === 0) return null
  if (pairs.length <= PAIRS_SHOWN + 1) return <span className="compare-table__detail">{pairs.join('; ')}</span>
  return (
    <details className="compare-table__detail">
      <summary>{pairs.slice(0, PAIRS_SHOWN).join('; ')} {more.replace('{n}', String(pairs.length - PAIRS_SHOWN))}</summary>
      {pairs.slice(PAIRS_SHOWN).join('; ')}
    </details>
  )
}

/** The compare table (see the file comment). */
export function CompareTable(props: CompareTableProps): ReactNode {
  const { rows, undated, granularity, tolerance, onGranularityChange, onToleranceChange, onClaimClick, official, locale = 'en', kind = 'relative' } = props
  const pp = kind === 'pp'
  const labels: CompareTableLabels = { ...DEFAULT_LABELS, ...props.labels }
  // While typing, the field may hold "" or "1."; only valid numbers reach the parent.
  const [draft, setDraft] = useState<string | null>(null)
  const [everyRow, setEveryRow] = useState(false)
  const nf = new Intl.NumberFormat(locale)
  const months = dateFormat(locale, 'short-month')
  const pf = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })
  const ppf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' })
  const change = (x: number): string => (pp ? labels.ppFormat.replace('{n}', ppf.format(x)) : pf.format(x))

  const { columns: sources, others } = sourceColumns(rows)
  const shownRows = everyRow ? rows : rows.slice(0, ROW_PAGE)
  const shownUndated = everyRow ? undated : undated.slice(0, ROW_PAGE)
  const hidden = rows.length - shownRows.length + undated.length - shownUndated.length
  const value = (v: number, high?: number, approx?: string): string => `${approx ? '≈ ' : ''}${nf.format(v)}${high !== undefined ? `–${nf.format(high)}` : ''}`
  const claimButton = (claimId: string, text: string, title: string): ReactNode =>
    onClaimClick ? (
      <button type="button" className="link" title={title} onClick={() => onClaimClick(claimId)}>
        {text}
      </button>
    ) : (
      <span title={title}>{text}</span>
    )

  return (
    <div className="compare-table">
      <div className="compare-table__controls">
        <label>
          {labels.granularity}
          <select value={granularity} onChange={(e) => onGranularityChange(e.target.value as Granularity)}>
            <option value="month">{labels.month}</option>
            <option value="quarter">{labels.quarter}</option>
            <option value="year">{labels.year}</option>
          </select>
        </label>
        <label>
          {pp ? labels.tolerancePp : labels.tolerance}
          <input
            type="number"
            min={0}
            max={1000}
            step={pp ? 0.1 : 1}
            inputMode="decimal"
            value={draft ?? String(pp ? Math.round(tolerance * 100) / 100 : Math.round(tolerance * 1000) / 10)}
            onChange={(e) => {
              setDraft(e.target.value)
              const n = Number(e.target.value.replace(',', '.'))
              if (e.target.value.trim() !== '' && Number.isFinite(n) && n >= 0) onToleranceChange(pp ? n : n / 100)
            }}
            onBlur={() => setDraft(null)}
          />
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{labels.noRows}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{labels.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.period}</th>
              {sources.map((s) => (
                <th scope="col" key={s.id} title={s.title}>
                  {truncate(s.title, 40)}
                </th>
              ))}
              {others.size > 0 && <th scope="col">{labels.otherSources} ({others.size})</th>}
              {official && <th scope="col">{labels.officialColumn}</th>}
              <th scope="col" className="num">{labels.change}</th>
              <th scope="col">{labels.contradictionColumn}</th>
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row) => (
              <tr key={row.period} className={row.contradiction ? 'is-contradiction' : undefined}>
                <th scope="row">{periodLabel(row.period, granularity, months, labels)}</th>
                {sources.map((s) => (
                  <td key={s.id} className="num">
                    {row.cells
                      .filter((c) => c.sourceId === s.id)
                      .map((c, i) => (
                        <span key={c.claimId}>
                          {i > 0 ? ', ' : ''}
                          {claimButton(c.claimId, value(c.value, c.valueHigh, c.approx), labels.openQuote)}
                          {c.xFrom === 'source' && (
                            <abbr title={labels.sourceDated} aria-label={labels.sourceDated}>
                              *
                            </abbr>
                          )}
                        </span>
                      ))}
                  </td>
                ))}
                {others.size > 0 && (
                  <td className="compare-table__others">
                    {row.cells.filter((c) => others.has(c.sourceId)).map((c) => (
                      <div key={c.claimId}>
                        {claimButton(c.claimId, value(c.value, c.valueHigh, c.approx), labels.openQuote)} <span className="muted">{truncate(c.sourceTitle || c.sourceId, 40)}</span>
                      </div>
                    ))}
                  </td>
                )}
                {official && (
                  <td className="compare-table__official">
                    {/* One line per distinct official value: claims of one period usually share it. */}
                    {[...new Set(row.cells.map((c) => official(c.claimId)).filter((x): x is string => x !== undefined))].map((line) => <div key={line}>{line}</div>)}
                  </td>
                )}
                <td className="num">{row.changeFromPrevious === undefined ? '' : change(row.changeFromPrevious)}</td>
                <td>
                  {row.contradiction && (
                    <>
                      <span className="series-badge">{labels.contradiction}</span>
                      <ContradictionDetail row={row} more={labels.morePairs} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {undated.length > 0 && (
        <section className="compare-table__undated">
          <h3>{labels.undatedTitle}</h3>
          <ul>
            {shownUndated.map((p) => (
              <li key={p.claimId}>
                <span className="series-badge">{labels.noPeriod}</span> {value(p.value, p.valueHigh, p.approx)} — {p.sourceTitle || p.sourceId} —{' '}
                {claimButton(p.claimId, `« ${truncate(p.quote, 120)} »`, labels.openQuote)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {hidden > 0 && (
        <button type="button" className="small" onClick={() => setEveryRow(true)}>{labels.showAllRows.replace('{n}', String(rows.length + undated.length))}</button>
      )}
    </div>
  )
}
