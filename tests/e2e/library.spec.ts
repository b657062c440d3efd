/**
 * The Library with many sources (issue 13, item 2), driven as a user would: drop 60 files, correct the
 * review with "apply to all", then search, sort, filter, select, set an outlet, delete and undo, in
 * English and in French, with counts that agree with their number.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { bareFile, libraryDoc, libraryFile } from '../fixtures/library/corpus'

const DOCS = Array.from({ length: 57 }, (_, i) => libraryDoc(i))
const shots = join(__dirname, '..', '..', 'test-results', 'library')

/** Drops files made of these texts on the Library, as dragging them from a file manager would. */
async function dropTexts(page: Page, files: { name: string; text: string }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer()
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }))
    return dt
  }, files)
  const target = page.locator('.drop-target')
  await target.dispatchEvent('dragover', { dataTransfer })
  await target.dispatchEvent('drop', { dataTransfer })
}

/** 3 bare notes corrected with "apply to all", then 57 documents with their own details: 60 sources. */
async function fillLibrary(page: Page): Promise<void> {
  await page.goto('/')
  await dropTexts(page, [0, 1, 2].map(bareFile))
  const review = page.getByRole('dialog', { name: 'Check before importing' })
  const all = review.getByRole('group', { name: 'For every file' })
  await all.getByLabel('Outlet').fill('France Inter')
  await all.getByLabel('Speaker').fill('Anne Souyris')
  await all.getByLabel('Kind').selectOption('transcript')
  await all.getByLabel('Language').selectOption('fr')
  await all.getByRole('button', { name: 'Apply to all' }).click()
  for (let i = 0; i < 3; i++) {
    const item = review.getByRole('group', { name: `note-${i}.txt` })
    await expect(item.getByLabel('Outlet')).toHaveValue('France Inter')
    await expect(item.getByLabel('Speaker')).toHaveValue('Anne Souyris')
    await expect(item.getByLabel('Kind')).toHaveValue('transcript')
  }
  // One file keeps its own correction made after "apply to all".
  await review.getByRole('group', { name: 'note-2.txt' }).getByLabel('Outlet').fill('RFI')
  await review.getByRole('button', { name: 'Import 3 sources', exact: true }).click()
  await expect(page.getByRole('region', { name: /Import finished: 3 added/ })).toBeVisible({ timeout: 30_000 })

  await dropTexts(page, DOCS.map((d) => ({ name: d.name, text: libraryFile(d) })))
  await page.getByRole('dialog', { name: 'Check before importing' }).getByRole('button', { name: `Import ${DOCS.length} sources`, exact: true }).click({ timeout: 60_000 })
  await expect(page.getByRole('region', { name: new RegExp(`Import finished: ${DOCS.length} added`) })).toBeVisible({ timeout: 60_000 })
}

const list = (page: Page) => page.getByRole('list', { name: /^(Sources)$/ })
const card = (page: Page, title: string) => list(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) })

