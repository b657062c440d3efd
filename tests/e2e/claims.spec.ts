import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { loadSample, pasteSource } from './helpers'

test.describe('the Claims table', () => {
  test.beforeEach(async ({ page }) => {
    await loadSample(page)
    await pasteSource(page, {
      title: 'Hospital figures',
      date: '2024-02-01',
      speaker: 'Dr Jane Holt',
      text: 'Waiting lists fell to 7.5 million in January, said Dr Jane Holt. About 12% of patients waited more than a year.'
    })
    await page.getByRole('link', { name: 'Claims' }).click()
  })

  test('searches without accents or case, filters, sorts', async ({ page }) => {
    const table = page.getByRole('table', { name: 'Claims' })
    const count = page.locator('.bulk-bar')
    const total = async (): Promise<number> => Number((await count.textContent())?.match(/(\d+) claims/)?.[1] ?? 0)
    await expect.poll(total).toBeGreaterThanOrEqual(7)

    await page.getByRole('searchbox', { name: 'Search' }).fill('INTERPEL')
    await expect(count).toContainText('1 claim')
    await expect(count).not.toContainText('1 claims')
    await expect(table.getByRole('row').filter({ hasText: '357' })).toHaveCount(1)
    await page.getByRole('searchbox', { name: 'Search' }).fill('hopital')
    await expect(count).toContainText('0 claims')
    await page.getByRole('searchbox', { name: 'Search' }).fill('hospitaliers')
    await expect(table.getByRole('row').filter({ hasText: 'dispositifs hospitaliers' })).toHaveCount(1)
    await page.getByRole('searchbox', { name: 'Search' }).fill('')

    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('en')
    await expect(count).toContainText('2 claims')
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('')
    await page.getByRole('combobox', { name: 'Speaker', exact: true }).selectOption('Laurent Nunez')
    await expect(count).toContainText('5 claims')
    await page.getByRole('combobox', { name: 'Speaker', exact: true }).selectOption('')

    // Sort by value ascending: the smallest figure first.
    await page.getByRole('columnheader', { name: /Value/ }).getByRole('button').click()
    await expect(page.getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'ascending')
    const firstValue = table.getByRole('row').nth(1).getByRole('cell').nth(1)
    await expect(firstValue).toHaveText(/12\s?%/)
    await page.getByRole('columnheader', { name: /Value/ }).getByRole('button').click()
    await expect(table.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText(/7[,.]5/)
  })

  test('bulk verdict, tag and series on a multi-selection; CSV of the current view', async ({ page }, testInfo) => {
    await page.getByRole('combobox', { name: 'Speaker', exact: true }).selectOption('Laurent Nunez')
    const boxes = page.getByRole('table', { name: 'Claims' }).getByRole('checkbox', { name: /^Select: / })
    await boxes.nth(0).click()
    await boxes.nth(2).click({ modifiers: ['Shift'] })
    await expect(page.locator('.bulk-bar')).toContainText('3 selected')
    await page.getByRole('combobox', { name: 'Set verdict' }).selectOption('unsupported')
    await expect(page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: 'Unsupported' })).toHaveCount(3)
    await page.getByRole('textbox', { name: 'Add tag' }).fill('à vérifier')
    await page.getByRole('textbox', { name: 'Add tag' }).press('Enter')
    await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('à vérifier')
    await expect(page.locator('.bulk-bar')).toContainText('3 claims')

    // Undo the bulk tag in one step.
    await page.locator('h1').click()
    await page.keyboard.press('Control+z')
    await expect(page.locator('.bulk-bar')).toContainText('0 claims')
    await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('')

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    const path = testInfo.outputPath('claims.csv')
    await (await download).saveAs(path)
    const csv = readFileSync(path, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.trim().split(/\r?\n/)
    expect(lines).toHaveLength(1 + 5)
    expect(csv).toContain('Laurent Nunez')
    expect(csv).not.toContain('Jane Holt')

    // Export the selection as a bundle: the Export view preselects it.
    await page.getByRole('button', { name: 'Export bundle' }).click()
    await expect(page.getByRole('radio', { name: /The claims selected in the Claims view \(3\)/ })).toBeChecked()
    const bundleDownload = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export bundle' }).click()
    const zipPath = testInfo.outputPath('selection.zip')
    await (await bundleDownload).saveAs(zipPath)
    const manifest = JSON.parse(strFromU8(unzipSync(new Uint8Array(readFileSync(zipPath)))['manifest.json']))
    expect(manifest.counts.claims).toBe(3)
    await page.getByRole('link', { name: 'Claims' }).click()

    await page.getByRole('combobox', { name: 'Add to series' }).selectOption('__new')
    const ask = page.getByRole('dialog', { name: 'New series…' })
    await ask.getByLabel('Series name').fill('Interpellations et places')
    await ask.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Interpellations et places' })).toBeVisible()
    await expect(page.getByRole('button', { name: /^Remove: / })).toHaveCount(3)
  })
})
