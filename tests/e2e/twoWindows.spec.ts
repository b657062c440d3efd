import { expect, test, type Page } from '@playwright/test'
import { loadSample } from './helpers'

// Issue 11, item 4: the same claim edited in two tabs (two pages of one browser context share IndexedDB). The
// edit form used to re-send every field it read when it opened, so the second save reverted the first.

async function openClaim(page: Page): Promise<void> {
  await page.locator('mark.claim', { hasText: '610' }).click()
  await expect(panel(page)).toBeVisible()
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Claim' })

async function startEdit(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: 'Edit' }).click()
}

async function fillAndSave(page: Page, field: 'Value' | 'Subject', text: string): Promise<void> {
  const form = panel(page).getByRole('form', { name: 'Edit' })
  await form.getByLabel(field, { exact: true }).fill(text)
  await form.getByRole('button', { name: 'Save' }).click()
}

test('two tabs editing one claim: different fields both stay; the same field is a conflict that shows both values', async ({ page, context }) => {
  await loadSample(page)
  await openClaim(page)
  const other = await context.newPage()
  await other.goto('/')
  await other.getByRole('link', { name: /Laurent Nunez/ }).first().click()
  await openClaim(other)

  // Both open the form on the same claim; the first tab corrects the subject, the second the value.
  await startEdit(page)
  await startEdit(other)
  await fillAndSave(page, 'Subject', 'consommateurs de crack accueillis')
  await expect(panel(page).locator('dd').nth(1)).toHaveText('consommateurs de crack accueillis')
  await fillAndSave(other, 'Value', '620')
  await expect(panel(other).locator('.claim-value')).toContainText('620')
  // The second save did not revert the first: both tabs show both corrections.
  for (const p of [other, page]) {
    await expect(panel(p).locator('dd').nth(1)).toHaveText('consommateurs de crack accueillis')
    await expect(panel(p).locator('.claim-value')).toContainText('620')
  }

  // Both change the value: the second save is refused and shows both values; nothing was overwritten.
  await startEdit(page)
  await startEdit(other)
  await fillAndSave(page, 'Value', '630')
  await expect(panel(page).locator('.claim-value')).toContainText('630')
  await fillAndSave(other, 'Value', '640')
  const conflict = panel(other).getByRole('alert', { name: 'Changed in another window' })
  await expect(conflict).toContainText('This claim was changed in another window after you started editing it. Nothing was saved')
  const row = conflict.getByRole('row', { name: /Value/ })
  await expect(row.getByRole('cell')).toHaveText(['640', '630'])
  await expect(panel(other).locator('.claim-value')).toContainText('630')
  await expect(panel(page).locator('.claim-value')).toContainText('630')

  // Keeping mine writes it (and only it), in both tabs.
  await conflict.getByRole('button', { name: 'Save mine' }).click()
  await expect(conflict).toBeHidden()
  for (const p of [other, page]) {
    await expect(panel(p).locator('.claim-value')).toContainText('640')
    await expect(panel(p).locator('dd').nth(1)).toHaveText('consommateurs de crack accueillis')
  }

  // Or keep theirs: the form closes and the stored value stays.
  await startEdit(page)
  await startEdit(other)
  await fillAndSave(page, 'Value', '650')
  await fillAndSave(other, 'Value', '660')
  await panel(other).getByRole('alert', { name: 'Changed in another window' }).getByRole('button', { name: 'Keep theirs' }).click()
  await expect(panel(other).getByRole('form', { name: 'Edit' })).toBeHidden()
  for (const p of [other, page]) await expect(panel(p).locator('.claim-value')).toContainText('650')
  await other.close()
})
