/** A request/answer channel to a Web Worker: each request carries an id, each answer says ok or why not. */
export type WorkerAnswer<T> = { id: number; ok: true } & T | { id: number; ok: false; error: string }

/**
 * Sends requests to a lazily started worker and resolves each with its answer. A crashed worker fails
 * what it was doing, with its message, and the next request starts a fresh one.
 */
export function createWorkerClient<Req extends object, Res extends object>(start: () => Worker, name: string): (request: Req) => Promise<Res> {
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, { resolve: (r: Res) => void; reject: (e: Error) => void }>()
  const get = (): Worker => {
    if (worker) return worker
    worker = start()
    worker.onmessage = (event: MessageEvent<WorkerAnswer<Res>>) => {
      const answer = event.data
      const waiting = pending.get(answer.id)
      if (!waiting) return
      pending.delete(answer.id)
      if (answer.ok) waiting.resolve(answer as Res)
      else waiting.reject(new Error(answer.error))
    }
    worker.onerror = (event) => {
      const error = new Error(`The ${name} worker stopped: ${event.message || 'unknown error'}`)
      for (const p of pending.values()) p.reject(error)
      pending.clear()
      worker?.terminate()
      worker = null
    }
    return worker
  }
  return (request) => {
    const id = nextId++
    return new Promise<Res>((resolve, reject) => {
      pending.set(id, { resolve, reject })
      get().postMessage({ ...request, id })
    })
  }
}
