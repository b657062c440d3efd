import { expect, test } from '@playwright/test'
import { openCrackClaim } from './helpers'

// Issue 10: the quote a fact-checker cites is the claim's clause; the Reader marks the figure and the panel shows the
// clause with the figure in bold.
test('the claim panel cites the clause around the figure, the text marks the figure only', async ({ page }) => {
  const { quote } = await openCrackClaim(page)
  await expect(quote).toContainText("610 consommateurs sont accueillis toutes les nuits dans des dispositifs de prise en charge, c'était 200 avant")
  await expect(quote).not.toContainText('mais la situation')
  await expect(quote.locator('.quote-figure')).toHaveText('610 consommateurs')
  await page.screenshot({ path: 'test-results/quote-clause.png' })
})
