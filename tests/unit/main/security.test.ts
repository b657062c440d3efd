import { describe, expect, it } from 'vitest'
import { APP_CSP, isAllowedNavigation, isSafeExternalUrl, isTrustedSender } from '../../../electron/main/security'

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
  it('trusts our packaged page in the main frame only', () => {
    expect(isTrustedSender('file:///opt/ClaimLedger/resources/app.asar/out/renderer/index.html', true)).toBe(true)
    expect(isTrustedSender('file:///opt/ClaimLedger/resources/app.asar/out/renderer/index.html', false)).toBe(false)
    expect(isTrustedSender('file:///tmp/evil.html', true)).toBe(false)
    expect(isTrustedSender('https://evil.example/out/renderer/index.html', true)).toBe(false)
    expect(isTrustedSender(undefined, true)).toBe(false)
  })
  it('trusts the dev server only when one is running', () => {
    expect(isTrustedSender('http://localhost:5173/#/claims', true, 'http://localhost:5173')).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', true, 'http://localhost:5173')).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', true)).toBe(false)
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
})
