/**
 * What a reference file holds before the user picks one series from it: observations keyed by
 * the value of each dimension (geo, sex, age, the INSEE series, the periodicity…), built row by
 * row under a cap so a file of a million rows is refused early instead of filling memory.
 */
import { type Periodicity, type ReferenceFormat, type ReferenceObservation, type Result } from '../model'
import { periodicityOf } from './period'

/** Past this many observations a file is refused: one series is a few thousand at most. */
export const MAX_OBSERVATIONS = 200_000

/** A dimension the user may have to choose a value of. */
export interface SliceDimension {
  id: string
  label: string
  /** Places (geo, REF_AREA, area): the chosen value's label becomes the series' place. */
  geo: boolean
  values: { id: string; label: string }[]
}

/** What the file says about itself, each field a default the user can correct. */
export interface ReferenceMeta {
  datasetTitle?: string
  publisher?: string
  unit?: string
  url?: string
  /** When the publisher last updated the data (ISO date), if the file says. */
  updated?: string
  place?: string
}

export interface TableRow {
  /** Index of the row's value in each dimension, joined by ",". */
  key: string
  period: string
  value: number
  status?: string
  /** 1-based line (CSV) or position in the cube (JSON-stat), for error messages. */
  line: number
}

export interface ReferenceTable {
  fileName: string
  format: ReferenceFormat
  meta: ReferenceMeta
  /** Every dimension but time, with the periodicity added when a file mixes several. */
  dimensions: SliceDimension[]
  rows: TableRow[]
}

/** The dimension added when one file holds several periodicities (ONS: years, quarters and months). */
export const PERIODICITY_DIMENSION = 'periodicity'

/** Builds a table dimension by dimension and row by row; refuses past MAX_OBSERVATIONS. */
export class TableBuilder {
  private readonly dims: { id: string; label: string; geo: boolean; index: Map<string, number>; values: { id: string; label: string }[] }[] = []
  readonly rows: TableRow[] = []

  constructor(readonly fileName: string, readonly format: ReferenceFormat) {}

  dimension(id: string, label: string, geo: boolean): number {
    this.dims.push({ id, label, geo, index: new Map(), values: [] })
    return this.dims.length - 1
  }

  /** The index of a value in dimension `d`, added on first sight. */
  valueIndex(d: number, id: string, label: string = id): number {
    const dim = this.dims[d]
    let i = dim.index.get(id)
    if (i === undefined) {
      i = dim.values.length
      dim.index.set(id, i)
      dim.values.push({ id, label })
    }
    return i
  }

  /** Adds one observation; an error when the cap is passed (the caller stops reading). */
  add(key: string, period: string, value: number, status: string | undefined, line: number): Result<void> {
    if (this.rows.length >= MAX_OBSERVATIONS) {
      return { ok: false, error: `${this.fileName}: line ${line}: more than ${MAX_OBSERVATIONS.toLocaleString('en')} observations; export a smaller extract (one place, one indicator)` }
    }
    const row: TableRow = { key, period, value, line }
    if (status) row.status = status
    this.rows.push(row)
    return { ok: true, value: undefined }
  }

  build(meta: ReferenceMeta): Result<ReferenceTable> {
    if (this.rows.length === 0) return { ok: false, error: `${this.fileName}: no observation found (no row has both a period and a value)` }
    const dimensions: SliceDimension[] = this.dims.map((d) => ({ id: d.id, label: d.label, geo: d.geo, values: d.values }))
    const periodicities = [...new Set(this.rows.map((r) => periodicityOf(r.period)))].filter((p): p is Periodicity => p !== undefined)
    let rows = this.rows
    if (periodicities.length > 1) {
      const order: Periodicity[] = ['year', 'quarter', 'month', 'day']
      const values = order.filter((p) => periodicities.includes(p)).map((p) => ({ id: p, label: p }))
      dimensions.push({ id: PERIODICITY_DIMENSION, label: PERIODICITY_DIMENSION, geo: false, values })
      rows = rows.map((r) => ({ ...r, key: `${r.key}${r.key === '' && this.dims.length === 0 ? '' : ','}${values.findIndex((v) => v.id === periodicityOf(r.period))}` }))
    }
    return { ok: true, value: { fileName: this.fileName, format: this.format, meta, dimensions, rows } }
  }
}

/** The dimensions the user must choose a value of: those with more than one. */
export function dimensionsToChoose(table: Pick<ReferenceTable, 'dimensions'>): SliceDimension[] {
  return table.dimensions.filter((d) => d.values.length > 1)
}

/** The choice that takes each dimension's first value (the publisher's default order). */
export function defaultSlice(table: Pick<ReferenceTable, 'dimensions'>): Record<string, string> {
  return Object.fromEntries(table.dimensions.map((d) => [d.id, d.values[0]?.id ?? '']))
}

/** One series cut from a table. */
export interface Slice {
  observations: ReferenceObservation[]
  periodicity: Periodicity
  /** Label of the chosen value of each dimension with more than one, as "label: value". */
  labels: string[]
  place?: string
  /** The file's unit, else "%" when the chosen series is named a rate ("ILO unemployment rate", "taux de…"). */
  unit?: string
}

/**
 * The observations of one value per dimension, oldest first. Errors name the file and, for two
 * values of one period, both lines; a dimension with several values needs a choice.
 */
export function sliceTable(table: ReferenceTable, choice: Readonly<Record<string, string>>): Result<Slice> {
  const wanted: number[] = []
  const labels: string[] = []
  let place = table.meta.place
  for (const d of table.dimensions) {
    const picked = d.values.length === 1 ? d.values[0].id : choice[d.id]
    const i = d.values.findIndex((v) => v.id === picked)
    if (i < 0) return { ok: false, error: `${table.fileName}: choose a value of “${d.label}” (${d.values.length} in the file)` }
    wanted.push(i)
    if (d.values.length > 1) labels.push(`${d.label}: ${d.values[i].label}`)
    if (d.geo) place = d.values[i].label
  }
  const key = wanted.join(',')
  const seen = new Map<string, TableRow>()
  for (const r of table.rows) {
    if (r.key !== key) continue
    const before = seen.get(r.period)
    if (before) return { ok: false, error: `${table.fileName}: line ${r.line}: a second value for ${r.period} (the first is on line ${before.line})` }
    seen.set(r.period, r)
  }
  const picked = [...seen.values()]
  if (picked.length === 0) return { ok: false, error: `${table.fileName}: no observation for this choice (${labels.join(', ') || 'the only series'})` }
  const periodicity = periodicityOf(picked[0].period)
  if (!periodicity) return { ok: false, error: `${table.fileName}: line ${picked[0].line}: unreadable period ${picked[0].period}` }
  picked.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
  const observations = picked.map((r) => {
    const o: ReferenceObservation = { period: r.period, value: r.value }
    if (r.status) o.status = r.status
    return o
  })
  const slice: Slice = { observations, periodicity, labels }
  if (place) slice.place = place
  const unit = table.meta.unit ?? (labels.some((l) => /\b(rate|taux)\b|%/i.test(l)) ? '%' : undefined)
  if (unit) slice.unit = unit
  return { ok: true, value: slice }
}
