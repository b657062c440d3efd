import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from './runCli'
import type { Source } from '../../../shared/model'

const ROOT = join(__dirname, '../../..')

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(argv, { cwd: join(ROOT, 'tests/fixtures/sources') })
  return { code: r.code, stdout: r.out, stderr: r.err }
}

describe('claimledger ingest', () => {
  it('imports a subtitle file with unusable time codes (a 400-digit hour): warns on stderr, exit 0, no Infinity stored', async () => {
    const { code, stdout, stderr } = await run('ingest', 'bad-timecodes.srt')
    expect(code).toBe(0)
    const source = JSON.parse(stdout) as Source
    expect(source.segments).toHaveLength(5)
    expect(source.segments.filter((g) => g.startTime !== undefined).map((g) => [g.startTime, g.endTime])).toEqual([[1, 4], [20, 24.5]])
    expect(stdout).not.toMatch(/Infinity|null/)
    expect(stderr.trimEnd().split('\n')).toHaveLength(3)
    expect(stderr).toMatch(/^warning: bad-timecodes\.srt: cue 2: time code ".*" is not usable \(the start time is beyond 100 hours\); its text is kept without a time$/m)
  })

  it('reads the page 2 000 <div>s deep (177 s before) as plain text and says so on stderr (issue 11, item 7)', async () => {
    const { code, stdout, stderr } = await run('ingest', '--text', 'hostile-deep-nesting.html')
    expect(code).toBe(0)
    expect(stdout).toContain('1,200 social homes were completed in 2023')
    expect(stderr).toBe('notice: hostile-deep-nesting.html: the page is nested 2 003 levels deep (article detection stops at 128); its text was read as plain text, so menus or footers may remain\n')
  })

  it('prints one Source per line (JSON Lines) with id, importedAt, text and segments', async () => {
    const { code, stdout, stderr } = await run('ingest', 'fr-2024-02-15-chomage-insee.html', 'en-2023-11-20-housing-report.pdf', 'fr-entretien-maire.docx')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const sources = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Source)
    expect(sources.map((s) => [s.fileName, s.publishedAt])).toEqual([
      ['fr-2024-02-15-chomage-insee.html', '2024-02-15'],
      ['en-2023-11-20-housing-report.pdf', '2023-11-20'],
      ['fr-entretien-maire.docx', '2024-01-18']
    ])
    for (const s of sources) {
      expect(s.id).toMatch(/^[0-9a-f-]{36}$/)
      expect(Date.parse(s.importedAt)).not.toBeNaN()
      expect(s.segments.every((g) => g.end <= s.text.length)).toBe(true)
    }
    expect(sources[1].segments[0]).toMatchObject({ page: 1 })
  })

  it('--text prints the text; several files get a header each', async () => {
    const one = await run('ingest', '--text', 'fr-2024-03-12-logements-lyon.txt')
    expect(one.code).toBe(0)
    expect(one.stdout).toMatch(/^Logements sociaux : Lyon promet 1 200 logements d'ici 2026\n\nLyon, le 12 mars 2024\./)
    const two = await run('ingest', '--text', 'fr-2024-03-12-logements-lyon.txt', 'en-2024-01-25-council-debate.srt')
    expect(two.stdout).toContain('==> fr-2024-03-12-logements-lyon.txt <==\nLogements sociaux')
    expect(two.stdout).toContain('==> en-2024-01-25-council-debate.srt <==\nWelcome back.')
  })

  it('names each failing file on stderr, still prints the others, and exits 1', async () => {
    const { code, stdout, stderr } = await run('ingest', 'bad-encrypted.pdf', 'fr-debat-radio-retraites.vtt', 'missing.txt', 'bad-zip-bomb.docx')
    expect(code).toBe(1)
    expect(stdout.trimEnd().split('\n')).toHaveLength(1)
    expect((JSON.parse(stdout) as Source).title).toBe('Débat radio sur les retraites')
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^bad-encrypted\.pdf: the PDF is password-protected/),
      'missing.txt: no such file',
      expect.stringMatching(/^bad-zip-bomb\.docx: the archive would expand to 120\.0 MB/)
    ])
  })

  it('--meta applies the NAME.json beside the file (the sample interview)', async () => {
    const { code, stdout } = await run('ingest', '--meta', '../../../resources/samples/fr-2023-10-05-nunez-crack-paris.txt')
    expect(code).toBe(0)
    const source = JSON.parse(stdout) as Source
    expect(source).toMatchObject({ kind: 'interview', outlet: 'France Bleu Paris', speakers: ['Laurent Nunez'], publishedAt: '2023-10-05' })
  })

  it('exits 2 with the help on bad usage, and documents the output in --help', async () => {
    expect((await run('ingest')).code).toBe(2)
    expect((await run('ingest', '--bogus', 'x.txt')).code).toBe(2)
    const help = await run('ingest', '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('one JSON object per line (JSON Lines)')
  })

  it('runs as the real command (bin.cjs through tsx)', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'electron/cli/bin.cjs'), 'ingest', '--text', join(ROOT, 'tests/fixtures/sources/en-2023-11-20-housing-report.pdf')],
      { cwd: ROOT }
    )
    expect(stdout).toContain('The waiting list for affordable housing reached 48,000 households')
  })
})
