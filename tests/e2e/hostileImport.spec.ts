import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { longPdf } from '../fixtures/sources/make-hostile'
import { fixtures } from './helpers'

// Issue 11, items 7 and 8: a page nested 2 000 levels deep froze the window (and took minutes); a PDF of thousands
// of pages read with no progress and no way to stop it. Both are imported through the file picker, as a user would.

test('a page 2 000 <div>s deep imports through the file picker with a notice that it was read as plain text', async ({ page }) => {
  await page.goto('/')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files' }).click()
  await (await chooser).setFiles(join(fixtures, 'sources', 'hostile-deep-nesting.html'))

  const review = page.getByRole('dialog', { name: 'Check before importing' })
  await expect(review).toBeVisible({ timeout: 20_000 })
  await expect(review.getByRole('note')).toHaveText(
    'This page is nested 2,003 levels deep, more than article detection handles (128); its whole text was read instead, so menus or footers may remain.'
  )
  await review.getByRole('button', { name: 'Import 1 source' }).click()
  await expect(page.getByRole('region', { name: /Import finished: 1 added/ })).toBeVisible()
  await page.getByRole('link', { name: 'Deeply nested page' }).click()
  await expect(page.locator('.source-text')).toContainText('1,200 social homes were completed in 2023')
})

test('a 3 000-page PDF shows its pages as they are read, and Cancel stops the import with nothing added', async ({ page }, testInfo) => {
  const pdf = testInfo.outputPath('long-report.pdf')
  writeFileSync(pdf, await longPdf(3000))
  await page.goto('/')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files' }).click()
  await (await chooser).setFiles(pdf)

  await expect(page.locator('.progress-pages')).toContainText(/long-report\.pdf: page [\d,]+ of 3,000/, { timeout: 20_000 })
  await page.getByRole('button', { name: 'Cancel import' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled; nothing was added.' })).toBeVisible()
  await expect(page.getByRole('progressbar')).toBeHidden()
  await expect(page.getByRole('dialog', { name: 'Check before importing' })).toBeHidden()
  await expect(page.getByRole('heading', { name: 'No sources yet' })).toBeVisible()
})
