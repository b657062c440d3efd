import { readFile, stat } from 'node:fs/promises'
import { figureText } from '../../../shared/figureSpan'
import { extname, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import type { Readable, Writable } from 'node:stream'
import { detectLanguage, extractClaims } from '../../../shared/extract/index'
import type { ExtractedClaim, Lang, Result } from '../../../shared/model'
import { type CliCommand, type CliIo, writeOut } from '../io'
import { writeTable } from '../table'

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/

/** One input line of `--jsonl` mode, validated. */
export interface JsonlInput {
  id?: string | number
  text: string
  lang?: Lang
  date?: string
  speakers?: string[]
}

/** Validates one JSONL input line; the error says what is wrong with it. */
export function parseJsonlInput(line: string): Result<JsonlInput> & { id?: string | number } {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch (e) {
    return { ok: false, error: `not JSON (${(e as Error).message})` }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: 'expected a JSON object {"id","text"}' }
  const o = json as Record<string, unknown>
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : undefined
  const fail = (error: string): Result<JsonlInput> & { id?: string | number } => ({ ok: false, error, id })
  if (typeof o.text !== 'string') return fail('"text" must be a string')
  if (o.lang !== undefined && o.lang !== null && o.lang !== 'fr' && o.lang !== 'en') return fail('"lang" must be "fr" or "en"')
  if (o.date !== undefined && o.date !== null && (typeof o.date !== 'string' || !ISO_DATE.test(o.date))) return fail('"date" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')
  if (o.speakers !== undefined && (!Array.isArray(o.speakers) || !o.speakers.every((s) => typeof s === 'string'))) return fail('"speakers" must be an array of strings')
  const value: JsonlInput = { text: o.text }
  if (id !== undefined) value.id = id
  if (o.lang === 'fr' || o.lang === 'en') value.lang = o.lang
  if (typeof o.date === 'string') value.date = o.date
  if (Array.isArray(o.speakers)) value.speakers = o.speakers as string[]
  return { ok: true, value, id }
}

/**
 * Reads JSONL from `input` one line at a time (readline pauses the stream while we write, so memory stays
 * bounded whatever the input size) and writes one output line per non-blank input line.
 */
export async function streamJsonl(input: Readable, io: CliIo, handle: (line: string) => string): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity })
  let batch = ''
  for await (const line of rl) {
    if (line.trim() === '') continue
    batch += handle(line) + '\n'
    // write in ~64 kB chunks: one write per line would dominate the run time on small lines
    if (batch.length > 65536) {
      await writeOut(io.stdout, batch)
      batch = ''
    }
  }
  if (batch) await writeOut(io.stdout, batch)
}

/**
 * The JSONL mode of `extract` and `numbers`: one answer line per input line, `{id, error}` for a bad line
 * (the run goes on), the language taken from the line, else the command line, else detected.
 */
export function answerJsonl(io: CliIo, defaultLang: Lang | undefined, answer: (input: JsonlInput, lang: Lang) => object): Promise<void> {
  return streamJsonl(io.stdin, io, (line) => {
    const input = parseJsonlInput(line)
    if (!input.ok) return JSON.stringify(input.id !== undefined ? { id: input.id, error: input.error } : { error: input.error })
    const v = input.value
    return JSON.stringify({ id: v.id ?? null, ...answer(v, v.lang ?? defaultLang ?? detectLanguage(v.text)) })
  })
}

/** Common options of `extract` and `numbers`. */
export interface ExtractArgs {
  jsonl: boolean
  json: boolean
  lang?: Lang
  date?: string
  speakers: string[]
  files: string[]
}

/** Parses the command line; the error names the bad option. */
export function parseExtractArgs(args: string[], withSpeakers: boolean): Result<ExtractArgs> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        jsonl: { type: 'boolean' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        date: { type: 'string' },
        ...(withSpeakers ? { speaker: { type: 'string' as const, multiple: true as const } } : {})
      }
    })
  } catch (e) {
    return { ok: false, error: (e as Error).message }
  }
  const v = parsed.values as { jsonl?: boolean; json?: boolean; lang?: string; date?: string; speaker?: string[] }
  if (v.lang !== undefined && v.lang !== 'fr' && v.lang !== 'en') return { ok: false, error: `--lang must be "fr" or "en", not "${v.lang}"` }
  if (v.date !== undefined && !ISO_DATE.test(v.date)) return { ok: false, error: `--date must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not "${v.date}"` }
  if (!v.jsonl && parsed.positionals.length === 0) return { ok: false, error: 'give FILE… (.txt or .md) or --jsonl to read JSON lines on stdin' }
  return {
    ok: true,
    value: {
      jsonl: v.jsonl === true,
      json: v.json === true,
      lang: v.lang as Lang | undefined,
      date: v.date,
      speakers: v.speaker ?? [],
      files: parsed.positionals
    }
  }
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown'])

