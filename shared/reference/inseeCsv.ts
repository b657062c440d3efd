/**
 * INSEE's series download (insee.fr "Séries chronologiques", a family of series as CSV): one row
 * per series with its label, idBank and last update, one column per period ("2022-T4"), each
 * series row followed by a "Codes" row of statuses (A normal, P provisional, SD semi-final…).
 * The series (idBank) is the one dimension the user chooses.
 */
import { type Result } from '../model'
import { type CsvHead, eachCsvRow, foldName, readDate, separatorHint } from './csvRows'
import { readValue } from './number'
import { readPeriod } from './period'
import { readStatus } from './status'
import { type ReferenceTable, TableBuilder } from './table'

export function isInseeCsv(head: CsvHead): boolean {
  const names = (head.rows[0]?.cells ?? []).map(foldName)
  return (names[0] === 'label' || names[0] === 'libelle') && names[1] === 'idbank'
}

const FIRST_PERIOD = 4

export function readInseeCsv(fileName: string, text: string, head: CsvHead): Result<ReferenceTable> {
  const header = head.rows[0].cells
  const periods: string[] = []
  for (let c = FIRST_PERIOD; c < header.length; c++) {
    const p = readPeriod(header[c])
    if (!p) return { ok: false, error: `${fileName}: line ${head.rows[0].line}: column ${c + 1} “${header[c].trim().slice(0, 20)}” is not a period` }
    periods.push(p.period)
  }
  const builder = new TableBuilder(fileName, 'insee-csv')
  const series = builder.dimension('idBank', 'series', false)
  let pending: { key: string; values: (number | null)[]; line: number } | undefined
  let updated: string | undefined
  const flush = (codes: string[] | undefined): Result<void> => {
    if (!pending) return { ok: true, value: undefined }
    const { key, values, line } = pending
    pending = undefined
    for (let i = 0; i < values.length; i++) {
      const v = values[i]
      if (v === null) continue
      const added = builder.add(key, periods[i], v, readStatus(codes?.[FIRST_PERIOD + i]), line)
      if (!added.ok) return added
    }
    return { ok: true, value: undefined }
  }
  const read = eachCsvRow(text, head.delimiter, (cells, line) => {
    if (line <= head.rows[0].line) return { ok: true, value: undefined }
    if (cells.length !== header.length) return { ok: false, error: `${fileName}: line ${line}: ${cells.length} fields where the header has ${header.length}; ${separatorHint(head.delimiter)}` }
    if (foldName(cells[0]) === 'codes') return flush(cells)
    const done = flush(undefined)
    if (!done.ok) return done
    const idBank = cells[1].trim()
    if (idBank === '') return { ok: false, error: `${fileName}: line ${line}: a series with no idBank` }
    const values: (number | null)[] = []
    for (let c = FIRST_PERIOD; c < cells.length; c++) {
      const v = readValue(cells[c])
      if (v === undefined) return { ok: false, error: `${fileName}: line ${line}: “${cells[c].trim().slice(0, 40)}” (${periods[c - FIRST_PERIOD]}) is not a number` }
      values.push(v)
    }
    updated ??= readDate(cells[2])
    pending = { key: String(builder.valueIndex(series, idBank, `${cells[0].trim()} (idBank ${idBank})`)), values, line }
    return { ok: true, value: undefined }
  })
  if (!read.ok) return read
  const last = flush(undefined)
  if (!last.ok) return last
  const meta: ReferenceTable['meta'] = { publisher: 'INSEE' }
  if (updated) meta.updated = updated
  return builder.build(meta)
}
