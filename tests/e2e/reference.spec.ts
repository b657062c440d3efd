/**
 * Check a claim against the official figure (issue 14), as a user does it in both UI languages:
 * two claims about 2022 pasted, their series accepted, INSEE's real series file imported and the
 * ILO unemployment rate chosen and attached; the chart draws it as steps, the Compare table and the
 * claim panel give the official value and the gap, and the suggested verdict waits for a click.
 * Exported, the bundle carries the reference (references/, hashed, cited); opened in an empty
 * library, the series is checked against it again.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { fixtures, paintedPixels, pasteSource } from './helpers'

const INSEE = join(fixtures, 'references', 'insee-chomage-trim-national.csv')

const UI = {
  en: { series: 'Series', suggestions: 'Suggestions', accept: /Accept/, section: 'Official reference', import: 'Import an official series (CSV, SDMX-CSV, JSON-stat)', choose: 'Which series?', attach: 'Attach to this series', attached: /Checked against: ILO unemployment rate - Total - France excluding Mayotte - SA data \(idBank 001688527\) \(INSEE, Q1 1975–Q4 2022\)/, beyond: /official: 7\.2\s?% \(INSEE, Q4 2022\) — claim \+0\.7 pp/, within: /official: 7\.3\s?% \(INSEE, Q3 2022\) — claim 0 pp/, chartLegend: 'Official: INSEE', sourceLine: /Official series: INSEE/, claim: 'Claim', apply: 'Apply suggested verdict: Misleading', verdict: 'Misleading', chart: 'Series chart' },
  fr: { series: 'Séries', suggestions: 'Suggestions', accept: /Accepter/, section: 'Référence officielle', import: 'Importer une série officielle (CSV, SDMX-CSV, JSON-stat)', choose: 'Quelle valeur de « series » ?', attach: 'Rattacher à cette série', attached: /Comparée à : ILO unemployment rate - Total - France excluding Mayotte - SA data \(idBank 001688527\) \(INSEE, T1 1975–T4 2022\)/, beyond: /officiel : 7,2\s?% \(INSEE, T4 2022\) — affirmation \+0,7 pt/, within: /officiel : 7,3\s?% \(INSEE, T3 2022\) — affirmation 0 pt/, chartLegend: 'Officiel : INSEE', sourceLine: /Série officielle : INSEE/, claim: 'Affirmation', apply: 'Appliquer le verdict suggéré : Trompeur', verdict: 'Trompeur', chart: 'Graphique de la série' }
} as const

async function toFrench(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('combobox', { name: 'Language' }).selectOption('fr')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
}

/** Two claims about 2022 in a series, as a fact-checker would have them. */
async function unemploymentSeries(page: Page): Promise<void> {
  await page.goto('/')
  await pasteSource(page, { title: 'Radio, janvier', date: '2023-01-20', text: "Le taux de chômage était de 7,9 % au quatrième trimestre 2022, selon l'Insee." })
  await pasteSource(page, { title: 'Journal, novembre', date: '2022-11-20', text: "Le taux de chômage était de 7,3 % au troisième trimestre 2022, selon l'Insee." })
}

