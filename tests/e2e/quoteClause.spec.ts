import { expect, test } from '@playwright/test'
import { pasteSource } from './helpers'

// Issue 10: the quote a fact-checker cites is the claim's clause; the Reader marks the figure and the panel shows the
// clause with the figure in bold.
const TEXT = "Selon le préfet, 610 consommateurs sont accueillis toutes les nuits dans des dispositifs de prise en charge, c'était 200 avant, mais la situation reste difficile."

test('the claim panel cites the clause around the figure, the text marks the figure only', async ({ page }) => {
  await page.goto('/')
  await pasteSource(page, { title: 'Crack à Paris', date: '2023-10-05', speaker: 'Laurent Nuñez', text: TEXT })
  await page.getByRole('link', { name: 'Crack à Paris' }).click()
  const mark = page.locator('mark.claim', { hasText: '610' })
  await expect(mark).toHaveText('610 consommateurs')
  await mark.click()
  const panel = page.getByRole('complementary', { name: 'Claim' })
  const quote = panel.locator('.panel-quote')
  await expect(quote).toContainText("610 consommateurs sont accueillis toutes les nuits dans des dispositifs de prise en charge, c'était 200 avant")
  await expect(quote).not.toContainText('mais la situation')
  await expect(quote.locator('.quote-figure')).toHaveText('610 consommateurs')
  await page.screenshot({ path: 'test-results/quote-clause.png' })
})
