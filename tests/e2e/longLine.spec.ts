import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { MAX_CLAUSE } from '../../shared/extract/clause'
import { sentenceLimit } from '../../shared/sentenceExcerpt'
import { dropFiles, fixtures } from './helpers'

// Issue 11, item 9: a 64 KB line with no full stop holds 5 684 figures in one "sentence". Storing a copy of that
// sentence per claim failed the import ("DataCloneError … out of memory"); now each claim keeps an excerpt and a
// source keeps at most 5 000 claims, which the import summary says.
const longLine = join(fixtures, 'sources', 'bad-long-line.txt')

test('a 64 KB line with thousands of figures imports: 5 000 claims kept, the rest announced, sentences bounded', async ({ page }) => {
  await page.goto('/')
  await dropFiles(page, [longLine])
  await page.getByRole('dialog', { name: 'Check before importing' }).getByRole('button', { name: 'Import 1 source' }).click()
  const summary = page.getByRole('region', { name: /Import finished/ })
  await expect(summary).toBeVisible({ timeout: 45_000 })
  await expect(summary).toContainText('Import finished: 1 added, 5,000 claims found, 0 duplicates skipped, 0 failed.')
  await expect(summary.locator('.import-claims-capped li')).toHaveText([
    'bad-long-line.txt: 5684 claims found; only the first 5000 were kept (a source keeps at most 5000).'
  ])

  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('claimledger')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const tx = db.transaction(['sources', 'claims'], 'readonly')
    const all = <T,>(store: string): Promise<T[]> =>
      new Promise((resolve, reject) => {
        const req = tx.objectStore(store).getAll()
        req.onsuccess = () => resolve(req.result as T[])
        req.onerror = () => reject(req.error)
      })
    const [sources, claims] = await Promise.all([all<{ text: string }>('sources'), all<{ quote: string; start: number; end: number; sentence: string }>('claims')])
    db.close()
    const text = sources[0].text
    return {
      sources: sources.length,
      claims: claims.length,
      longestSentence: Math.max(...claims.map((c) => c.sentence.length)),
      anchored: claims.filter((c) => text.slice(c.start, c.end) === c.quote && c.sentence.includes(c.quote)).length
    }
  })
  expect(stored).toEqual({ sources: 1, claims: 5000, longestSentence: expect.any(Number), anchored: 5000 })
  // an excerpt holds the claim's quote (a clause of at most MAX_CLAUSE characters) and a bounded context
  expect(stored.longestSentence).toBeLessThanOrEqual(sentenceLimit(MAX_CLAUSE))

  await page.getByRole('link', { name: 'bad-long-line' }).click()
  await expect(page.locator('.source-text')).toContainText('Selon le rectorat, les écoles comptent 120 élèves')
})
