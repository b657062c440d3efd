import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicAddressesOnly, type AddressPolicy } from '../../../electron/main/addressPolicy'
import { fetchUrlCapped, parseWebUrl, type FetchLike } from '../../../electron/main/fetchUrl'
import { netRequestFetch } from '../../../electron/main/netFetch'
import { imitateNetRequest } from './electronNet'

// A real HTTP server on loopback stands in for the web: each path is one situation a user meets.
// A second loopback server stands for the user's own machine, which a redirect must not reach.
let server: Server
let local: Server
let base = ''
let localBase = ''
const localHits: string[] = []
const nodeFetch: FetchLike = (url, init) => fetch(url, init)
const caps = { timeoutMs: 400, maxBytes: 1000, maxRedirects: 3 }
// The product's policy, except that the test server (this host and port only) counts as public.
const product = publicAddressesOnly()
const testPolicy: AddressPolicy = async (url) => (url.host === new URL(base).host ? { ok: true } : product(url))

beforeAll(async () => {
  local = createServer((req, res) => {
    localHits.push(req.url ?? '')
    res.writeHead(200, { 'content-type': 'text/plain' }).end('private')
  })
  server = createServer((req, res) => {
    switch (req.url) {
      case '/chain':
        res.writeHead(301, { location: '/relative' }).end()
        return
      case '/relative':
        res.writeHead(307, { location: 'article' }).end()
        return
      case '/to-local':
        res.writeHead(302, { location: `${localBase}/secret` }).end()
        return
      case '/to-localhost':
        res.writeHead(302, { location: `http://localhost:${new URL(base).port}/article` }).end()
        return
      case '/to-metadata':
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end()
        return
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
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  localBase = `http://127.0.0.1:${(local.address() as AddressInfo).port}`
})
afterAll(() => {
  for (const s of [server, local]) {
    s.closeAllConnections()
    s.close()
  }
})

// The same redirect-following code over both transports: Node's fetch, and the adapter main uses over
// Electron's net.request (imitated over node:http, since the Electron binary cannot run here).
describe.each([
  ['Node fetch', nodeFetch],
  ['Electron net.request', netRequestFetch(imitateNetRequest())]
])('following redirects in code (%s)', (_name, transport) => {
  it('follows a chain of redirects, relative ones included, to the page', async () => {
    const result = await fetchUrlCapped(`${base}/chain`, transport, caps, testPolicy)
    expect(result).toMatchObject({ ok: true, value: { url: `${base}/article`, status: 200 } })
    if (result.ok) expect(new TextDecoder().decode(result.value.bytes)).toContain('610 consommateurs')
  })
  it('checks every hop against the address policy before requesting it', async () => {
    localHits.length = 0
    for (const path of ['/to-local', '/to-localhost', '/to-metadata']) {
      const result = await fetchUrlCapped(`${base}${path}`, transport, caps, testPolicy)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error).toContain('ClaimLedger imports only public web pages')
    }
    expect(localHits).toEqual([])
  })
  it('stops at the hop limit and refuses non-http schemes', async () => {
    expect(await fetchUrlCapped(`${base}/loop`, transport, caps, testPolicy)).toEqual({ ok: false, error: `${base}/loop: too many redirects (more than 3).` })
    const js = await fetchUrlCapped(`${base}/to-js`, transport, caps, testPolicy)
    expect(js.ok ? '' : js.error).toContain('redirects to a javascript: address')
  })
  it('stops reading past the size cap and gives up on a silent server', async () => {
    const huge = await fetchUrlCapped(`${base}/huge`, transport, caps, testPolicy)
    expect(huge.ok ? '' : huge.error).toContain('larger than')
    const slow = await fetchUrlCapped(`${base}/slow`, transport, caps, testPolicy)
    expect(slow.ok ? '' : slow.error).toMatch(/no answer within \d+ s/)
  })
})

describe('the Electron imitation', () => {
  it('cancels a manual redirect nobody follows, as Electron does (why net.fetch cannot be used)', async () => {
    const req = imitateNetRequest()({ url: `${base}/to-article`, redirect: 'manual' })
    const error = await new Promise<Error>((resolve) => {
      req.on('error', resolve)
      req.end()
    })
    expect(error.message).toBe('Redirect was cancelled')
  })
})

describe('the product address policy in the fetcher', () => {
  it('refuses a loopback address by default, before any request', async () => {
    localHits.length = 0
    const result = await fetchUrlCapped(`${localBase}/secret`, nodeFetch, caps)
    expect(result).toEqual({
      ok: false,
      error: `${localBase}/secret: 127.0.0.1 is on this computer or a local or private network; ClaimLedger imports only public web pages, so that a page cannot make it read your machine or network.`
    })
    expect(localHits).toEqual([])
  })
})

describe('fetching a URL the user typed', () => {
  it('returns the page, its final URL and content type after a redirect', async () => {
    const result = await fetchUrlCapped(`${base}/to-article`, nodeFetch, caps, testPolicy)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.url).toBe(`${base}/article`)
    expect(result.value.contentType).toContain('text/html')
    expect(new TextDecoder().decode(result.value.bytes)).toContain('610 consommateurs')
  })
  it('says what the server answered', async () => {
    expect(await fetchUrlCapped(`${base}/missing`, nodeFetch, caps, testPolicy)).toEqual({ ok: false, error: `${base}/missing: the server answered 404 Not Found.` })
  })
  it('refuses a redirect to a non-http scheme', async () => {
    const js = await fetchUrlCapped(`${base}/to-js`, nodeFetch, caps, testPolicy)
    expect(js).toMatchObject({ ok: false })
    if (!js.ok) expect(js.error).toContain('redirects to a javascript: address')
    const file = await fetchUrlCapped(`${base}/to-file`, nodeFetch, caps, testPolicy)
    if (!file.ok) expect(file.error).toContain('redirects to a file: address')
    else throw new Error('followed a redirect to file:')
  })
  it('stops redirect loops', async () => {
    const result = await fetchUrlCapped(`${base}/loop`, nodeFetch, caps, testPolicy)
    expect(result).toEqual({ ok: false, error: `${base}/loop: too many redirects (more than 3).` })
  })
  it('refuses an image', async () => {
    const result = await fetchUrlCapped(`${base}/image`, nodeFetch, caps, testPolicy)
    expect(result).toEqual({ ok: false, error: `${base}/image: the address serves an image, not an article or document.` })
  })
  it('stops reading past the size cap', async () => {
    const result = await fetchUrlCapped(`${base}/huge`, nodeFetch, caps, testPolicy)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain('larger than')
  })
  it('gives up on a server that does not answer', async () => {
    const started = Date.now()
    const result = await fetchUrlCapped(`${base}/slow`, nodeFetch, caps, testPolicy)
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
      const result = await fetchUrlCapped(url, spy, caps, testPolicy)
      expect(result.ok).toBe(false)
    }
    expect(called).toBe(false)
    expect(parseWebUrl('  https://example.org/a  ')).toMatchObject({ ok: true })
  })
  it('reports a connection failure', async () => {
    const result = await fetchUrlCapped('http://127.0.0.1:9/closed', nodeFetch, caps, async () => ({ ok: true }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/could not connect|no answer/)
  })
})
