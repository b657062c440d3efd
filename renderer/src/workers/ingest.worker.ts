/// <reference lib="webworker" />
// Web pages are parsed here: article detection is synchronous and, on a hostile page, long; here it
// never freezes the window, and the page can stop it (cancel, time budget) by ending this worker.
// Workers have no DOMParser: linkedom parses (it never runs scripts).
import { DOMParser } from 'linkedom'
import { ingestFile, type IngestHost } from '../../../shared/ingest/index'
import type { IngestRequest, IngestResponse } from './ingestProtocol'

const scope = self as unknown as DedicatedWorkerGlobalScope
const host: IngestHost = { parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html') }

scope.onmessage = async (event: MessageEvent<IngestRequest>) => {
  const { input, articleDetectionTimedOut } = event.data
  let response: IngestResponse
  try {
    response = { ok: true, result: await ingestFile(input, host, { articleDetectionTimedOut }) }
  } catch (error) {
    response = { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
