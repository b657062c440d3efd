import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { dropFiles, fixtures } from './helpers'

const sources = join(fixtures, 'sources')

const GOOD = [
  { file: 'fr-2024-03-12-logements-lyon.txt', title: 'Logements sociaux', date: '2024-03-12', figure: '1 200' },
  { file: 'fr-2024-02-15-chomage-insee.html', title: 'Chômage : le taux remonte', date: '2024-02-15', figure: '7,5 %' },
  { file: 'en-2023-11-20-housing-report.pdf', title: 'Annual Report 2023', date: '2023-11-20', figure: '1,200' },
  { file: 'fr-entretien-maire.docx', title: 'Entretien avec Isabelle Garnier', date: '2024-01-18', figure: '320' },
  { file: 'fr-debat-radio-retraites.vtt', title: 'Débat radio sur les retraites', date: '2024-04-04', figure: '17' }
]

test('drops a txt, html, pdf, docx and vtt file and finds their claims in the Claims view with source and date', async ({ page }) => {
  await page.goto('/')
  await dropFiles(page, [...GOOD.map((g) => join(sources, g.file)), join(sources, 'bad-not-a-zip.docx')])

  // Before saving: each file with its details to correct, the bad one with its reason.
  const review = page.getByRole('dialog', { name: 'Check before importing' })
  await expect(review).toBeVisible({ timeout: 30_000 })
  await expect(review.getByRole('alert')).toContainText('bad-not-a-zip.docx')
  for (const g of GOOD) await expect(review.getByRole('group', { name: g.file })).toBeVisible()
  const vtt = review.getByRole('group', { name: 'fr-debat-radio-retraites.vtt' })
  await expect(vtt.getByLabel('Date')).toHaveValue('2024-04-04')
  // Corrected before saving: the outlet, which the file does not say.
  const docx = review.getByRole('group', { name: 'fr-entretien-maire.docx' })
  await docx.getByLabel('Outlet').fill('Ouest Matin')
  await review.getByRole('button', { name: 'Import 5 sources' }).click()

  const summary = page.getByRole('region', { name: /Import finished: 5 added/ })
  await expect(summary).toBeVisible({ timeout: 30_000 })
  await expect(summary).toContainText('1 failed')
  await expect(summary).toContainText('bad-not-a-zip.docx')
  for (const g of GOOD) await expect(page.getByRole('list', { name: 'Sources' })).toContainText(g.title)
  await expect(page.getByRole('listitem').filter({ hasText: 'Entretien avec Isabelle Garnier' })).toContainText('Ouest Matin')

  await page.getByRole('link', { name: 'Claims' }).click()
  const table = page.getByRole('table', { name: 'Claims' })
  const sourceFilter = page.getByRole('combobox', { name: 'Source', exact: true })
  for (const g of GOOD) {
    const value = await sourceFilter.evaluate((el, title) => [...(el as HTMLSelectElement).options].find((o) => o.text.includes(title))?.value ?? '', g.title)
    expect(value).not.toBe('')
    await sourceFilter.selectOption(value)
    const rows = table.getByRole('row').filter({ hasText: g.title }).filter({ hasText: g.date })
    await expect(rows.first()).toBeVisible()
    await expect(table.getByRole('row').filter({ hasText: g.figure }).first()).toBeVisible()
  }
  await sourceFilter.selectOption('')
  // The PDF's running header and page numbers did not become claims.
  await page.getByRole('searchbox', { name: 'Search' }).fill('Page')
  await expect(page.getByText('0 claims')).toBeVisible()
})

test('a duplicate is skipped and a file over nothing useful is refused, the rest imports', async ({ page }) => {
  await page.goto('/')
  await dropFiles(page, [join(sources, 'fr-2024-03-12-logements-lyon.txt')])
  await page.getByRole('dialog', { name: 'Check before importing' }).getByRole('button', { name: 'Import 1 source' }).click()
  await expect(page.getByRole('list', { name: 'Sources' })).toContainText('Logements sociaux')

  await dropFiles(page, [join(sources, 'fr-2024-03-12-logements-lyon.txt'), join(sources, 'bad-empty.txt'), join(sources, 'bad-binary-junk.txt'), join(sources, 'fr-cp1252-rentree.txt')])
  const review = page.getByRole('dialog', { name: 'Check before importing' })
  await expect(review).toContainText('already imported')
  await expect(review.getByRole('alert').filter({ hasText: 'bad-empty.txt' })).toBeVisible()
  await expect(review.getByRole('alert').filter({ hasText: 'bad-binary-junk.txt' })).toBeVisible()
  await review.getByRole('button', { name: 'Import 1 source' }).click()
  const summary = page.getByRole('region', { name: /Import finished: 1 added/ })
  await expect(summary).toContainText('1 duplicate skipped')
  await expect(summary).toContainText('2 failed')
  await page.getByRole('link', { name: /Rentrée scolaire/ }).click()
  await expect(page.locator('.source-text')).toContainText("À l'été, 1 234 élèves")
})

test('a transcript shows speaker turns with time codes; editing a source moves its claims; deleting it can be undone', async ({ page }) => {
  await page.goto('/')
  await dropFiles(page, [join(sources, 'fr-debat-radio-retraites.vtt')])
  await page.getByRole('dialog', { name: 'Check before importing' }).getByRole('button', { name: 'Import 1 source' }).click()
  await page.getByRole('link', { name: 'Débat radio sur les retraites' }).click()
  const turn = page.locator('.turn').filter({ has: page.locator('.timecode') }).first()
  await expect(turn.locator('.turn-speaker')).not.toBeEmpty()
  await expect(turn.locator('.timecode')).toHaveText(/^\d+:\d\d/)
  await page.locator('mark.claim', { hasText: '17' }).first().click()
  await expect(page.getByRole('complementary', { name: 'Claim' })).toContainText('Hélène Leroy')

  // Correct the date afterwards: the claims follow.
  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('button', { name: 'Edit details: Débat radio sur les retraites' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit details' })
  await dialog.getByLabel('Date').fill('2024-04-05')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('link', { name: 'Claims' }).click()
  const table = page.getByRole('table', { name: 'Claims' })
  await expect(table.getByRole('row').filter({ hasText: '2024-04-05' }).first()).toBeVisible()
  await expect(table.getByRole('row').filter({ hasText: '2024-04-04' })).toHaveCount(0)

  // Delete, then undo from the notice.
  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('button', { name: 'Delete source: Débat radio sur les retraites' }).click()
  await expect(page.getByRole('heading', { name: 'No sources yet' })).toBeVisible()
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('link', { name: 'Débat radio sur les retraites' })).toBeVisible()
  await page.getByRole('link', { name: 'Claims' }).click()
  await expect(table.getByRole('row').filter({ hasText: '2024-04-05' }).first()).toBeVisible()
})
