import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { main } from '../../../electron/cli/main'
import { runCli } from './runCli'

const repoRoot = resolve(__dirname, '../../..')
const fixtures = resolve(repoRoot, 'tests/fixtures/extract')

const run = (args: string[], stdin = ''): ReturnType<typeof runCli> => runCli(args, { cwd: fixtures, stdin })

describe('claimledger extract', () => {
  it('prints help', async () => {
    const r = await run(['extract', '--help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Usage: claimledger extract')
    expect(r.out).toContain('--jsonl')
  })

  it('lists itself in the command list', async () => {
    const r = await run(['--help'])
    expect(r.out).toMatch(/extract\s+Find the numeric claims/)
  })

  it('prints an aligned table for a .txt file', async () => {
    const r = await run(['extract', 'interview-fr.txt', '--date', '2023-10-05'])
    expect(r.code).toBe(0)
    const lines = r.out.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^figure\s+value\s+unit\s+subject\s+speaker\s+period\s+quote$/)
    expect(lines[1]).toMatch(/^-+(\s+-+){6}$/)
    expect(lines).toHaveLength(4)
    expect(lines[2]).toContain('100 à 150 consommateurs de crack')
    expect(lines[2]).toContain('100–150')
    expect(lines[2]).toContain('Laurent Nunez')
    expect(lines[3]).toContain('357 interpellations de trafiquants')
    expect(lines[3]).toContain('depuis début 2023 [2023-01-01–2023-10-05]')
    // columns line up: "value" starts at the same offset in every row
    const col = lines[0].indexOf('value')
    expect(lines[2].slice(col, col + 7)).toBe('100–150')
  })

  it('prints JSON for a .md file with --json, language detected', async () => {
    const r = await run(['extract', 'report-en.md', '--json'])
    expect(r.code).toBe(0)
    const parsed = JSON.parse(r.out) as { file: string; lang: string; claims: { quote: string; start: number; figureStart: number; figureEnd: number; unit?: string; value: number }[] }[]
    expect(parsed[0].file).toBe('report-en.md')
    expect(parsed[0].lang).toBe('en')
    // the quote is the clause to cite; the figure is the span figureStart–figureEnd inside it
    const figure = (c: (typeof parsed)[0]['claims'][0]): string => c.quote.slice(c.figureStart - c.start, c.figureEnd - c.start)
    expect(parsed[0].claims.map((c) => [figure(c), c.value, c.unit ?? null])).toEqual([
      ['1.2 GW offshore wind farm', 1.2, 'GW'],
      ['4.5 TWh', 4.5, 'TWh'],
      ['1 million homes', 1e6, null]
    ])
  })

  it('names the file and the reason when it cannot read one, and goes on with the others', async () => {
    const r = await run(['extract', 'missing.txt', 'notes.pdf', 'report-en.md'])
    expect(r.code).toBe(1)
    expect(r.err).toContain('missing.txt: no such file')
    expect(r.err).toContain('notes.pdf: unsupported extension ".pdf"')
    expect(r.out).toContain('1.2 GW')
  })

  it('rejects bad options with exit code 2', async () => {
    expect((await run(['extract', '--lang', 'de', 'x.txt'])).code).toBe(2)
    expect((await run(['extract', '--date', 'yesterday', 'x.txt'])).code).toBe(2)
    expect((await run(['extract', '--bogus'])).code).toBe(2)
    const none = await run(['extract'])
    expect(none.code).toBe(2)
    expect(none.err).toContain('give FILE')
  })

  it('--jsonl: one output line per input line, errors inline, blank lines skipped', async () => {
    const { readFileSync } = await import('node:fs')
    const input = readFileSync(resolve(fixtures, 'batch.jsonl'), 'utf8')
    const r = await run(['extract', '--jsonl'], input)
    expect(r.code).toBe(0)
    const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(out).toHaveLength(6)
    const [a, b, bad, c, d, e] = out as {
      id?: unknown
      lang?: string
      error?: string
      claims?: { value: number; previous?: { value: number }; speaker?: string; unit?: string; period?: { per?: string } }[]
    }[]
    expect(a.id).toBe('a')
    expect(a.claims?.[0]).toMatchObject({ value: 610, previous: { value: 200 }, period: { per: 'night' } })
    expect(b.lang).toBe('en')
    expect(b.claims?.[0]).toMatchObject({ value: 7.2, unit: '%', previous: { value: 6.9 } })
    expect(bad.error).toMatch(/^not JSON/)
    expect(bad.id).toBeUndefined()
    expect(c).toEqual({ id: 'c', error: '"text" must be a string' })
    expect(d).toEqual({ id: 'd', error: '"lang" must be "fr" or "en"' })
    expect(e).toEqual({ id: 7, lang: 'en', claims: [] })
  })

  it('--jsonl applies --lang, --date and --speaker to lines that do not say', async () => {
    const line = JSON.stringify({ id: 1, text: '357 interpellations de trafiquants depuis début 2023.' })
    const r = await run(['extract', '--jsonl', '--lang', 'fr', '--date', '2023-10-05', '--speaker', 'Laurent Nunez'], line + '\n')
    const o = JSON.parse(r.out) as { lang: string; claims: { speaker?: string; period?: { end?: string } }[] }
    expect(o.lang).toBe('fr')
    expect(o.claims[0].speaker).toBe('Laurent Nunez')
    expect(o.claims[0].period?.end).toBe('2023-10-05')
  })

  it('--jsonl streams: each result is written before the input ends', async () => {
    const stdin = new PassThrough()
    const stdout = new PassThrough()
    const first = new Promise<string>((res) => stdout.once('data', (b: Buffer) => res(b.toString())))
    const done = main(['extract', '--jsonl'], { stdin, stdout, stderr: new PassThrough(), cwd: fixtures })
    // more than the batching threshold, so a chunk must be flushed while stdin is still open
    const line = JSON.stringify({ id: 1, lang: 'fr', text: 'Il y a 300 policiers. '.repeat(40) }) + '\n'
    for (let i = 0; i < 200; i++) stdin.write(line)
    const chunk = await first
    expect(chunk.startsWith('{"id":1,"lang":"fr","claims":[')).toBe(true)
    stdin.end()
    expect(await done).toBe(0)
  })

  it('runs for real through node electron/cli/bin.cjs', async () => {
    const child = spawn(process.execPath, [resolve(repoRoot, 'electron/cli/bin.cjs'), 'extract', '--jsonl'], { cwd: repoRoot })
    let out = ''
    child.stdout.on('data', (b: Buffer) => (out += b.toString()))
    child.stdin.end(JSON.stringify({ id: 'x', lang: 'fr', text: 'On est passé de 35 à 50 dans les dispositifs hospitaliers.' }) + '\n')
    const code = await new Promise<number | null>((res) => child.on('close', res))
    expect(code).toBe(0)
    const o = JSON.parse(out) as { id: string; claims: { value: number; previous?: { value: number }; subject: string }[] }
    expect(o.id).toBe('x')
    expect(o.claims[0]).toMatchObject({ value: 50, previous: { value: 35 }, subject: 'dispositifs hospitaliers' })
  }, 60_000)
})
