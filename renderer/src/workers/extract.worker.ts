/// <reference lib="webworker" />
// Extraction runs here so a long import never freezes the window.
import { storableClaims } from '../../../shared/claimRecord'
import { extractClaims } from '../../../shared/extract/index'
import type { ExtractRequest, ExtractResponse } from './extractProtocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const { id, text, options } = event.data
  let response: ExtractResponse
  try {
    // Capped and excerpted here, before postMessage clones them: a whole long sentence per claim ran out of memory.
    response = { id, ok: true, ...storableClaims(extractClaims(text, options), text) }
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
