/**
 * Takes the README's screenshot from the real app (browser platform) in headless Chromium:
 *   npm run build:web && npx tsx resources/make-screenshot.ts
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../tests/chromium'

async function main(): Promise<void> {
  const root = join(__dirname, '..')
  const server = spawn('npx', ['vite', 'preview', '--config', 'vite.renderer.config.mts', '--port', '4192', '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' })
  await new Promise((r) => setTimeout(r, 2500))
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true })
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 820 }, deviceScaleFactor: 1 })
    await page.goto('http://127.0.0.1:4192/')
    await page.getByRole('button', { name: 'Load the sample interview' }).click()
    await page.locator('mark.claim', { hasText: '357' }).click()
    const panel = page.getByRole('complementary', { name: 'Claim' })
    await panel.getByRole('button', { name: 'Confirm' }).click()
    await panel.getByRole('radio', { name: /Accurate/ }).check()
    await page.locator('mark.claim', { hasText: '610' }).click()
    await panel.getByRole('radio', { name: /Misleading/ }).check()
    await panel.getByLabel('Note').fill('The city counts 560 places on 1 October; 610 includes the hospital beds.')
    await panel.getByLabel('Add tag').click()
    await page.locator('.reader-main').evaluate((el) => el.scrollTo(0, 0))
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(root, 'resources', 'screenshot.png') })
  } finally {
    await browser.close()
    server.kill()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
