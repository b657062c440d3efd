import type { Readable, Writable } from 'node:stream'

/** The streams a command talks to; tests pass their own. */
export interface CliIo {
  stdin: Readable
  stdout: Writable
  stderr: Writable
  /** Working directory for relative paths. */
  cwd: string
}

export interface CliCommand {
  name: string
  /** One line for the command list. */
  summary: string
  /** Full `--help` text. */
  help: string
  /** Returns the process exit code. */
  run(args: string[], io: CliIo): Promise<number>
}

/** Writes to a stream and waits when it is full, so large outputs stream with bounded memory. */
export function writeOut(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (error) => (error ? reject(error) : undefined))
    if (ok) resolve()
    else stream.once('drain', () => resolve())
  })
}

/** True when args ask for help. */
export function wantsHelp(args: string[]): boolean {
  return args.includes('--help') || args.includes('-h')
}
