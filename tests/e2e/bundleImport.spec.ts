// Issue 11: bundles that pass validation cannot damage the library (items 1, 2 and 6), as a user sees it.
import { writeFileSync } from 'node:fs'
import { basename, isAbsolute, join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { type CountDelta, sourcesAdded, withRecordCounts } from '../db/recordCounts'
import { MAX_CLAIMS_PER_SOURCE } from '../../shared/claimRecord'
import { OVER_CAP, buildOverCapBundle } from '../fixtures/bundles/importFixtures'
import { fixtures, pageRecordCounts } from './helpers'

const bundles = join(fixtures, 'bundles')

/** What valid.zip adds to an empty library, table by table. */
const VALID: CountDelta = { ...sourcesAdded(2), claims: 6, series: 1, history: 4 }

/** Opens a bundle (a fixture's name, or a path) from the Export view, checking every table's record count before and after against `delta`. */
async function openBundle(page: Page, file: string, delta: CountDelta): Promise<void> {
  await page.getByRole('link', { name: 'Export' }).click()
  await expect(page.getByRole('button', { name: 'Open bundle' })).toBeEnabled()
  await withRecordCounts(file, () => pageRecordCounts(page), async () => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open bundle' }).click()
    await (await chooser).setFiles(isAbsolute(file) ? file : join(bundles, file))
    await expect(page.locator('p[role="status"]')).toContainText(`${basename(file)}:`)
  }, delta)
}

/** Checks what the library holds, as the Library and the Claims table show it. */
async function expectCounts(page: Page, counts: { sources: number; claims: number }): Promise<void> {
  await page.getByRole('link', { name: 'Library' }).click()
  await expect(page.getByRole('list', { name: 'Sources' }).getByRole('listitem')).toHaveCount(counts.sources)
  await page.getByRole('link', { name: 'Claims' }).click()
  await expect(page.getByText(`${counts.claims} claims`, { exact: true })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Claims' }).getByRole('row')).toHaveCount(counts.claims + 1)
}

async function openClaim(page: Page, sourceTitle: string, quote: string) {
  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('link', { name: sourceTitle, exact: true }).click()
  await page.locator('mark.claim', { hasText: quote }).click()
  return page.getByRole('complementary', { name: 'Claim' })
}

const FRENCH = "Crack à Paris : les places d'hébergement saturées"

test('a bundle whose History is dated 9999: change a verdict, Ctrl+Z reverts it and nothing else changes', async ({ page }) => {
  await page.goto('/')
  await openBundle(page, 'history-hijack.zip', { ...VALID, history: 6 })
  await expect(page.locator('p[role="status"]')).toContainText('history-hijack.zip: 15 added')
  const before = { sources: 2, claims: 6 }
  await expectCounts(page, before)

  const panel = await openClaim(page, FRENCH, '610')
  await expect(panel.getByRole('radio', { name: /Misleading/ })).toBeChecked()
  await panel.getByRole('radio', { name: /Accurate/ }).check()
  await expect(page.locator('mark.claim', { hasText: '610' })).toHaveClass(/verdict-accurate/)

  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(panel.getByRole('radio', { name: /Misleading/ })).toBeChecked()
  await expect(page.locator('mark.claim', { hasText: '610' })).toHaveClass(/verdict-misleading/)
  // The imported History is never applied, however often Ctrl+Z is pressed.
  await withRecordCounts('Ctrl+Z with nothing to undo', () => pageRecordCounts(page), async () => {
    await page.keyboard.press('Control+z')
    await expect(page.getByText('Nothing to undo.')).toBeVisible()
    await page.keyboard.press('Control+z')
  }, {})
  await expect(page.getByRole('heading', { level: 1, name: FRENCH })).toBeVisible()
  await expect(page.locator('mark.claim')).toHaveCount(4)
  // The bundle's History is shown, as provenance.
  await expect(panel.getByRole('region', { name: 'History' })).toContainText('from a bundle')

  await expectCounts(page, before)
  await expect(page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: '999' })).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: 'Misleading' })).toHaveCount(1)
})

test('a newer text of a stored source: the Reader highlights each quote where it now is', async ({ page }) => {
  await page.goto('/')
  await openBundle(page, 'valid.zip', VALID)
  await expectCounts(page, { sources: 2, claims: 6 })
  // The earlier text kept as a source (and its digest); History: 4 merges, 3 re-anchored, 1 version, 1 claim moved.
  await openBundle(page, 'edited-text.zip', { ...sourcesAdded(1), history: 4 + 3 + 1 + 1 })
  await expect(page.locator('p[role="status"]')).toContainText('3 claims follow their quote')
  await expect(page.locator('p[role="status"]')).toContainText('1 claims whose quote an updated text no longer holds')
  await expectCounts(page, { sources: 3, claims: 6 })

  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('link', { name: FRENCH, exact: true }).click()
  const marks = page.locator('mark.claim')
  await expect(marks).toHaveCount(3)
  await expect(marks.nth(0)).toHaveText('610 consommateurs')
  await expect(marks.nth(1)).toHaveText("4,5 millions d'euros")
  await expect(marks.nth(2)).toHaveText('40 %')
  // The claim whose quote was cut stays on the text it was made on.
  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('link', { name: `${FRENCH} (version of 2023-10-06)` }).click()
  await expect(page.locator('mark.claim')).toHaveText(['12 %'])
})

test('a bundle dated 9999 does not overwrite verdicts; the import says its dates were clamped', async ({ page }) => {
  await page.goto('/')
  await openBundle(page, 'valid.zip', VALID)
  await expectCounts(page, { sources: 2, claims: 6 })
  // Only History grows: the 4 versions that lost, and the bundle's own entry.
  await openBundle(page, 'future-dated.zip', { history: 4 + 1 })
  await expect(page.locator('p[role="status"]')).toContainText('5 records were dated in the future')
  await expectCounts(page, { sources: 2, claims: 6 })
  const panel = await openClaim(page, FRENCH, '610')
  await expect(panel.getByRole('radio', { name: /Misleading/ })).toBeChecked()
  await expect(panel.getByLabel('Note')).toHaveValue(/Le chiffre de 200 date de 2019/)
})

test('a bundle with more claims than a source keeps: the first 5 000 come in and the import says what was cut', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('over-cap.zip')
  writeFileSync(file, await buildOverCapBundle())
  await page.goto('/')
  // 2 sources, 5 000 + 150 claims, the series and the one History entry about a claim that came in.
  await openBundle(page, file, { ...sourcesAdded(2), claims: MAX_CLAIMS_PER_SOURCE + OVER_CAP.long, series: 1, history: 1 })
  const status = page.locator('p[role="status"]')
  await expect(status).toContainText(`Relevé des places (tableau): ${OVER_CAP.table} claims found; only the first ${MAX_CLAIMS_PER_SOURCE} were kept`)
  await expect(status).toContainText(`${OVER_CAP.long} claims carried a sentence too long to keep whole`)
  await page.getByRole('link', { name: 'Claims' }).click()
  await expect(page.getByText(`${(MAX_CLAIMS_PER_SOURCE + OVER_CAP.long).toLocaleString('en')} claims`, { exact: true })).toBeVisible()
})
