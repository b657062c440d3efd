import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Security rules of the main process, kept free of Electron so unit tests can load them.
 */

/** Only these schemes may leave the app for the user's browser. */
const EXTERNAL_SCHEMES = new Set(['http:', 'https:'])

/** True when a link may be opened in the system browser: a well-formed http(s) URL, nothing else. */
export function isSafeExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > 8192) return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return EXTERNAL_SCHEMES.has(url.protocol) && url.hostname.length > 0 && !url.username && !url.password
}

/** Where the window's page comes from: our index.html, or electron-vite's dev server when not packaged. */
export interface RendererEntry {
  /** Absolute path of our built index.html. */
  indexHtml: string
  devServerUrl?: string
}

/**
 * Where the window loads its page from. ELECTRON_RENDERER_URL is honoured only in an unpackaged app:
 * in a packaged one an environment variable must not be able to swap in a page that would get our API.
 */
export function rendererEntry(mainDir: string, isPackaged: boolean, env: Record<string, string | undefined>): RendererEntry {
  const indexHtml = resolve(mainDir, '..', 'renderer', 'index.html')
  const dev = env.ELECTRON_RENDERER_URL
  if (isPackaged || !dev) return { indexHtml }
  try {
    const url = new URL(dev)
    return url.protocol === 'http:' || url.protocol === 'https:' ? { indexHtml, devServerUrl: url.href } : { indexHtml }
  } catch {
    return { indexHtml }
  }
}

/**
 * True when an IPC message comes from our own page in the main frame: exactly our index.html on
 * file:// (another file that merely ends in /renderer/index.html is not ours), or the dev server.
 */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean, entry: RendererEntry, platform: string = process.platform): boolean {
  if (!isMainFrame || !frameUrl) return false
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  if (url.protocol === 'file:') {
    if (url.host !== '') return false // file://server/share is a network path, never our install
    const windows = platform === 'win32'
    let page: string
    try {
      page = decodeURIComponent(url.pathname)
    } catch {
      return false // a malformed escape is no path of ours
    }
    const ours = decodeURIComponent(pathToFileURL(entry.indexHtml, { windows }).pathname)
    // Windows paths compare case-insensitively; elsewhere the exact characters must match.
    return windows ? page.toLowerCase() === ours.toLowerCase() : page === ours
  }
  if (entry.devServerUrl) {
    try {
      return url.origin === new URL(entry.devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}

/**
 * The Content-Security-Policy of the app window. The renderer never needs the network: main fetches.
 * Styles come from our stylesheet only (React sets style props through the CSSOM, which CSP allows);
 * Vite's dev server injects <style> elements, so it alone, never a packaged app, gets 'unsafe-inline'.
 */
export function appCsp(devServer = false): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    devServer ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "object-src 'none'"
  ].join('; ')
}

export const APP_CSP = appCsp()

/** Whether a navigation of the app window is allowed: only reloading our own page. */
export function isAllowedNavigation(target: string, current: string): boolean {
  try {
    const to = new URL(target)
    const from = new URL(current)
    return to.protocol === from.protocol && to.origin === from.origin && to.pathname === from.pathname
  } catch {
    return false
  }
}
