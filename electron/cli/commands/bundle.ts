import { createReadStream } from 'node:fs'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import type { z } from 'zod'
import { BundleBuildError, buildBundle, readBundle, type BundleContent, type ChartInput, type CitationStyle, type ParsedBundle } from '../../../shared/bundle/index'
import { claimSchema, describeZodError, historyEntrySchema, seriesSchema, sourceSchema } from '../../../shared/bundle/schemas'
import type { Claim, HistoryEntry, ReferenceSeries, Result, Series, Source } from '../../../shared/model'
import { referenceSeriesSchema } from '../../../shared/reference/schema'
import { type CliCommand, type CliIo, writeOut } from '../io'

const appVersion: string = (() => {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('../../../package.json') as { version: string }).version
  } catch {
    return 'unknown'
  }
})()

const help = `Usage: claimledger bundle verify [--json] FILE.zip
       claimledger bundle build --claims CLAIMS.jsonl --sources DIR -o OUT.zip [options]

Citation bundles: one .zip with claims, quotes, sources, verdicts and charts that a
colleague can open in ClaimLedger, or without it (report.html, claims.csv, CSL-JSON,
W3C Web Annotations, schema.org ClaimReview). See README.txt inside any bundle.

bundle verify FILE.zip
  Checks a bundle as ClaimLedger's import does, changing nothing: a real zip within the
  size and entry limits (zip bombs refused before inflating), no absolute, ".." or
  backslash paths, manifest format and version, the SHA-256 and size of every file,
  well-formed JSON, every record's schema, and that each claim's quote is its source's text.
  Prints a report (counts and every file's hash) and exits 0; prints the reason and exits 1
  when the bundle is refused.
    --json              Print the result as one JSON object instead of the report.

bundle build --claims CLAIMS.jsonl --sources DIR -o OUT.zip
  Builds a bundle from records on disk:
    --claims FILE       Claim records (shared/model.ts "Claim"), one JSON object a line.
    --sources DIR       One Source record a source: DIR/<id>.json. When a .json has no
                        "text" field, the text is read from DIR/<id>.txt (UTF-8).
    --sources FILE      Or Source records one a line, as \`claimledger ingest\` prints them.
                        Only the sources the claims cite go into the bundle.
    -o, --output FILE   Where to write the .zip (refuses to overwrite without --force).
  Options:
    --series FILE       Series records: a JSON array, or one JSON object a line.
    --history FILE      History entries, one JSON object a line.
    --references FILE   Official series (reference records, as a bundle's references/<id>.json
                        holds them): a JSON array, or one JSON object a line. Every series
                        with a "referenceId" needs its reference here.
    --chart FILE.png[=SERIES_ID]
                        A chart image for charts/ and report.html (repeatable); with
                        =SERIES_ID it is shown in that series' section.
    --author NAME       Reviewer named in claimreview.jsonld (your name or organisation).
    --author-url URL    The reviewer's page.
    --style apa|chicago Citation style of report.html and claims.csv (default apa).
    --locale en|fr      Language of report.html and verdict words (default en).
    --created ISO       Creation time to record (default now); fix it for reproducible builds.
    --force             Overwrite OUT.zip if it exists.
  Every record is validated; an error names the file, the line and the field. Exit 0 on
  success, 1 when an input is invalid, 2 on a usage error.

Examples:
  claimledger bundle verify colleague-2024-03.zip
  claimledger bundle build --claims claims.jsonl --sources sources/ --series series.json \\
      --author "Alex Martin" --locale fr -o export.zip
`

/** Reads a JSONL file into validated records; the error names file:line and the field. */
export async function readJsonl<T>(file: string, schema: z.ZodType<T>): Promise<Result<T[]>> {
  const out: T[] = []
  let lineNo = 0
  try {
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })
    for await (const raw of lines) {
      lineNo++
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw
      if (!line.trim()) continue
      let json: unknown
      try {
        json = JSON.parse(line)
      } catch (error) {
        return { ok: false, error: `${file}:${lineNo}: malformed JSON (${(error as Error).message})` }
      }
      const parsed = schema.safeParse(json)
      if (!parsed.success) return { ok: false, error: `${file}:${lineNo}: invalid record: ${describeZodError(parsed.error)}` }
      out.push(parsed.data)
    }
  } catch (error) {
    return { ok: false, error: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }
  }
  return { ok: true, value: out }
}

