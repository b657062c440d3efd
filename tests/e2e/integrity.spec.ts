/**
 * Fact-check integrity (issue 12, items 3–7), driven as a user would: dates that are only file
 * times, before values without a date, series that mix places or compare rates wrongly, numbers
 * in the UI's locale, and a History panel that speaks the user's language.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { dropFiles, fixtures, loadSample, pasteSource } from './helpers'

const shots = join(__dirname, '..', '..', 'test-results', 'integrity')
mkdirSync(shots, { recursive: true })

/**
 * The x (CSS px) of every canvas column holding a tall run of marker-coloured pixels: point
 * markers, hollow before markers and the lines that join them (gridlines are too light to count).
 */
async function markerColumns(page: Page): Promise<number[]> {
  const canvas = page.getByRole('img', { name: 'Series chart' })
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement
    const ctx = c.getContext('2d')
    if (!ctx) return []
    const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height)
    const dark = (x: number, y: number): boolean => {
      const i = (y * width + x) * 4
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]]
      return a > 200 && r < 200 && g < 200 && b < 210 && Math.max(r, g, b) - Math.min(r, g, b) < 60 && r > 60
    }
    const ratio = c.width / c.clientWidth
    const cols: number[] = []
    // Right of the y axis labels and above the x axis labels, whose glyphs also make runs.
    for (let x = Math.floor(width * 0.12); x < width; x++) {
      let run = 0
      for (let y = 0; y < height * 0.82; y++) {
        run = dark(x, y) ? run + 1 : 0
        if (run >= 6 * ratio) {
          cols.push(x / ratio)
          break
        }
      }
    }
    return cols
  })
}

test('item 4: "c\'était 200 avant" is drawn as the baseline of 610, at the same date, not 15 days earlier', async ({ page }) => {
  await loadSample(page)
  await page.getByRole('link', { name: 'Series' }).click()
  const suggestions = page.getByRole('list', { name: 'Suggestions' })
  await suggestions.getByRole('listitem').filter({ hasText: '200 → 610' }).getByRole('button', { name: /Accept/ }).click()
  const chart = page.getByRole('img', { name: 'Series chart' })
  await expect(chart).toBeVisible()
  await expect(page.locator('.series-chart__legend')).toContainText('Before, no date stated')
  await expect.poll(async () => (await markerColumns(page)).length).toBeGreaterThan(3)
  const cols = await markerColumns(page)
  await page.locator('.series-chart').screenshot({ path: join(shots, 'baseline-arrow.png') })
  // One claim and its undated before value: everything drawn stands in one narrow column.
  expect(Math.max(...cols) - Math.min(...cols)).toBeLessThan(24)
})

test('item 7: History names fields in the UI language, series by name, tags as tags, and the user by name', async ({ page }) => {
  await loadSample(page)
  const panel = page.getByRole('complementary', { name: 'Claim' })
  await page.locator('mark.claim', { hasText: '610' }).first().click()
  await panel.getByLabel('Add tag').fill('crack')
  await panel.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(panel.getByRole('list', { name: 'Tags' })).toContainText('crack')
  await page.locator('body').press('e')
  const form = panel.getByRole('form', { name: 'Edit' })
  await form.getByLabel('Subject').fill('consommateurs de crack accueillis la nuit')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form).toBeHidden()

  await page.getByRole('link', { name: 'Series' }).click()
  await page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').filter({ hasText: '200 → 610' }).getByRole('button', { name: /Accept/ }).click()
  await expect(page.getByRole('button', { name: 'Rename' })).toBeVisible()
  const seriesName = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim()
  expect(seriesName).not.toBe('')

  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('link', { name: /Laurent Nunez/ }).first().click()
  await page.locator('mark.claim', { hasText: '610' }).first().click()
  const history = panel.getByRole('region', { name: 'History' })
  await expect(history).toContainText(`Series: — → ${seriesName}`)
  await expect(history).toContainText('Subject: ')
  await expect(history.locator('.badge', { hasText: 'crack' })).toBeVisible()
  await expect(history).toContainText('You')
  const text = (await history.textContent()) ?? ''
  expect(text).not.toMatch(/subjectKey|seriesId|\[\s*"crack"\s*\]|[0-9a-f]{8}-[0-9a-f]{4}-|· me\b/)
  await history.screenshot({ path: join(shots, 'history-en.png') })

  // One name in Settings: History shows it, in French too.
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByLabel(/Your name/).fill('Camille Vérif')
  await page.getByLabel('Language').selectOption('fr')
  await page.getByRole('button', { name: 'Fermer' }).click()
  const historyFr = page.getByRole('complementary', { name: 'Affirmation' }).getByRole('region', { name: 'Historique' })
  await expect(historyFr).toContainText(`Série : — → ${seriesName}`)
  await expect(historyFr).toContainText('Camille Vérif')
  await expect(historyFr).toContainText('Objet : ')
  expect((await historyFr.textContent()) ?? '').not.toMatch(/subjectKey|seriesId|\[\s*"crack"\s*\]|[0-9a-f]{8}-[0-9a-f]{4}-|· me\b/)
  await historyFr.screenshot({ path: join(shots, 'history-fr.png') })
})

