import { expect, test } from '@playwright/test'
import { pasteSource } from './helpers'

const TEXT = [
  '« Nous avons ouvert 610 places d\'hébergement cette année, c\'était 200 avant », assure la préfète Marie Durand.',
  'Le budget atteint 3,5 milliards d\'euros en 2024.',
  'Selon elle, 45 % des habitants sont satisfaits.'
].join('\n\n')

test.describe('reviewing claims in the Reader', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/')
    await pasteSource(page, { title: 'Entretien préfète', date: '2024-05-02', speaker: 'Marie Durand', text: TEXT })
    await page.getByRole('link', { name: 'Entretien préfète' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Entretien préfète' })).toBeVisible()
  })

  test('highlights claims and reviews one with the panel and the keyboard, with history and undo', async ({ page }) => {
    const marks = page.locator('mark.claim')
    await expect(marks.first()).toBeVisible()
    expect(await marks.count()).toBeGreaterThanOrEqual(3)
    const places = page.locator('mark.claim', { hasText: '610' })
    await places.click()
    const panel = page.getByRole('complementary', { name: 'Claim' })
    await expect(panel.getByText('610', { exact: false }).first()).toBeVisible()

    // Confirm with the button, then the verdict "false" with key 4.
    await panel.getByRole('button', { name: 'Confirm' }).click()
    await expect(panel.getByText('Confirmed', { exact: true })).toBeVisible()
    await page.locator('body').press('4')
    await expect(panel.getByRole('radio', { name: /False/ })).toBeChecked()
    await expect(places).toHaveClass(/verdict-false/)

    // Edit the value.
    await page.locator('body').press('e')
    const form = panel.getByRole('form', { name: 'Edit' })
    await form.getByLabel('Value', { exact: true }).fill('620')
    await form.getByRole('button', { name: 'Save' }).click()
    await expect(panel.locator('.claim-value')).toContainText('620')
    await expect(panel.getByText('Edited', { exact: true })).toBeVisible()

    // Note and tag.
    await panel.getByLabel('Note').fill('Le rapport annuel dit 612.')
    await panel.getByLabel('Add tag').fill('hébergement')
    await panel.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(panel.getByRole('list', { name: 'Tags' })).toContainText('hébergement')

    // History shows the changes, newest first.
    const history = panel.getByRole('region', { name: 'History' })
    await expect(history).toContainText('Value: 610 → 620')
    await expect(history).toContainText('Verdict: Unverified → False')

    // Ctrl+Z undoes the last change (the tag), then the one before (the note).
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+z')
    await expect(panel.getByRole('list', { name: 'Tags' })).not.toContainText('hébergement')
    await page.keyboard.press('Control+z')
    await expect(panel.getByLabel('Note')).toHaveValue('')
    await expect(panel.locator('.claim-value')).toContainText('620')
  })

  test('j/k move between claims, r rejects', async ({ page }) => {
    await page.locator('body').press('j')
    const panel = page.getByRole('complementary', { name: 'Claim' })
    await expect(page.locator('mark.claim.selected')).toHaveCount(1)
    const first = await page.locator('mark.claim.selected').textContent()
    await page.locator('body').press('j')
    await expect(page.locator('mark.claim.selected')).not.toHaveText(first ?? '')
    await page.locator('body').press('k')
    await expect(page.locator('mark.claim.selected')).toHaveText(first ?? '')
    await page.locator('body').press('r')
    await expect(panel.getByText('Rejected', { exact: true })).toBeVisible()
    await expect(page.locator('mark.claim.selected')).toHaveClass(/status-rejected/)
  })

  test('a key pressed at once after a click acts on the clicked claim, not on the one selected before', async ({ page }) => {
    const budget = page.locator('mark.claim', { hasText: '3,5 milliards' })
    const share = page.locator('mark.claim', { hasText: '45 %' })
    await budget.click()
    await expect(budget).toHaveAttribute('aria-pressed', 'true')
    // the click and the key in one task, before the route can say which claim is selected
    await share.evaluate((el) => {
      const mark = el as HTMLElement
      mark.click()
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true }))
    })
    await expect(share).toHaveClass(/status-rejected/)
    await expect(budget).not.toHaveClass(/status-rejected/)
  })

  test('adds a claim the extractor missed from a text selection, with exact offsets', async ({ page }) => {
    // Select "Selon elle" (no figure in it: the user records one by hand with a value).
    const sentence = page.locator('.source-text span', { hasText: 'Selon elle' }).first()
    await sentence.evaluate((el) => {
      const node = el.firstChild as Text
      const at = node.data.indexOf('Selon elle')
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + 'Selon elle'.length)
      const sel = window.getSelection()
      sel?.removeAllRanges()
      sel?.addRange(range)
    })
    await page.getByRole('button', { name: 'Add claim' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add claim' })
    await expect(dialog).toContainText('Selon elle')
    await dialog.getByLabel('Value', { exact: true }).fill('12000')
    await dialog.getByLabel('Subject').fill('habitants interrogés')
    await dialog.getByRole('button', { name: 'Add' }).click()
    const added = page.locator('mark.claim', { hasText: 'Selon elle' })
    await expect(added).toBeVisible()
    await expect(added).toHaveClass(/status-manual/)
    await expect(page.getByRole('complementary', { name: 'Claim' }).getByText('Added by hand')).toBeVisible()
  })
})
