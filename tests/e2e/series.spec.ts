import { expect, test, type Page } from '@playwright/test'
import { loadSample, paintedPixels } from './helpers'

/** Where the chart drew its rightmost filled point: the latest claim of the series. */
async function rightmostPoint(page: Page): Promise<{ x: number; y: number }> {
  const canvas = page.getByRole('img', { name: 'Series chart' })
  const found = await canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement
    const ctx = c.getContext('2d')
    if (!ctx) return null
    const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height)
    const dark = (x: number, y: number): boolean => {
      const i = (y * width + x) * 4
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]]
      return a > 200 && r < 200 && g < 200 && b < 210 && Math.max(r, g, b) - Math.min(r, g, b) < 60 && r > 60
    }
    // A filled marker is the only thing with a tall run of point-coloured pixels in one column.
    for (let x = width - 1; x >= 0; x--) {
      let run = 0
      // Above the x axis labels, whose glyphs also make tall runs.
      for (let y = 0; y < height * 0.82; y++) {
        run = dark(x, y) ? run + 1 : 0
        if (run >= 6 * (window.devicePixelRatio || 1)) return { x: x / (c.width / c.clientWidth), y: (y - run / 2) / (c.height / c.clientHeight) }
      }
    }
    return null
  })
  if (!found) throw new Error('no point found on the chart')
  return found
}

test('the sample suggests the overnight and hospital places series; accepting one draws it; a point opens its quote', async ({ page }) => {
  await loadSample(page)
  await page.getByRole('link', { name: 'Series' }).click()
  const suggestions = page.getByRole('list', { name: 'Suggestions' })
  await expect(suggestions.getByRole('listitem')).toHaveCount(2)
  await expect(suggestions).toContainText('200 → 610')
  await expect(suggestions).toContainText('35 → 50')

  await suggestions.getByRole('listitem').filter({ hasText: '200 → 610' }).getByRole('button', { name: /Accept/ }).click()
  const chart = page.getByRole('img', { name: 'Series chart' })
  await expect(chart).toBeVisible()
  await expect.poll(() => paintedPixels(page, 'canvas[aria-label="Series chart"]')).toBeGreaterThan(2000)
  // The accepted suggestion is a series now, and no longer suggested.
  await expect(page.getByRole('complementary', { name: 'Series' }).getByRole('link', { name: /consommateurs/ })).toBeVisible()
  await expect(suggestions.getByRole('listitem')).toHaveCount(1)

  // The text alternative lists the points with their quotes.
  await page.getByText('Data table').click()
  await expect(page.getByRole('table').filter({ hasText: '610' }).first()).toBeVisible()

  const point = await rightmostPoint(page)
  await chart.click({ position: { x: point.x - 3, y: point.y } })
  await expect(page).toHaveURL(/#\/reader\//)
  const selected = page.locator('mark.claim.selected')
  await expect(selected).toHaveText('610 consommateurs')
  await expect(page.getByRole('complementary', { name: 'Claim' })).toContainText('610')
})

test('compare table flags a contradiction between two sources for the same month', async ({ page }) => {
  await loadSample(page)
  // A second source, same month, a different figure for the same thing.
  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('button', { name: 'Paste text' }).click()
  const dialog = page.getByRole('dialog', { name: 'Paste text' })
  await dialog.getByLabel('Title', { exact: true }).fill('Crack : le dispositif de nuit')
  await dialog.getByLabel('Date', { exact: true }).fill('2023-10-20')
  await dialog.getByLabel('Text', { exact: true }).fill("Selon la mairie de Paris, 400 consommateurs de crack sont accueillis toutes les nuits dans des dispositifs de prise en charge, c'était 200 avant.")
  await dialog.getByRole('button', { name: 'Add' }).click()
  await page.getByRole('link', { name: 'Series' }).click()
  const suggestion = page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').filter({ hasText: 'same before value (200)' })
  await expect(suggestion).toBeVisible()
  await suggestion.getByRole('button', { name: /Accept/ }).click()
  // Keep only the two overnight figures (610 and 400) in the series.
  await expect(page.getByRole('button', { name: /^Remove: 400/ })).toBeVisible()
  // Members may still be arriving from the live query: remove strays until none is left, not from one snapshot of labels.
  const stray = page.getByRole('button', { name: /^Remove: (?!.*(?:610|400))/ })
  await expect(async () => {
    if ((await stray.count()) > 0) await stray.first().click()
    await expect(stray).toHaveCount(0, { timeout: 1000 })
  }).toPass({ timeout: 15_000 })
  await expect(page.getByRole('button', { name: /^Remove: / })).toHaveCount(2)
  const compare = page.getByRole('table', { name: 'Values by period and source' })
  await expect(compare.getByText('Contradiction', { exact: true })).toBeVisible()
  await page.getByLabel('Tolerance (%)').fill('40')
  await expect(compare.getByText('Contradiction', { exact: true })).toHaveCount(0)

  // Split the second figure into a series of its own.
  const seriesName = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  await page.getByRole('list', { name: 'Claims' }).getByRole('checkbox', { name: /400/ }).check()
  await page.getByRole('button', { name: 'Split (1)' }).click()
  const ask = page.getByRole('dialog', { name: 'Split' })
  await ask.getByLabel('Series name').fill('Mairie de Paris : places de nuit')
  await ask.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mairie de Paris : places de nuit' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Remove: / })).toHaveCount(1)
  await page.getByRole('complementary', { name: 'Series' }).getByRole('link', { name: new RegExp(seriesName.slice(0, 20)) }).click()
  await expect(page.getByRole('button', { name: /^Remove: / })).toHaveCount(1)

  // Overlay the split-off series (same unit), colour by speaker, log scale: still drawn, both in the data table.
  await page.getByRole('group', { name: 'Overlay' }).getByRole('checkbox', { name: 'Mairie de Paris : places de nuit' }).check()
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption('speaker')
  await page.getByRole('combobox', { name: 'Scale' }).selectOption('logarithmic')
  await expect(page.locator('.series-chart__legend')).toContainText('Laurent Nunez')
  await expect.poll(() => paintedPixels(page, 'canvas[aria-label="Series chart"]')).toBeGreaterThan(2000)
  await page.getByText('Data table').click()
  const data = page.locator('.series-chart__data table')
  await expect(data.getByRole('row')).toHaveCount(3)
  await expect(data).toContainText('610')
  await expect(data).toContainText('400')

  // Rename through the same dialog.
  await page.getByRole('button', { name: 'Rename' }).click()
  const rename = page.getByRole('dialog', { name: 'Rename' })
  await rename.getByLabel('Series name').fill('Places de nuit (préfecture)')
  await rename.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Places de nuit (préfecture)' })).toBeVisible()

  // Export bundle from the series preselects it.
  await page.getByRole('button', { name: 'Export bundle' }).click()
  await expect(page.getByRole('radio', { name: /One series/ })).toBeChecked()
})
