import { EventEmitter } from 'node:events'
import { request as httpRequest, type ClientRequest as HttpRequest } from 'node:http'
import type { NetRequest } from '../../../electron/main/netFetch'

/**
 * An imitation of Electron's net.request over node:http, for what the adapter relies on and Electron
 * documents (ClientRequest, IncomingMessage): with redirect 'manual' a 3xx emits 'redirect' with the
 * absolute next URL, and unless a listener calls followRedirect() synchronously the request is cancelled
 * with the error "Redirect was cancelled". Only the Electron surface is imitated; the server is real.
 */
export function imitateNetRequest(log: string[] = [], connectTo: (url: URL) => URL = (url) => url): NetRequest {
  return (options) => {
    const emitter = new EventEmitter()
    const headers: Record<string, string> = {}
    let http: HttpRequest | null = null
    let aborted = false
    const url = String(options.url)
    const fake = Object.assign(emitter, {
      setHeader: (name: string, value: string) => {
        headers[name] = value
      },
      abort: () => {
        aborted = true
        http?.destroy()
        emitter.emit('abort')
      },
      end: () => {
        log.push(url)
        http = httpRequest(connectTo(new URL(url)), { method: options.method ?? 'GET', headers }, (res) => {
          const location = res.headers.location
          const status = res.statusCode ?? 0
          if (status >= 300 && status < 400 && location && options.redirect === 'manual') {
            let followed = false
            const raw: Record<string, string[]> = {}
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) raw[k] = Array.isArray(v) ? v : [v]
            Object.assign(fake, { followRedirect: () => (followed = true) })
            emitter.emit('redirect', status, options.method ?? 'GET', new URL(location, url).href, raw)
            res.resume()
            if (!followed && !aborted) emitter.emit('error', new Error('Redirect was cancelled'))
            return
          }
          const message = Object.assign(new EventEmitter(), {
            statusCode: status,
            statusMessage: res.statusMessage ?? '',
            headers: res.headers as Record<string, string | string[]>
          })
          emitter.emit('response', message)
          res.on('data', (chunk: Buffer) => message.emit('data', chunk))
          res.on('end', () => message.emit('end'))
          res.on('error', (error) => message.emit('error', error))
          res.on('aborted', () => message.emit('aborted'))
        })
        http.on('error', (error) => {
          if (!aborted) emitter.emit('error', error)
        })
        http.end()
        return fake
      }
    })
    return fake as unknown as ReturnType<NetRequest>
  }
}

/**
 * Electron's net.fetch as lib/browser/api/net-fetch.ts builds it on net.request: the redirect mode is passed
 * through and no 'redirect' listener is added, so with 'manual' a redirect ends in the request's error.
 */
export function imitateNetFetch(request: NetRequest): (url: string, init: { redirect?: RequestRedirect; headers?: Record<string, string> }) => Promise<Response> {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const req = request({ url, redirect: init.redirect })
      for (const [k, v] of Object.entries(init.headers ?? {})) req.setHeader(k, v)
      req.on('response', (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => resolve(new Response(Buffer.concat(chunks), { status: res.statusCode })))
      })
      req.on('error', reject)
      req.end()
    })
}
