/// <reference lib="webworker" />
// Extraction runs here so a long import never freezes the window.
import { extractClaims } from '../../../shared/extract/index'
import type { ExtractRequest, ExtractResponse } from './extractProtocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const { id, text, options } = event.data
  let response: ExtractResponse
  try {
    response = { id, ok: true, claims: extractClaims(text, options) }
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
