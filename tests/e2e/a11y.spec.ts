/**
 * axe-core on every view, in English and in French (issue 13, item 5): the Library, the Reader with a
 * claim open, the Claims table with a selection, a series, Export, and the Settings and shortcuts
 * dialogs. Any violation fails with its rule, its nodes and why.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { loadSample } from './helpers'

async function violations(page: Page, where: string): Promise<string[]> {
  // Let live queries settle, so axe reads the view as the user sees it.
  await page.waitForTimeout(300)
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
}

for (const lang of ['en', 'fr'] as const) {
  test(`no axe violation on any view (${lang})`, async ({ page }) => {
    await loadSample(page)
    // A series, so the Series view shows a chart, its table and its claims.
    const suggestion = page.getByRole('list', { name: 'Suggestions' })
    await page.getByRole('link', { name: 'Series' }).click()
    await suggestion.getByRole('listitem').filter({ hasText: '200 → 610' }).getByRole('button', { name: /Accept/ }).click()
    await expect(page.locator('canvas').first()).toBeVisible()
    if (lang === 'fr') {
      await page.getByRole('button', { name: 'Settings' }).click()
      await page.getByRole('dialog', { name: 'Settings' }).getByRole('combobox', { name: 'Language' }).selectOption('fr')
      await page.keyboard.press('Escape')
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    }
    const found: string[] = []
    const nav = page.getByRole('navigation')

    await nav.getByRole('link').nth(0).click()
    await expect(page.locator('h1')).toBeVisible()
    found.push(...(await violations(page, 'Library')))

    await nav.getByRole('link').nth(1).click()
    await page.locator('mark.claim').first().click()
    await expect(page.locator('.claim-panel blockquote')).toBeVisible()
    found.push(...(await violations(page, 'Reader')))

    await nav.getByRole('link').nth(2).click()
    const table = page.getByRole('table')
    await table.getByRole('checkbox').nth(1).click()
    await table.getByRole('checkbox').nth(2).click()
    found.push(...(await violations(page, 'Claims')))

    await nav.getByRole('link').nth(3).click()
    await expect(page.locator('canvas').first()).toBeVisible()
    found.push(...(await violations(page, 'Series')))

    await nav.getByRole('link').nth(4).click()
    await expect(page.locator('h1')).toBeVisible()
    found.push(...(await violations(page, 'Export')))

    await page.locator('h1').click()
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog')).toBeVisible()
    found.push(...(await violations(page, 'Shortcuts')))
    await page.keyboard.press('Escape')

    await page.keyboard.press('Control+,')
    await expect(page.getByRole('dialog')).toBeVisible()
    found.push(...(await violations(page, 'Settings')))

    expect(found).toEqual([])
  })
}
