import type { StorableClaims } from '../../../shared/claimRecord'
import type { ExtractOptions } from '../../../shared/extract/index'
import { createWorkerClient } from './workerClient'

const send = createWorkerClient<{ text: string; options: ExtractOptions }, StorableClaims>(
  () => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'claimledger-extract' }),
  'extraction'
)

/** Extracts claims off the main thread, as they may be stored (see storableClaims); the worker answers requests in order. */
export async function extractInWorker(text: string, options: ExtractOptions): Promise<StorableClaims> {
  const { claims, found } = await send({ text, options })
  return { claims, found }
}
