import { LIMITS, type FetchUrlResult, type IpcResult } from '../../../shared/ipc'
import { readBrowserFiles } from './fileReading'
import type { Platform } from './types'

/** Opens the browser's file chooser and resolves with the chosen files (empty when cancelled). */
function chooseFiles(extensions: string[], multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = multiple
    input.accept = extensions.map((e) => `.${e}`).join(',')
    input.style.display = 'none'
    input.dataset.testid = 'platform-file-input'
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []))
      input.remove()
    })
    input.addEventListener('cancel', () => {
      resolve([])
      input.remove()
    })
    document.body.appendChild(input)
    input.click()
  })
}

async function browserFetch(raw: string): Promise<IpcResult<FetchUrlResult>> {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { ok: false, error: `"${raw}" is not a web address. Type a full address starting with https://` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: `${raw}: only http and https addresses can be imported (not ${url.protocol}).` }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), LIMITS.fetchTimeoutMs)
  try {
    const response = await fetch(url.href, { signal: controller.signal, redirect: 'follow', credentials: 'omit' })
    const finalUrl = response.url || url.href
    if (!finalUrl.startsWith('http:') && !finalUrl.startsWith('https:')) return { ok: false, error: `${url.href}: redirects to an address that cannot be imported.` }
    if (!response.ok) return { ok: false, error: `${url.href}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` }
    const contentType = (response.headers.get('content-type') ?? '').toLowerCase()
    if (/^(image|video|audio)\//.test(contentType)) return { ok: false, error: `${url.href}: the address serves ${contentType.split(';')[0]}, not an article or document.` }
    const buffer = await response.arrayBuffer()
    if (buffer.byteLength > LIMITS.maxFileBytes) return { ok: false, error: `${url.href}: the page is larger than ${LIMITS.maxFileBytes / (1024 * 1024)} MB and was not imported.` }
    return { ok: true, value: { url: finalUrl, status: response.status, contentType, bytes: new Uint8Array(buffer) } }
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, error: `${url.href}: no answer within ${LIMITS.fetchTimeoutMs / 1000} s. Check the address or try again later.` }
    return { ok: false, error: `${url.href}: could not be fetched from the browser (${error instanceof Error ? error.message : String(error)}). The site may not allow it; save the page as a file and import that instead.` }
  } finally {
    clearTimeout(timer)
  }
}

/** The plain-browser host, used by `npm run web` and the end-to-end tests. */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    openFiles: async ({ extensions, multiple }) => {
      const files = await chooseFiles(extensions, multiple)
      if (files.length === 0) return { ok: true, value: { canceled: true, files: [], rejected: [] } }
      return { ok: true, value: await readBrowserFiles(files) }
    },
    saveFile: async ({ suggestedName, bytes }) => {
      const blob = new Blob([bytes as BlobPart])
      const href = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = href
      a.download = suggestedName
      a.style.display = 'none'
      document.body.appendChild(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(href), 10_000)
      return { ok: true, value: { canceled: false, path: suggestedName } }
    },
    fetchUrl: browserFetch,
    appInfo: async () => ({ name: 'ClaimLedger', version: __APP_VERSION__, platform: 'browser', locale: navigator.language }),
    onMenuCommand: () => () => undefined
  }
}