test('search, sort, filter, select, set an outlet, delete and undo among 60 sources, in English', async ({ page }) => {
  test.setTimeout(180_000)
  await fillLibrary(page)
  const count = page.locator('.library-bulk > span').first()
  await expect(count).toHaveText('60 of 60 sources')

  // "Apply to all" reached every bare note; the one corrected after it kept its own outlet.
  const search = page.getByRole('searchbox', { name: 'Search sources' })
  await search.fill('note')
  await expect(count).toHaveText('3 of 60 sources')
  await expect(card(page, 'Note 0')).toContainText('France Inter · ')
  await expect(card(page, 'Note 1')).toContainText('Transcript')
  await expect(card(page, 'Note 1')).toContainText('Anne Souyris')
  await expect(card(page, 'Note 2')).toContainText('RFI · ')

  // Search: a word of the text only, an outlet without its accent, two words that must both match.
  await search.fill('crack')
  const crack = DOCS.filter((d) => d.body.includes('crack'))
  await expect(count).toHaveText(`${crack.length} of 60 sources`)
  for (const d of crack) await expect(card(page, d.title)).toBeVisible()
  await search.fill('liberation')
  await expect(count).toHaveText(`${DOCS.filter((d) => d.outlet === 'Libération').length} of 60 sources`)
  await search.fill('mary shelter')
  await expect(count).toHaveText(`${DOCS.filter((d) => d.speaker === 'Mary Jones' && d.body.includes('shelter')).length} of 60 sources`)
  await search.fill('dossier 06')
  await expect(count).toHaveText('1 of 60 sources')
  await expect(card(page, 'Dossier 06 : élèves')).toContainText(`${DOCS[6].figures} claims`)
  await search.fill('')

  // Sort: by number of claims, most first; by title, A first; a source with one claim says "1 claim".
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('claimCount')
  await expect(list(page).getByRole('listitem').first().locator('.badge')).toHaveText('5 claims')
  await page.getByRole('button', { name: 'Sort by: Descending' }).click()
  await expect(list(page).getByRole('listitem').first().locator('.badge')).toHaveText('1 claim')
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title')
  await expect(list(page).getByRole('listitem').first().getByRole('link')).toHaveText('Dossier 00 : logements sociaux')

  // Filters: kind, language, outlet, then a date range.
  await page.getByRole('button', { name: 'Filters' }).click()
  const filters = page.getByRole('group', { name: 'Filters' })
  await filters.getByLabel('Kind').selectOption('interview')
  await filters.getByLabel('Language').selectOption('en')
  const interviewsEn = DOCS.filter((d) => d.kind === 'interview' && d.lang === 'en')
  await expect(count).toHaveText(`${interviewsEn.length} of 60 sources`)
  await filters.getByLabel('Outlet').selectOption('BBC')
  await expect(count).toHaveText(`${interviewsEn.filter((d) => d.outlet === 'BBC').length} of 60 sources`)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await filters.getByLabel('Published from').fill('2022')
  await filters.getByLabel('to', { exact: true }).fill('2022-06')
  const in2022 = DOCS.filter((d) => d.date && d.date >= '2022' && d.date <= '2022-06\uffff')
  await expect(count).toHaveText(`${in2022.length} of 60 sources`)
  await filters.getByLabel('Published from').fill('')
  await filters.getByLabel('to', { exact: true }).fill('')
  await filters.getByLabel('Language').selectOption('en')
  await expect(count).toHaveText(`${DOCS.filter((d) => d.lang === 'en').length} of 60 sources`)
  mkdirSync(shots, { recursive: true })
  await filters.getByLabel('Language').selectOption('')
  await page.screenshot({ path: join(shots, 'library-en-filters.png') })

  // Multi-select: one, then shift-click for a range of three; set their outlet; delete them; undo.
  await page.getByRole('checkbox', { name: 'Select: Dossier 00 : logements sociaux' }).click()
  await page.getByRole('checkbox', { name: 'Select: Dossier 02 : élèves' }).click({ modifiers: ['Shift'] })
  await expect(count).toHaveText('60 of 60 sources · 3 sources selected')
  const picked = ['Dossier 00 : logements sociaux', 'Dossier 01 : places d’hébergement', 'Dossier 02 : élèves']
  await page.getByRole('textbox', { name: 'Set outlet' }).fill('AFP')
  await page.getByRole('button', { name: 'Apply', exact: true }).click()
  await expect(page.getByRole('status').getByText('3 sources updated.')).toBeVisible()
  for (const t of picked) await expect(card(page, t)).toContainText('AFP · ')
  await page.screenshot({ path: join(shots, 'library-en-selected.png') })

  // A search that hides some of the selection says so: Delete would still take all three.
  await search.fill('Dossier 00')
  await expect(count).toHaveText('1 of 60 sources · 3 sources selected, 2 of them hidden by the search or filters')
  await search.fill('')
  await expect(count).toHaveText('60 of 60 sources · 3 sources selected')

  await page.getByRole('button', { name: 'Delete selected' }).click()
  await expect(page.getByRole('status').getByText('3 sources deleted.')).toBeVisible()
  await expect(count).toHaveText('57 of 57 sources')
  for (const t of picked) await expect(card(page, t)).toHaveCount(0)
  await page.locator('.notice').filter({ hasText: '3 sources deleted.' }).getByRole('button', { name: 'Undo' }).click()
  await expect(count).toHaveText('60 of 60 sources')
  for (const t of picked) await expect(card(page, t)).toContainText('AFP')

  // One undo more puts the outlets back.
  await page.keyboard.press('Control+z')
  for (const [i, t] of picked.entries()) await expect(card(page, t)).toContainText(`${DOCS[i].outlet} · `)

  // After a reload, everything is still there.
  await page.reload()
  await expect(count).toHaveText('60 of 60 sources')
})

