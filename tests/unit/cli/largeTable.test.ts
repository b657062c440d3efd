import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { columnWidths, tableChunks } from '../../../electron/cli/table'
import { runCli } from './runCli'

// `claimledger extract FILE` printed its table through Math.max(...cells), which overflows the stack past
// ~125 000 rows (issue 11, item 10). The input is generated here: 130 000 short French sentences, one claim each.
const CLAIMS = 130_000
const dir = mkdtempSync(join(tmpdir(), 'claimledger-large-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the CLI table at any size', () => {
  it('computes widths over 300 000 rows without spreading them', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [`row ${i}`, i % 1000 === 0 ? 'x'.repeat(80) : 'y'])
    expect(columnWidths(['name', 'v'], rows, [40, 20])).toEqual([10, 20])
    expect(columnWidths(['name', 'v'], [], [40, 20])).toEqual([4, 1])
  })

  it('hands the table out in bounded pieces, header and rule first, every row once', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`a\tb ${i}`, String(i)])
    const chunks = [...tableChunks(['text', 'n'], rows, [7, 6])]
    expect(chunks.length).toBeGreaterThan(1)
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70_000)
    const lines = chunks.join('').trimEnd().split('\n')
    expect(lines.slice(0, 3)).toEqual(['text     n', '-------  -----', 'a b 0    0'])
    expect(lines).toHaveLength(20_002)
    expect(lines[lines.length - 1]).toBe('a b 19…  19999')
  })

  it(`prints the table of a file with ${CLAIMS} claims (exit 0, no stack trace)`, async () => {
    const sentences: string[] = []
    for (let i = 0; i < CLAIMS; i++) sentences.push(`${3000 + i} élèves;`)
    writeFileSync(join(dir, 'large.txt'), sentences.join(' '))
    const r = await runCli(['extract', 'large.txt', '--lang', 'fr'], { cwd: dir })
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const lines = r.out.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^figure\s+value\s+unit\s+subject\s+speaker\s+period\s+quote$/)
    expect(lines).toHaveLength(CLAIMS + 2)
    expect(lines[2]).toMatch(/^3000 élèves\s+3000\s+élèves\s+3000 élèves$/)
    expect(lines[lines.length - 1]).toMatch(new RegExp(`^${3000 + CLAIMS - 1} élèves\\s+${3000 + CLAIMS - 1}\\s+élèves\\s+${3000 + CLAIMS - 1} élèves$`))
  }, 60_000)
})

describe('the claimledger command with a reader that stops early', () => {
  it('exits 0 without a stack trace when stdout closes mid-table (| head)', async () => {
    writeFileSync(join(dir, 'medium.txt'), Array.from({ length: 6000 }, (_, i) => `${3000 + i} élèves;`).join(' '))
    const child = spawn(process.execPath, [resolve(__dirname, '../../../electron/cli/bin.cjs'), 'extract', 'medium.txt', '--lang', 'fr'], { cwd: dir })
    let err = ''
    child.stderr.on('data', (b: Buffer) => (err += b.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((res) => child.on('close', res))
    expect(err).toBe('')
    expect(code).toBe(0)
  }, 60_000)
})