/** Reads a .txt/.md file as UTF-8; the error names the file and the reason. */
export async function readTextFile(cwd: string, file: string): Promise<Result<string>> {
  const path = resolve(cwd, file)
  const ext = extname(file).toLowerCase()
  if (!TEXT_EXTENSIONS.has(ext)) {
    return { ok: false, error: `${file}: unsupported extension "${ext || '(none)'}" (extract reads .txt and .md files)` }
  }
  try {
    const s = await stat(path)
    if (!s.isFile()) return { ok: false, error: `${file}: not a file` }
  } catch {
    return { ok: false, error: `${file}: no such file` }
  }
  try {
    const text = await readFile(path, 'utf8')
    return { ok: true, value: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
  } catch (e) {
    return { ok: false, error: `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }
  }
}

function formatValue(c: ExtractedClaim): string {
  const n = (x: number): string => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))))
  let s = c.valueHigh !== undefined ? `${n(c.value)}–${n(c.valueHigh)}` : n(c.value)
  if (c.approx) s = `~${s}`
  if (c.previous) s += ` (was ${n(c.previous.value)})`
  return s
}

function formatPeriod(c: ExtractedClaim): string {
  if (!c.period) return ''
  const p = c.period
  const resolved = p.start || p.end ? ` [${p.start ?? '…'}–${p.end ?? '…'}]` : p.per ? ` [per ${p.per}]` : ''
  return `${p.text}${resolved}`
}

// the figure first (what the row is about), the quote last: it is the clause a fact-checker cites, often long
const CLAIM_COLUMNS = ['figure', 'value', 'unit', 'subject', 'speaker', 'period', 'quote']
const CLAIM_WIDTHS = [36, 22, 5, 32, 22, 44, 72]
const claimRow = (c: ExtractedClaim): string[] => [figureText(c), formatValue(c), c.unit ?? '', c.subject, c.speaker ?? '', formatPeriod(c), c.quote]

/** Writes the table of a file's claims to `stream` as it lays it out, however many claims there are. */
export async function writeClaimsTable(stream: Writable, claims: ExtractedClaim[]): Promise<void> {
  if (claims.length === 0) await writeOut(stream, '(no claims)\n')
  else await writeTable(stream, CLAIM_COLUMNS, claims.map(claimRow), CLAIM_WIDTHS)
}

const help = `Usage: claimledger extract [options] FILE…
       claimledger extract --jsonl [options] < input.jsonl > output.jsonl

Finds the numeric claims (figure, what it counts, who says it, when) in French or English text.

FILE… mode reads .txt and .md files and prints a table (figure, value, unit, subject, speaker,
period, quote), or JSON with --json. The quote is the clause to cite; "start"/"end" are its
offsets in the text and "figureStart"/"figureEnd" those of the figure inside it.

--jsonl mode reads one JSON object a line on stdin, {"id","text","lang"?,"date"?,"speakers"?},
and writes one line per input, {"id","lang","claims":[…]}, as it goes (any input size). A line
that cannot be read gets {"id","error"} and the run goes on.

Options:
  --jsonl          Read JSON lines on stdin, write JSON lines on stdout
  --json           Print JSON instead of a table (FILE… mode)
  --lang fr|en     Language of the text (default: detected per text)
  --date DATE      Source date, ISO (2023, 2023-10, 2023-10-05), to resolve "depuis début 2023", "last year"
  --speaker NAME   A known speaker of the source (repeatable); the first is the fallback
  --help, -h       Show this help

Examples:
  npm run --silent claimledger -- extract interview.txt --date 2023-10-05 --speaker "Laurent Nunez"
  echo '{"id":1,"text":"Le chômage a atteint 7,2 % en 2023."}' | npm run --silent claimledger -- extract --jsonl
`

async function runExtract(args: string[], io: CliIo): Promise<number> {
  const parsed = parseExtractArgs(args, true)
  if (!parsed.ok) {
    await writeOut(io.stderr, `claimledger extract: ${parsed.error}\nSee: claimledger extract --help\n`)
    return 2
  }
  const a = parsed.value
  if (a.jsonl) {
    await answerJsonl(io, a.lang, (v, lang) => ({ lang, claims: extractClaims(v.text, { lang, date: v.date ?? a.date, speakers: v.speakers ?? a.speakers }) }))
    return 0
  }
  let failed = 0
  const results: { file: string; lang: Lang; claims: ExtractedClaim[] }[] = []
  for (const file of a.files) {
    const text = await readTextFile(io.cwd, file)
    if (!text.ok) {
      await writeOut(io.stderr, `claimledger extract: ${text.error}\n`)
      failed++
      continue
    }
    const lang = a.lang ?? detectLanguage(text.value)
    const claims = extractClaims(text.value, { lang, date: a.date, speakers: a.speakers })
    if (a.json) results.push({ file, lang, claims })
    else {
      if (a.files.length > 1) await writeOut(io.stdout, `${file} (${lang}, ${claims.length} claims)\n`)
      await writeClaimsTable(io.stdout, claims)
      if (a.files.length > 1) await writeOut(io.stdout, '\n')
    }
  }
  if (a.json) await writeOut(io.stdout, JSON.stringify(results, null, 2) + '\n')
  return failed > 0 ? 1 : 0
}

/** `claimledger extract`: claims from files (table or JSON) or from JSON lines on stdin. */
export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'Find the numeric claims in .txt/.md files, or in JSON lines on stdin (--jsonl)',
  help,
  run: runExtract
}
