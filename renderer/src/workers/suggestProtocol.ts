import type { Claim, Series, Source } from '../../../shared/model'
import type { SeriesSuggestion } from '../../../shared/series/index'
import type { WorkerAnswer } from './workerClient'

/** Claims to group, their sources (without their text: grouping never reads it) and the existing series. */
export interface SuggestRequest {
  id: number
  claims: Claim[]
  sources: Source[]
  existing: Series[]
}

export type SuggestResponse = WorkerAnswer<{ suggestions: SeriesSuggestion[] }>
