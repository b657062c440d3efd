import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { IpcResult } from '../../../shared/ipc'
import { imitateNetFetch, imitateNetRequest } from './electronNet'

// main's IPC wiring with only the electron module imitated: the handlers, checks and fetcher are the real ones.
// The "public" address 93.184.215.14 is connected to a loopback server by the imitation, so the product's address
// policy applies unchanged (a typed 127.0.0.1 is refused, see below).
const PUBLIC = '93.184.215.14'
let server: Server
let local: Server
let port = 0
let localPort = 0
const localHits: string[] = []
const requested: string[] = []

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>(),
  net: {} as Record<string, unknown>
}))
vi.mock('electron', () => ({
  app: { getName: () => 'ClaimLedger', getVersion: () => '0.1.0', getLocale: () => 'fr-FR', isPackaged: true },
  dialog: {},
  ipcMain: { handle: (channel: string, listener: (event: unknown, raw: unknown) => Promise<unknown>) => electron.handlers.set(channel, listener) },
  net: electron.net
}))

const { registerIpc } = await import('../../../electron/main/ipc')
const { rendererEntry } = await import('../../../electron/main/security')

const entry = rendererEntry('/opt/ClaimLedger/resources/app.asar/out/main', true, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })
const ourPage = `${pathToFileURL(entry.indexHtml).href}#/library`

function invoke(channel: string, raw: unknown, frameUrl = ourPage): Promise<IpcResult<unknown>> {
  const frame = { url: frameUrl }
  const listener = electron.handlers.get(channel)
  if (!listener) throw new Error(`no handler for ${channel}`)
  return listener({ senderFrame: frame, sender: { mainFrame: frame } }, raw) as Promise<IpcResult<unknown>>
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/chain') res.writeHead(301, { location: '/moved' }).end()
    else if (req.url === '/moved') res.writeHead(302, { location: `http://${PUBLIC}:${port}/article` }).end()
    else if (req.url === '/to-local') res.writeHead(302, { location: `http://127.0.0.1:${localPort}/secret` }).end()
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>357 interpellations</p>')
  })
  local = createServer((req, res) => {
    localHits.push(req.url ?? '')
    res.end('private')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  await new Promise<void>((r) => local.listen(0, '127.0.0.1', r))
  port = (server.address() as AddressInfo).port
  localPort = (local.address() as AddressInfo).port
  const request = imitateNetRequest(requested, (url) => {
    const to = new URL(url)
    if (to.hostname === PUBLIC) to.hostname = '127.0.0.1'
    return to
  })
  Object.assign(electron.net, { request, fetch: imitateNetFetch(request) })
  registerIpc(() => null, entry)
})
afterAll(() => {
  for (const s of [server, local]) {
    s.closeAllConnections()
    s.close()
  }
})

describe('url:fetch as main registers it', () => {
  it('follows redirects to the page (issue 11, item 11)', async () => {
    const result = await invoke('url:fetch', { url: `http://${PUBLIC}:${port}/chain` })
    expect(result).toMatchObject({ ok: true, value: { url: `http://${PUBLIC}:${port}/article`, status: 200 } })
    expect(requested.slice(-3)).toEqual([`http://${PUBLIC}:${port}/chain`, `http://${PUBLIC}:${port}/moved`, `http://${PUBLIC}:${port}/article`])
  })
  it('refuses a redirect to this computer, and a typed loopback address, without requesting them', async () => {
    const before = requested.length
    const redirected = await invoke('url:fetch', { url: `http://${PUBLIC}:${port}/to-local` })
    expect(redirected).toEqual({
      ok: false,
      error: `http://127.0.0.1:${localPort}/secret: 127.0.0.1 is on this computer or a local or private network; ClaimLedger imports only public web pages, so that a page cannot make it read your machine or network.`
    })
    expect((await invoke('url:fetch', { url: `http://127.0.0.1:${localPort}/` })).ok).toBe(false)
    expect(requested.slice(before)).toEqual([`http://${PUBLIC}:${port}/to-local`])
    expect(localHits).toEqual([])
  })
})

describe('the sender check as main registers it', () => {
  it('answers our own index.html', async () => {
    expect(await invoke('app:info', null)).toEqual({ ok: true, value: { name: 'ClaimLedger', version: '0.1.0', platform: process.platform, locale: 'fr-FR' } })
  })
  it('refuses another index.html, and the dev server in a packaged app', async () => {
    const refused = { ok: false, error: 'Request refused: it did not come from the ClaimLedger window.' }
    expect(await invoke('app:info', null, 'file:///home/u/Downloads/out/renderer/index.html')).toEqual(refused)
    expect(await invoke('app:info', null, 'http://localhost:5173/')).toEqual(refused)
  })
})
