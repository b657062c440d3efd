/**
 * Plain CSV: a header with a period column and one or more value columns (a status column and
 * text columns such as a country are read too), or no header at all, as the ONS serves a time
 * series: "Title","CPI ANNUAL RATE…" / "Unit","%" / … then "2023 Q1","10.2" rows. The key-value
 * lines above the data become the defaults of the import form (title, unit, release date).
 */
import { type Result } from '../model'
import { type CsvHead, eachCsvRow, foldName, readDate, readUnit, separatorHint } from './csvRows'
import { readValue } from './number'
import { readPeriod } from './period'
import { readStatus } from './status'
import { type ReferenceMeta, type ReferenceTable, TableBuilder } from './table'

const PERIOD_NAMES = /^(period|periode|periodes|date|dates|time|time_period|temps|annee|year|years|mois|month|trimestre|quarter|jour|day)$/
const VALUE_NAMES = /^(value|values|valeur|valeurs|obs_value|observation|taux|rate)$/
const STATUS_NAMES = /^(status|statut|obs_status|obs_flag|flag|flags|qualite|quality|code|codes)$/
const GEO_NAMES = /^(geo|pays|country|area|region|ref_area|territoire|zone|reference_area|place|lieu)$/

interface Layout {
  headerLine: number
  period: number
  values: { column: number; name: string }[]
  status?: number
  dims: { column: number; name: string; geo: boolean }[]
}

function preambleMeta(rows: CsvHead['rows'], upTo: number): ReferenceMeta {
  const meta: ReferenceMeta = {}
  const ids: string[] = []
  for (const r of rows) {
    if (r.line >= upTo) break
    const key = foldName(r.cells[0] ?? '')
    const value = (r.cells[1] ?? '').trim()
    if (!value) continue
    if (/^(title|titre|libelle|label)$/.test(key)) meta.datasetTitle = value
    else if (/^(unit|unite)$/.test(key)) meta.unit = readUnit(value)
    else if (/^(release_date|derniere_mise_a_jour|last_update|updated|date_de_publication)$/.test(key)) meta.updated = readDate(value)
    else if (key === 'cdid') {
      ids.push(`CDID ${value}`)
      meta.publisher = 'ONS'
    } else if (key === 'idbank') {
      ids.push(`idBank ${value}`)
      meta.publisher = 'INSEE'
    } else if (/^(source|publisher|producteur|source_dataset_id)$/.test(key) && key !== 'source_dataset_id') meta.publisher = value
  }
  if (meta.datasetTitle && ids.length) meta.datasetTitle = `${meta.datasetTitle} (${ids.join(', ')})`
  return meta
}

/** Where the period, values, status and dimensions are, from the header (or the first data row). */
function layoutOf(fileName: string, head: CsvHead): Result<Layout> {
  const headerRow = head.rows.find((r) => r.cells.some((c) => PERIOD_NAMES.test(foldName(c))))
  if (headerRow) {
    const names = headerRow.cells.map(foldName)
    const period = names.findIndex((n) => PERIOD_NAMES.test(n))
    const data = head.rows.filter((r) => r.line > headerRow.line)
    const numeric = (c: number): boolean => data.length > 0 && data.every((r) => readValue(r.cells[c] ?? '') !== undefined)
    const named = names.findIndex((n) => VALUE_NAMES.test(n))
    const status = names.findIndex((n) => STATUS_NAMES.test(n))
    const values: Layout['values'] = []
    const dims: Layout['dims'] = []
    names.forEach((n, c) => {
      if (c === period || c === status) return
      const label = headerRow.cells[c].trim() || `column ${c + 1}`
      if (c === named || (named < 0 && !GEO_NAMES.test(n) && numeric(c))) values.push({ column: c, name: label })
      else dims.push({ column: c, name: label, geo: GEO_NAMES.test(n) })
    })
    if (values.length === 0) {
      return { ok: false, error: `${fileName}: line ${headerRow.line}: no column of numbers beside the period column “${headerRow.cells[period].trim()}”; ${separatorHint(head.delimiter)}` }
    }
    const layout: Layout = { headerLine: headerRow.line, period, values, dims: dims.filter((d) => d.name !== '') }
    if (status >= 0 && values.length === 1) layout.status = status
    return { ok: true, value: layout }
  }
  const first = head.rows.find((r) => readPeriod(r.cells[0] ?? '') !== undefined && typeof readValue(r.cells[1] ?? '') === 'number')
  if (first) {
    const layout: Layout = { headerLine: first.line - 1, period: 0, values: [{ column: 1, name: 'value' }], dims: [] }
    if (first.cells.length > 2) layout.status = 2
    return { ok: true, value: layout }
  }
  const line = head.rows[0]
  const fields = line ? line.cells.slice(0, 4).map((c) => `“${c.trim().slice(0, 30)}”`).join(', ') : 'none'
  return {
    ok: false,
    error: `${fileName}: line ${line?.line ?? 1}: no period column (a header such as “period”, “date”, “TIME_PERIOD”, or rows starting 2023, 2023-Q1, 2023T1, 2023-03, 2023M03); first fields ${fields}; ${separatorHint(head.delimiter)}`
  }
}

export function readPlainCsv(fileName: string, text: string, head: CsvHead): Result<ReferenceTable> {
  const layout = layoutOf(fileName, head)
  if (!layout.ok) return layout
  const { period, values, status, dims, headerLine } = layout.value
  const builder = new TableBuilder(fileName, 'csv')
  const dimIndex = dims.map((d) => builder.dimension(d.name, d.name, d.geo))
  const valueDim = values.length > 1 ? builder.dimension('series', 'series', false) : -1
  if (valueDim >= 0) values.forEach((v) => builder.valueIndex(valueDim, v.name))
  const width = head.rows.find((r) => r.line === headerLine)?.cells.length
  const read = eachCsvRow(text, head.delimiter, (cells, line) => {
    if (line <= headerLine) return { ok: true, value: undefined }
    if (width !== undefined && cells.length !== width && !(cells.length === width + 1 && cells[width] === '')) {
      return { ok: false, error: `${fileName}: line ${line}: ${cells.length} fields where the header has ${width}; ${separatorHint(head.delimiter)}` }
    }
    const cell = (cells[period] ?? '').trim()
    if (cell === '') return { ok: false, error: `${fileName}: line ${line}: no period` }
    const p = readPeriod(cell)
    if (!p) return { ok: false, error: `${fileName}: line ${line}: “${cell.slice(0, 40)}” is not a period (2023, 2023-Q1, 2023T1, 2023-03, 2023M03, 2023-03-15)` }
    const base = dims.map((d, i) => builder.valueIndex(dimIndex[i], (cells[d.column] ?? '').trim()))
    for (let v = 0; v < values.length; v++) {
      const raw = cells[values[v].column] ?? ''
      const value = readValue(raw)
      if (value === undefined) return { ok: false, error: `${fileName}: line ${line}: “${raw.trim().slice(0, 40)}” is not a number` }
      if (value === null) continue
      const key = (valueDim >= 0 ? [...base, v] : base).join(',')
      const added = builder.add(key, p.period, value, status !== undefined ? readStatus(cells[status]) : undefined, line)
      if (!added.ok) return added
    }
    return { ok: true, value: undefined }
  })
  if (!read.ok) return read
  return builder.build(preambleMeta(head.rows, headerLine + 1))
}
