import type { CliCommand } from '../io'

/** A command, loaded only when it runs (or when help lists it): ingest and bundle pull in large libraries. */
export interface CommandEntry {
  name: string
  load: () => Promise<CliCommand>
}

/** Every CLI command, in the order `--help` lists them. Each lives in its own file. */
export const commands: CommandEntry[] = [
  { name: 'extract', load: async () => (await import('./extract')).extractCommand },
  { name: 'ingest', load: async () => (await import('./ingest')).ingestCommand },
  { name: 'numbers', load: async () => (await import('./numbers')).numbersCommand },
  { name: 'bundle', load: async () => (await import('./bundle')).bundleCommand }
]
