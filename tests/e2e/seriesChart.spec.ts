import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { unzipSync } from 'fflate'

// One figure from four outlets: a month, a quarter, a year, and an approximate day-dated figure with a "before" value.
const SOURCES = [
  { title: 'Crack : la préfecture compte ses places', outlet: 'Le Monde', date: '2023-11-02', text: "En octobre 2023, 610 places d'hébergement de nuit étaient ouvertes pour les consommateurs de crack à Paris, selon la préfecture." },
  { title: 'Les places de nuit au troisième trimestre', outlet: 'Le Parisien', date: '2023-10-20', text: "Au troisième trimestre 2023, 540 places d'hébergement de nuit étaient ouvertes pour les consommateurs de crack à Paris." },
  { title: 'Bilan 2022 des places de nuit', outlet: 'France Bleu Paris', date: '2023-01-15', text: "En 2022, 400 places d'hébergement de nuit étaient ouvertes pour les consommateurs de crack à Paris." },
  { title: 'Crack à Paris : le dispositif de nuit', outlet: 'Libération', date: '2024-03-12', text: "Près de 700 places d'hébergement de nuit sont ouvertes pour les consommateurs de crack à Paris, c'était 200 avant." }
]
const EN_SOURCE_LINE = 'Sources: France Bleu Paris (Jan 15, 2023); Le Parisien (Oct 20, 2023); Le Monde (Nov 2, 2023); Libération (Mar 12, 2024)'
const FR_SOURCE_LINE = 'Sources : France Bleu Paris (15 janv. 2023); Le Parisien (20 oct. 2023); Le Monde (2 nov. 2023); Libération (12 mars 2024)'

async function paste(page: Page, s: (typeof SOURCES)[number]): Promise<void> {
  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('button', { name: 'Paste text' }).click()
  const dialog = page.getByRole('dialog', { name: 'Paste text' })
  await dialog.getByLabel('Title', { exact: true }).fill(s.title)
  await dialog.getByLabel('Date', { exact: true }).fill(s.date)
  await dialog.getByLabel('Outlet', { exact: true }).fill(s.outlet)
  await dialog.getByLabel('Text', { exact: true }).fill(s.text)
  await dialog.getByRole('button', { name: 'Add' }).click()
  await expect(dialog).toBeHidden()
}

/**
 * The latest claim's marker, in CSS pixels of the canvas: the highest grey mark near the right end
 * of the drawing (its before value and the arrow to it sit below it, at the same x).
 */
async function rightmostMarker(page: Page): Promise<{ x: number; y: number }> {
  const found = await page.getByRole('img', { name: /Series chart|Graphique de la série/ }).evaluate((el) => {
    const c = el as HTMLCanvasElement
    const ctx = c.getContext('2d')
    if (!ctx) return null
    const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height)
    // Unrated points are the chart's grey (#8a8f98); the line and axes are darker.
    const grey = (x: number, y: number): boolean => {
      const i = (y * width + x) * 4
      return Math.abs(data[i] - 0x8a) < 12 && Math.abs(data[i + 1] - 0x8f) < 12 && Math.abs(data[i + 2] - 0x98) < 12
    }
    // A 3×3 block of it: anti-aliased text (the "≈" beside a point) has grey edges, never a solid block.
    const solid = (x: number, y: number): boolean => [-1, 0, 1].every((dx) => [-1, 0, 1].every((dy) => grey(x + dx, y + dy)))
    const ratio = c.width / c.clientWidth
    const bottom = Math.floor(height * 0.85)
    let right = -1
    for (let x = width - 2; x >= 1 && right < 0; x--) for (let y = 1; y < bottom; y++) if (solid(x, y)) { right = x; break }
    if (right < 0) return null
    let best: { x: number; y: number } | null = null
    for (let x = right; x > right - 14 * ratio; x--) for (let y = 1; y < bottom; y++) if (solid(x, y)) { if (!best || y < best.y) best = { x, y }; break }
    return best && { x: best.x / ratio, y: best.y / ratio + 4 }
  })
  if (!found) throw new Error('no marker found on the chart')
  return found
}