test('the same Library in French: labels, plurals and undo', async ({ page }) => {
  test.setTimeout(180_000)
  await fillLibrary(page)
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('combobox', { name: 'Language' }).selectOption('fr')
  await page.keyboard.press('Escape')
  const count = page.locator('.library-bulk > span').first()
  await expect(count).toHaveText('60 sources sur 60')

  await page.getByRole('searchbox', { name: 'Rechercher dans les sources' }).fill('élèves 2')
  await expect(count).toHaveText(/^\d+ sources? sur 60$/)
  await page.getByRole('searchbox', { name: 'Rechercher dans les sources' }).fill('dossier 05')
  await expect(count).toHaveText('1 source sur 60')
  // One claim is "1 affirmation", never "1 affirmations".
  await expect(card(page, 'Dossier 05 : places d’hébergement')).toContainText('1 affirmation')
  await expect(card(page, 'Dossier 05 : places d’hébergement')).not.toContainText('1 affirmations')
  await page.getByRole('searchbox', { name: 'Rechercher dans les sources' }).fill('')

  await page.getByRole('combobox', { name: 'Trier par' }).selectOption('claimCount')
  await expect(list(page).getByRole('listitem').first().locator('.badge')).toHaveText('5 affirmations')
  await page.getByRole('button', { name: 'Filtres' }).click()
  const filtres = page.getByRole('group', { name: 'Filtres' })
  await filtres.getByLabel('Type').selectOption('report')
  await expect(count).toHaveText(`${DOCS.filter((d) => d.kind === 'report').length} sources sur 60`)
  await filtres.getByLabel('Média').selectOption('Le Monde')
  const reportsMonde = DOCS.filter((d) => d.kind === 'report' && d.outlet === 'Le Monde')
  await expect(count).toHaveText(`${reportsMonde.length} sources sur 60`)
  mkdirSync(shots, { recursive: true })
  await filtres.getByLabel('Média').selectOption('')
  await page.screenshot({ path: join(shots, 'library-fr-filters.png') })

  await page.getByRole('button', { name: 'Tout sélectionner' }).click()
  const reports = DOCS.filter((d) => d.kind === 'report').length
  await expect(count).toHaveText(`${reports} sources sur 60 · ${reports} sources sélectionnées`)
  await page.getByRole('combobox', { name: 'Définir la langue' }).selectOption('en')
  await expect(page.getByRole('status').getByText(`${DOCS.filter((d) => d.kind === 'report' && d.lang === 'fr').length} sources modifiées.`)).toBeVisible()
  await page.getByRole('button', { name: 'Supprimer la sélection' }).click()
  await expect(page.getByRole('status').getByText(`${reports} sources supprimées.`)).toBeVisible()
  await expect(page.getByText('Aucune source ne correspond à cette recherche ou à ces filtres.')).toBeVisible()
  await page.locator('.notice').filter({ hasText: 'supprimées' }).getByRole('button', { name: 'Annuler la dernière action' }).click()
  await expect(count).toHaveText(`${reports} sources sur 60`)
})
