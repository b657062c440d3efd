import type { ClientRequest, ClientRequestConstructorOptions, IncomingMessage } from 'electron'
import type { FetchLike } from './fetchUrl'

/** Electron's net.request, as far as the adapter uses it; tests pass an imitation of its events. */
export type NetRequest = (options: ClientRequestConstructorOptions) => Pick<ClientRequest, 'on' | 'abort' | 'end' | 'setHeader'>

/**
 * A FetchLike over Electron's net.request (Chromium's network stack, so the system proxy applies).
 * net.fetch cannot be used: with redirect 'manual' Electron cancels any redirect that no 'redirect'
 * listener follows synchronously ("Redirect was cancelled"), and its fetch has no such listener. Here the
 * redirect is answered as a 3xx response carrying its location and the request is dropped, so the caller
 * checks the next address (scheme, address policy, hop count) before requesting it.
 */
export function netRequestFetch(request: NetRequest): FetchLike {
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      // No cookies, no stored HTTP credentials and no login prompt: an imported page is fetched anonymously.
      const req = request({ url, method: 'GET', redirect: 'manual', credentials: 'omit', useSessionCookies: false })
      let settled = false
      const settle = (): boolean => {
        if (settled) return false
        settled = true
        return true
      }
      if (init.signal.aborted) {
        settle()
        reject(new Error('aborted'))
        return
      }
      init.signal.addEventListener('abort', () => {
        req.abort()
        if (settle()) reject(new Error('aborted'))
      }, { once: true })
      for (const [name, value] of Object.entries(init.headers)) req.setHeader(name, value)
      req.on('redirect', (statusCode, _method, redirectUrl, responseHeaders) => {
        if (!settle()) return
        req.abort()
        const headers = toHeaders(responseHeaders)
        headers.set('location', redirectUrl)
        resolve(new Response(null, { status: statusCode, headers }))
      })
      req.on('response', (response) => {
        if (!settle()) return
        resolve(new Response(bodyOf(response, req), { status: response.statusCode, statusText: response.statusMessage, headers: toHeaders(response.headers) }))
      })
      req.on('error', (error) => {
        if (settle()) reject(error)
      })
      req.end()
    })
}

function toHeaders(raw: Record<string, string | string[]>): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(raw)) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  return headers
}

/** The response body as a web stream; cancelling it (the size cap) drops the request. */
function bodyOf(response: IncomingMessage, req: Pick<ClientRequest, 'abort'>): ReadableStream<Uint8Array> {
  // Events may still arrive after the stream ended or was cancelled; enqueueing then would throw in main.
  let open = true
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const finish = (error?: Error): void => {
        if (!open) return
        open = false
        if (error) controller.error(error)
        else controller.close()
      }
      response.on('data', (chunk) => {
        if (open) controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
      })
      response.on('end', () => finish())
      response.on('error', (error) => finish(error))
      response.on('aborted', () => finish(new Error('the connection was closed before the end of the page')))
    },
    cancel() {
      open = false
      req.abort()
    }
  })
}