/** Reads records from a JSON array file or, when it is not one, from JSONL. */
async function readRecords<T>(file: string, schema: z.ZodType<T>): Promise<Result<T[]>> {
  let text: string
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '')
  } catch (error) {
    return { ok: false, error: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }
  }
  if (!text.trimStart().startsWith('[')) return readJsonl(file, schema)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, error: `${file}: malformed JSON (${(error as Error).message})` }
  }
  const out: T[] = []
  for (const [i, item] of (json as unknown[]).entries()) {
    const parsed = schema.safeParse(item)
    if (!parsed.success) return { ok: false, error: `${file}: [${i}]: invalid record: ${describeZodError(parsed.error)}` }
    out.push(parsed.data)
  }
  return { ok: true, value: out }
}

/** Reads DIR/<id>.json Source records, taking the text from DIR/<id>.txt when the JSON has none. */
export async function readSourcesDir(dir: string): Promise<Result<Source[]>> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  } catch (error) {
    return { ok: false, error: `${dir}: cannot read directory (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }
  }
  const sources: Source[] = []
  for (const name of names) {
    const file = join(dir, name)
    let json: unknown
    try {
      json = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''))
    } catch (error) {
      return { ok: false, error: `${file}: ${(error as NodeJS.ErrnoException).code ? 'cannot read' : 'malformed JSON'} (${(error as Error).message})` }
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: `${file}: expected a Source object` }
    const record = { ...(json as Record<string, unknown>) }
    if (record.text === undefined) {
      const textFile = join(dir, `${basename(name, '.json')}.txt`)
      try {
        record.text = await readFile(textFile, 'utf8')
      } catch {
        return { ok: false, error: `${file}: has no "text" and ${textFile} cannot be read` }
      }
    }
    const parsed = sourceSchema.safeParse(record)
    if (!parsed.success) return { ok: false, error: `${file}: invalid source record: ${describeZodError(parsed.error)}` }
    sources.push(parsed.data)
  }
  return { ok: true, value: sources }
}

function describeCounts(c: { sources: number; claims: number; series: number; history: number; charts: number; references?: number }): string {
  const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`
  const parts = [n(c.sources, 'source', 'sources'), n(c.claims, 'claim', 'claims'), n(c.series, 'series', 'series'), n(c.history, 'history entry', 'history entries')]
  if (c.references) parts.push(n(c.references, 'reference series', 'reference series'))
  return [...parts, n(c.charts, 'chart', 'charts')].join(', ')
}

/** The human report of a verified bundle. */
export function verifyReport(file: string, bundle: ParsedBundle): string {
  const { manifest } = bundle
  // a loop, not Math.max(...sizes): spreading overflows the stack past ~125 000 files
  const width = manifest.files.reduce((w, f) => Math.max(w, String(f.bytes).length), 0)
  const lines = [
    `${file}: OK — ClaimLedger bundle version ${manifest.version}, made with ClaimLedger ${manifest.appVersion} on ${manifest.created}`,
    `  ${describeCounts(manifest.counts)}`,
    '',
    ...manifest.files.map((f) => `  OK  sha256 ${f.sha256}  ${String(f.bytes).padStart(width)} B  ${f.path}`),
    '',
    `${manifest.files.length} files: every size and SHA-256 matches manifest.json; every record is valid.`,
    ''
  ]
  return lines.join('\n')
}

async function verify(args: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } })
  } catch (error) {
    await writeOut(io.stderr, `claimledger bundle verify: ${(error as Error).message}\n`)
    return 2
  }
  if (parsed.positionals.length !== 1) {
    await writeOut(io.stderr, 'claimledger bundle verify: give exactly one FILE.zip\n')
    return 2
  }
  const file = parsed.positionals[0]
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(resolve(io.cwd, file)))
  } catch (error) {
    const message = `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    if (parsed.values.json) await writeOut(io.stdout, `${JSON.stringify({ ok: false, error: message })}\n`)
    else await writeOut(io.stderr, `claimledger bundle verify: ${message}\n`)
    return 1
  }
  const result = await readBundle(bytes, file)
  if (parsed.values.json) {
    const out = result.ok ? { ok: true, file, manifest: result.value.manifest } : { ok: false, error: result.error }
    await writeOut(io.stdout, `${JSON.stringify(out)}\n`)
    return result.ok ? 0 : 1
  }
  if (!result.ok) {
    await writeOut(io.stderr, `claimledger bundle verify: REFUSED ${result.error}\n`)
    return 1
  }
  await writeOut(io.stdout, verifyReport(file, result.value))
  return 0
}

async function build(args: string[], io: CliIo): Promise<number> {
  const usage = async (message: string): Promise<number> => {
    await writeOut(io.stderr, `claimledger bundle build: ${message}\n(see claimledger bundle --help)\n`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      options: {
        claims: { type: 'string' },
        sources: { type: 'string' },
        output: { type: 'string', short: 'o' },
        series: { type: 'string' },
        history: { type: 'string' },
        references: { type: 'string' },
        author: { type: 'string' },
        'author-url': { type: 'string' },
        style: { type: 'string', default: 'apa' },
        locale: { type: 'string', default: 'en' },
        created: { type: 'string' },
        force: { type: 'boolean', default: false },
        chart: { type: 'string', multiple: true, default: [] }
      }
    })
  } catch (error) {
    return usage((error as Error).message)
  }
  const v = parsed.values
  if (!v.claims || !v.sources || !v.output) return usage('--claims, --sources and -o are required')
  if (v.style !== 'apa' && v.style !== 'chicago') return usage(`--style must be "apa" or "chicago", not "${v.style}"`)
  if (v.locale !== 'en' && v.locale !== 'fr') return usage(`--locale must be "en" or "fr", not "${v.locale}"`)
  if (v['author-url'] && !v.author) return usage('--author-url needs --author')

  const fail = async (message: string): Promise<number> => {
    await writeOut(io.stderr, `claimledger bundle build: ${message}\n`)
    return 1
  }
  const claims = await readJsonl<Claim>(resolve(io.cwd, v.claims), claimSchema)
  if (!claims.ok) return fail(claims.error)
  const sourcesPath = resolve(io.cwd, v.sources)
  const isFile = await stat(sourcesPath).then((st) => st.isFile(), () => false)
  const sources = isFile ? await readJsonl<Source>(sourcesPath, sourceSchema) : await readSourcesDir(sourcesPath)
  if (!sources.ok) return fail(sources.error)
  const series = v.series ? await readRecords<Series>(resolve(io.cwd, v.series), seriesSchema) : { ok: true as const, value: [] }
  if (!series.ok) return fail(series.error)
  const history = v.history ? await readJsonl<HistoryEntry>(resolve(io.cwd, v.history), historyEntrySchema) : { ok: true as const, value: [] }
  if (!history.ok) return fail(history.error)
  const references = v.references ? await readRecords<ReferenceSeries>(resolve(io.cwd, v.references), referenceSeriesSchema) : { ok: true as const, value: [] }
  if (!references.ok) return fail(references.error)

  const charts: ChartInput[] = []
  for (const spec of v.chart) {
    const at = spec.lastIndexOf('=')
    const file = at > 0 ? spec.slice(0, at) : spec
    const seriesId = at > 0 ? spec.slice(at + 1) : undefined
    try {
      charts.push({ name: basename(file), png: new Uint8Array(await readFile(resolve(io.cwd, file))), seriesId, title: series.value.find((s) => s.id === seriesId)?.name })
    } catch (error) {
      return fail(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  }

  const cited = new Set(claims.value.map((c) => c.sourceId))
  const content: BundleContent = { sources: sources.value.filter((s) => cited.has(s.id)), claims: claims.value, series: series.value, history: history.value, references: references.value }
  const author = v.author ? { name: v.author, ...(v['author-url'] ? { url: v['author-url'] } : {}) } : undefined
  let zip: Uint8Array
  try {
    zip = await buildBundle(content, { appVersion, created: v.created, author, charts, citationStyle: v.style as CitationStyle, locale: v.locale })
  } catch (error) {
    if (error instanceof BundleBuildError) return fail(error.message)
    throw error
  }
  const out = resolve(io.cwd, v.output)
  try {
    await writeFile(out, zip, { flag: v.force ? 'w' : 'wx' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return fail(code === 'EEXIST' ? `${v.output} exists (use --force to overwrite)` : `${v.output}: cannot write (${code ?? (error as Error).message})`)
  }
  const skipped = sources.value.length - content.sources.length
  await writeOut(
    io.stdout,
    `wrote ${v.output} (${zip.length} bytes): ${describeCounts({ sources: content.sources.length, claims: content.claims.length, series: content.series.length, history: content.history.length, references: references.value.length, charts: charts.length })}` +
      (skipped ? `; ${skipped} source${skipped === 1 ? '' : 's'} in ${v.sources} not cited, left out` : '') +
      '\n'
  )
  return 0
}

/** `claimledger bundle verify|build`. */
export const bundleCommand: CliCommand = {
  name: 'bundle',
  summary: 'Verify a citation bundle (.zip), or build one from claims and sources on disk',
  help,
  async run(args, io) {
    const [sub, ...rest] = args
    if (sub === 'verify') return verify(rest, io)
    if (sub === 'build') return build(rest, io)
    await writeOut(io.stderr, `claimledger bundle: ${sub ? `unknown subcommand "${sub}"` : 'give a subcommand'} (verify or build)\n\n${help}`)
    return 2
  }
}
