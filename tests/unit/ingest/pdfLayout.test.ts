import { describe, expect, it } from 'vitest'
import { dropPageFurniture, linesOfPage, paragraphsOfPages, type PdfLine } from '../../../shared/ingest/pdfLayout'
import type { PdfTextItemLike } from '../../../shared/ingest/types'

const item = (str: string, x: number, y: number, size = 11, hasEOL = false): PdfTextItemLike => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: str.length * size * 0.5,
  height: size,
  hasEOL
})
const line = (text: string, y: number, size = 11, x = 50): PdfLine => ({ text, x, y, size, right: x + text.length * size * 0.5 })

// The layout rules on hand-made pdfjs items; the whole PDF path is tested on real files in pdf.test.ts.
describe('PDF layout', () => {
  it('groups items into lines by baseline, adding spaces only across gaps', () => {
    const lines = linesOfPage([item('Le taux', 50, 700), item('est de', 92, 700), item('7,5 %', 128, 700, 11, true), item('(provisoire)', 155.5, 700), item('Suite', 50, 686)])
    expect(lines.map((l) => l.text)).toEqual(['Le taux est de 7,5 %', '(provisoire)', 'Suite'])
  })

  it('drops running headers whose page number changes, and page numbers, on every page', () => {
    const pages = [1, 2, 3].map((n) => [line(`Rapport 2023 — page ${n}`, 810), line(`Texte de la page ${n}.`, 700), line(`- ${n} -`, 30)])
    const kept = dropPageFurniture(pages, [842, 842, 842])
    expect(kept.map((p) => p.map((l) => l.text))).toEqual([['Texte de la page 1.'], ['Texte de la page 2.'], ['Texte de la page 3.']])
  })

  it('keeps a one-page document\'s top line unless it is a page number', () => {
    const kept = dropPageFurniture([[line('Communiqué de presse', 810), line('Le chiffre : 45 %.', 700), line('1', 30)]], [842])
    expect(kept[0].map((l) => l.text)).toEqual(['Communiqué de presse', 'Le chiffre : 45 %.'])
  })

  it('removes typesetting hyphens but keeps compounds the document writes with a hyphen elsewhere', () => {
    const paragraphs = paragraphsOfPages([
      [
        line('Le porte-parole a annoncé 1 200 loge-', 700),
        line('ments et un nouveau porte-', 686),
        line('parole pour la région.', 672)
      ]
    ])
    expect(paragraphs).toEqual([{ text: 'Le porte-parole a annoncé 1 200 logements et un nouveau porte-parole pour la région.', page: 1 }])
  })

  it('starts a paragraph after a larger gap, a font size change, or a short line ending a sentence', () => {
    const long = 'x'.repeat(80)
    const paragraphs = paragraphsOfPages([
      [
        line('Titre du rapport', 760, 18),
        line(long, 700),
        line('fin de phrase.', 686),
        line(long, 672),
        line(long, 658),
        line('Après un blanc.', 620)
      ]
    ])
    expect(paragraphs.map((p) => [p.text.slice(0, 20), p.heading])).toEqual([
      ['Titre du rapport', 1],
      [`${'x'.repeat(20)}`, undefined],
      [`${'x'.repeat(20)}`, undefined],
      ['Après un blanc.', undefined]
    ])
  })
})
