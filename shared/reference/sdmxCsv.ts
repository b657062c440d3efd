/**
 * SDMX-CSV, as Eurostat, the OECD and INSEE's series database serve it: one observation a row,
 * TIME_PERIOD and OBS_VALUE columns, OBS_FLAG or OBS_STATUS for its status, every other column a
 * dimension (freq, unit, geo…) except the structure columns (DATAFLOW / STRUCTURE, STRUCTURE_ID,
 * ACTION, LAST UPDATE) and, in the "labels" flavour, the label column after each code column.
 */
import { type Result } from '../model'
import { type CsvHead, eachCsvRow, foldName, readDate, readUnit, separatorHint } from './csvRows'
import { readValue } from './number'
import { readPeriod } from './period'
import { readStatus } from './status'
import { type ReferenceTable, TableBuilder } from './table'

const STRUCTURE = new Set(['dataflow', 'structure', 'structure_id', 'structure_name', 'action', 'last_update', 'key', 'conf_status'])
const GEO = new Set(['geo', 'ref_area', 'area', 'country', 'reporter'])
const AGENCIES: Readonly<Record<string, string>> = { ESTAT: 'Eurostat', OECD: 'OECD', 'OECD.SDD.TPS': 'OECD', FR1: 'INSEE', INSEE: 'INSEE', ECB: 'ECB', IMF: 'IMF', ILO: 'ILO' }

export function isSdmxCsv(head: CsvHead): boolean {
  const names = (head.rows[0]?.cells ?? []).map(foldName)
  return names.includes('time_period') && names.includes('obs_value')
}

export function readSdmxCsv(fileName: string, text: string, head: CsvHead): Result<ReferenceTable> {
  const header = head.rows[0].cells
  const names = header.map(foldName)
  const time = names.indexOf('time_period')
  const value = names.indexOf('obs_value')
  const flag = names.findIndex((n) => n === 'obs_flag' || n === 'obs_status')
  const flow = names.findIndex((n) => n === 'dataflow' || n === 'structure_id')
  const updated = names.indexOf('last_update')
  const unitColumn = names.findIndex((n) => n === 'unit' || n === 'unit_measure')
  // In the labels flavour a column whose name is not an SDMX id follows its code column ("geo","Geopolitical entity").
  const isLabel = (c: number): boolean => c > 0 && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(header[c].trim()) && !STRUCTURE.has(names[c - 1])
  const dims: { column: number; label: number }[] = []
  names.forEach((n, c) => {
    if (c === time || c === value || c === flag || STRUCTURE.has(n) || n.startsWith('obs_') || isLabel(c)) return
    dims.push({ column: c, label: c + 1 < names.length && isLabel(c + 1) ? c + 1 : -1 })
  })
  const builder = new TableBuilder(fileName, 'sdmx-csv')
  const index = dims.map((d) => builder.dimension(header[d.column].trim(), d.label >= 0 ? header[d.label].trim() : header[d.column].trim(), GEO.has(names[d.column])))
  let flowId: string | undefined
  let lastUpdate: string | undefined
  let unit: string | undefined
  const read = eachCsvRow(text, head.delimiter, (cells, line) => {
    if (line <= head.rows[0].line) return { ok: true, value: undefined }
    if (cells.length < header.length) return { ok: false, error: `${fileName}: line ${line}: ${cells.length} fields where the header has ${header.length}; ${separatorHint(head.delimiter)}` }
    const period = (cells[time] ?? '').trim()
    if (period === '') return { ok: false, error: `${fileName}: line ${line}: no TIME_PERIOD` }
    const p = readPeriod(period)
    if (!p) return { ok: false, error: `${fileName}: line ${line}: TIME_PERIOD “${period.slice(0, 40)}” is not a period this app reads (year, quarter, month or day)` }
    const v = readValue(cells[value] ?? '')
    if (v === undefined) return { ok: false, error: `${fileName}: line ${line}: OBS_VALUE “${(cells[value] ?? '').trim().slice(0, 40)}” is not a number` }
    flowId ??= flow >= 0 ? cells[flow]?.trim() : undefined
    lastUpdate ??= updated >= 0 ? readDate(cells[updated]) : undefined
    unit ??= unitColumn >= 0 ? cells[unitColumn]?.trim() : undefined
    if (v === null) return { ok: true, value: undefined }
    const key = dims.map((d, i) => builder.valueIndex(index[i], cells[d.column].trim(), d.label >= 0 ? cells[d.label].trim() || cells[d.column].trim() : cells[d.column].trim())).join(',')
    return builder.add(key, p.period, v, flag >= 0 ? readStatus(cells[flag]) : undefined, line)
  })
  if (!read.ok) return read
  const agency = flowId?.split(':')[0]
  const meta: ReferenceTable['meta'] = {}
  if (flowId) meta.datasetTitle = flowId
  if (agency && AGENCIES[agency]) meta.publisher = AGENCIES[agency]
  if (lastUpdate) meta.updated = lastUpdate
  const u = readUnit(unit)
  if (u) meta.unit = u
  return builder.build(meta)
}
