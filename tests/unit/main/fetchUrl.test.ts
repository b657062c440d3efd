import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchUrlCapped, parseWebUrl, type FetchLike } from '../../../electron/main/fetchUrl'

// A real HTTP server on loopback stands in for the web: each path is one situation a user meets.
let server: Server
let base = ''
const realFetch: FetchLike = (url, init) => fetch(url, init)
const caps = { timeoutMs: 400, maxBytes: 1000, maxRedirects: 3 }

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/article':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><title>T</title><p>610 consommateurs</p></html>')
        return
      case '/missing':
        res.writeHead(404, 'Not Found').end()
        return
      case '/to-article':
        res.writeHead(302, { location: '/article' }).end()
        return
      case '/to-js':
        res.writeHead(302, { location: 'javascript:alert(1)' }).end()
        return
      case '/to-file':
        res.writeHead(301, { location: 'file:///etc/passwd' }).end()
        return
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end()
        return
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
        return
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.end('x'.repeat(5000))
        return
      case '/slow':
        return // never answers
      default:
        res.writeHead(500).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})

describe('fetching a URL the user typed', () => {
  it('returns the page, its final URL and content type after a redirect', async () => {
    const result = await fetchUrlCapped(`${base}/to-article`, realFetch, caps)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.url).toBe(`${base}/article`)
    expect(result.value.contentType).toContain('text/html')
    expect(new TextDecoder().decode(result.value.bytes)).toContain('610 consommateurs')
  })
  it('says what the server answered', async () => {
    expect(await fetchUrlCapped(`${base}/missing`, realFetch, caps)).toEqual({ ok: false, error: `${base}/missing: the server answered 404 Not Found.` })
  })
  it('refuses a redirect to a non-http scheme', async () => {
    const js = await fetchUrlCapped(`${base}/to-js`, realFetch, caps)
    expect(js).toMatchObject({ ok: false })
    if (!js.ok) expect(js.error).toContain('redirects to a javascript: address')
    const file = await fetchUrlCapped(`${base}/to-file`, realFetch, caps)
    if (!file.ok) expect(file.error).toContain('redirects to a file: address')
    else throw new Error('followed a redirect to file:')
  })
  it('stops redirect loops', async () => {
    const result = await fetchUrlCapped(`${base}/loop`, realFetch, caps)
    expect(result).toEqual({ ok: false, error: `${base}/loop: too many redirects (more than 3).` })
  })
  it('refuses an image', async () => {
    const result = await fetchUrlCapped(`${base}/image`, realFetch, caps)
    expect(result).toEqual({ ok: false, error: `${base}/image: the address serves an image, not an article or document.` })
  })
  it('stops reading past the size cap', async () => {
    const result = await fetchUrlCapped(`${base}/huge`, realFetch, caps)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain('larger than')
  })
  it('gives up on a server that does not answer', async () => {
    const started = Date.now()
    const result = await fetchUrlCapped(`${base}/slow`, realFetch, caps)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/no answer within \d+ s/)
    expect(Date.now() - started).toBeLessThan(5000)
  })
  it('refuses what is not an http(s) address before any request', async () => {
    let called = false
    const spy: FetchLike = async () => {
      called = true
      throw new Error('should not be called')
    }
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://x.org/a', 'notaurl', 'https://u:p@x.org/']) {
      const result = await fetchUrlCapped(url, spy, caps)
      expect(result.ok).toBe(false)
    }
    expect(called).toBe(false)
    expect(parseWebUrl('  https://example.org/a  ')).toMatchObject({ ok: true })
  })
  it('reports a connection failure', async () => {
    const result = await fetchUrlCapped('http://127.0.0.1:9/closed', realFetch, caps)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/could not connect|no answer/)
  })
})
