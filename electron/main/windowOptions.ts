import type { BrowserWindowConstructorOptions, Session } from 'electron'
import { appCsp } from './security'

/** The app window's options: sandboxed, isolated, no Node; no spellchecker and, once packaged, no DevTools. */
export function mainWindowOptions(preload: string, isPackaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'ClaimLedger',
    autoHideMenuBar: false,
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      // Chromium's spellchecker downloads its dictionaries from Google: everything is meant to stay local.
      spellcheck: false,
      // A packaged app has no DevTools: they would let anyone at the keyboard run code with the preload's API.
      devTools: !isPackaged
    }
  }
}

/** What hardenSession uses of Electron's Session; tests pass an object that records the calls. */
export type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setSpellCheckerEnabled'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>
}

/** Denies every permission, turns the spellchecker (and its downloads) off, and puts our CSP on every response. */
export function hardenSession(session: SessionLike, devServer: boolean): void {
  const csp = appCsp(devServer)
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setSpellCheckerEnabled(false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}
