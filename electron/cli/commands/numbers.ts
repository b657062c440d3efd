import { detectLanguage, extractNumbers } from '../../../shared/extract/index'
import type { NumberMatch } from '../../../shared/model'
import { type CliCommand, type CliIo, writeOut } from '../io'
import { writeTable } from '../table'
import { answerJsonl, parseExtractArgs, readTextFile } from './extract'

const help = `Usage: claimledger numbers [options] FILE…
       claimledger numbers --jsonl [--lang fr|en] < input.jsonl > output.jsonl

Lists every number expression the extractor parses (the layer below claims): digits in both
languages' formats, written-out numbers, scales, units, ranges — dates and identifiers included.

--jsonl mode reads {"id","text","lang"?} lines on stdin and writes
{"id","numbers":[{"text","value","unit","start","end"}]} lines; a bad line gets {"id","error"}.

Options:
  --jsonl          Read JSON lines on stdin, write JSON lines on stdout
  --json           Print JSON instead of a table (FILE… mode)
  --lang fr|en     Language of the text (default: detected per text)
  --help, -h       Show this help
`

function slim(n: NumberMatch): { text: string; value: number; unit: string | null; start: number; end: number } {
  return { text: n.text, value: n.value, unit: n.unit ?? null, start: n.start, end: n.end }
}

async function runNumbers(args: string[], io: CliIo): Promise<number> {
  const parsed = parseExtractArgs(args, false)
  if (!parsed.ok) {
    await writeOut(io.stderr, `claimledger numbers: ${parsed.error}\nSee: claimledger numbers --help\n`)
    return 2
  }
  const a = parsed.value
  if (a.jsonl) {
    await answerJsonl(io, a.lang, (v, lang) => ({ numbers: extractNumbers(v.text, { lang }).map(slim) }))
    return 0
  }
  let failed = 0
  const results: { file: string; numbers: ReturnType<typeof slim>[] }[] = []
  for (const file of a.files) {
    const text = await readTextFile(io.cwd, file)
    if (!text.ok) {
      await writeOut(io.stderr, `claimledger numbers: ${text.error}\n`)
      failed++
      continue
    }
    const numbers = extractNumbers(text.value, { lang: a.lang ?? detectLanguage(text.value) }).map(slim)
    if (a.json) results.push({ file, numbers })
    else {
      const rows = numbers.map((n) => [n.text, String(n.value), n.unit ?? '', String(n.start), String(n.end)])
      if (a.files.length > 1) await writeOut(io.stdout, `${file}\n`)
      if (rows.length) await writeTable(io.stdout, ['text', 'value', 'unit', 'start', 'end'], rows, [40, 20, 6, 10, 10])
      else await writeOut(io.stdout, '(no numbers)\n')
    }
  }
  if (a.json) await writeOut(io.stdout, JSON.stringify(results, null, 2) + '\n')
  return failed > 0 ? 1 : 0
}

/** `claimledger numbers`: every parsed number expression, from files or JSON lines on stdin. */
export const numbersCommand: CliCommand = {
  name: 'numbers',
  summary: 'List every number expression parsed in .txt/.md files or JSON lines (--jsonl)',
  help,
  run: runNumbers
}
