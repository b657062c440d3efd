import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

export const fixtures = join(__dirname, '..', 'fixtures')

/** Drops real files on the Library as a user dragging them from a file manager would. */
export async function dropFiles(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((p) => ({ name: basename(p), b64: readFileSync(p).toString('base64') }))
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer()
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))
      dt.items.add(new File([bytes], f.name))
    }
    return dt
  }, files)
  const target = page.locator('.drop-target')
  await target.dispatchEvent('dragover', { dataTransfer })
  await target.dispatchEvent('drop', { dataTransfer })
}

/** Adds a source through "Paste text". */
export async function pasteSource(page: Page, fields: { title: string; date?: string; speaker?: string; text: string }): Promise<void> {
  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('button', { name: 'Paste text' }).click()
  const dialog = page.getByRole('dialog', { name: 'Paste text' })
  await dialog.getByLabel('Title', { exact: true }).fill(fields.title)
  if (fields.date) await dialog.getByLabel('Date', { exact: true }).fill(fields.date)
  if (fields.speaker) await dialog.getByLabel('Speaker', { exact: true }).fill(fields.speaker)
  await dialog.getByLabel('Text', { exact: true }).fill(fields.text)
  await dialog.getByRole('button', { name: 'Add' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('link', { name: fields.title })).toBeVisible()
}

/** Loads the first-run sample interview from the Library's offer and waits for the Reader. */
/** A sentence whose claim has a clause longer than its figure, and a clause after it that is not part of it. */
export const CRACK_TEXT = "Selon le préfet, 610 consommateurs sont accueillis toutes les nuits dans des dispositifs de prise en charge, c'était 200 avant, mais la situation reste difficile."

/** Pastes CRACK_TEXT as a source, opens it in the Reader and selects its "610 consommateurs" claim. */
export async function openCrackClaim(page: Page): Promise<{ mark: Locator; panel: Locator; quote: Locator }> {
  await page.goto('/')
  await pasteSource(page, { title: 'Crack à Paris', date: '2023-10-05', speaker: 'Laurent Nuñez', text: CRACK_TEXT })
  await page.getByRole('link', { name: 'Crack à Paris' }).click()
  const mark = page.locator('mark.claim', { hasText: '610' })
  await expect(mark).toHaveText('610 consommateurs')
  await mark.click()
  const panel = page.getByRole('complementary', { name: 'Claim' })
  return { mark, panel, quote: panel.locator('.panel-quote') }
}

export async function loadSample(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Load the sample interview' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Laurent Nunez/ })).toBeVisible()
}

/** Counts the non-background pixels of a canvas, to know a chart really drew something. */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const canvas = el as HTMLCanvasElement
    const ctx = canvas.getContext('2d')
    if (!ctx) return 0
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
    const [r0, g0, b0] = [data[0], data[1], data[2]]
    let painted = 0
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r0) + Math.abs(data[i + 1] - g0) + Math.abs(data[i + 2] - b0) > 30) painted++
    return painted
  })
}

/**
 * How many records each table of the app's IndexedDB holds, read in the page (tests/db/recordCounts.ts
 * checks them around an operation). The app must have opened its database already: opening it here
 * first would create an empty one the app then has to upgrade.
 */
export async function pageRecordCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'claimledger')) throw new Error('the app has not created its database yet')
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('claimledger')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error ?? new Error('could not open claimledger'))
    })
    try {
      const names = [...db.objectStoreNames]
      const tx = db.transaction(names, 'readonly')
      const counts = await Promise.all(names.map((name) => new Promise<number>((resolve, reject) => {
        const request = tx.objectStore(name).count()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error ?? new Error(`could not count ${name}`))
      })))
      return Object.fromEntries(names.map((name, i) => [name, counts[i]]))
    } finally {
      db.close()
    }
  })
}