test('item 6: values follow the UI\'s locale (no French "Bn" in English, one decimal mark per column); quotes keep the source\'s text', async ({ page }) => {
  await page.goto('/')
  await pasteSource(page, { title: 'Dette et chômage', date: '2024-05-02', text: 'La dette publique du Japon atteint 55 000 milliards de yens selon le ministère. Le taux de chômage est de 7,1 % au troisième trimestre.' })
  await pasteSource(page, { title: 'Jobs report', date: '2024-05-03', text: 'The unemployment rate fell to 3.2% in the third quarter, the department said.' })
  await page.getByRole('link', { name: 'Claims' }).click()
  const values = page.locator('.cell-value')
  await expect(values.filter({ hasText: '7.1' })).toHaveCount(1)
  const shown = await values.allTextContents()
  expect(shown).toContain('JP¥55tn')
  expect(shown).toContain('7.1%')
  expect(shown).toContain('3.2%')
  expect(shown.join(' | ')).not.toMatch(/Bn|7,1/)

  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('link', { name: 'Dette et chômage' }).click()
  const mark = page.locator('mark.claim', { hasText: '7,1' })
  await expect(mark).toContainText('7,1 %')
  await mark.click()
  await expect(page.getByRole('complementary', { name: 'Claim' }).locator('.claim-value')).toHaveText('7.1%')
})

test('item 5: a series keeps to one place, rates compare in percentage points with a per-series tolerance, Change in pp', async ({ page }) => {
  await page.goto('/')
  await pasteSource(page, { title: 'Insee, juillet', date: '2023-08-14', text: 'Selon l’Insee, le taux de chômage en France est de 7,1 % de la population active.' })
  await pasteSource(page, { title: 'Radio, septembre', date: '2023-09-20', text: 'Le ministre l’a reconnu : le taux de chômage en France est de 7,8 % de la population active.' })
  await pasteSource(page, { title: 'Insee, novembre', date: '2023-11-15', text: 'Selon l’Insee, le taux de chômage en France est de 7,3 % de la population active.' })
  await pasteSource(page, { title: 'White House remarks', date: '2023-09-10', speaker: 'Joe Biden', text: 'The unemployment rate in America is four percent, President Biden said.' })
  await page.getByRole('link', { name: 'Series' }).click()
  const suggestion = page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').filter({ hasText: 'same unit (%)' }).first()
  await suggestion.getByRole('button', { name: /Accept/ }).click()
  await expect(page.getByRole('button', { name: 'Rename' })).toBeVisible()

  const claims = page.getByRole('list', { name: 'Claims' })
  await expect(claims.getByRole('listitem')).toHaveCount(3)
  await expect(claims).not.toContainText('White House remarks')

  await page.getByRole('combobox', { name: 'Group by' }).selectOption('quarter')
  const compare = page.getByRole('table', { name: 'Values by period and source' })
  // 7,1 % vs 7,8 % in Q3: 0.7 pp apart, over the 0.5 pp default (only 9 % relative).
  await expect(compare.getByText('Contradiction', { exact: true })).toHaveCount(1)
  await expect(compare).toContainText('0.7 pp apart')
  await expect(compare.getByRole('row').filter({ hasText: 'Q4 2023' })).toContainText('-0.15 pp')
  await page.locator('.compare-table').screenshot({ path: join(shots, 'compare-pp.png') })

  // The tolerance is the series' own and stays after a reload.
  await page.getByLabel('Tolerance (pp)').fill('1')
  await expect(compare.getByText('Contradiction', { exact: true })).toHaveCount(0)
  await page.reload()
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('quarter')
  await expect(page.getByLabel('Tolerance (pp)')).toHaveValue('1')
  await expect(page.getByRole('table', { name: 'Values by period and source' }).getByText('Contradiction', { exact: true })).toHaveCount(0)
})

test('item 3: a file time is not a publication date — the cover date wins, else the file date is marked uncertain and dates no claim', async ({ page }) => {
  await page.goto('/')
  await dropFiles(page, [join(fixtures, 'sources', 'fr-rapport-2020.pdf'), join(fixtures, 'sources', 'fr-rapport-2020.docx')])
  const review = page.getByRole('dialog', { name: 'Check before importing' })
  const pdf = review.getByRole('group', { name: 'fr-rapport-2020.pdf' })
  const docx = review.getByRole('group', { name: 'fr-rapport-2020.docx' })
  // The PDF's cover says "Publié le 15 juin 2020"; its CreationDate (2024-05-03) is not used.
  await expect(pdf.getByLabel('Date', { exact: true })).toHaveValue('2020-06-15')
  // The DOCX states no date: the field stays empty and its file date is shown as uncertain.
  await expect(docx.getByLabel('Date', { exact: true })).toHaveValue('')
  await expect(docx.getByRole('note')).toContainText('2024-05-03')
  await expect(docx.getByRole('note')).toContainText('not when it was published')
  await review.getByRole('listitem').filter({ hasText: 'fr-rapport-2020.docx' }).screenshot({ path: join(shots, 'uncertain-date-review.png') })
  await review.getByRole('button', { name: 'Import 2 sources' }).click()
  await expect(review).toBeHidden()

  // Neither source's claims are dated 2024: the newest claims are not the file time's.
  await page.getByRole('link', { name: 'Claims' }).click()
  await expect(page.locator('.cell-value').first()).toBeVisible()
  const table = (await page.locator('.claims-table, [role="table"]').first().textContent()) ?? ''
  expect(table).not.toContain('2024-05-03')
  expect(table).toContain('2020-06-15')

  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('link', { name: /version Word/ }).click()
  const marker = page.locator('.reader-header .date-uncertain')
  await expect(marker).toHaveText('file written 2024-05-03 (uncertain: not a publication date)')
  await page.locator('.reader-header').screenshot({ path: join(shots, 'uncertain-date-reader.png') })
})
