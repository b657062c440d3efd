import type { IngestInput, IngestResult, IngestSignal } from '../../../shared/ingest/index'
import type { IngestRequest, IngestResponse } from './ingestProtocol'

/** Seconds article detection may take on one page before it is stopped and the page read as plain text. */
export const ARTICLE_DETECTION_BUDGET_S = 15

export interface WorkerIngestOptions {
  signal?: IngestSignal & { addEventListener(type: 'abort', listener: () => void): void }
  /** Seconds before article detection is stopped (ARTICLE_DETECTION_BUDGET_S). */
  budgetSeconds?: number
}

/** One try in a fresh worker: the answer, 'timeout' after `budgetMs`, or 'cancelled' when the signal fires. */
function tryOnce(request: IngestRequest, budgetMs: number | undefined, signal: WorkerIngestOptions['signal']): Promise<IngestResult | 'timeout' | 'cancelled'> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module', name: 'claimledger-ingest' })
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = (): void => {
      if (timer) clearTimeout(timer)
      worker.terminate()
    }
    worker.onmessage = (event: MessageEvent<IngestResponse>) => {
      finish()
      if (event.data.ok) resolve(event.data.result)
      else reject(new Error(`${request.input.name}: ${event.data.error}`))
    }
    worker.onerror = (event) => {
      finish()
      reject(new Error(`${request.input.name}: the import worker stopped (${event.message || 'unknown error'})`))
    }
    if (budgetMs !== undefined) timer = setTimeout(() => (finish(), resolve('timeout')), budgetMs)
    signal?.addEventListener('abort', () => (finish(), resolve('cancelled')))
    worker.postMessage(request)
  })
}

/**
 * Reads a web page in a worker. When article detection runs past its budget, the worker is ended
 * and the page read again as plain text (an html-article-timeout notice says so); the signal ends
 * the worker at once. The bytes are copied to the worker, the caller keeps its own.
 */
export async function ingestPageInWorker(input: IngestInput, options: WorkerIngestOptions = {}): Promise<IngestResult> {
  const cancelled: IngestResult = { ok: false, error: `${input.name}: the import was cancelled`, cancelled: true }
  if (options.signal?.aborted) return cancelled
  const budget = options.budgetSeconds ?? ARTICLE_DETECTION_BUDGET_S
  const first = await tryOnce({ input }, budget * 1000, options.signal)
  if (first === 'cancelled') return cancelled
  if (first !== 'timeout') return first
  // Plain text extraction is linear: no budget the second time, only the user's cancel.
  const second = await tryOnce({ input, articleDetectionTimedOut: budget }, undefined, options.signal)
  if (second === 'cancelled') return cancelled
  if (second === 'timeout') throw new Error(`${input.name}: the import worker did not answer`)
  return second
}