/** Saves the download a click starts and returns its bytes. */
async function download(page: Page, click: () => Promise<void>, path: string): Promise<Uint8Array> {
  const pending = page.waitForEvent('download')
  await click()
  await (await pending).saveAs(path)
  return new Uint8Array(readFileSync(path))
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** Parses an SVG with Chromium's XML parser (strict: a malformed document gives a parsererror). */
async function parseSvg(page: Page, svg: string): Promise<{ error: boolean; title: string; source: string; unit: string; credit: string; notes: string; points: string[]; width: number; height: number }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    const read = (sel: string): string => (doc.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim()
    const root = doc.documentElement
    return {
      error: doc.querySelector('parsererror') !== null,
      title: read('.chart-title'),
      source: read('.chart-source'),
      unit: read('.axis-unit'),
      credit: read('.chart-credit'),
      notes: read('.chart-notes'),
      points: [...doc.querySelectorAll('g.point')].map((g) => g.getAttribute('data-value') ?? ''),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height'))
    }
  }, svg)
}

/** Shows the exported PNG and the SVG side by side in Chromium, as an editor opening them would see them. */
async function showExports(page: Page, png: Uint8Array, svg: string): Promise<Page> {
  const view = await page.context().newPage()
  await view.setViewportSize({ width: 1000, height: 1400 })
  const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
  await view.setContent(
    `<body style="margin:0;background:#fff"><img id="png" style="display:block;width:960px" src="data:image/png;base64,${b64(png)}"><img id="svg" style="display:block" src="data:image/svg+xml;base64,${b64(new TextEncoder().encode(svg))}"></body>`
  )
  await expect.poll(() => view.evaluate(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0))).toBe(true)
  return view
}

