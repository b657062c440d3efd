import { describe, expect, it } from 'vitest'
import { guardHandler } from '../../../electron/main/handlers'
import { buildMenuTemplate, MENU_LABELS, type MenuItemSpec } from '../../../electron/main/menuTemplate'

const trusted = { frameUrl: 'file:///app/out/renderer/index.html', isMainFrame: true }
const isTrusted = (s: { frameUrl: string | undefined; isMainFrame: boolean }): boolean => s.isMainFrame && s.frameUrl === trusted.frameUrl

describe('guarded IPC handlers', () => {
  it('passes a parsed request from our window to the handler', async () => {
    const handler = guardHandler('url:fetch', async (req) => ({ ok: true, value: { url: req.url, status: 200, contentType: 'text/html', bytes: new Uint8Array() } }), isTrusted)
    expect(await handler(trusted, { url: 'https://x.org/' })).toMatchObject({ ok: true, value: { url: 'https://x.org/' } })
  })
  it('refuses another frame or origin without calling the handler', async () => {
    let calls = 0
    const handler = guardHandler('app:info', async () => {
      calls++
      return { ok: true, value: { name: 'x', version: '1', platform: 'linux', locale: 'en' } }
    }, isTrusted)
    expect(await handler({ frameUrl: 'https://evil.example/', isMainFrame: true }, null)).toEqual({ ok: false, error: 'Request refused: it did not come from the ClaimLedger window.' })
    expect(await handler({ ...trusted, isMainFrame: false }, null)).toMatchObject({ ok: false })
    expect(calls).toBe(0)
  })
  it('answers bad input with a typed error', async () => {
    const handler = guardHandler('files:open', async () => ({ ok: true, value: { canceled: true, files: [], rejected: [] } }), isTrusted)
    expect(await handler(trusted, { extensions: 'txt' })).toMatchObject({ ok: false })
  })
  it('turns a thrown error into a typed error, never a crash', async () => {
    const handler = guardHandler('app:info', async () => {
      throw new Error('disk on fire')
    }, isTrusted)
    expect(await handler(trusted, null)).toEqual({ ok: false, error: 'app:info failed: disk on fire' })
  })
})

describe('application menu', () => {
  const flatten = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => [i, ...flatten(i.submenu ?? [])])
  it('has File (Import, Export bundle, Quit), Edit, View and Help with About, and sends commands', () => {
    const sent: string[] = []
    const template = buildMenuTemplate('linux', MENU_LABELS.en, (c) => sent.push(c))
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'Help'])
    const all = flatten(template)
    const importItem = all.find((i) => i.label === 'Import…')
    expect(importItem?.accelerator).toBe('CmdOrCtrl+O')
    importItem?.click?.()
    all.find((i) => i.label === 'Export bundle…')?.click?.()
    all.find((i) => i.label === 'About ClaimLedger')?.click?.()
    expect(sent).toEqual(['import', 'export-bundle', 'about'])
    expect(all.some((i) => i.role === 'quit')).toBe(true)
  })
  it('follows macOS conventions there (app menu, Close in File)', () => {
    const template = buildMenuTemplate('darwin', MENU_LABELS.fr, () => undefined)
    expect(template[0].label).toBe('ClaimLedger')
    expect(template[1].label).toBe('Fichier')
    expect(flatten(template).some((i) => i.role === 'close')).toBe(true)
  })
})
