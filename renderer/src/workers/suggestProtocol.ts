import type { SeriesSuggestion } from '../../../shared/series/index'
import type { WorkerAnswer } from './workerClient'

/**
 * Suggest series from the database named: the worker reads the claims in no series, the source
 * summaries and the series itself, so neither the claims nor the texts cross the main thread.
 */
export interface SuggestRequest {
  id: number
  dbName: string
}

export type SuggestResponse = WorkerAnswer<{ suggestions: SeriesSuggestion[]; claims: number; readMs: number; groupMs: number }>

/** The answer to a request that a newer one made pointless before it started. */
export const SUPERSEDED = 'superseded by a newer request'
