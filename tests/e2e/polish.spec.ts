/**
 * Small things people notice (issue 13, item 5), as a user meets them: the Reader keeps the open source
 * across views, a claim links to its series and back, ? lists the shortcuts in both languages, a French
 * UI says everything in French (kinds, units, history, dates, counts), verdicts differ without colour.
 */
import { expect, test, type Page } from '@playwright/test'
import { VERDICTS } from '../../shared/model'
import { loadSample, pasteSource } from './helpers'

async function toFrench(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('combobox', { name: 'Language' }).selectOption('fr')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
}

test('the Reader keeps the open source and claim across views and reloads', async ({ page }) => {
  await loadSample(page)
  await page.locator('mark.claim', { hasText: '357' }).click()
  await expect(page).toHaveURL(/#\/reader\/[^/]+\/[^/]+$/)
  const url = page.url()
  await page.getByRole('link', { name: 'Claims' }).click()
  await page.getByRole('link', { name: 'Reader' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Laurent Nunez/ })).toBeVisible()
  await expect(page).toHaveURL(url)
  await expect(page.getByRole('complementary', { name: 'Claim' }).locator('blockquote')).toContainText('357 interpellations')
  await page.keyboard.press('Alt+1')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await page.keyboard.press('Alt+2')
  await expect(page.getByRole('heading', { level: 1, name: /Laurent Nunez/ })).toBeVisible()
  await expect(page.locator('mark.claim.selected')).toHaveText(/357/)
})

test('a claim links to its series, and the series back to the claim', async ({ page }) => {
  await loadSample(page)
  await page.getByRole('link', { name: 'Claims' }).click()
  const table = page.getByRole('table', { name: 'Claims' })
  await table.getByRole('checkbox', { name: /^Select: .*610/ }).click()
  await table.getByRole('checkbox', { name: /^Select: .*100 à 150/ }).click()
  await page.getByRole('combobox', { name: 'Add to series' }).selectOption('__new')
  const ask = page.getByRole('dialog', { name: 'New series…' })
  await ask.getByLabel('Series name').fill('Consommateurs de crack')
  await ask.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Consommateurs de crack' })).toBeVisible()

  await page.getByRole('link', { name: /^Open the quote: 610/ }).click()
  const panel = page.getByRole('complementary', { name: 'Claim' })
  await expect(panel.locator('blockquote')).toContainText('610 consommateurs')
  await panel.getByRole('link', { name: 'Consommateurs de crack' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Consommateurs de crack' })).toBeVisible()
  // A claim in no series says so.
  await page.getByRole('navigation').getByRole('link', { name: 'Reader', exact: true }).click()
  await page.locator('mark.claim', { hasText: '357' }).click()
  await expect(panel).toContainText('In no series')
})

test('? lists the keyboard shortcuts, in English and in French', async ({ page }, testInfo) => {
  await loadSample(page)
  await page.locator('body').press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'In the Reader' })).toBeVisible()
  await expect(dialog).toContainText('Next / previous claim')
  await expect(dialog).toContainText('Verdict: 1 Unverified, 2 Accurate, 3 Misleading, 4 False, 5 Unsupported')
  await page.screenshot({ path: testInfo.outputPath('shortcuts-en.png') })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  // Typed in a field, ? is a character.
  await page.getByRole('link', { name: 'Claims' }).click()
  await page.getByRole('searchbox', { name: 'Search' }).press('?')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('?')

  await toFrench(page)
  await page.locator('h1').click()
  await page.keyboard.press('?')
  const fr = page.getByRole('dialog', { name: 'Raccourcis clavier' })
  await expect(fr).toBeVisible()
  await expect(fr.getByRole('heading', { name: 'Dans le lecteur' })).toBeVisible()
  await expect(fr).toContainText('Annuler (cette session)')
  await expect(fr).toContainText('Maj+clic')
  await expect(fr).not.toContainText('Shift')
  await page.screenshot({ path: testInfo.outputPath('shortcuts-fr.png') })
  await fr.getByRole('button', { name: 'Fermer' }).click()
  // The top bar's button opens it too.
  await page.getByRole('button', { name: 'Raccourcis clavier' }).click()
  await expect(fr).toBeVisible()
})

