/** The compare table: a series by month, quarter or year, value per source, contradictions flagged. */
import { periodKey } from './dates'
import { type ContradictionRules, contradictionsWithin } from './contradictions'
import { comparePoints } from './points'
import { type ToleranceKind, effectiveTolerance, toleranceKind } from './tolerance'
import { type CompareOptions, type CompareRow, type SeriesPoint } from './types'

/** compareTable's options beside granularity and tolerance: the kind (found from units when absent) and scopes. */
export type CompareRules = ContradictionRules

function mid(p: SeriesPoint): number {
  return p.valueHigh !== undefined ? (p.value + p.valueHigh) / 2 : p.value
}

/** The median of numbers (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/**
 * Rows by period (oldest first) with one cell per point, the change of the period's median
 * (ranges count by their middle) from the previous row's — in pp for rates (`kind` 'pp'),
 * relative otherwise — and contradictions within the period; points without a date come back
 * separately as `undated`. The tolerance is in the same kind (pp, or 0.1 = 10 %); an invalid
 * one falls back to the kind's default.
 */
export function compareTable(points: SeriesPoint[], options: CompareOptions, rules: CompareRules = {}): { rows: CompareRow[]; undated: SeriesPoint[]; kind: ToleranceKind } {
  const kind = rules.kind ?? toleranceKind(points)
  const tolerance = effectiveTolerance(options.tolerance, kind)
  const sorted = [...points].sort(comparePoints)
  const undated = sorted.filter((p) => !p.x)
  const groups = new Map<string, SeriesPoint[]>()
  for (const p of sorted) {
    if (!p.x) continue
    const key = periodKey(p.x, options.granularity)
    const list = groups.get(key)
    if (list) list.push(p)
    else groups.set(key, [p])
  }
  const rows: CompareRow[] = []
  let prevMedian: number | undefined
  for (const period of [...groups.keys()].sort()) {
    const group = groups.get(period) ?? []
    const found = contradictionsWithin(group, period, tolerance, { ...rules, kind })
    const row: CompareRow = {
      period,
      cells: group.map((p) => {
        const cell: CompareRow['cells'][number] = { sourceId: p.sourceId, sourceTitle: p.sourceTitle, claimId: p.claimId, value: p.value }
        if (p.valueHigh !== undefined) cell.valueHigh = p.valueHigh
        if (p.approx) cell.approx = p.approx
        if (p.xFrom !== 'none') cell.xFrom = p.xFrom
        return cell
      }),
      contradiction: found.length > 0
    }
    if (found.length) {
      row.contradictionDetails = found.map((c) => c.detail)
      row.contradictionDetail = row.contradictionDetails.join('; ')
    }
    const med = median(group.map(mid))
    if (prevMedian !== undefined && kind === 'pp') row.changeFromPrevious = Math.round((med - prevMedian) * 1e9) / 1e9
    else if (prevMedian !== undefined && prevMedian !== 0) row.changeFromPrevious = (med - prevMedian) / Math.abs(prevMedian)
    prevMedian = med
    rows.push(row)
  }
  return { rows, undated, kind }
}
