import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { type Claim, type Result } from '../../../shared/model'
import { type ComparisonResult, compareWithReference } from '../../../shared/reference/compare'
import { readReferenceFile } from '../../../shared/reference/read'
import { type Slice, dimensionsToChoose, sliceTable } from '../../../shared/reference/table'
import { type CliCommand, type CliIo, wantsHelp, writeOut } from '../io'
import { writeTable } from '../table'

const help = `Usage: claimledger check --reference FILE [--slice DIM=VALUE]… [--tolerance N] [--json] CLAIMS.jsonl

Checks claims against an official series: for each claim, the official value of its period and
the deviation (in points for rates, relative for counts and money), with the verdict it suggests.

FILE is the series as its publisher serves it: CSV (comma or semicolon, decimal point or comma),
INSEE's series CSV, SDMX-CSV (Eurostat, OECD) or JSON-stat. A file that holds several series needs
one --slice per dimension (e.g. --slice geo=FR, --slice idBank=001688527, --slice periodicity=month).

CLAIMS.jsonl holds one claim per line, or the {"id","claims":[…]} lines of \`extract --jsonl\`.

Options:
  --reference FILE      The official series (required)
  --slice DIM=VALUE     The value to keep of a dimension of FILE (repeatable)
  --tolerance N         Within N points (rates) or N relative (0.1 = 10 %) is accurate (default 0.5 pt, 0.1)
  --json                Print JSON lines instead of a table
  --help, -h            Show this help

Exit status: 0 when every claim was read, 1 when a line of CLAIMS.jsonl is not a claim, 2 on a bad
reference file or bad arguments.
`

interface CheckArgs {
  reference: string
  claims: string
  slice: Record<string, string>
  tolerance?: number
  json: boolean
}

function parseArgs(args: string[]): Result<CheckArgs> {
  let reference: string | undefined
  let tolerance: number | undefined
  let json = false
  const slice: Record<string, string> = {}
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--reference') reference = args[++i]
    else if (a === '--slice') {
      const m = /^([^=]+)=(.*)$/.exec(args[++i] ?? '')
      if (!m) return { ok: false, error: '--slice needs DIM=VALUE' }
      slice[m[1]] = m[2]
    } else if (a === '--tolerance') {
      tolerance = Number(args[++i])
      if (!Number.isFinite(tolerance) || tolerance < 0) return { ok: false, error: '--tolerance needs a number ≥ 0' }
    } else if (a === '--json') json = true
    else if (a.startsWith('-')) return { ok: false, error: `unknown option ${a}` }
    else files.push(a)
  }
  if (!reference) return { ok: false, error: '--reference FILE is required' }
  if (files.length !== 1) return { ok: false, error: 'give one CLAIMS.jsonl file' }
  const parsed: CheckArgs = { reference, claims: files[0], slice, json }
  if (tolerance !== undefined) parsed.tolerance = tolerance
  return { ok: true, value: parsed }
}

