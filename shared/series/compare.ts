/** The compare table: a series by month, quarter or year, value per source, contradictions flagged. */
import { periodKey } from './dates'
import { contradictionsWithin } from './contradictions'
import { comparePoints } from './points'
import { type CompareOptions, type CompareRow, type SeriesPoint } from './types'

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
 * Rows by period (oldest first) with one cell per point, the relative change of the period's
 * median (ranges count by their middle) from the previous row's, and contradictions within the
 * period; points without a date come back separately as `undated`.
 */
export function compareTable(points: SeriesPoint[], options: CompareOptions): { rows: CompareRow[]; undated: SeriesPoint[] } {
  const tolerance = Number.isFinite(options.tolerance) && options.tolerance >= 0 ? options.tolerance : 0.1
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
    const found = contradictionsWithin(group, period, tolerance)
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
    if (found.length) row.contradictionDetail = found.map((c) => c.detail).join('; ')
    const med = median(group.map(mid))
    if (prevMedian !== undefined && prevMedian !== 0) row.changeFromPrevious = (med - prevMedian) / Math.abs(prevMedian)
    prevMedian = med
    rows.push(row)
  }
  return { rows, undated }
}
