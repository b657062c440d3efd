import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type BrowserContext } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../chromium'

// A real profile on disk, closed and reopened, as a user quitting and restarting the app.
test('every review change survives closing and relaunching the browser', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'claimledger-profile-'))
  const launch = (): Promise<BrowserContext> => chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: chromiumArgs, headless: true, baseURL })
  try {
    let context = await launch()
    let page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/')
    await page.getByRole('button', { name: 'Load the sample interview' }).click()
    const mark = page.locator('mark.claim', { hasText: '357 interpellations' })
    await mark.click()
    const panel = page.getByRole('complementary', { name: 'Claim' })
    await panel.getByRole('button', { name: 'Confirm' }).click()
    await panel.getByRole('radio', { name: /Accurate/ }).check()
    await panel.getByLabel('Note').fill('Chiffre confirmé par le parquet.')
    await panel.getByLabel('Add tag').fill('police')
    await panel.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(panel.getByRole('list', { name: 'Tags' })).toContainText('police')
    await page.locator('mark.claim', { hasText: '100 à 150' }).click()
    // the key acts on the selected claim: wait for the click to select it (on a loaded machine the key came first)
    await expect(page.locator('mark.claim', { hasText: '100 à 150' })).toHaveAttribute('aria-pressed', 'true')
    await page.locator('body').press('r')
    await expect(page.locator('mark.claim', { hasText: '100 à 150' })).toHaveClass(/status-rejected/)
    // Settings too.
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel('Language').selectOption('fr')
    await page.getByRole('button', { name: 'Fermer' }).click()
    await context.close()

    context = await launch()
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/')
    await expect(page.getByRole('link', { name: 'Bibliothèque' })).toBeVisible()
    await page.getByRole('link', { name: /Laurent Nunez sur le crack/ }).click()
    await page.locator('mark.claim', { hasText: '357 interpellations' }).click()
    const again = page.getByRole('complementary', { name: 'Affirmation' })
    await expect(again.getByText('Confirmé', { exact: true })).toBeVisible()
    await expect(again.getByRole('radio', { name: /Exact/ })).toBeChecked()
    await expect(again.getByLabel('Note')).toHaveValue('Chiffre confirmé par le parquet.')
    await expect(again.getByRole('list', { name: 'Étiquettes' })).toContainText('police')
    // History names fields and values in the UI's language (issue 12, item 7)
    await expect(again.getByRole('region', { name: 'Historique' })).toContainText(/Verdict\s?:\s?Non vérifié → Exact/)
    await expect(page.locator('mark.claim', { hasText: '100 à 150' })).toHaveClass(/status-rejected/)
    await context.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})
