import { concatBytes } from '../../shared/bytes'
import { LIMITS, type FetchUrlResult, type IpcResult } from '../../shared/ipc'
import { publicAddressesOnly, type AddressPolicy } from './addressPolicy'

/**
 * One request, never following a redirect: a 3xx comes back as a response with its location, so that
 * fetchUrlCapped checks every next address before anything is sent to it. Node's fetch with
 * redirect 'manual' is one (tests); electron/main/netFetch.ts makes Electron's net.request another.
 */
export type FetchLike = (url: string, init: { redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>

export interface FetchCaps {
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
}

const DEFAULT_CAPS: FetchCaps = { timeoutMs: LIMITS.fetchTimeoutMs, maxBytes: LIMITS.maxFileBytes, maxRedirects: LIMITS.maxRedirects }

/** Content types ClaimLedger can import from the web. */
const IMPORTABLE = [
  'text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'application/pdf', 'text/vtt',
  'application/x-subrip', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/octet-stream'
]

/** Parses a user-typed URL: http(s) only, no embedded credentials. */
export function parseWebUrl(raw: string): IpcResult<URL> {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { ok: false, error: `"${raw}" is not a web address. Type a full address starting with https://` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: `${raw}: only http and https addresses can be imported (not ${url.protocol}).` }
  }
  if (url.username || url.password) return { ok: false, error: `${raw}: addresses with a user name or password are not accepted.` }
  return { ok: true, value: url }
}

/**
 * Fetches a page the user asked for, following at most a few redirects itself (each next address checked
 * to stay on http/https and to pass the address policy before it is requested), within a time cap and a
 * size cap, refusing what cannot be an article (images, video…). The policy defaults to public addresses
 * only; tests pass one that also lets their loopback server through.
 */
export async function fetchUrlCapped(
  raw: string,
  fetchImpl: FetchLike,
  caps: FetchCaps = DEFAULT_CAPS,
  policy: AddressPolicy = publicAddressesOnly()
): Promise<IpcResult<FetchUrlResult>> {
  const first = parseWebUrl(raw)
  if (!first.ok) return first
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), caps.timeoutMs)
  // A DNS lookup cannot be cancelled: race it against the same time cap as the request.
  const aborted = new Promise<never>((_resolve, reject) => controller.signal.addEventListener('abort', () => reject(new Error('timeout')), { once: true }))
  aborted.catch(() => undefined)
  try {
    let url = first.value
    for (let hop = 0; ; hop++) {
      const allowed = await Promise.race([policy(url), aborted])
      if (!allowed.ok) return allowed
      let response: Response
      try {
        response = await fetchImpl(url.href, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5' }
        })
      } catch (error) {
        if (controller.signal.aborted) return { ok: false, error: `${url.href}: no answer within ${Math.round(caps.timeoutMs / 1000)} s. Check the address or try again later.` }
        return { ok: false, error: `${url.href}: could not connect (${error instanceof Error ? error.message : String(error)}).` }
      }
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        if (hop >= caps.maxRedirects) return { ok: false, error: `${first.value.href}: too many redirects (more than ${caps.maxRedirects}).` }
        const location = response.headers.get('location') ?? ''
        let next: URL
        try {
          next = new URL(location, url)
        } catch {
          return { ok: false, error: `${url.href}: redirects to an invalid address.` }
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return { ok: false, error: `${url.href}: redirects to a ${next.protocol} address, which cannot be imported.` }
        }
        url = next
        continue
      }
      if (!response.ok) {
        return { ok: false, error: `${url.href}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` }
      }
      const contentType = (response.headers.get('content-type') ?? '').toLowerCase()
      const essence = contentType.split(';')[0].trim()
      if (essence && !IMPORTABLE.includes(essence)) {
        const what = essence.startsWith('image/') ? 'an image' : essence.startsWith('video/') ? 'a video' : essence.startsWith('audio/') ? 'audio' : `"${essence}"`
        return { ok: false, error: `${url.href}: the address serves ${what}, not an article or document.` }
      }
      const declared = Number(response.headers.get('content-length') ?? '0')
      if (declared > caps.maxBytes) return { ok: false, error: tooBig(url.href, caps.maxBytes) }
      const bytes = await readCapped(response, caps.maxBytes)
      if (!bytes) return { ok: false, error: tooBig(url.href, caps.maxBytes) }
      return { ok: true, value: { url: url.href, status: response.status, contentType, bytes } }
    }
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, error: `${raw}: no answer within ${Math.round(caps.timeoutMs / 1000)} s. Check the address or try again later.` }
    return { ok: false, error: `${raw}: ${error instanceof Error ? error.message : String(error)}` }
  } finally {
    clearTimeout(timer)
  }
}

function tooBig(url: string, cap: number): string {
  return `${url}: the page is larger than ${Math.round(cap / (1024 * 1024))} MB and was not imported.`
}

/** Reads a body, stopping as soon as it passes the cap (null when it does). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer())
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return concatBytes(chunks, total)
}
