import type { ExtractOptions } from '../../../shared/extract/index'
import type { ExtractedClaim } from '../../../shared/model'
import type { WorkerAnswer } from './workerClient'

/** A request to the extraction worker. */
export interface ExtractRequest {
  id: number
  text: string
  options: ExtractOptions
}

/** The worker's answer to one request. */
export type ExtractResponse = WorkerAnswer<{ claims: ExtractedClaim[] }>
