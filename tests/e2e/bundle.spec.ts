import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { type CountDelta, sourcesAdded, withRecordCounts } from '../db/recordCounts'
import { fixtures, loadSample, pageRecordCounts } from './helpers'

/** Opens a bundle from the Export view and waits for its message, checking every table's record count before and after against `delta`. */
async function openBundle(page: Page, file: string, delta: CountDelta, done: string | RegExp = `${basename(file)}:`): Promise<void> {
  await page.getByRole('link', { name: 'Export' }).click()
  await expect(page.getByRole('button', { name: 'Open bundle' })).toBeEnabled()
  await withRecordCounts(basename(file), () => pageRecordCounts(page), async () => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open bundle' }).click()
    await (await chooser).setFiles(file)
    await expect(page.getByRole('status').filter({ hasText: done }).first()).toBeVisible()
  }, delta)
}

test('exports everything as a bundle that opens in an empty library with every claim and verdict', async ({ page, browser }, testInfo) => {
  await loadSample(page)
  await page.locator('mark.claim', { hasText: '610' }).click()
  await page.getByRole('complementary', { name: 'Claim' }).getByRole('radio', { name: /Misleading/ }).check()
  await page.getByRole('link', { name: 'Series' }).click()
  await page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').filter({ hasText: '200 → 610' }).getByRole('button', { name: /Accept/ }).click()
  await expect(page.getByRole('img', { name: 'Series chart' })).toBeVisible()

  await page.getByRole('link', { name: 'Export' }).click()
  await page.getByLabel(/Your name/).fill('Camille Vérif')
  const file = testInfo.outputPath('bundle.zip')
  // Exporting changes no record; the name typed for the ClaimReview author is remembered (one setting).
  await withRecordCounts('export', () => pageRecordCounts(page), async () => {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export bundle' }).click()
    await (await download).saveAs(file)
    await expect(page.getByRole('status').filter({ hasText: 'Bundle saved' }).first()).toBeVisible()
  }, { settings: 1 })

  const entries = unzipSync(new Uint8Array(readFileSync(file)))
  const names = Object.keys(entries)
  for (const required of ['manifest.json', 'claims.json', 'claims.csv', 'sources.csl.json', 'annotations.jsonld', 'claimreview.jsonld', 'report.html']) expect(names).toContain(required)
  expect(names.some((n) => n.startsWith('charts/') && n.endsWith('.png'))).toBe(true)
  const manifest = JSON.parse(strFromU8(entries['manifest.json']))
  expect(manifest.format).toBe('claimledger-bundle')
  expect(manifest.counts.claims).toBe(5)
  const review = JSON.parse(strFromU8(entries['claimreview.jsonld']))
  expect(JSON.stringify(review)).toContain('Camille Vérif')
  // The chart PNG really has a picture in it.
  const png = entries[names.find((n) => n.startsWith('charts/')) as string]
  expect(png.length).toBeGreaterThan(5000)

  // A colleague opens it in an empty library.
  const other = await browser.newPage()
  await other.goto('/')
  // Every record the manifest counts comes in, and a digest per source.
  const { sources, claims, series, history } = manifest.counts
  await openBundle(other, file, { ...sourcesAdded(sources), claims, series, history })
  await expect(other.getByRole('status').filter({ hasText: /added/ }).first()).toBeVisible()
  await other.getByRole('link', { name: 'Claims' }).click()
  await expect(other.getByText('5 claims')).toBeVisible()
  await expect(other.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: 'Misleading' })).toHaveCount(1)
  await other.getByRole('link', { name: 'Series' }).click()
  await expect(other.getByRole('img', { name: 'Series chart' })).toBeVisible()

  // Opening it again adds nothing.
  await openBundle(other, file, {}, /bundle\.zip: 0 added/)
  await other.close()
})

test('refuses unsafe or broken bundles with a message and changes nothing', async ({ page }) => {
  await loadSample(page)
  for (const [name, reason] of [['dotdot.zip', '..'], ['bad-hash.zip', 'SHA-256'], ['not-a-zip.zip', 'not a zip'], ['zip-bomb-overlap.zip', 'dotdot'], ['unknown-version.zip', 'version 2']] as const) {
    await openBundle(page, join(fixtures, 'bundles', name), {})
    const message = page.getByRole('status').filter({ hasText: name }).first()
    await expect(message).toBeVisible()
    if (reason !== 'dotdot') await expect(message).toContainText(reason)
  }
  await page.getByRole('link', { name: 'Claims' }).click()
  await expect(page.getByText('5 claims')).toBeVisible()
  await page.getByRole('link', { name: 'Library' }).click()
  await expect(page.getByRole('list', { name: 'Sources' }).getByRole('listitem')).toHaveCount(1)
})
