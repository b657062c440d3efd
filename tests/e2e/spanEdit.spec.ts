import { expect, test, type Page } from '@playwright/test'
import { CRACK_TEXT, openCrackClaim, pasteSource } from './helpers'

// Issue 12, item 8: a claim's figure and quote are corrected in the Reader, by keyboard and by mouse, and claims
// that overlap are both shown and both selectable.

/** The on-screen box of the character at `offset` of the source text (marks and runs carry their data-start). */
async function charBox(page: Page, offset: number): Promise<{ x: number; y: number; w: number; h: number }> {
  return page.evaluate((at) => {
    for (const el of document.querySelectorAll('.source-text [data-start]')) {
      const start = Number(el.getAttribute('data-start'))
      const node = el.firstChild
      if (!(node instanceof Text) || at < start || at >= start + node.data.length) continue
      const range = document.createRange()
      range.setStart(node, at - start)
      range.setEnd(node, at - start + 1)
      const b = range.getBoundingClientRect()
      return { x: b.left, y: b.top, w: b.width, h: b.height }
    }
    throw new Error(`no character at ${at} in the Reader`)
  }, offset)
}

/**
 * Selects `words` of the text with the mouse: pressed on the left of their first character and released on the right
 * of their last, or the other way round (`backwards`).
 */
async function dragSelect(page: Page, text: string, words: string, backwards = false): Promise<void> {
  const start = text.indexOf(words)
  expect(start, `"${words}" is in the text`).toBeGreaterThanOrEqual(0)
  // the Reader may still be drawing the source after the link was followed (CI on a loaded machine was faster)
  await expect(page.locator('.source-text')).toContainText(words)
  const a = await charBox(page, start)
  const b = await charBox(page, start + words.length - 1)
  const from = { x: a.x + 1, y: a.y + a.h / 2 }
  const to = { x: b.x + b.w - 1, y: b.y + b.h / 2 }
  const [down, up] = backwards ? [to, from] : [from, to]
  await page.mouse.move(down.x, down.y)
  await page.mouse.down()
  await page.mouse.move(up.x, up.y, { steps: 6 })
  await page.mouse.up()
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(words)
}

const TEXT = CRACK_TEXT

test('widens a figure by a word with the keyboard, narrows the quote with a mouse selection, refuses a quote without its figure, undoes', async ({ page }) => {
  const { mark, panel, quote } = await openCrackClaim(page)
  const figure = quote.locator('.quote-figure')
  await expect(figure).toHaveText('610 consommateurs')
  await expect(quote).toContainText('dans des dispositifs de prise en charge')

  // Keyboard: Alt+→ moves the figure's end one word right.
  await page.keyboard.press('Alt+ArrowRight')
  await expect(mark).toHaveText('610 consommateurs sont')
  await expect(figure).toHaveText('610 consommateurs sont')
  await expect(panel.getByRole('region', { name: 'Adjust span' })).toBeVisible()
  await expect(panel.locator('.history-list')).toContainText('Position of the figure')

  // Mouse: select the words that should be cited, make them the quote. Dragged from their end back to the figure: a
  // drag pressed on a mark's first character selects nothing in Chromium (the press lands just before the mark, the
  // mark then takes focus and the selection is dropped), on main before this change too — a known gap, not tested here.
  await dragSelect(page, TEXT, '610 consommateurs sont accueillis toutes les nuits', true)
  await panel.getByRole('button', { name: 'Set selection as quote' }).click()
  await expect(quote).toHaveText('“610 consommateurs sont accueillis toutes les nuits”')
  await expect(figure).toHaveText('610 consommateurs sont')
  await expect(mark).toHaveText('610 consommateurs sont')

  // A quote that would leave out the figure is refused, in words, and nothing changes.
  await page.keyboard.press('Alt+ArrowUp')
  await expect(panel.getByRole('radio', { name: 'Quote' })).toBeChecked()
  await page.keyboard.press('Alt+Shift+ArrowRight')
  await expect(panel.getByRole('alert')).toHaveText('The figure must stay inside the quote: narrow the figure first, or widen the quote.')
  await expect(quote).toHaveText('“610 consommateurs sont accueillis toutes les nuits”')
  await page.screenshot({ path: 'test-results/span-edit.png' })

  // Undo walks back: first the quote, then the figure.
  await page.keyboard.press('Control+z')
  await expect(quote).toContainText('dans des dispositifs de prise en charge')
  await expect(figure).toHaveText('610 consommateurs sont')
  await page.keyboard.press('Control+z')
  await expect(mark).toHaveText('610 consommateurs')
  await expect(figure).toHaveText('610 consommateurs')

  // What was saved is what the Reader shows after a reload.
  await page.keyboard.press('Alt+ArrowDown')
  await page.getByRole('button', { name: 'Move the start of the figure one word left' }).click()
  await expect(mark).toHaveText('préfet, 610 consommateurs')
  await page.reload()
  await expect(page.locator('mark.claim', { hasText: '610' })).toHaveText('préfet, 610 consommateurs')
})

test('two overlapping claims added by hand are both visible and both selectable, by mouse and keyboard', async ({ page }) => {
  const text = 'Les habitants du quartier se plaignent depuis longtemps du bruit des travaux.'
  await page.goto('/')
  await pasteSource(page, { title: 'Quartier', date: '2024-03-01', text })
  await page.getByRole('link', { name: 'Quartier' }).click()
  for (const [words, value, subject] of [['habitants du quartier', '1200', 'habitants'], ['du quartier se plaignent', '300', 'plaintes']]) {
    await dragSelect(page, text, words)
    await page.getByRole('button', { name: 'Add claim' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add claim' })
    await expect(dialog).toContainText(words)
    await dialog.getByLabel('Value', { exact: true }).fill(value)
    await dialog.getByLabel('Subject').fill(subject)
    await dialog.getByRole('button', { name: 'Add' }).click()
    await expect(dialog).toBeHidden()
  }
  const panel = page.getByRole('complementary', { name: 'Claim' })
  const quote = panel.locator('.panel-quote')
  // Each claim keeps its own marked text; the words they share are marked as both.
  await expect(page.locator('mark.claim', { hasText: 'habitants' })).toHaveText('habitants ')
  await expect(page.locator('mark.claim', { hasText: 'se plaignent' })).toHaveText(' se plaignent')
  const shared = page.locator('mark.claim.overlap')
  await expect(shared).toHaveText('du quartier')
  await expect(shared).toHaveAttribute('data-claim-ids', /^\S+ \S+$/)

  await page.locator('mark.claim', { hasText: 'habitants' }).click()
  await expect(quote).toHaveText('“habitants du quartier”')
  await page.locator('mark.claim', { hasText: 'se plaignent' }).click()
  await expect(quote).toHaveText('“du quartier se plaignent”')

  // The shared words open a chooser naming both claims.
  await shared.click()
  const chooser = page.getByRole('group', { name: 'Overlapping claims: choose one' })
  await expect(chooser.getByRole('button')).toHaveText(['habitants du quartier', 'du quartier se plaignent'])
  await page.screenshot({ path: 'test-results/span-overlap.png' })
  await chooser.getByRole('button', { name: 'habitants du quartier' }).click()
  await expect(quote).toHaveText('“habitants du quartier”')
  await expect(chooser).toBeHidden()

  // By keyboard: Enter on the shared mark, Tab to a claim, Enter.
  await shared.focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(chooser.getByRole('button', { name: 'du quartier se plaignent' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(quote).toHaveText('“du quartier se plaignent”')
})
