import { commands } from './commands/index'
import { type CliIo, writeOut } from './io'

const version: string = (() => {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('../../package.json') as { version: string }).version
  } catch {
    return 'unknown'
  }
})()

export function usage(): string {
  const width = Math.max(0, ...commands.map((c) => c.name.length))
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return [
    'Usage: claimledger <command> [options]',
    '',
    'Find, check and cite the numeric claims in interviews and articles (French and English).',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help, -h     Show help (also after a command: claimledger extract --help)',
    '  --version      Print the version',
    '',
    'From a checkout run it as: npm run --silent claimledger -- <command> [options]',
    ''
  ].join('\n')
}

/** Runs one CLI invocation and returns its exit code. */
export async function main(argv: string[], io?: Partial<CliIo>): Promise<number> {
  const streams: CliIo = {
    stdin: io?.stdin ?? process.stdin,
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    cwd: io?.cwd ?? process.cwd()
  }
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await writeOut(streams.stdout, usage())
    return name ? 0 : 1
  }
  if (name === '--version') {
    await writeOut(streams.stdout, `${version}\n`)
    return 0
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    await writeOut(streams.stderr, `claimledger: unknown command "${name}".\n\n${usage()}`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    await writeOut(streams.stdout, command.help.endsWith('\n') ? command.help : `${command.help}\n`)
    return 0
  }
  return command.run(rest, streams)
}
