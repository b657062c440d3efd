import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PIECE_LENGTH, WHOLE_TEXT_MAX, pieceBounds, segmentsIn } from '../../../shared/extract/chunks'
import { extractClaims } from '../../../shared/extract/index'

const fr = readFileSync(resolve(__dirname, '../../fixtures/extract/fr-sample.txt'), 'utf8').trimEnd() + '\n'

describe('long texts are read in pieces cut after a line break (memory follows the piece)', () => {
  it('cuts only after a line break, covers the text exactly, and leaves short texts whole', () => {
    expect(pieceBounds('court')).toEqual([{ start: 0, end: 5 }])
    let big = ''
    while (big.length <= WHOLE_TEXT_MAX) big += fr
    const pieces = pieceBounds(big)
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces[0].start).toBe(0)
    expect(pieces[pieces.length - 1].end).toBe(big.length)
    for (let i = 0; i < pieces.length; i++) {
      if (i > 0) expect(pieces[i].start).toBe(pieces[i - 1].end)
      if (i < pieces.length - 1) {
        expect(big[pieces[i].end - 1]).toBe('\n')
        expect(pieces[i].end - pieces[i].start).toBeGreaterThanOrEqual(PIECE_LENGTH)
      }
    }
  })

  it('finds in a long text of independent paragraphs exactly the claims of each paragraph, at the right offsets', () => {
    const one = extractClaims(fr, { lang: 'fr', date: '2024-01-01' })
    expect(one.length).toBeGreaterThan(5)
    let big = ''
    let copies = 0
    while (big.length <= WHOLE_TEXT_MAX) { big += fr; copies++ }
    const all = extractClaims(big, { lang: 'fr', date: '2024-01-01' })
    expect(all).toHaveLength(one.length * copies)
    for (let i = 0; i < all.length; i++) {
      const c = all[i]
      expect(big.slice(c.start, c.end)).toBe(c.quote)
      const ref = one[i % one.length]
      expect(c.quote).toBe(ref.quote)
      expect(c.figureStart! - c.start).toBe(ref.figureStart! - ref.start)
      expect(c.value).toBe(ref.value)
      expect(c.subject).toBe(ref.subject)
    }
  })

  it('cuts speaker segments with the text, in each piece\'s own offsets', () => {
    const segs = [{ start: 0, end: 10, speaker: 'A' }, { start: 10, end: 30, speaker: 'B' }, { start: 30, end: 50, speaker: 'C' }]
    expect(segmentsIn(segs, 20, 40)).toEqual([{ start: 0, end: 10, speaker: 'B' }, { start: 10, end: 20, speaker: 'C' }])
    expect(segmentsIn(undefined, 0, 5)).toBeUndefined()
  })
})
