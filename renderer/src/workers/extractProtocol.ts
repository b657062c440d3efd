import type { StorableClaims } from '../../../shared/claimRecord'
import type { ExtractOptions } from '../../../shared/extract/index'
import type { WorkerAnswer } from './workerClient'

/** A request to the extraction worker. */
export interface ExtractRequest {
  id: number
  text: string
  options: ExtractOptions
}

/** The worker's answer to one request: the claims to store and how many the extractor found. */
export type ExtractResponse = WorkerAnswer<StorableClaims>
