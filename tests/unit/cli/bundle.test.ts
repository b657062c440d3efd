import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from './runCli'
import { readBundle, type BundleContent } from '../../../shared/bundle'
import type { Series } from '../../../shared/model'

const ROOT = join(__dirname, '../../..')
const FIXTURES = join(ROOT, 'tests/fixtures/bundles')
const tmp = mkdtempSync(join(tmpdir(), 'claimledger-bundle-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(argv, { cwd: FIXTURES })
  return { code: r.code, stdout: r.out, stderr: r.err }
}

const buildArgs = (output: string): string[] => [
  'bundle', 'build',
  '--claims', 'cli/claims.jsonl',
  '--sources', 'cli/sources',
  '--series', 'cli/series.json',
  '--history', 'cli/history.jsonl',
  '--author', 'Alex Martin',
  '--author-url', 'https://factcheck.example.org/team/alex-martin',
  '--locale', 'fr',
  '--created', '2024-03-01T12:00:00.000Z',
  '--chart', 'chart.png=a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  '-o', output
]

describe('claimledger bundle verify', () => {
  it('reports counts and every hash of a valid bundle, exit 0', async () => {
    const { code, stdout, stderr } = await run('bundle', 'verify', 'valid.zip')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^valid\.zip: OK — ClaimLedger bundle version 1, made with ClaimLedger 0\.1\.0 on 2024-03-01T12:00:00\.000Z\n/)
    expect(stdout).toContain('  2 sources, 6 claims, 1 series, 4 history entries, 1 chart\n')
    const manifest = JSON.parse(Buffer.from(unzipSync(new Uint8Array(readFileSync(join(FIXTURES, 'valid.zip'))))['manifest.json']).toString('utf8'))
    for (const f of manifest.files) expect(stdout).toMatch(new RegExp(`  OK  sha256 ${f.sha256} +${f.bytes} B  ${f.path.replace(/\./g, '\\.')}\n`))
    expect(stdout).toContain('12 files: every size and SHA-256 matches manifest.json; every record is valid.')
  })

  it.each([
    ['bad-hash.zip', 'bad-hash.zip: claims.json: SHA-256 mismatch'],
    ['zip-bomb-overlap.zip', 'refused as a possible zip bomb'],
    ['dotdot.zip', 'unsafe entry "../evil.txt"'],
    ['not-a-zip.zip', 'not-a-zip.zip: not a zip archive']
  ])('refuses %s with the reason, exit 1', async (file, reason) => {
    const { code, stdout, stderr } = await run('bundle', 'verify', file)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain(`claimledger bundle verify: REFUSED ${file}: `)
    expect(stderr).toContain(reason)
  })

  it('prints one JSON object with --json', async () => {
    const good = await run('bundle', 'verify', '--json', 'valid.zip')
    expect(good.code).toBe(0)
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true, file: 'valid.zip', manifest: { counts: { claims: 6 } } })
    const bad = await run('bundle', 'verify', '--json', 'unknown-version.zip')
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout)).toEqual({ ok: false, error: expect.stringContaining('bundle version 2 is newer') })
  })

  it('is a usage error without exactly one file, or for a missing file', async () => {
    expect((await run('bundle', 'verify')).code).toBe(2)
    expect((await run('bundle', 'verify', 'a.zip', 'b.zip')).code).toBe(2)
    const missing = await run('bundle', 'verify', 'nope.zip')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('nope.zip: cannot read (ENOENT)')
    expect((await run('bundle')).code).toBe(2)
    expect((await run('bundle', 'pack')).stderr).toContain('unknown subcommand "pack"')
  })
})

