/// <reference lib="webworker" />
// Series suggestions compare claims pairwise: on a large library that takes seconds, so it runs here.
import type { Source } from '../../../shared/model'
import { suggestSeries } from '../../../shared/series/index'
import type { SuggestRequest, SuggestResponse } from './suggestProtocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<SuggestRequest>) => {
  const { id, claims, sources, existing } = event.data
  let response: SuggestResponse
  try {
    const map = new Map<string, Source>(sources.map((s) => [s.id, s]))
    response = { id, ok: true, suggestions: suggestSeries(claims, map, { existing }) }
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
