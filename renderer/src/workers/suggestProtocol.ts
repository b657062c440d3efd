import type { Claim, Series, Source } from '../../../shared/model'
import type { SeriesSuggestion } from '../../../shared/series/index'

/** Claims to group, their sources (without their text: grouping never reads it) and the existing series. */
export interface SuggestRequest {
  id: number
  claims: Claim[]
  sources: Source[]
  existing: Series[]
}

export type SuggestResponse = { id: number; ok: true; suggestions: SeriesSuggestion[] } | { id: number; ok: false; error: string }