describe('claimledger bundle build', () => {
  it('builds from JSONL claims and a sources folder a bundle that verifies and matches the app export', async () => {
    const output = join(tmp, 'out.zip')
    const built = await run(...buildArgs(output))
    expect(built.stderr).toBe('')
    expect(built.code).toBe(0)
    expect(built.stdout).toMatch(/^wrote .*out\.zip \(\d+ bytes\): 2 sources, 6 claims, 1 series, 4 history entries, 1 chart\n$/)
    const bytes = new Uint8Array(readFileSync(output))
    const parsed = await readBundle(bytes, 'out.zip')
    if (!parsed.ok) throw new Error(parsed.error)
    const content = JSON.parse(readFileSync(join(FIXTURES, 'content.json'), 'utf8')) as BundleContent
    expect(parsed.value.content.sources.find((s) => s.id === content.sources[1].id)).toEqual(content.sources[1])
    // Same records and created date as valid.zip (built by the shared code): same claims.json, sources and annotations.
    const mine = unzipSync(bytes)
    const reference = unzipSync(new Uint8Array(readFileSync(join(FIXTURES, 'valid.zip'))))
    for (const path of Object.keys(reference).filter((p) => p === 'claims.json' || p === 'annotations.jsonld' || p === 'claimreview.jsonld' || p.startsWith('sources'))) {
      expect(Buffer.from(mine[path]).equals(Buffer.from(reference[path])), path).toBe(true)
    }
    expect(Buffer.from(mine['charts/chart.png']).equals(readFileSync(join(FIXTURES, 'chart.png')))).toBe(true)
    expect(new TextDecoder().decode(mine['report.html'])).toContain('<figure><img src="data:image/png;base64,')
    expect((await run('bundle', 'verify', output)).code).toBe(0)
  })

  it('also takes sources as JSON lines, as `claimledger ingest` prints them', async () => {
    const content = JSON.parse(readFileSync(join(FIXTURES, 'content.json'), 'utf8')) as BundleContent
    const sources = join(tmp, 'sources.jsonl')
    writeFileSync(sources, content.sources.map((s) => JSON.stringify(s)).join('\n') + '\n')
    const output = join(tmp, 'from-jsonl.zip')
    const built = await run('bundle', 'build', '--claims', 'cli/claims.jsonl', '--sources', sources, '--created', '2024-03-01T12:00:00.000Z', '-o', output)
    expect(built.code).toBe(0)
    const parsed = await readBundle(new Uint8Array(readFileSync(output)), 'from-jsonl.zip')
    expect(parsed.ok && parsed.value.content.sources).toEqual([...content.sources].sort((a, b) => (a.id < b.id ? -1 : 1)))
  })

  it('carries the official series a series is checked against in references/, and refuses a series whose reference is missing', async () => {
    const [series] = JSON.parse(readFileSync(join(FIXTURES, 'cli/series.json'), 'utf8')) as Series[]
    // Its own folder: another test reads tmp itself as a sources folder.
    const dir = mkdtempSync(join(tmp, 'references-'))
    const checked = join(dir, 'series-checked.json')
    writeFileSync(checked, JSON.stringify([{ ...series, referenceId: 'ref-insee-chomage-bit-fr' }]))
    const args = ['bundle', 'build', '--claims', 'cli/claims.jsonl', '--sources', 'cli/sources', '--series', checked, '--created', '2024-03-01T12:00:00.000Z']
    const output = join(tmp, 'with-reference.zip')
    const built = await run(...args, '--references', 'cli/references.json', '-o', output)
    expect(built.stderr).toBe('')
    expect(built.stdout).toMatch(/: 2 sources, 6 claims, 1 series, 0 history entries, 1 reference series, 0 charts\n$/)
    const parsed = await readBundle(new Uint8Array(readFileSync(output)), 'with-reference.zip')
    if (!parsed.ok) throw new Error(parsed.error)
    const [reference] = parsed.value.content.references ?? []
    expect(reference).toMatchObject({ id: 'ref-insee-chomage-bit-fr', publisher: 'INSEE', periodicity: 'quarter' })
    expect(reference.observations.find((o) => o.period === '2022-Q4')).toEqual({ period: '2022-Q4', value: 7.2 })
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(output))))).toContain('references/ref-insee-chomage-bit-fr.json')
    expect((await run('bundle', 'verify', output)).code).toBe(0)

    const missing = await run(...args, '-o', join(tmp, 'dangling.zip'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('is checked against reference ref-insee-chomage-bit-fr, which is not in references/')

    const bad = join(dir, 'bad-references.json')
    writeFileSync(bad, JSON.stringify([{ id: 'ref-x', name: 'x' }]))
    const invalid = await run(...args, '--references', bad, '-o', join(tmp, 'bad-ref.zip'))
    expect(invalid.code).toBe(1)
    expect(invalid.stderr).toMatch(new RegExp(`^claimledger bundle build: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: \\[0\\]: invalid record: `))
  })

  it('refuses to overwrite without --force', async () => {
    const output = join(tmp, 'twice.zip')
    expect((await run(...buildArgs(output))).code).toBe(0)
    const again = await run(...buildArgs(output))
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('exists (use --force to overwrite)')
    expect((await run(...buildArgs(output), '--force')).code).toBe(0)
  })

  it('names the file, line and field of an invalid record, exit 1', async () => {
    const lines = readFileSync(join(FIXTURES, 'cli/claims.jsonl'), 'utf8').split('\n')
    const bad = JSON.parse(lines[2])
    bad.verdict = 'maybe'
    lines[2] = JSON.stringify(bad)
    const claims = join(tmp, 'bad-claims.jsonl')
    writeFileSync(claims, lines.join('\n'))
    const result = await run('bundle', 'build', '--claims', claims, '--sources', 'cli/sources', '-o', join(tmp, 'bad.zip'))
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`claimledger bundle build: ${claims}:3: invalid record: verdict: Invalid option: expected one of "unverified"|"accurate"|"misleading"|"false"|"unsupported"\n`)
  })

  it('refuses claims whose source is not in the folder, and bad options', async () => {
    const result = await run('bundle', 'build', '--claims', 'cli/claims.jsonl', '--sources', join(tmp), '-o', join(tmp, 'orphan.zip'))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/cites source 3f9c2b1e-7a4d-4c8e-9b2a-5d6e7f8a9b01, which is not among the sources to export/)
    expect((await run('bundle', 'build', '--claims', 'cli/claims.jsonl')).code).toBe(2)
    expect((await run(...buildArgs(join(tmp, 'x.zip')), '--style', 'mla')).code).toBe(2)
    const noChart = await run(...buildArgs(join(tmp, 'y.zip')), '--chart', 'missing.png')
    expect(noChart.code).toBe(1)
    expect(noChart.stderr).toContain('missing.png: cannot read (ENOENT)')
    const notPng = await run(...buildArgs(join(tmp, 'z.zip')), '--chart', 'content.json')
    expect(notPng.stderr).toContain('chart name "content.json" must be letters')
  })
})

describe('claimledger bundle --help', () => {
  it.each([['bundle', '--help'], ['bundle', 'verify', '--help'], ['bundle', 'build', '-h']])('claimledger %j documents both subcommands', async (...argv) => {
    const { code, stdout } = await run(...argv)
    expect(code).toBe(0)
    expect(stdout).toContain('claimledger bundle verify [--json] FILE.zip')
    expect(stdout).toContain('--sources DIR       One Source record a source: DIR/<id>.json')
  })

  it('runs from the real entry point with the exit status', async () => {
    const exec = promisify(execFile)
    await expect(exec(process.execPath, [join(ROOT, 'electron/cli/bin.cjs'), 'bundle', 'verify', join(FIXTURES, 'truncated.zip')])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('truncated.zip: damaged zip archive')
    })
  })
})
