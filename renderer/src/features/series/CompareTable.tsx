/**
 * The compare table for researchers: a series by month, quarter or year, one column per
 * source, the change since the previous period, contradictions flagged, and the claims that
 * no date places listed apart. Presentational: rows come from shared/series compareTable.
 */
import { type ReactNode, useState } from 'react'
import { type CompareRow, type Granularity, type SeriesPoint, type ToleranceKind } from '../../../../shared/series'
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
}

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
  officialColumn: 'Official'
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

function periodLabel(period: string, granularity: Granularity, locale: string, labels: CompareTableLabels): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period)
  if (q) return labels.quarterFormat.replace('{q}', q[2]).replace('{year}', q[1])
  const m = /^(\d{4})-(\d{2})$/.exec(period)
  if (m && granularity === 'month') {
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)))
  }
  return period
}

/** The compare table (see the file comment). */
export function CompareTable(props: CompareTableProps): ReactNode {
  const { rows, undated, granularity, tolerance, onGranularityChange, onToleranceChange, onClaimClick, official, locale = 'en', kind = 'relative' } = props
  const pp = kind === 'pp'
  const labels: CompareTableLabels = { ...DEFAULT_LABELS, ...props.labels }
  // While typing, the field may hold "" or "1."; only valid numbers reach the parent.
  const [draft, setDraft] = useState<string | null>(null)
  const nf = new Intl.NumberFormat(locale)
  const pf = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })
  const ppf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' })
  const change = (x: number): string => (pp ? labels.ppFormat.replace('{n}', ppf.format(x)) : pf.format(x))

  const sources: { id: string; title: string }[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    for (const c of row.cells) {
      if (seen.has(c.sourceId)) continue
      seen.add(c.sourceId)
      sources.push({ id: c.sourceId, title: c.sourceTitle || c.sourceId })
    }
  }
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
              {official && <th scope="col">{labels.officialColumn}</th>}
              <th scope="col" className="num">{labels.change}</th>
              <th scope="col">{labels.contradictionColumn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.period} className={row.contradiction ? 'is-contradiction' : undefined}>
                <th scope="row">{periodLabel(row.period, granularity, locale, labels)}</th>
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
                      {row.contradictionDetail && <span className="compare-table__detail">{row.contradictionDetail}</span>}
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
            {undated.map((p) => (
              <li key={p.claimId}>
                <span className="series-badge">{labels.noPeriod}</span> {value(p.value, p.valueHigh, p.approx)} — {p.sourceTitle || p.sourceId} —{' '}
                {claimButton(p.claimId, `« ${truncate(p.quote, 120)} »`, labels.openQuote)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
