import type { ExtractOptions } from '../../../shared/extract/index'
import type { ExtractedClaim } from '../../../shared/model'
import type { ExtractRequest, ExtractResponse } from './extractProtocol'

type Pending = { resolve: (claims: ExtractedClaim[]) => void; reject: (error: Error) => void }

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, Pending>()

function getWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'claimledger-extract' })
  worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
    const answer = event.data
    const waiting = pending.get(answer.id)
    if (!waiting) return
    pending.delete(answer.id)
    if (answer.ok) waiting.resolve(answer.claims)
    else waiting.reject(new Error(answer.error))
  }
  worker.onerror = (event) => {
    // A crashed worker fails what it was doing; the next request starts a fresh one.
    const error = new Error(`The extraction worker stopped: ${event.message || 'unknown error'}`)
    for (const p of pending.values()) p.reject(error)
    pending.clear()
    worker?.terminate()
    worker = null
  }
  return worker
}

/** Extracts claims off the main thread, one request at a time in order. */
export function extractInWorker(text: string, options: ExtractOptions): Promise<ExtractedClaim[]> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    const request: ExtractRequest = { id, text, options }
    getWorker().postMessage(request)
  })
}
