import { PassThrough, Readable } from 'node:stream'
import { main } from '../../../electron/cli/main'

/** Runs the CLI in this process with in-memory streams and returns its exit code and output. */
export async function runCli(args: string[], options: { cwd: string; stdin?: string }): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (b: Buffer) => (out += b.toString('utf8')))
  stderr.on('data', (b: Buffer) => (err += b.toString('utf8')))
  const code = await main(args, { stdin: Readable.from([options.stdin ?? '']), stdout, stderr, cwd: options.cwd })
  return { code, out, err }
}
