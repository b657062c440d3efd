import type { SeriesSuggestion } from '../../../shared/series/index'
import { SUPERSEDED } from './suggestProtocol'
import { createWorkerClient } from './workerClient'

const send = createWorkerClient<{ dbName: string }, { suggestions: SeriesSuggestion[]; claims: number; readMs: number; groupMs: number }>(
  () => new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module', name: 'claimledger-suggest' }),
  'suggestion'
)

export interface SuggestAnswer {
  suggestions: SeriesSuggestion[]
  /** Claims grouped, and how long reading and grouping them took in the worker. */
  claims: number
  readMs: number
  groupMs: number
}

/** Series suggestions for the database named, read and grouped off the main thread; undefined when a newer request superseded this one. */
export async function suggestInWorker(dbName: string): Promise<SuggestAnswer | undefined> {
  try {
    return await send({ dbName })
  } catch (e) {
    if (e instanceof Error && e.message === SUPERSEDED) return undefined
    throw e
  }
}
