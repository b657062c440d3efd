/**
 * CSV rows with papaparse (comma, semicolon, tab or pipe, guessed from the file), one at a time, so
 * a reader can stop at the first bad line or at the observation cap without holding every row.
 */
import Papa from 'papaparse'
import { type Result } from '../model'

export interface CsvHead {
  delimiter: string
  /** The first rows, empty ones left out, each with its 1-based line. */
  rows: { cells: string[]; line: number }[]
}

const DELIMITERS = [',', ';', '\t', '|']

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * The separator of a file: the one its first line (a header or a key-value line, which never
 * holds a decimal comma) has most of outside quotes; comma when it has none.
 */
export function guessDelimiter(text: string): string {
  const first = (/^[^\r\n]*/.exec(text.replace(/^\s+/, ''))?.[0] ?? '').replace(/"[^"]*"/g, '')
  let best = ','
  let most = 0
  for (const d of DELIMITERS) {
    const n = first.split(d).length - 1
    if (n > most) [best, most] = [d, n]
  }
  return best
}

/** The delimiter and first rows of a CSV text. */
export function csvHead(text: string, count = 40): CsvHead {
  const result = Papa.parse(stripBom(text), { preview: count * 2, delimiter: guessDelimiter(stripBom(text)) })
  const rows: CsvHead['rows'] = []
  result.data.forEach((cells, i) => {
    if (rows.length < count && cells.some((c) => c.trim() !== '')) rows.push({ cells, line: i + 1 })
  })
  return { delimiter: result.meta.delimiter, rows }
}

/**
 * Calls `onRow` with each non-empty row and its 1-based line (a line count that assumes no newline
 * inside quotes, as statistical files have none); the first error it returns stops the reading.
 */
export function eachCsvRow(text: string, delimiter: string, onRow: (cells: string[], line: number) => Result<void>): Result<void> {
  let line = 0
  let failure: string | undefined
  Papa.parse(stripBom(text), {
    delimiter,
    step: (step, parser) => {
      line++
      const cells = step.data
      if (!cells.some((c) => c.trim() !== '')) return
      const r = onRow(cells, line)
      if (!r.ok) {
        failure = r.error
        parser.abort()
      }
    }
  })
  return failure === undefined ? { ok: true, value: undefined } : { ok: false, error: failure }
}

/** Folded for matching column names: no accents, lower case, spaces and dashes as "_". */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/[\s-]+/g, '_')
}

/** "%" for the ways files write percent (PA is the OECD code for percent per annum); the unit as written otherwise. */
export function readUnit(text: string | undefined): string | undefined {
  const s = (text ?? '').trim()
  if (s === '') return undefined
  if (/^(%|percent(age)?|per cent|pourcentage|pc|pc_act|pc_pop|pa|rt|rate|taux|pct)$/i.test(s)) return '%'
  return s
}

/** "14-02-2024", "14/02/2023 07:30", "2023-11-27" or a timestamp → ISO date, else undefined. */
export function readDate(text: string | undefined): string | undefined {
  const s = (text ?? '').trim()
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
  if (m) return `${m[1]}-${m[2]}-${m[3]}`
  m = /^(\d{2})[-/.](\d{2})[-/.](\d{4})/.exec(s)
  if (m) return `${m[3]}-${m[2]}-${m[1]}`
  m = /^(\d{2})\/(\d{2})\/(\d{2})\b/.exec(s)
  if (m) return `20${m[3]}-${m[2]}-${m[1]}`
  return undefined
}

/** What to say about the separator when a line has the wrong number of fields. */
export function separatorHint(delimiter: string): string {
  const name = delimiter === ',' ? 'comma' : delimiter === ';' ? 'semicolon' : delimiter === '\t' ? 'tab' : `“${delimiter}”`
  return `the file is read as ${name}-separated; a wrong separator, or a decimal comma not in quotes, splits values`
}
