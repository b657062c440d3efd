import { expect, test } from '@playwright/test'
import { pasteSource } from './helpers'

// Nine outlets, one figure each: more sources than the compare table gives columns.
const OUTLETS = ['Le Monde', 'Le Parisien', 'Libération', 'France Bleu', 'Le Figaro', 'AFP', 'Mediapart', '20 Minutes', 'Ouest-France']

test('accepting a suggestion opens it at once and Undo takes it back; a series from nine outlets keeps the compare table readable', async ({ page }) => {
  await page.goto('/')
  for (const [i, outlet] of OUTLETS.entries()) {
    const month = String(1 + i).padStart(2, '0')
    await pasteSource(page, {
      title: `${outlet} : les places de nuit`,
      date: `2023-${month}-15`,
      text: `Selon ${outlet}, ${500 + i * 10} places d'hébergement de nuit sont ouvertes pour les consommateurs de crack à Paris.`
    })
  }
  await page.getByRole('link', { name: 'Series' }).click()
  const side = page.getByRole('complementary', { name: 'Series' })
  const suggestions = page.getByRole('list', { name: 'Suggestions' })
  const card = suggestions.getByRole('listitem').filter({ hasText: /^.*9 · / }).first()
  await expect(card).toBeVisible()
  const name = (await card.getByRole('strong').textContent()) ?? ''
  await card.getByRole('button', { name: /Accept/ }).click()

  // The series is open with its nine claims, and its card left the suggestions.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Remove: / })).toHaveCount(9)
  await expect(suggestions.getByRole('listitem').filter({ hasText: /^.*9 · / })).toHaveCount(0)
  await expect(side.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible()

  // Six outlets get a column; the three others share one that names each value's outlet.
  const table = page.locator('.compare-table table')
  await expect(table.locator('thead th')).toHaveCount(1 + 6 + 1 + 2)
  await expect(table.locator('thead')).toContainText('Other sources (3)')
  await expect(table.locator('.compare-table__others').filter({ hasText: 'Ouest-France' })).toHaveCount(1)
  await expect(table.locator('tbody tr')).toHaveCount(9)

  // The notice's Undo removes the series; the suggestion comes back.
  const notice = page.getByRole('status').filter({ hasText: 'created' })
  await expect(notice).toContainText(name)
  await notice.getByRole('button', { name: 'Undo' }).click()
  await expect(side.getByRole('link', { name: new RegExp(`^${name}`) })).toHaveCount(0)
  await expect(suggestions.getByRole('listitem').filter({ hasText: /^.*9 · / }).first()).toBeVisible()
})
