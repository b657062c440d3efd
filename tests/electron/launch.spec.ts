import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { findElectron } from './electronBinary'

const found = findElectron()
const reason = 'missing' in found ? `Electron launch test skipped: ${found.missing}` : ''
if (reason) console.log(reason)

test.describe('the real Electron app', () => {
  test.skip(Boolean(reason), reason)

  test('opens one hardened window titled ClaimLedger', async () => {
    const main = join(__dirname, '..', '..', 'out', 'main', 'index.js')
    expect(existsSync(main), 'run npm run build first').toBe(true)
    const app = await electron.launch({ executablePath: 'path' in found ? found.path : undefined, args: [main, '--no-sandbox'] })
    try {
      const window = await app.firstWindow()
      await window.waitForLoadState('domcontentloaded')
      expect(await window.title()).toBe('ClaimLedger')
      await expect(window.getByRole('link', { name: 'Library' })).toBeVisible()
      // The page sees the preload's named functions and nothing of Node.
      const surface = await window.evaluate(() => ({
        api: Object.keys((window as unknown as { claimledger?: object }).claimledger ?? {}).sort(),
        hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined'
      }))
      expect(surface).toEqual({ api: ['appInfo', 'fetchUrl', 'onMenuCommand', 'openFiles', 'saveFile'], hasRequire: false, hasProcess: false })
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
    } finally {
      await app.close()
    }
  })
})
