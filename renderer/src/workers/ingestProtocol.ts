import type { IngestInput, IngestResult } from '../../../shared/ingest/index'

/** A web page to read in the ingest worker; `articleDetectionTimedOut` when an earlier try was stopped. */
export interface IngestRequest {
  input: IngestInput
  articleDetectionTimedOut?: number
}

/** The worker's answer: what ingestFile said, or why the worker itself failed. */
export type IngestResponse = { ok: true; result: IngestResult } | { ok: false; error: string }
