import { expect, test } from '@playwright/test'

test.describe('app shell', () => {
  test('loads and visits every view from the navigation bar, each with an empty state', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    await page.goto('/')
    await expect(page).toHaveTitle('ClaimLedger')
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav.getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('button', { name: 'Import files' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Paste text' })).toBeVisible()

    await nav.getByRole('link', { name: 'Claims' }).click()
    await expect(page.getByRole('table', { name: 'Claims' })).toBeVisible()
    await expect(page).toHaveURL(/#\/claims$/)

    await nav.getByRole('link', { name: 'Series' }).click()
    await expect(page.getByRole('heading', { name: 'Series', level: 1 })).toBeVisible()

    await nav.getByRole('link', { name: 'Reader' }).click()
    await expect(page.getByRole('heading', { name: 'No source open' })).toBeVisible()

    await nav.getByRole('link', { name: 'Export' }).click()
    await expect(page.getByRole('button', { name: 'Export bundle' })).toBeVisible()

    // Keyboard: Alt+1 goes back to the Library.
    await page.keyboard.press('Alt+1')
    await expect(page).toHaveURL(/#\/library$/)
    expect(errors).toEqual([])
  })

  test('paste dialog has labelled fields and can be closed with Escape', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Paste text' }).click()
    const dialog = page.getByRole('dialog', { name: 'Paste text' })
    for (const label of ['Title', 'Date', 'Speaker', 'Text']) await expect(dialog.getByLabel(label, { exact: true })).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Add' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })

  test('switches the UI to French in Settings and keeps it after a reload', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByLabel(/Your name/).fill('Camille Vérif')
    await page.getByLabel('Language').selectOption('fr')
    await page.getByRole('button', { name: 'Fermer' }).click()
    await expect(page.getByRole('link', { name: 'Bibliothèque' })).toBeVisible()
    await page.reload()
    await page.getByRole('button', { name: 'Réglages' }).click()
    await expect(page.getByLabel(/Votre nom/)).toHaveValue('Camille Vérif')
    await page.getByRole('button', { name: 'Fermer' }).click()
    await expect(page.getByRole('button', { name: 'Importer des fichiers' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  })

  test('follows a dark OS theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(bg).toBe('rgb(21, 23, 27)')
  })

  test('a database written by a newer ClaimLedger is refused with a clear message, not opened', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('button', { name: 'Import files' })).toBeVisible()
    await page.evaluate(async () => {
      // What a future version would leave behind: the same database at a much higher version.
      for (const db of await indexedDB.databases()) if (db.name) indexedDB.deleteDatabase(db.name)
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('claimledger', 990)
        req.onupgradeneeded = () => req.result.createObjectStore('future')
        req.onsuccess = () => { req.result.close(); resolve() }
        req.onerror = () => reject(req.error)
      })
    })
    await page.reload()
    await expect(page.getByRole('alert')).toContainText(/newer/i)
    await expect(page.getByRole('button', { name: 'Import files' })).toHaveCount(0)
    // Untouched: still the newer version, no tables added.
    const after = await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'claimledger')?.version)
    expect(after).toBe(990)
  })
})