for (const lang of ['en', 'fr'] as const) {
  test(`${lang}: a claim against the official INSEE figure — attach, see the gap, apply the suggested verdict`, async ({ page }) => {
    const ui = UI[lang]
    await unemploymentSeries(page)
    if (lang === 'fr') await toFrench(page)
    await page.getByRole('link', { name: ui.series, exact: true }).click()
    const suggestions = page.getByRole('list', { name: ui.suggestions })
    await suggestions.getByRole('listitem').filter({ hasText: /chômage/ }).getByRole('button', { name: ui.accept }).click()
    await expect(page.getByRole('img', { name: ui.chart })).toBeVisible()

    // Click 1: import the file as INSEE serves it; 2: choose the series of the 169; 3: attach.
    const section = page.getByRole('region', { name: ui.section })
    const chooser = page.waitForEvent('filechooser')
    await section.getByRole('button', { name: ui.import }).click()
    await (await chooser).setFiles(INSEE)
    await section.getByRole('combobox', { name: ui.choose }).selectOption('001688527')
    await section.getByRole('button', { name: ui.attach }).click()
    await expect(section).toContainText(ui.attached)

    // The chart draws the reference as a step line, named in the legend and cited in the source line.
    const figure = page.locator('figure.series-chart')
    await expect(figure.locator('.series-chart__legend')).toContainText(ui.chartLegend)
    await expect(figure.locator('.series-chart__sourceline', { hasText: ui.sourceLine })).toBeVisible()
    await expect.poll(() => paintedPixels(page, `canvas[aria-label="${ui.chart}"]`)).toBeGreaterThan(2000)

    await figure.screenshot({ path: test.info().outputPath(`series-chart-${lang}.png`) })

    // The Compare table gives each claim's official value and gap.
    const compare = page.locator('.compare-table')
    await expect(compare).toContainText(ui.beyond)
    await expect(compare).toContainText(ui.within)

    // In the claim panel: the same line, and the suggestion offered, not applied.
    await compare.getByRole('button', { name: /7[.,]9/ }).first().click()
    const panel = page.getByRole('complementary', { name: ui.claim })
    await expect(panel).toContainText(ui.beyond)
    const verdict = panel.getByRole('radio', { name: new RegExp(ui.verdict) })
    await expect(verdict).not.toBeChecked()
    await panel.getByRole('button', { name: ui.apply }).click()
    await expect(verdict).toBeChecked()
    await expect(panel.getByRole('button', { name: ui.apply })).toBeHidden()
    await page.screenshot({ path: test.info().outputPath(`claim-panel-${lang}.png`) })
  })
}

test('the reference travels in the bundle and checks the series again in an empty library', async ({ page, browser }, testInfo) => {
  await unemploymentSeries(page)
  await page.getByRole('link', { name: 'Series', exact: true }).click()
  await page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').filter({ hasText: /chômage/ }).getByRole('button', { name: /Accept/ }).click()
  const section = page.getByRole('region', { name: 'Official reference' })
  const chooser = page.waitForEvent('filechooser')
  await section.getByRole('button', { name: UI.en.import }).click()
  await (await chooser).setFiles(INSEE)
  await section.getByRole('combobox', { name: UI.en.choose }).selectOption('001688527')
  await section.getByRole('button', { name: UI.en.attach }).click()
  await expect(section).toContainText(UI.en.attached)

  await page.getByRole('link', { name: 'Export' }).click()
  const file = testInfo.outputPath('bundle.zip')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export bundle' }).click()
  await (await download).saveAs(file)
  const entries = unzipSync(new Uint8Array(readFileSync(file)))
  const manifest = JSON.parse(strFromU8(entries['manifest.json'])) as { counts: { references?: number }; files: { path: string }[] }
  expect(manifest.counts.references).toBe(1)
  const path = manifest.files.map((f) => f.path).find((p) => p.startsWith('references/'))
  expect(path).toBeDefined()
  expect(JSON.parse(strFromU8(entries[path as string]))).toMatchObject({ publisher: 'INSEE', periodicity: 'quarter', unit: '%' })
  const csl = JSON.parse(strFromU8(entries['sources.csl.json'])) as { type: string }[]
  expect(csl.filter((c) => c.type === 'dataset')).toHaveLength(1)
  expect(strFromU8(entries['report.html'])).toContain('Official series')
  // The exported chart draws the reference too.
  const svg = Object.keys(entries).find((n) => n.startsWith('charts/') && n.endsWith('.svg'))
  expect(strFromU8(entries[svg as string])).toContain('class="reference-line"')

  const other = await browser.newPage()
  await other.goto('/')
  await other.getByRole('link', { name: 'Export' }).click()
  const open = other.waitForEvent('filechooser')
  await other.getByRole('button', { name: 'Open bundle' }).click()
  await (await open).setFiles(file)
  await expect(other.getByRole('status').filter({ hasText: /added/ }).first()).toBeVisible()
  await other.getByRole('link', { name: 'Series', exact: true }).click()
  await expect(other.getByRole('region', { name: 'Official reference' })).toContainText(UI.en.attached)
  await expect(other.locator('.compare-table')).toContainText(UI.en.beyond)
  await other.close()
})
