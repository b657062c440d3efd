// Issue 12, items 1 and 2, driven as a fact-checker would: a rejected claim is never published as a
// fact-check, and undo reaches only this window's session, says what it reverts, and can be redone.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { fixtures, loadSample, pasteSource } from './helpers'

async function exportZip(page: Page, file: string): Promise<Record<string, string>> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export bundle' }).click()
  await (await download).saveAs(file)
  const out: Record<string, string> = {}
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(file))))) out[name] = strFromU8(bytes)
  return out
}

/** RFC 4180 rows of claims.csv as records by column name. */
function csvRecords(text: string): Record<string, string>[] {
  const rows: string[][] = [[]]
  let field = ''
  let quoted = false
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++ } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { rows[rows.length - 1].push(field); field = '' }
    else if (c === '\r' && text[i + 1] === '\n') { rows[rows.length - 1].push(field); field = ''; rows.push([]); i++ }
    else field += c
  }
  const [header, ...body] = rows.filter((r) => r.length > 0)
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))
}

test('a claim rejected then rated False is no fact-check: marked in the report and CSV, absent from ClaimReview, or left out', async ({ page }, testInfo) => {
  await loadSample(page)
  const mark = page.locator('mark.claim', { hasText: '800' })
  await mark.click()
  const panel = page.getByRole('complementary', { name: 'Claim' })
  // the key acts on the selected claim: wait for the click to select it
  await expect(mark).toHaveAttribute('aria-pressed', 'true')
  await page.locator('body').press('r')
  await expect(panel.getByText('Rejected', { exact: true })).toBeVisible()
  await page.locator('body').press('4')
  await expect(panel.getByRole('radio', { name: /False/ })).toBeChecked()
  // Another claim rated False and not rejected: it is a fact-check.
  await page.locator('mark.claim', { hasText: '610' }).click()
  await page.locator('body').press('4')
  await expect(panel.getByRole('radio', { name: /False/ })).toBeChecked()

  await page.getByRole('link', { name: 'Export' }).click()
  const marked = await exportZip(page, testInfo.outputPath('marked.zip'))

  const reviews = JSON.parse(marked['claimreview.jsonld'])['@graph'] as { claimReviewed: string; reviewRating: { ratingValue: number; alternateName: string } }[]
  expect(reviews).toHaveLength(1)
  expect(reviews[0].claimReviewed).toContain('610')
  expect(reviews[0].reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'False' })
  expect(marked['claimreview.jsonld']).not.toContain('800')

  const rows = csvRecords(marked['claims.csv'])
  const rejectedRows = rows.filter((r) => r.status === 'rejected')
  expect(rejectedRows).toHaveLength(1)
  expect(rejectedRows[0]).toMatchObject({ verdict: 'False' })
  expect(rejectedRows[0].quote).toContain('800')
  const rejectedId = rejectedRows[0].claim_id
  const card = marked['report.html'].match(new RegExp(`<article class="([^"]*)" id="claim-${rejectedId}">(.*?)</article>`))
  expect(card?.[1]).toBe('claim v-false rejected')
  expect(card?.[2]).toContain('<dt>Status</dt><dd><span class="badge rejected-mark">Rejected</span>')
  expect(marked['report.html']).toContain('1 rejected (not claims; none is published as a fact-check)')
  const annotations = JSON.parse(marked['annotations.jsonld']).first.items as { motivation: string; body: { purpose: string; value: string }[]; target: { selector: { exact?: string }[] } }[]
  const annotation = annotations.find((a) => a.target.selector[0].exact?.includes('800'))
  expect(annotation?.motivation).toBe('describing')
  expect(annotation?.body.map((b) => b.purpose)).toContain('classifying')
  expect(annotation?.body.map((b) => b.purpose)).not.toContain('assessing')

  // That was the export dialog's default; it can also leave rejected claims out altogether.
  const option = page.getByRole('group', { name: 'Rejected claims' })
  await expect(option.getByRole('radio', { name: 'Include them, marked as rejected' })).toBeChecked()
  await page.locator('form.form').screenshot({ path: testInfo.outputPath('export-rejected-option.png') })
  await option.getByRole('radio', { name: 'Leave them out' }).check()
  const omitted = await exportZip(page, testInfo.outputPath('omitted.zip'))
  const doc = JSON.parse(omitted['claims.json']) as { claims: { id: string }[] }
  expect(doc.claims.map((c) => c.id)).not.toContain(rejectedId)
  expect(doc.claims).toHaveLength(rows.length - 1)
  expect(JSON.parse(omitted['manifest.json']).counts.claims).toBe(rows.length - 1)
  for (const path of ['claims.csv', 'report.html', 'annotations.jsonld', 'claimreview.jsonld']) expect(omitted[path], path).not.toContain(rejectedId)
  expect(omitted['claimreview.jsonld']).toBe(marked['claimreview.jsonld'])
})

