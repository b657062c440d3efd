import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { dropFiles, fixtures } from './helpers'

// Issue 11, item 5: one bad time code (an SRT cue with a 400-digit hour) must never block the library. The file
// imports with that cue's time left out and said; the Reader shows no "Infinity:NaN:NaN"; export works, also for
// a library that already holds Infinity (as older versions stored it).
const srt = join(fixtures, 'sources', 'bad-timecodes.srt')

async function importSrt(page: Page): Promise<void> {
  await page.goto('/')
  await dropFiles(page, [srt])
  await page.getByRole('dialog', { name: 'Check before importing' }).getByRole('button', { name: 'Import 1 source' }).click()
  const summary = page.getByRole('region', { name: /Import finished: 1 added/ })
  await expect(summary).toBeVisible({ timeout: 30_000 })
  await expect(summary.getByRole('heading', { name: 'Left out (the rest was imported)' })).toBeVisible()
  await expect(summary.locator('.import-warnings li')).toHaveCount(3)
  await expect(summary).toContainText('bad-timecodes.srt: cue 2: time code')
}

async function exportEverything(page: Page, outputPath: string): Promise<{ status: string; zip: Record<string, Uint8Array> }> {
  await page.getByRole('link', { name: 'Export' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export bundle' }).click()
  await (await download).saveAs(outputPath)
  const status = page.getByRole('status').filter({ hasText: 'Bundle saved' }).first()
  await expect(status).toBeVisible()
  return { status: (await status.textContent()) ?? '', zip: unzipSync(new Uint8Array(readFileSync(outputPath))) }
}

test('a subtitle file with a 400-digit hour imports, reads and exports; the bad cues are reported', async ({ page }, testInfo) => {
  await importSrt(page)
  await page.getByRole('link', { name: 'bad-timecodes' }).click()
  await expect(page.locator('.source-text')).toContainText('We will build 1,200 social homes by 2026.')
  await expect(page.locator('.timecode')).toHaveText(['0:01', '0:20'])
  await expect(page.locator('main')).not.toContainText(/Infinity|NaN/)

  const { status, zip } = await exportEverything(page, testInfo.outputPath('bundle.zip'))
  expect(status).not.toContain('time codes')
  const manifest = JSON.parse(strFromU8(zip['manifest.json']))
  expect(manifest.counts.sources).toBe(1)
  expect(manifest.counts.claims).toBeGreaterThanOrEqual(3)
})

test('a library already holding Infinity time codes still exports everything, saying what was left out', async ({ page }, testInfo) => {
  await importSrt(page)
  // What an older version stored from that file: Infinity in the segment of the bad cue.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('claimledger')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const store = db.transaction('sources', 'readwrite').objectStore('sources')
    const all = await new Promise<{ segments: { startTime?: number; endTime?: number }[] }[]>((resolve) => {
      const req = store.getAll()
      req.onsuccess = () => resolve(req.result)
    })
    const source = all[0]
    source.segments[1] = { ...source.segments[1], startTime: Infinity, endTime: Infinity }
    await new Promise((resolve) => (store.put(source).onsuccess = resolve))
    db.close()
  })
  await page.reload()
  await page.getByRole('link', { name: 'bad-timecodes' }).click()
  await expect(page.locator('.source-text')).toContainText('We will build 1,200 social homes by 2026.')
  await expect(page.locator('main')).not.toContainText(/Infinity|NaN/)

  const { status, zip } = await exportEverything(page, testInfo.outputPath('bundle.zip'))
  expect(status).toContain('1 time codes that could not be used (such as a 400-digit hour) were left out of “bad-timecodes”')
  const manifest = JSON.parse(strFromU8(zip['manifest.json']))
  expect(manifest.counts.sources).toBe(1)
  const sourceFile = Object.keys(zip).find((n) => n.startsWith('sources/') && n.endsWith('.json')) as string
  const segments = JSON.parse(strFromU8(zip[sourceFile])).segments as { startTime?: number }[]
  expect(segments[1].startTime).toBeUndefined()
  expect(segments[0].startTime).toBe(1)
})
