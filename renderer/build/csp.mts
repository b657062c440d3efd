import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy of the renderer's page for one host and mode. In Electron the page never
 * touches the network (main fetches); in a plain browser the "From URL" import fetches directly, and the
 * dev server needs its websocket. Styles come from the built stylesheet only (React's style props go
 * through the CSSOM, which CSP allows); only a dev server, which injects <style> elements, gets 'unsafe-inline'.
 */
export function rendererCsp(host: 'electron' | 'web', dev: boolean): string {
  const connect = host === 'electron' ? "'self'" : `'self' http: https:${dev ? ' ws: wss:' : ''}`
  return [
    "default-src 'none'",
    `script-src 'self'`,
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'"
  ].join('; ')
}

/** Writes the policy into index.html's meta tag; a dev server (ctx.server) gets the dev policy. */
export function cspPlugin(host: 'electron' | 'web', dev = false): Plugin {
  return {
    name: 'claimledger-csp',
    transformIndexHtml: (html, ctx) => html.replace('__CSP__', rendererCsp(host, dev || Boolean(ctx.server)))
  }
}
