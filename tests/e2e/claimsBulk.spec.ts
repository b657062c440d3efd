/**
 * Claims in bulk (issue 13, item 3), as a fact-checker works through a filtered table: one Speaker entry
 * per person, Select all of the filtered set, confirm, reject, verdict, tag and series on it, each undone
 * in one step; the Quote column cites the clause with the figure in bold; columns resize and stay so.
 */
import { expect, test, type Page } from '@playwright/test'
import { loadSample, pasteSource } from './helpers'

const table = (page: Page) => page.getByRole('table', { name: 'Claims' })
const rowsWith = (page: Page, text: string | RegExp) => table(page).getByRole('row').filter({ hasText: text })

async function undoOnce(page: Page): Promise<void> {
  await page.locator('h1').click()
  await page.keyboard.press('Control+z')
}

test.beforeEach(async ({ page }) => {
  await loadSample(page)
  // The same prefect, spelled another way by another outlet.
  await pasteSource(page, { title: 'Nunez, suite', date: '2023-11-02', speaker: 'LAURENT NUÑEZ', text: 'Nous avons ouvert 80 places supplémentaires.' })
  await pasteSource(page, { title: 'Hospital figures', date: '2024-02-01', speaker: 'Dr Jane Holt', text: 'Waiting lists fell to 7.5 million in January, said Dr Jane Holt.' })
  await page.getByRole('link', { name: 'Claims' }).click()
  await expect(page.locator('.bulk-bar')).toContainText(/\d claims/)
})

test('the Speaker filter lists each speaker once and Select all takes the whole filtered set', async ({ page }) => {
  const speaker = page.getByRole('combobox', { name: 'Speaker', exact: true })
  // All, the prefect once (two spellings), Dr Jane Holt.
  await expect(speaker.locator('option')).toHaveCount(3)
  const options = await speaker.locator('option').allTextContents()
  expect(options.filter((o) => /nu[nñ]ez/i.test(o))).toHaveLength(1)
  await speaker.selectOption({ label: options.find((o) => /nu[nñ]ez/i.test(o)) ?? '' })
  await expect(page.locator('.bulk-bar')).toContainText('6 claims')
  await expect(rowsWith(page, '80 places')).toHaveCount(1)

  await page.getByRole('checkbox', { name: 'Select all claims shown' }).check()
  await expect(page.locator('.bulk-bar')).toContainText('6 claims · 6 selected')
  await speaker.selectOption('')
  // The selection is what was filtered, not the table as it is now.
  await expect(page.locator('.bulk-bar')).toContainText('7 claims · 6 selected')
  await expect(page.getByRole('checkbox', { name: 'Select all claims shown' })).not.toBeChecked()
  await expect(table(page).getByRole('checkbox', { name: /^Select: .*7\.5 million/ })).not.toBeChecked()
  await page.getByRole('checkbox', { name: 'Select all claims shown' }).check()
  await expect(page.locator('.bulk-bar')).toContainText('7 selected')
  await page.getByRole('checkbox', { name: 'Select all claims shown' }).uncheck()
  await expect(page.locator('.bulk-bar')).not.toContainText('selected')
})

test('confirm, reject, verdict, tag and series on a selection, each undone in one step', async ({ page }, testInfo) => {
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr')
  await expect(page.locator('.bulk-bar')).toContainText('6 claims')
  await page.getByRole('checkbox', { name: 'Select all claims shown' }).check()
  const undo = page.getByRole('group', { name: /Undo and redo/ }).getByRole('button', { name: 'Undo' })

  await page.getByRole('button', { name: 'Confirm selected' }).click()
  await expect(rowsWith(page, 'Confirmed')).toHaveCount(6)
  await expect(page.getByRole('status')).toContainText('Done: “Confirmed” on 6 claims.')
  await expect(undo).toHaveAttribute('title', 'Undo “Confirmed” on 6 claims (Ctrl+Z)')
  await undoOnce(page)
  await expect(rowsWith(page, 'Confirmed')).toHaveCount(0)
  await expect(rowsWith(page, 'Extracted')).toHaveCount(6)

  await page.getByRole('button', { name: 'Reject selected' }).click()
  await expect(rowsWith(page, 'Rejected')).toHaveCount(6)
  await undoOnce(page)
  await expect(rowsWith(page, 'Rejected')).toHaveCount(0)

  await page.getByRole('combobox', { name: 'Set verdict' }).selectOption('misleading')
  await expect(rowsWith(page, 'Misleading')).toHaveCount(6)
  await undoOnce(page)
  await expect(rowsWith(page, 'Misleading')).toHaveCount(0)

  await page.getByRole('textbox', { name: 'Add tag' }).fill('à recouper')
  await page.getByRole('button', { name: 'Add tag to selected' }).click()
  await expect(page.getByRole('status')).toContainText('tag “à recouper” added to 6 claims')
  await expect(undo).toHaveAttribute('title', 'Undo tag “à recouper” added to 6 claims (Ctrl+Z)')
  await undoOnce(page)
  await expect(page.getByRole('status')).toContainText('Undone: tag “à recouper” added to 6 claims.')
  await expect(page.getByRole('combobox', { name: 'Tag', exact: true }).locator('option')).toHaveCount(1)

  await page.screenshot({ path: testInfo.outputPath('claims-selection-en.png') })

  await page.getByRole('combobox', { name: 'Add to series' }).selectOption('__new')
  const ask = page.getByRole('dialog', { name: 'New series…' })
  await ask.getByLabel('Series name').fill('Crack à Paris')
  await ask.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Crack à Paris' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Remove: / })).toHaveCount(6)
  await undoOnce(page)
  await expect(page.getByRole('status')).toContainText('Undone: new series “Crack à Paris” with 6 claims.')
  await expect(page.getByRole('heading', { level: 1, name: 'Crack à Paris' })).toBeHidden()
})

