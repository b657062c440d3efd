import type { Claim, Series, Source } from '../../../shared/model'
import type { SeriesSuggestion } from '../../../shared/series/index'
import type { SuggestRequest, SuggestResponse } from './suggestProtocol'

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, { resolve: (s: SeriesSuggestion[]) => void; reject: (e: Error) => void }>()

function getWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module', name: 'claimledger-suggest' })
  worker.onmessage = (event: MessageEvent<SuggestResponse>) => {
    const waiting = pending.get(event.data.id)
    if (!waiting) return
    pending.delete(event.data.id)
    if (event.data.ok) waiting.resolve(event.data.suggestions)
    else waiting.reject(new Error(event.data.error))
  }
  worker.onerror = (event) => {
    const error = new Error(`The suggestion worker stopped: ${event.message || 'unknown error'}`)
    for (const p of pending.values()) p.reject(error)
    pending.clear()
    worker?.terminate()
    worker = null
  }
  return worker
}

/** Series suggestions computed off the main thread. */
export function suggestInWorker(claims: Claim[], sources: Source[], existing: Series[]): Promise<SeriesSuggestion[]> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    const request: SuggestRequest = { id, claims, sources: sources.map((s) => ({ ...s, text: '', segments: [] })), existing }
    getWorker().postMessage(request)
  })
}
