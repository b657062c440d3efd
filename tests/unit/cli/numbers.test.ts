import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './runCli'

const repoRoot = resolve(__dirname, '../../..')
const fixtures = resolve(repoRoot, 'tests/fixtures/extract')

const run = (args: string[], stdin = ''): ReturnType<typeof runCli> => runCli(args, { cwd: fixtures, stdin })

describe('claimledger numbers', () => {
  it('prints help', async () => {
    const r = await run(['numbers', '-h'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Usage: claimledger numbers')
  })

  it('--jsonl writes {id, numbers:[{text,value,unit,start,end}]} and reports bad lines', async () => {
    const input = [
      JSON.stringify({ id: 1, lang: 'fr', text: 'Le 5 octobre, 3,5 milliards d\'euros et 12,5 %.' }),
      '{oops',
      JSON.stringify({ id: 2, lang: 'en', text: 'Between 900 and 1,000 troops.' })
    ].join('\n')
    const r = await run(['numbers', '--jsonl'], input)
    expect(r.code).toBe(0)
    const [a, bad, b] = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(a).toEqual({
      id: 1,
      numbers: [
        { text: '5', value: 5, unit: null, start: 3, end: 4 },
        { text: "3,5 milliards d'euros", value: 3.5e9, unit: 'EUR', start: 14, end: 35 },
        { text: '12,5 %', value: 12.5, unit: '%', start: 39, end: 45 }
      ]
    })
    expect(String(bad.error)).toMatch(/^not JSON/)
    expect(b).toEqual({ id: 2, numbers: [{ text: '900 and 1,000', value: 900, unit: null, start: 8, end: 21 }] })
  })

  it('prints a table for files, with errors naming the file', async () => {
    const r = await run(['numbers', 'report-en.md', 'nope.md'])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^report-en\.md\ntext\s+value\s+unit\s+start\s+end/)
    expect(r.out).toContain('4.5 TWh')
    expect(r.err).toContain('nope.md: no such file')
  })

  it('runs for real through node electron/cli/bin.cjs', async () => {
    const child = spawn(process.execPath, [resolve(repoRoot, 'electron/cli/bin.cjs'), 'numbers', '--jsonl'], { cwd: repoRoot })
    let out = ''
    child.stdout.on('data', (b: Buffer) => (out += b.toString()))
    child.stdin.end(JSON.stringify({ id: 'n', lang: 'en', text: 'a $2.3bn plan' }) + '\n')
    const code = await new Promise<number | null>((res) => child.on('close', res))
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual({ id: 'n', numbers: [{ text: '$2.3bn', value: 2.3e9, unit: 'USD', start: 2, end: 8 }] })
  }, 60_000)
})