test('the Quote column cites the clause with its figure in bold; columns resize and keep their width', async ({ page }, testInfo) => {
  await expect(page.getByRole('columnheader', { name: /^Quote/ })).toBeVisible()
  const row = rowsWith(page, '357')
  const quote = row.getByRole('cell').nth(2)
  await expect(quote).toHaveText('357 interpellations de trafiquants depuis début 2023')
  await expect(quote.locator('strong')).toHaveText('357 interpellations de trafiquants')

  const header = page.getByRole('columnheader', { name: /^Quote/ })
  const handle = page.getByRole('separator', { name: 'Resize the column Quote' })
  const before = Number(await handle.getAttribute('aria-valuenow'))
  const width0 = (await header.boundingBox())?.width ?? 0
  await handle.focus()
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 128))
  await expect.poll(async () => (await header.boundingBox())?.width ?? 0).toBeGreaterThan(width0 + 100)

  // Dragging the Subject column's edge 80 px to the left narrows it by as much.
  const subject = page.getByRole('columnheader', { name: /^Subject/ })
  const subjectWidth = (await subject.boundingBox())?.width ?? 0
  const edge = await page.getByRole('separator', { name: 'Resize the column Subject' }).boundingBox()
  if (!edge) throw new Error('no resize handle on the Subject column')
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2)
  await page.mouse.down()
  await page.mouse.move(edge.x + edge.width / 2 - 40, edge.y + edge.height / 2, { steps: 4 })
  await page.mouse.move(edge.x + edge.width / 2 - 80, edge.y + edge.height / 2, { steps: 4 })
  await page.mouse.up()
  await expect.poll(async () => Math.round((await subject.boundingBox())?.width ?? 0)).toBe(Math.round(subjectWidth - 80))
  // Every row follows its header.
  const cellWidth = async (): Promise<number> => Math.round((await row.getByRole('cell').nth(3).boundingBox())?.width ?? 0)
  expect(await cellWidth()).toBe(Math.round(subjectWidth - 80))

  await page.reload()
  await expect(page.getByRole('separator', { name: 'Resize the column Quote' })).toHaveAttribute('aria-valuenow', String(before + 128))
  await expect.poll(cellWidth).toBe(Math.round(subjectWidth - 80))
  await page.screenshot({ path: testInfo.outputPath('claims-columns.png') })
})

test('in French: the bulk bar, Select all and the notices speak French, with singular counts', async ({ page }, testInfo) => {
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('combobox', { name: 'Language' }).selectOption('fr')
  await page.keyboard.press('Escape')
  const frTable = page.getByRole('table', { name: 'Affirmations' })
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('interpellations')
  await expect(page.locator('.bulk-bar')).toHaveText('1 affirmation')
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('')
  await expect(page.locator('.bulk-bar')).toHaveText('7 affirmations')
  await page.getByRole('checkbox', { name: 'Sélectionner toutes les affirmations affichées' }).check()
  await expect(page.locator('.bulk-bar')).toContainText('7 affirmations · 7 sélectionnées')
  // One claim unticked: Select all shows a partial selection.
  await frTable.getByRole('checkbox', { name: /^Sélectionner : .*357/ }).click()
  await expect(page.getByRole('checkbox', { name: 'Sélectionner toutes les affirmations affichées' })).toHaveJSProperty('indeterminate', true)
  await page.getByRole('button', { name: 'Vider la sélection' }).click()
  await frTable.getByRole('checkbox', { name: /^Sélectionner : .*357/ }).click()
  await expect(page.locator('.bulk-bar')).toContainText('1 sélectionnée')
  await page.getByRole('button', { name: 'Confirmer la sélection' }).click()
  await expect(page.getByRole('status')).toContainText('Fait : « Confirmé » sur 1 affirmation.')
  await page.getByRole('checkbox', { name: 'Sélectionner toutes les affirmations affichées' }).check()
  await page.screenshot({ path: testInfo.outputPath('claims-selection-fr.png') })
})
