import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { cliArguments, cliModulePath, loadCliModule, runCliInMain, type CliModule } from '../../../electron/main/cliEntry'
import cliBuild from '../../../vite.cli.config.mts'
import pkg from '../../../package.json'

// Issue 11, item 12: with the RunAsNode fuse off, the packaged CLI is `ClaimLedger cli <command> …`.
const root = resolve(__dirname, '../../..')

describe('recognising a CLI invocation', () => {
  it('takes the arguments after "cli", packaged or not', () => {
    expect(cliArguments(['/opt/ClaimLedger/claimledger', 'cli', 'extract', 'a.txt'], false)).toEqual(['extract', 'a.txt'])
    expect(cliArguments(['/usr/bin/electron', 'out/main/index.js', 'cli', '--help'], true)).toEqual(['--help'])
    expect(cliArguments(['/opt/ClaimLedger/claimledger', 'cli'], false)).toEqual([])
  })
  it('opens the app otherwise', () => {
    expect(cliArguments(['/opt/ClaimLedger/claimledger'], false)).toBeNull()
    expect(cliArguments(['/opt/ClaimLedger/claimledger', '--no-sandbox'], false)).toBeNull()
    expect(cliArguments(['/usr/bin/electron', 'out/main/index.js'], true)).toBeNull()
    expect(cliArguments(['/usr/bin/electron', 'out/main/index.js', 'extract', 'cli'], true)).toBeNull()
  })
  it('loads the CLI where the build puts it, beside out/main', () => {
    // package.json's main is the file Electron starts: its folder is the main process's __dirname
    const mainOut = dirname(resolve(root, pkg.main))
    const cli = cliBuild as { build: { outDir: string; rollupOptions: { output: { entryFileNames: string } } } }
    expect(cliModulePath(mainOut)).toBe(join(cli.build.outDir, cli.build.rollupOptions.output.entryFileNames))
  })
})

describe('running the CLI in the main process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimledger-clientry-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const realCli = (): Promise<CliModule> => import('../../../electron/cli/main')

  async function run(args: string[], load: () => CliModule | Promise<CliModule>): Promise<{ code: number; out: string; err: string }> {
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    let out = ''
    let err = ''
    stdout.on('data', (c: Buffer) => (out += c.toString()))
    stderr.on('data', (c: Buffer) => (err += c.toString()))
    const code = await new Promise<number>((done) => void runCliInMain(args, { load, stdout, stderr, exit: done }))
    return { code, out, err }
  }

  it('runs a command and exits with its code once the output is written', async () => {
    expect(await run(['--version'], realCli)).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' })
    const unknown = await run(['frobnicate'], realCli)
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('claimledger: unknown command "frobnicate"')
  })
  it('ends quietly with 0 when the reader closes the pipe', async () => {
    const stdout = new PassThrough()
    const code = await new Promise<number>((done) => {
      void runCliInMain(['--help'], {
        load: () => ({ main: () => new Promise<number>(() => stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))) }),
        stdout,
        stderr: new PassThrough(),
        exit: done
      })
    })
    expect(code).toBe(0)
  })
  it('refuses a file that is not the CLI, naming it, and exits 2', async () => {
    const notCli = join(dir, 'main.js')
    writeFileSync(notCli, 'module.exports = { version: 1 }\n')
    expect(() => loadCliModule(notCli)).toThrow(`${notCli}: not the ClaimLedger command line (no main function). Rebuild with "npm run build".`)
    const result = await run(['--version'], () => loadCliModule(join(dir, 'missing.js')))
    expect(result.code).toBe(2)
    expect(result.err).toContain('missing.js')
  })
})
