import { describe, expect, it } from 'vitest'
import { APP_CSP, appCsp, isAllowedNavigation, isSafeExternalUrl, isTrustedSender, rendererEntry } from '../../../electron/main/security'

describe('external links', () => {
  it.each(['https://www.francebleu.fr/infos', 'http://example.org/a?b=c#d'])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })
  it.each([
    'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', 'smb://host/share',
    'vbscript:msgbox', 'https://user:pass@example.org/', 'not a url', '', 'https://', ' javascript:alert(1)',
    'chrome://settings', 'about:blank', 'https://example.org/'.padEnd(9000, 'a')
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
  it('refuses non-strings', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false)
    expect(isSafeExternalUrl({ toString: () => 'https://x.org' })).toBe(false)
  })
  it('is not fooled by substrings', () => {
    expect(isSafeExternalUrl('javascript://https://example.org/%0aalert(1)')).toBe(false)
  })
})

describe('IPC sender check', () => {
  const installed = { indexHtml: '/opt/ClaimLedger/resources/app.asar/out/renderer/index.html' }
  it('trusts our packaged page in the main frame only', () => {
    expect(isTrustedSender('file:///opt/ClaimLedger/resources/app.asar/out/renderer/index.html', true, installed)).toBe(true)
    expect(isTrustedSender('file:///opt/ClaimLedger/resources/app.asar/out/renderer/index.html#/claims', true, installed)).toBe(true)
    expect(isTrustedSender('file:///opt/ClaimLedger/resources/app.asar/out/renderer/index.html', false, installed)).toBe(false)
    expect(isTrustedSender('file:///tmp/evil.html', true, installed)).toBe(false)
    expect(isTrustedSender('https://evil.example/out/renderer/index.html', true, installed)).toBe(false)
    expect(isTrustedSender(undefined, true, installed)).toBe(false)
  })
  it('compares the exact path of our index.html, not a suffix', () => {
    // a page saved anywhere as .../out/renderer/index.html (a download, an unzipped bundle) is not ours
    expect(isTrustedSender('file:///home/u/Downloads/out/renderer/index.html', true, installed)).toBe(false)
    expect(isTrustedSender('file:///opt/ClaimLedger/resources/app.asar/out/renderer/index.html/../../../../../../tmp/out/renderer/index.html', true, installed)).toBe(false)
    expect(isTrustedSender('file://server/opt/ClaimLedger/resources/app.asar/out/renderer/index.html', true, installed)).toBe(false)
    expect(isTrustedSender('file:///opt/ClaimLedger/resources/app.asar/out/renderer/INDEX.html', true, installed)).toBe(false)
    expect(isTrustedSender('file:///opt/ClaimLedger/resources/app.asar/out/renderer/%zz', true, installed)).toBe(false)
  })
  it('matches paths with spaces and, on Windows, any letter case', () => {
    expect(isTrustedSender('file:///home/u/My%20Apps/out/renderer/index.html', true, { indexHtml: '/home/u/My Apps/out/renderer/index.html' })).toBe(true)
    const win = { indexHtml: 'C:\\Program Files\\ClaimLedger\\resources\\app.asar\\out\\renderer\\index.html' }
    expect(isTrustedSender('file:///C:/Program%20Files/ClaimLedger/resources/app.asar/out/renderer/index.html', true, win, 'win32')).toBe(true)
    expect(isTrustedSender('file:///c:/program%20files/claimledger/resources/app.asar/out/renderer/index.html', true, win, 'win32')).toBe(true)
    expect(isTrustedSender('file:///C:/Users/x/Downloads/out/renderer/index.html', true, win, 'win32')).toBe(false)
  })
  it('trusts the dev server only when one is running', () => {
    const dev = { ...installed, devServerUrl: 'http://localhost:5173' }
    expect(isTrustedSender('http://localhost:5173/#/claims', true, dev)).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', true, dev)).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', true, installed)).toBe(false)
  })
})

describe('where the window loads from', () => {
  const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }
  it('uses the dev server only in an unpackaged app', () => {
    expect(rendererEntry('/repo/out/main', false, env)).toEqual({ indexHtml: '/repo/out/renderer/index.html', devServerUrl: 'http://localhost:5173/' })
    expect(rendererEntry('/opt/app.asar/out/main', true, env)).toEqual({ indexHtml: '/opt/app.asar/out/renderer/index.html' })
    expect(rendererEntry('/repo/out/main', false, {})).toEqual({ indexHtml: '/repo/out/renderer/index.html' })
  })
  it('ignores a dev server address that is not http(s)', () => {
    expect(rendererEntry('/repo/out/main', false, { ELECTRON_RENDERER_URL: 'file:///tmp/evil.html' })).toEqual({ indexHtml: '/repo/out/renderer/index.html' })
    expect(rendererEntry('/repo/out/main', false, { ELECTRON_RENDERER_URL: 'not a url' })).toEqual({ indexHtml: '/repo/out/renderer/index.html' })
  })
})

describe('navigation', () => {
  it('allows only our own page (hash changes, reload)', () => {
    const current = 'file:///app/out/renderer/index.html#/library'
    expect(isAllowedNavigation('file:///app/out/renderer/index.html#/claims', current)).toBe(true)
    expect(isAllowedNavigation('https://example.org/', current)).toBe(false)
    expect(isAllowedNavigation('file:///etc/passwd', current)).toBe(false)
    expect(isAllowedNavigation('garbage', current)).toBe(false)
  })
})

describe('content security policy', () => {
  it('denies by default and allows no remote script, frame or object', () => {
    expect(APP_CSP).toContain("default-src 'none'")
    expect(APP_CSP).toContain("script-src 'self'")
    expect(APP_CSP).not.toMatch(/script-src[^;]*(unsafe-eval|unsafe-inline|https?:)/)
    expect(APP_CSP).toContain("object-src 'none'")
    expect(APP_CSP).toContain("connect-src 'self'")
  })
  it("allows no inline style in the app, only in the dev server (which injects <style> elements)", () => {
    expect(APP_CSP).toContain("style-src 'self';")
    expect(APP_CSP).not.toContain('unsafe-inline')
    expect(appCsp(true)).toContain("style-src 'self' 'unsafe-inline'")
  })
})
