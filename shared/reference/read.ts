/**
 * Reads a reference file by what it holds, whatever its name: JSON-stat (JSON), SDMX-CSV
 * (TIME_PERIOD and OBS_VALUE columns), INSEE's series CSV (Label;idBank;… header) or plain CSV.
 * Every error names the file and, where there is one, the line; nothing is kept from a bad file.
 */
import { type Result } from '../model'
import { csvHead, stripBom } from './csvRows'
import { isInseeCsv, readInseeCsv } from './inseeCsv'
import { readJsonStat } from './jsonStat'
import { readPlainCsv } from './plainCsv'
import { isSdmxCsv, readSdmxCsv } from './sdmxCsv'
import { type ReferenceTable } from './table'

export function readReferenceFile(fileName: string, text: string): Result<ReferenceTable> {
  const body = stripBom(text)
  if (body.trim() === '') return { ok: false, error: `${fileName}: the file is empty` }
  if (/^\s*[{[]/.test(body)) return readJsonStat(fileName, body)
  if (body.includes('\u0000')) return { ok: false, error: `${fileName}: not a text file (binary data)` }
  const head = csvHead(body)
  if (isSdmxCsv(head)) return readSdmxCsv(fileName, body, head)
  if (isInseeCsv(head)) return readInseeCsv(fileName, body, head)
  return readPlainCsv(fileName, body, head)
}
