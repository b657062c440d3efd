import type { CliCommand } from '../io'
import { bundleCommand } from './bundle'
import { checkCommand } from './check'
import { extractCommand } from './extract'
import { ingestCommand } from './ingest'
import { numbersCommand } from './numbers'

/** Every CLI command, in the order `--help` lists them. Each lives in its own file. */
export const commands: CliCommand[] = [extractCommand, ingestCommand, numbersCommand, bundleCommand, checkCommand]
