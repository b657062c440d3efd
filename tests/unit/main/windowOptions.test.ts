import { describe, expect, it } from 'vitest'
import { hardenSession, mainWindowOptions, type SessionLike } from '../../../electron/main/windowOptions'

// Issue 11, item 12: the Electron security checklist for the one app window.
describe('the app window', () => {
  it('is sandboxed and isolated, without Node, webviews or the spellchecker (it downloads dictionaries)', () => {
    expect(mainWindowOptions('/app/out/preload/index.js', true).webPreferences).toEqual({
      preload: '/app/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false
    })
  })
  it('has DevTools only when not packaged', () => {
    expect(mainWindowOptions('p', false).webPreferences?.devTools).toBe(true)
    expect(mainWindowOptions('p', true).webPreferences?.devTools).toBe(false)
  })
})

describe('the session', () => {
  type Headers = Record<string, string[]>
  function recordingSession() {
    const calls = {
      spellchecker: [] as boolean[],
      permission: null as null | ((wc: never, permission: string, callback: (granted: boolean) => void) => void),
      check: null as null | (() => boolean),
      headers: null as null | ((details: { responseHeaders?: Headers }, callback: (response: { responseHeaders?: Headers }) => void) => void)
    }
    const session = {
      setSpellCheckerEnabled: (enabled: boolean) => calls.spellchecker.push(enabled),
      setPermissionRequestHandler: (handler: typeof calls.permission) => (calls.permission = handler),
      setPermissionCheckHandler: (handler: typeof calls.check) => (calls.check = handler),
      webRequest: { onHeadersReceived: (handler: typeof calls.headers) => (calls.headers = handler) }
    }
    return { calls, session: session as unknown as SessionLike }
  }
  const cspOf = (calls: ReturnType<typeof recordingSession>['calls']): string[] => {
    let seen: string[] = []
    calls.headers?.({ responseHeaders: { 'content-type': ['text/html'] } }, (r) => (seen = r.responseHeaders?.['Content-Security-Policy'] ?? []))
    return seen
  }

  it('turns the spellchecker off, denies every permission and sets the CSP on every response', () => {
    const { calls, session } = recordingSession()
    hardenSession(session, false)
    expect(calls.spellchecker).toEqual([false])
    const granted: boolean[] = []
    calls.permission?.(undefined as never, 'media', (g) => granted.push(g))
    expect(granted).toEqual([false])
    expect(calls.check?.()).toBe(false)
    expect(cspOf(calls)).toHaveLength(1)
    expect(cspOf(calls)[0]).toContain("style-src 'self';")
  })
  it("allows inline styles only for electron-vite's dev server", () => {
    const { calls, session } = recordingSession()
    hardenSession(session, true)
    expect(cspOf(calls)[0]).toContain("style-src 'self' 'unsafe-inline'")
  })
})