test('undo reaches only this session, names what it reverts in French, redoes, and older changes revert from the history', async ({ page }, testInfo) => {
  await loadSample(page)
  await pasteSource(page, { title: 'Centre de jour', date: '2024-03-01', text: 'Le centre de jour a reçu 45 personnes en mars.' })
  await page.getByRole('link', { name: 'Claims' }).click()
  const table = page.getByRole('table', { name: 'Claims' })
  await expect(page.locator('.bulk-bar')).toContainText('6 claims')
  const boxes = table.getByRole('checkbox', { name: /^Select: / })
  await boxes.nth(0).click()
  await boxes.nth(5).click({ modifiers: ['Shift'] })
  await page.getByRole('combobox', { name: 'Set verdict' }).selectOption('false')
  await expect(table.getByRole('row').filter({ hasText: 'False' })).toHaveCount(6)

  // A new session: Ctrl+Z in a source must not revert the six verdicts.
  await page.reload()
  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('link', { name: /Laurent Nunez/ }).first().click()
  await expect(page.locator('mark.claim').first()).toBeVisible()
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('status').getByText('Nothing to undo.')).toBeVisible()
  await expect(page.getByRole('group', { name: /Undo and redo/ }).getByRole('button', { name: 'Undo' })).toBeDisabled()
  await page.getByRole('link', { name: 'Claims' }).click()
  await expect(table.getByRole('row').filter({ hasText: 'False' })).toHaveCount(6)

  // In French, this session's own bulk verdict is undone and named, then redone.
  await page.getByRole('button', { name: 'Settings' }).click()
  const settings = page.getByRole('dialog', { name: 'Settings' })
  await settings.getByRole('combobox', { name: 'Language' }).selectOption('fr')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  const frTable = page.getByRole('table', { name: 'Affirmations' })
  await expect(frTable.getByRole('row').filter({ hasText: 'Faux' })).toHaveCount(6)
  const frBoxes = frTable.getByRole('checkbox', { name: /^Sélectionner : / })
  await frBoxes.nth(0).click()
  await frBoxes.nth(5).click({ modifiers: ['Shift'] })
  await page.getByRole('combobox', { name: 'Choisir le verdict' }).selectOption('misleading')
  await expect(frTable.getByRole('row').filter({ hasText: 'Trompeur' })).toHaveCount(6)
  const bar = page.getByRole('group', { name: /Annuler et rétablir/ })
  await expect(bar.getByRole('button', { name: 'Annuler' })).toHaveAttribute('title', 'Annuler : verdict « Trompeur » sur 6 affirmations (Ctrl+Z)')

  await page.locator('h1').click()
  await page.keyboard.press('Control+z')
  const toast = page.getByRole('status').locator('.notice', { hasText: 'Verdict « Trompeur » retiré de 6 affirmations' })
  await expect(toast).toBeVisible()
  await expect(frTable.getByRole('row').filter({ hasText: 'Faux' })).toHaveCount(6)
  await expect(bar.getByRole('button', { name: 'Rétablir' })).toBeEnabled()
  await page.locator('.app').screenshot({ path: testInfo.outputPath('undo-toast.png') })
  await toast.getByRole('button', { name: 'Rétablir' }).click()
  await expect(page.getByRole('status').locator('.notice', { hasText: 'Verdict « Trompeur » remis sur 6 affirmations' })).toBeVisible()
  await expect(frTable.getByRole('row').filter({ hasText: 'Trompeur' })).toHaveCount(6)

  await page.keyboard.press('Control+z')
  await expect(frTable.getByRole('row').filter({ hasText: 'Faux' })).toHaveCount(6)
  await page.keyboard.press('Control+y')
  await expect(frTable.getByRole('row').filter({ hasText: 'Trompeur' })).toHaveCount(6)
  await page.keyboard.press('Control+z')
  await expect(frTable.getByRole('row').filter({ hasText: 'Faux' })).toHaveCount(6)
  await page.keyboard.press('Control+Shift+z')
  await expect(frTable.getByRole('row').filter({ hasText: 'Trompeur' })).toHaveCount(6)
  await bar.getByRole('button', { name: 'Annuler' }).click()
  await expect(frTable.getByRole('row').filter({ hasText: 'Faux' })).toHaveCount(6)
  // Nothing older in this session: the previous session's verdicts stay.
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('status').getByText('Rien à annuler.')).toBeVisible()
  await expect(frTable.getByRole('row').filter({ hasText: 'Faux' })).toHaveCount(6)

  // The previous session's verdict on one claim is reverted from its history, and that revert is undoable.
  await page.getByRole('link', { name: 'Bibliothèque' }).click()
  await page.getByRole('link', { name: /Laurent Nunez/ }).first().click()
  await page.locator('mark.claim', { hasText: '610' }).click()
  const panel = page.getByRole('complementary', { name: 'Affirmation' })
  const older = panel.getByRole('region', { name: 'Historique' }).getByRole('listitem').filter({ hasText: /Non vérifié\s*→\s*Faux/ })
  await expect(older).toHaveCount(1)
  await older.getByRole('button', { name: 'Restaurer' }).click()
  await expect(panel.getByRole('radio', { name: /Non vérifié/ })).toBeChecked()
  await expect(page.getByRole('status').getByText(/Changement annulé/)).toBeVisible()
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect(panel.getByRole('radio', { name: /Faux/ })).toBeChecked()
})

test('History that came in a bundle offers no Revert', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Export' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open bundle' }).click()
  await (await chooser).setFiles(join(fixtures, 'bundles', 'history-hijack.zip'))
  await expect(page.locator('p[role="status"]')).toContainText('history-hijack.zip:')
  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('link', { name: "Crack à Paris : les places d'hébergement saturées", exact: true }).click()
  await page.locator('mark.claim', { hasText: '610' }).click()
  const history = page.getByRole('complementary', { name: 'Claim' }).getByRole('region', { name: 'History' })
  const imported = history.getByRole('listitem').filter({ hasText: 'from a bundle' })
  await expect(imported.first()).toBeVisible()
  expect(await imported.count()).toBeGreaterThan(0)
  await expect(history.getByRole('button', { name: 'Revert' })).toHaveCount(0)
  // A change made here can be reverted.
  await page.getByRole('complementary', { name: 'Claim' }).getByRole('radio', { name: /Accurate/ }).check()
  await expect(history.getByRole('listitem').filter({ hasNotText: 'from a bundle' }).getByRole('button', { name: 'Revert' })).toHaveCount(1)
})
