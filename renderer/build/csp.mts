import type { Plugin } from 'vite'

/**
 * Writes the Content-Security-Policy meta tag for the host the renderer is built for.
 * In Electron the page never touches the network (main fetches); in a plain browser the
 * "From URL" import fetches directly, and the dev server needs its websocket.
 */
export function cspPlugin(host: 'electron' | 'web', dev = false): Plugin {
  const connect = host === 'electron' ? "'self'" : `'self' http: https:${dev ? ' ws: wss:' : ''}`
  const policy = [
    "default-src 'none'",
    `script-src 'self'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'"
  ].join('; ')
  return {
    name: 'claimledger-csp',
    transformIndexHtml: (html) => html.replace('__CSP__', policy)
  }
}