test('a four-source series is published as a newsroom chart: texts, shapes per source, periods, tooltip, PNG 2× and SVG, bundle charts, in English and French', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  const settings = page.getByRole('dialog', { name: 'Settings' })
  await settings.getByLabel(/Your name/).fill('Marie Dupont')
  await settings.getByRole('button', { name: 'Close' }).click()
  for (const s of SOURCES) await paste(page, s)

  await page.getByRole('link', { name: 'Series' }).click()
  const suggestion = page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').filter({ hasText: /(^|\D)4 · \d/ }).first()
  await suggestion.getByRole('button', { name: /Accept/ }).click()
  await expect(page.getByRole('button', { name: /^Remove: / })).toHaveCount(4)

  // The chart's texts, edited per series and saved when each field is left.
  await page.getByText('Chart texts (shown in every export)').click()
  await page.getByLabel('Chart title').fill('Overnight places for crack users in Paris')
  await page.getByLabel('Description').fill('Places open each night, as four outlets reported them.')
  await page.getByLabel('Unit (on the vertical axis)').fill('places')
  await page.getByLabel('Notes', { exact: true }).fill('A month, quarter or year is drawn over its whole period.')
  await page.getByLabel('Chart title').focus()

  const figure = page.locator('figure.series-chart')
  await expect(figure.locator('.series-chart__title')).toHaveText('Overnight places for crack users in Paris')
  await expect(figure.locator('.series-chart__description')).toHaveText('Places open each night, as four outlets reported them.')
  await expect(figure.locator('.series-chart__sourceline')).toHaveText(EN_SOURCE_LINE)
  await expect(figure.locator('.series-chart__credit')).toHaveText('Chart: Marie Dupont · ClaimLedger')
  await expect(figure.locator('.series-chart__notes')).toHaveText('Notes: A month, quarter or year is drawn over its whole period.')
  for (const outlet of ['Le Monde', 'Le Parisien', 'France Bleu Paris', 'Libération']) await expect(figure.locator('.series-chart__source').filter({ hasText: outlet })).toHaveCount(1)
  // Four sources, four marker shapes.
  await expect.poll(() => figure.locator('.series-chart__source span').allTextContents().then((t) => new Set(t).size)).toBe(4)

  // Hovering the latest point shows its details as text.
  const canvas = page.getByRole('img', { name: 'Series chart' })
  const marker = await rightmostMarker(page)
  await canvas.hover({ position: marker })
  const tooltip = figure.getByRole('tooltip')
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toContainText('Value: ≈ Près de 700 places')
  await expect(tooltip).toContainText('Before: 200 places')
  await expect(tooltip).toContainText('Outlet: Libération')
  await expect(tooltip).toContainText('Date: Mar 12, 2024')
  await expect(tooltip).toContainText('Speaker:')

  // Export: the SVG parses, and carries the title, source line, unit, credit and every point; the PNG is the same image at 2×.
  const svgEn = new TextDecoder().decode(await download(page, () => page.getByRole('button', { name: 'Export SVG' }).click(), testInfo.outputPath('chart-en.svg')))
  const parsedEn = await parseSvg(page, svgEn)
  expect(parsedEn).toMatchObject({ error: false, title: 'Overnight places for crack users in Paris', source: EN_SOURCE_LINE, unit: 'places', credit: 'Chart: Marie Dupont · ClaimLedger' })
  expect(parsedEn.points.sort()).toEqual(['400', '540', '610', '700'])
  const pngEn = await download(page, () => page.getByRole('button', { name: 'Export PNG' }).click(), testInfo.outputPath('chart-en.png'))
  expect(pngSize(pngEn)).toEqual({ width: parsedEn.width * 2, height: parsedEn.height * 2 })
  const viewEn = await showExports(page, pngEn, svgEn)
  await viewEn.screenshot({ path: testInfo.outputPath('exports-en.png'), fullPage: true })
  await expect(viewEn.locator('#svg')).toHaveScreenshot('four-sources-en.png', { maxDiffPixelRatio: 0.01 })
  await viewEn.close()

  // The bundle carries the same chart as PNG and SVG, shows the PNG in report.html, and the series' texts in claims.json.
  await page.getByRole('button', { name: 'Export bundle' }).click()
  const zip = unzipSync(await download(page, () => page.getByRole('button', { name: 'Export bundle' }).click(), testInfo.outputPath('bundle.zip')))
  const chartFiles = Object.keys(zip).filter((n) => n.startsWith('charts/')).sort()
  expect(chartFiles).toHaveLength(2)
  expect(chartFiles[0]).toMatch(/^charts\/series-.+\.png$/)
  expect(chartFiles[1]).toBe(chartFiles[0].replace(/\.png$/, '.svg'))
  const bundleSvg = await parseSvg(page, new TextDecoder().decode(zip[chartFiles[1]]))
  expect(bundleSvg).toMatchObject({ error: false, title: 'Overnight places for crack users in Paris', source: EN_SOURCE_LINE, unit: 'places', credit: 'Chart: Marie Dupont · ClaimLedger' })
  expect(pngSize(zip[chartFiles[0]])).toEqual({ width: bundleSvg.width * 2, height: bundleSvg.height * 2 })
  expect(new TextDecoder().decode(zip['report.html'])).toContain(`data:image/png;base64,${Buffer.from(zip[chartFiles[0]]).toString('base64')}`)
  const claimsJson = JSON.parse(new TextDecoder().decode(zip['claims.json'])) as { series: { title?: string; description?: string; unit?: string; notes: string }[] }
  expect(claimsJson.series[0]).toMatchObject({ title: 'Overnight places for crack users in Paris', description: 'Places open each night, as four outlets reported them.', unit: 'places' })

  // In French: the same chart with French words, dates and numbers.
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('combobox', { name: 'Language' }).selectOption('fr')
  await page.getByRole('dialog', { name: 'Réglages' }).getByRole('button', { name: 'Fermer' }).click()
  await page.getByRole('link', { name: 'Séries' }).click()
  await expect(figure.locator('.series-chart__sourceline')).toHaveText(FR_SOURCE_LINE)
  await expect(figure.locator('.series-chart__credit')).toHaveText('Graphique : Marie Dupont · ClaimLedger')
  const markerFr = await rightmostMarker(page)
  await page.getByRole('img', { name: 'Graphique de la série' }).hover({ position: markerFr })
  await expect(tooltip).toContainText('Média: Libération')
  await expect(tooltip).toContainText('12 mars 2024')
  const svgFr = new TextDecoder().decode(await download(page, () => page.getByRole('button', { name: 'Exporter en SVG' }).click(), testInfo.outputPath('chart-fr.svg')))
  const parsedFr = await parseSvg(page, svgFr)
  expect(parsedFr).toMatchObject({ error: false, source: FR_SOURCE_LINE, unit: 'places', credit: 'Graphique : Marie Dupont · ClaimLedger', notes: 'Notes : A month, quarter or year is drawn over its whole period.' })
  expect(parsedFr.points).toHaveLength(4)
  const pngFr = await download(page, () => page.getByRole('button', { name: 'Exporter en PNG' }).click(), testInfo.outputPath('chart-fr.png'))
  expect(pngSize(pngFr)).toEqual({ width: parsedFr.width * 2, height: parsedFr.height * 2 })
  const viewFr = await showExports(page, pngFr, svgFr)
  await viewFr.screenshot({ path: testInfo.outputPath('exports-fr.png'), fullPage: true })
  await expect(viewFr.locator('#svg')).toHaveScreenshot('four-sources-fr.png', { maxDiffPixelRatio: 0.01 })
  await viewFr.close()
})
