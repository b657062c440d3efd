import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Result, Source } from '../../../shared/model'
import { applySourceMetadata, describeNotice, ingestFile, MAX_INGEST_BYTES, SUPPORTED_EXTENSIONS, type IngestResult } from '../../../shared/ingest/index'
import { newId, nowIso } from '../../../shared/runtime'
import { createNodeIngestHost } from '../ingestHost'
import { type CliCommand, type CliIo, writeOut } from '../io'

const HELP = `Usage: claimledger ingest [--text] [--meta] FILE…

Reads articles, reports and transcripts the way the app imports them, and prints
each as a Source (the app's data model).

Formats: ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(' ')} (up to ${MAX_INGEST_BYTES / 1024 / 1024} MB each).
The format is recognised from the file's first bytes, then its extension.

Output (stdout):
  default   one JSON object per line (JSON Lines), one line per file that was read,
            in the order given: a full Source with a fresh random "id" and "importedAt",
            "text" (every offset points into it), "segments", "contentHash", metadata.
  --text    just the text of each file; with several files each is preceded by a
            line "==> FILE <==" and followed by a blank line.

Options:
  --text    Print the text only.
  --meta    Apply NAME.json found beside NAME.ext (title, outlet, publishedAt, kind,
            lang, speakers, authors, url: the corpus's metadata format).
  --help    Show this help.

Errors go to stderr, one line per file ("FILE: reason"); the other files are still
printed. Exit code: 0 when every file was read, 1 when any failed, 2 on bad usage.

Examples:
  claimledger ingest article.html report.pdf > sources.jsonl
  claimledger ingest --text interview.docx
`

interface IngestArgs {
  text: boolean
  meta: boolean
  files: string[]
}

function parseIngestArgs(args: string[]): Result<IngestArgs> {
  try {
    const parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { text: { type: 'boolean' }, meta: { type: 'boolean' } }
    })
    if (parsed.positionals.length === 0) return { ok: false, error: 'give one or more FILEs to read' }
    return { ok: true, value: { text: parsed.values.text === true, meta: parsed.values.meta === true, files: parsed.positionals } }
  } catch (error) {
    return { ok: false, error: (error as Error).message }
  }
}

/** Reads one file into a draft; the size is checked before reading. Errors name the file as given. */
async function ingestPath(cwd: string, file: string, withMeta: boolean): Promise<IngestResult> {
  const path = resolve(cwd, file)
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (!info.isFile()) return { ok: false, error: `${file}: not a file` }
    if (info.size > MAX_INGEST_BYTES) {
      return { ok: false, error: `${file}: the file is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_INGEST_BYTES / 1024 / 1024} MB import limit` }
    }
    bytes = new Uint8Array(await readFile(path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { ok: false, error: `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}` }
  }
  // The name as given, so that errors name the file as the user typed it (the Source keeps the base name).
  const result = await ingestFile({ name: file, bytes }, host())
  if (!result.ok || !withMeta) return result
  const metaPath = join(dirname(path), `${basename(path, extname(path))}.json`)
  let raw: string
  try {
    raw = await readFile(metaPath, 'utf8')
  } catch {
    return result
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    return { ok: false, error: `${metaPath}: not JSON (${(error as Error).message})` }
  }
  const withMetadata = applySourceMetadata(result.value, json, metaPath)
  return withMetadata.ok ? { ...withMetadata, warnings: result.warnings, notices: result.notices } : withMetadata
}

let nodeHost: ReturnType<typeof createNodeIngestHost> | undefined
const host = (): ReturnType<typeof createNodeIngestHost> => (nodeHost ??= createNodeIngestHost())

/** `claimledger ingest FILE…`: files to Sources (JSON Lines) or their text. */
export const ingestCommand: CliCommand = {
  name: 'ingest',
  summary: 'Read .txt .md .html .pdf .docx .srt .vtt files and print them as Sources (JSON Lines) or text',
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseIngestArgs(args)
    if (!parsed.ok) {
      await writeOut(io.stderr, `claimledger ingest: ${parsed.error}\n\n${HELP}`)
      return 2
    }
    const { files, text, meta } = parsed.value
    let failed = 0
    for (const file of files) {
      const result = await ingestPath(io.cwd, file, meta)
      if (!result.ok) {
        failed++
        await writeOut(io.stderr, `${result.error}\n`)
        continue
      }
      // what the file's import left out (an unusable time code): said, and the rest printed
      for (const warning of result.warnings) await writeOut(io.stderr, `warning: ${warning}\n`)
      // how it was read differently (a page too deep for article detection, a PDF past the page cap)
      for (const notice of result.notices) await writeOut(io.stderr, `notice: ${file}: ${describeNotice(notice)}\n`)
      if (text) {
        const body = files.length > 1 ? `==> ${file} <==\n${result.value.text}\n\n` : `${result.value.text}\n`
        await writeOut(io.stdout, body)
      } else {
        const source: Source = { id: newId(), importedAt: nowIso(), ...result.value }
        await writeOut(io.stdout, `${JSON.stringify(source)}\n`)
      }
    }
    return failed > 0 ? 1 : 0
  }
}
