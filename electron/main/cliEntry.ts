import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Writable } from 'node:stream'
import type { CliIo } from '../cli/io'

/**
 * `ClaimLedger cli <command> …`: the packaged app's command line. The RunAsNode fuse is off (so
 * ELECTRON_RUN_AS_NODE cannot turn the signed binary into a plain Node), so main runs the CLI itself,
 * before any window or single-instance lock, and exits with its code.
 */

/** The CLI's arguments when the app was started as `… cli <args>`, else null. */
export function cliArguments(argv: readonly string[], defaultApp: boolean): string[] | null {
  // `electron path/to/app cli …` (unpackaged) has the app path first; the packaged binary does not.
  const args = argv.slice(defaultApp ? 2 : 1)
  return args[0] === 'cli' ? args.slice(1) : null
}

/** out/cli/main.js beside out/main, where vite.cli.config.mts builds it. */
export function cliModulePath(mainDir: string): string {
  return join(mainDir, '..', 'cli', 'main.js')
}

export interface CliModule {
  main(argv: string[], io?: Partial<CliIo>): Promise<number>
}

/** Loads the built CLI, refusing a file that is not it with a message naming the file. */
export function loadCliModule(path: string): CliModule {
  const loaded: unknown = createRequire(__filename)(path)
  const main = typeof loaded === 'object' && loaded !== null ? (loaded as { main?: unknown }).main : undefined
  if (typeof main !== 'function') throw new Error(`${path}: not the ClaimLedger command line (no main function). Rebuild with "npm run build".`)
  return loaded as CliModule
}

export interface CliHost {
  load(): CliModule | Promise<CliModule>
  stdout: Writable
  stderr: Writable
  exit(code: number): void
}

/** Runs one CLI invocation and exits once what it printed is written (app.exit ends the process at once). */
export async function runCliInMain(args: string[], host: CliHost): Promise<void> {
  host.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`… | head`) closes the pipe: stop quietly, as Unix tools do.
    if (error.code === 'EPIPE') return host.exit(0)
    host.stderr.write(`claimledger: cannot write the output (${error.message}).\n`)
    host.exit(2)
  })
  let code: number
  try {
    code = await (await host.load()).main(args, { stdout: host.stdout, stderr: host.stderr })
  } catch (error) {
    host.stderr.write(`claimledger: ${error instanceof Error && error.stack ? error.stack : String(error)}\n`)
    code = 2
  }
  host.stdout.write('', () => host.exit(code))
}
