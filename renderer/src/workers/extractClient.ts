import type { ExtractOptions } from '../../../shared/extract/index'
import type { ExtractedClaim } from '../../../shared/model'
import { createWorkerClient } from './workerClient'

const send = createWorkerClient<{ text: string; options: ExtractOptions }, { claims: ExtractedClaim[] }>(
  () => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'claimledger-extract' }),
  'extraction'
)

/** Extracts claims off the main thread; the worker answers requests in order. */
export async function extractInWorker(text: string, options: ExtractOptions): Promise<ExtractedClaim[]> {
  return (await send({ text, options })).claims
}
