import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { fixtures } from './helpers'

// The web, as the browser platform sees it: each address answered by a route, as a site allowing CORS would.
async function stubWeb(page: Page): Promise<void> {
  const cors = { 'access-control-allow-origin': '*' }
  await page.route('https://news.example.org/**', async (route) => {
    const url = new URL(route.request().url())
    if (url.pathname === '/chomage') {
      await route.fulfill({ status: 200, headers: { ...cors, 'content-type': 'text/html; charset=utf-8' }, body: readFileSync(join(fixtures, 'sources', 'fr-2024-02-15-chomage-insee.html')) })
    } else if (url.pathname === '/photo') {
      await route.fulfill({ status: 200, headers: { ...cors, 'content-type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) })
    } else {
      await route.fulfill({ status: 404, headers: cors, body: 'not found' })
    }
  })
}

async function importUrl(page: Page, url: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Web address' }).fill(url)
  await page.getByRole('button', { name: 'From URL' }).click()
}

test('imports an article from its address, with title, date and outlet from the page', async ({ page }) => {
  await stubWeb(page)
  await page.goto('/')
  await importUrl(page, 'https://news.example.org/chomage')
  const review = page.getByRole('dialog', { name: 'Check before importing' })
  await expect(review.getByLabel('Title')).toHaveValue(/Chômage/)
  await expect(review.getByLabel('Date')).toHaveValue('2024-02-15')
  await review.getByRole('button', { name: 'Import 1 source' }).click()
  await page.getByRole('link', { name: /Chômage : le taux remonte/ }).click()
  await expect(page.locator('.reader-header')).toContainText('https://news.example.org/chomage')
  await expect(page.locator('mark.claim', { hasText: '7,5 %' }).first()).toBeVisible()
  // No script of the page ran and none of its code is in the text.
  await expect(page.locator('.source-text')).not.toContainText('function')
})

test('says why an address could not be imported: not found, an image, not a web address', async ({ page }) => {
  await stubWeb(page)
  await page.goto('/')
  const review = page.getByRole('dialog', { name: 'Check before importing' })
  for (const [url, reason] of [
    ['https://news.example.org/missing', 'answered 404'],
    ['https://news.example.org/photo', 'image'],
    ['ftp://news.example.org/file.txt', 'only http and https']
  ] as const) {
    await importUrl(page, url)
    await expect(review.getByRole('alert')).toContainText(reason)
    await review.getByRole('button', { name: 'Cancel' }).click()
  }
  await expect(page.getByRole('heading', { name: 'No sources yet' })).toBeVisible()
})
