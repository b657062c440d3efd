/** `claimledger check`: claims against an official series, the real INSEE file and bad ones. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './runCli'

const refs = join(__dirname, '..', '..', 'fixtures', 'references')

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-check-'))
  const line = (id: string, text: string, value: number, start: string, end: string): string =>
    JSON.stringify({ id, quote: text, sentence: text, subject: 'taux de chômage', value, kind: 'percent', unit: '%', period: { text: 'T1', start, end } })
  writeFileSync(join(dir, 'claims.jsonl'), [line('a', 'le taux de chômage était de 7,8 % au premier trimestre 2022', 7.8, '2022-01', '2022-03-31'), line('b', 'le taux de chômage en France est de 7,3 % fin 2022', 7.3, '2022-10', '2022-12-31')].join('\n') + '\n')
  return dir
}

describe('claimledger check', () => {
  it('prints each claim with the official value, the deviation and the suggested verdict (INSEE, idBank 001688527)', async () => {
    const dir = workdir()
    const r = await runCli(['check', '--reference', join(refs, 'insee-chomage-trim-national.csv'), '--slice', 'idBank=001688527', '--json', 'claims.jsonl'], { cwd: dir })
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines[0]).toMatchObject({ id: 'a', period: '2022-Q1', official: 7.3, publisher: 'INSEE', deviation: 0.5, kind: 'pp', suggestedVerdict: 'accurate' })
    expect(lines[1]).toMatchObject({ id: 'b', period: '2022-Q4', official: 7.2, deviation: 0.1, suggestedVerdict: 'accurate' })
    const table = await runCli(['check', '--reference', join(refs, 'insee-chomage-trim-national.csv'), '--slice', 'idBank=001688527', '--tolerance', '0.2', 'claims.jsonl'], { cwd: dir })
    expect(table.out).toMatch(/7\.3 % \(INSEE, 2022-Q1\)\s+\+0\.5 pt\s+misleading/)
  })

  it('exits non-zero on a bad reference file, naming the file, the line and the reason', async () => {
    const dir = workdir()
    writeFileSync(join(dir, 'bad.csv'), 'period,value\n2022-Q1,7,3\n')
    const r = await runCli(['check', '--reference', 'bad.csv', 'claims.jsonl'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^claimledger check: bad\.csv: line 2: 3 fields where the header has 2/)
    expect(r.out).toBe('')
    const many = await runCli(['check', '--reference', join(refs, 'oecd-unemployment-jsonstat.json'), 'claims.jsonl'], { cwd: dir })
    expect(many.code).toBe(2)
    expect(many.err).toContain('choose a value of “OECD countries, EU15 and total” (36 in the file)')
    expect(many.err).toContain('--slice area=AU')
    const missing = await runCli(['check', '--reference', 'nope.csv', 'claims.jsonl'], { cwd: dir })
    expect([missing.code, missing.err]).toEqual([2, 'claimledger check: nope.csv: cannot read (ENOENT)\n'])
  })

  it('has --help and refuses a line that is not a claim', async () => {
    const dir = workdir()
    const help = await runCli(['check', '--help'], { cwd: dir })
    expect(help.out).toContain('Usage: claimledger check --reference FILE')
    writeFileSync(join(dir, 'junk.jsonl'), '{"nope":1}\n')
    const r = await runCli(['check', '--reference', join(refs, 'ons-cpi-annual-rate-d7g7.csv'), '--slice', 'periodicity=month', 'junk.jsonl'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.err).toBe('claimledger check: junk.jsonl: line 1: not a claim (nor {"id","claims":[…]})\n')
  })
})
