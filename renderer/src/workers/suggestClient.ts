import type { Claim, Series, Source } from '../../../shared/model'
import type { SeriesSuggestion } from '../../../shared/series/index'
import { createWorkerClient } from './workerClient'

const send = createWorkerClient<{ claims: Claim[]; sources: Source[]; existing: Series[] }, { suggestions: SeriesSuggestion[] }>(
  () => new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module', name: 'claimledger-suggest' }),
  'suggestion'
)

/** Series suggestions computed off the main thread (sources go without their text: grouping never reads it). */
export async function suggestInWorker(claims: Claim[], sources: Source[], existing: Series[]): Promise<SeriesSuggestion[]> {
  return (await send({ claims, sources: sources.map((s) => ({ ...s, text: '', segments: [] })), existing })).suggestions
}