test('a French UI says kinds, units, history, dates and counts in French', async ({ page }) => {
  await loadSample(page)
  await pasteSource(page, { title: 'Portrait', date: '2024-03-01', text: 'Le suspect, âgé de 34 ans, a été interpellé.' })
  await toFrench(page)

  // Counts: one claim is "1 affirmation"; the Reader counts its claims.
  await page.getByRole('link', { name: 'Affirmations' }).click()
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('interpellations')
  await expect(page.locator('.bulk-bar')).toHaveText('1 affirmation')
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('')

  // Dates are typed and shown day first, whatever the browser's own locale.
  const from = page.getByRole('textbox', { name: 'Du' })
  await expect(from).toHaveAttribute('placeholder', 'jj/mm/aaaa')
  await from.fill('01/01/2024')
  await expect(page.locator('.bulk-bar')).toHaveText('1 affirmation')
  await from.fill('31/02/2024')
  await from.press('Enter')
  await expect(page.getByRole('alert')).toContainText('« 31/02/2024 » n’est pas une date')
  await from.fill('')
  await from.press('Enter')
  await expect(page.locator('.bulk-bar')).toContainText('6 affirmations')

  // A duration in French, and the kind in words in the edit form and in History.
  const age = page.getByRole('table', { name: 'Affirmations' }).getByRole('row').filter({ hasText: '34' })
  await expect(age.getByRole('cell').nth(1)).toHaveText(/^34\s?ans$/)
  await age.getByRole('link').click()
  const panel = page.getByRole('complementary', { name: 'Affirmation' })
  await panel.getByRole('button', { name: 'Modifier' }).click()
  const kind = panel.getByRole('combobox', { name: 'Type' })
  const kinds = await kind.locator('option').allTextContents()
  expect(kinds).toContain('Nombre')
  expect(kinds).toContain('Pourcentage')
  expect(kinds.join(' ')).not.toMatch(/count|percent|quantity/)
  await kind.selectOption('count')
  await panel.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(panel.getByRole('region', { name: 'Historique' })).toContainText('Type : Quantité → Nombre')

  // The Reader's count agrees with its number.
  await expect(page.locator('.reader-header')).toContainText('1 affirmation ·')
  await expect(page.locator('.reader-header')).not.toContainText('1 affirmations')

  // Series suggestions give the unit in French.
  await page.getByRole('link', { name: 'Séries' }).click()
  const suggestions = page.getByRole('list', { name: 'Suggestions' })
  await expect(suggestions.getByText(/même unité \(nombre\)/).first()).toBeVisible()
  await expect(suggestions).not.toContainText('(count)')
})

test('verdicts are told apart without colour: a mark and an underline style each', async ({ page }) => {
  await loadSample(page)
  const marks = page.locator('mark.claim')
  await expect(marks).toHaveCount(5)
  // Rate four claims with keys 2–5; the fifth stays unverified.
  for (let i = 0; i < 4; i++) {
    await marks.nth(i).click()
    await page.locator('body').press(String(i + 2))
    await expect(marks.nth(i)).toHaveClass(new RegExp(`verdict-${VERDICTS[i + 1]}`))
  }
  const looks = await marks.evaluateAll((els) => els.map((el) => {
    const s = getComputedStyle(el)
    return `${s.borderBottomStyle} ${s.borderBottomWidth} ${getComputedStyle(el, '::after').content}`
  }))
  expect(new Set(looks).size).toBe(5)
  // The legend and the badges carry the same marks, so a grey-scale print still reads.
  const legend = page.getByRole('list', { name: 'Legend' })
  for (const [word, glyph] of [['Unverified', '?'], ['Accurate', '✓'], ['Misleading', '!'], ['False', '✗'], ['Unsupported', '∅']])
    await expect(legend.getByRole('listitem').filter({ hasText: word })).toContainText(glyph)
  await page.getByRole('link', { name: 'Claims' }).click()
  await expect(page.getByRole('table', { name: 'Claims' }).getByRole('cell').filter({ hasText: /^✗ False$/ })).toHaveCount(1)
})

test('counts agree with their number: one claim of one source exported is "1 claim, 1 source"', async ({ page }) => {
  await loadSample(page)
  await page.getByRole('link', { name: 'Claims' }).click()
  await page.getByRole('table', { name: 'Claims' }).getByRole('checkbox', { name: /^Select: .*357/ }).click()
  await expect(page.locator('.bulk-bar')).toContainText('5 claims · 1 selected')
  await page.getByRole('button', { name: 'Export bundle' }).click()
  await expect(page.getByRole('radio', { name: /The claims selected in the Claims view/ })).toBeChecked()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export bundle' }).click()
  await download
  const saved = page.getByRole('status').filter({ hasText: 'Bundle saved' }).first()
  await expect(saved).toContainText('(1 claim, 1 source)')
})
