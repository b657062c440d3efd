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

/**
 * True when an IPC message comes from our own page in the main frame:
 * the packaged file:// renderer, or the dev server electron-vite started.
 */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean, devServerUrl?: string): boolean {
  if (!isMainFrame || !frameUrl) return false
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  if (url.protocol === 'file:') return url.pathname.endsWith('/renderer/index.html')
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}

/** The Content-Security-Policy of the app window. The renderer never needs the network: main fetches. */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'"
].join('; ')

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
