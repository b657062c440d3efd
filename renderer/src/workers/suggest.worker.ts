/// <reference lib="webworker" />
// Series suggestions compare claims pairwise: on a large library that takes seconds, so it runs
// here, and reads its input here too — 100 000 claims cloned out of IndexedDB would stall the view.
import Dexie from 'dexie'
import type { SourceMeta } from '../../../shared/model'
import { suggestSeries } from '../../../shared/series/index'
import { readSuggestionInput } from '../db/repositories/seriesClaims'
import { SUPERSEDED, type SuggestRequest, type SuggestResponse } from './suggestProtocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

// Opened without a schema (Dexie's dynamic mode): the window owns versions and upgrades; this
// connection only reads, and is reopened if an upgrade elsewhere closed it.
let connection: Dexie | null = null
async function database(name: string): Promise<Dexie> {
  if (connection && (connection.name !== name || !connection.isOpen())) {
    connection.close()
    connection = null
  }
  if (!connection) {
    connection = new Dexie(name)
    await connection.open()
  }
  return connection
}

let newest = 0
let queue: Promise<void> = Promise.resolve()

async function answer(request: SuggestRequest): Promise<SuggestResponse> {
  const { id, dbName } = request
  if (id < newest) return { id, ok: false, error: SUPERSEDED }
  const t0 = performance.now()
  const input = await readSuggestionInput(await database(dbName))
  const t1 = performance.now()
  const map = new Map<string, SourceMeta>(input.sources.map((s) => [s.id, s]))
  const suggestions = suggestSeries(input.claims, map, { existing: input.existing })
  return { id, ok: true, suggestions, claims: input.claims.length, readMs: t1 - t0, groupMs: performance.now() - t1 }
}

scope.onmessage = (event: MessageEvent<SuggestRequest>) => {
  const request = event.data
  newest = Math.max(newest, request.id)
  // One at a time: a burst of edits queues requests, and all but the newest are answered at once.
  queue = queue.then(async () => {
    let response: SuggestResponse
    try {
      response = await answer(request)
    } catch (error) {
      response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }
    }
    scope.postMessage(response)
  })
}