async function readText(cwd: string, file: string): Promise<Result<string>> {
  try {
    const path = resolve(cwd, file)
    if (!(await stat(path)).isFile()) return { ok: false, error: `${file}: not a file` }
    return { ok: true, value: await readFile(path, 'utf8') }
  } catch (e) {
    return { ok: false, error: `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }
  }
}

type CheckedClaim = Pick<Claim, 'value' | 'valueHigh' | 'unit' | 'kind' | 'period' | 'subject' | 'sentence' | 'quote'> & { id?: string }

/** The claims of one JSONL line: a claim, or extract --jsonl's {"id","claims":[…]}. */
function claimsOfLine(line: string): CheckedClaim[] | undefined {
  let v: unknown
  try {
    v = JSON.parse(line)
  } catch {
    return undefined
  }
  const isClaim = (c: unknown): c is CheckedClaim =>
    typeof c === 'object' && c !== null && typeof (c as Claim).value === 'number' && typeof (c as Claim).quote === 'string' && typeof (c as Claim).kind === 'string'
  if (isClaim(v)) return [v]
  const list = (v as { claims?: unknown } | null)?.claims
  if (Array.isArray(list) && list.every(isClaim)) return list
  return undefined
}

function deviationText(r: ComparisonResult): string {
  if (!r.ok) return r.reason
  const d = r.value.deviation
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±'
  return r.value.kind === 'pp' ? `${sign}${Math.abs(d).toFixed(1)} pt` : `${sign}${(Math.abs(d) * 100).toFixed(1)} %`
}

async function runCheck(args: string[], io: CliIo): Promise<number> {
  if (wantsHelp(args)) {
    await writeOut(io.stdout, help)
    return 0
  }
  const parsed = parseArgs(args)
  if (!parsed.ok) {
    await writeOut(io.stderr, `claimledger check: ${parsed.error}\nSee: claimledger check --help\n`)
    return 2
  }
  const a = parsed.value
  const refText = await readText(io.cwd, a.reference)
  const table = refText.ok ? readReferenceFile(a.reference, refText.value) : refText
  if (!table.ok) {
    await writeOut(io.stderr, `claimledger check: ${table.error}\n`)
    return 2
  }
  const sliced: Result<Slice> = sliceTable(table.value, a.slice)
  if (!sliced.ok) {
    const dims = dimensionsToChoose(table.value).map((d) => `  --slice ${d.id}=${d.values[0].id}   (${d.values.length} values: ${d.values.slice(0, 4).map((v) => v.id).join(', ')}${d.values.length > 4 ? ', …' : ''})`)
    await writeOut(io.stderr, `claimledger check: ${sliced.error}\n${dims.join('\n')}\n`)
    return 2
  }
  const reference = sliced.value
  const claimsText = await readText(io.cwd, a.claims)
  if (!claimsText.ok) {
    await writeOut(io.stderr, `claimledger check: ${claimsText.error}\n`)
    return 2
  }
  const publisher = table.value.meta.publisher ?? a.reference
  const rows: string[][] = []
  let bad = 0
  const lines = claimsText.value.split(/\r?\n/)
  for (let n = 0; n < lines.length; n++) {
    if (lines[n].trim() === '') continue
    const claims = claimsOfLine(lines[n])
    if (!claims) {
      await writeOut(io.stderr, `claimledger check: ${a.claims}: line ${n + 1}: not a claim (nor {"id","claims":[…]})\n`)
      bad++
      continue
    }
    for (const c of claims) {
      const r = compareWithReference(c, reference, a.tolerance)
      if (a.json) {
        const out = r.ok
          ? { id: c.id ?? null, quote: c.quote, value: c.value, period: r.value.observation.period, official: r.value.observation.value, status: r.value.observation.status ?? null, publisher, deviation: r.value.deviation, kind: r.value.kind, suggestedVerdict: r.value.suggestedVerdict }
          : { id: c.id ?? null, quote: c.quote, value: c.value, official: null, reason: r.reason }
        await writeOut(io.stdout, JSON.stringify(out) + '\n')
      } else {
        const official = r.ok ? `${r.value.observation.value}${reference.unit === '%' ? ' %' : ''} (${publisher}, ${r.value.observation.period}${r.value.observation.status ? `, ${r.value.observation.status}` : ''})` : '—'
        rows.push([c.quote, `${c.value}${c.unit === '%' ? ' %' : ''}`, official, deviationText(r), r.ok ? r.value.suggestedVerdict : ''])
      }
    }
  }
  if (!a.json) {
    if (rows.length) await writeTable(io.stdout, ['claim', 'value', 'official', 'deviation', 'suggests'], rows, [50, 12, 40, 16, 10])
    else await writeOut(io.stdout, '(no claims)\n')
  }
  return bad > 0 ? 1 : 0
}

/** `claimledger check`: claims against an official series, with the official value and the deviation. */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check claims (JSON lines) against an official series (CSV, SDMX-CSV, JSON-stat)',
  help,
  run: runCheck
}
