import { describe, expect, it } from 'vitest'
import { ingestFile, MAX_PDF_PAGES, type IngestProgress } from '../../../shared/ingest/index'
import { longPdf } from '../../fixtures/sources/make-hostile'
import { host } from './fixtures'
import { hostFor, PDF_BYTES, runOnDocument } from './pdfFake'

describe('long PDFs (issue 11, item 8)', () => {
  it(`reads the first ${MAX_PDF_PAGES} pages of a 20 000-page document and says the rest was left out`, async () => {
    const progress: IngestProgress[] = []
    const result = await ingestFile({ name: 'long.pdf', bytes: PDF_BYTES }, hostFor(runOnDocument(20_000)), { onProgress: (p) => progress.push(p) })
    if (!result.ok) throw new Error(result.error)
    expect(result.notices).toEqual([{ code: 'pdf-page-cap', pages: 20_000, limit: MAX_PDF_PAGES }])
    expect(progress).toHaveLength(MAX_PDF_PAGES)
    expect(progress[0]).toEqual({ done: 1, total: MAX_PDF_PAGES })
    expect(progress.at(-1)).toEqual({ done: MAX_PDF_PAGES, total: MAX_PDF_PAGES })
    expect(result.value.text).toContain(`on page ${MAX_PDF_PAGES} and`)
    expect(result.value.text).not.toContain(`on page ${MAX_PDF_PAGES + 1} and`)
    // One paragraph over every page, its hyphenated line ends repaired.
    expect(result.value.segments).toHaveLength(1)
    expect(result.value.text).not.toContain('afford-')
  })

  it('stops between two pages when the signal is set, saying the import was cancelled', async () => {
    const controller = new AbortController()
    let read = 0
    const result = await ingestFile({ name: 'long.pdf', bytes: PDF_BYTES }, hostFor(runOnDocument(20_000)), {
      signal: controller.signal,
      onProgress: (p) => {
        read = p.done
        if (p.done === 10) controller.abort()
      }
    })
    expect(result).toEqual({ ok: false, error: 'long.pdf: the import was cancelled', cancelled: true })
    expect(read).toBe(10)
  })

  it('reads a real 60-page PDF through pdfjs page by page, with progress', async () => {
    const progress: number[] = []
    const result = await ingestFile({ name: 'long.pdf', bytes: await longPdf(60) }, host, { onProgress: (p) => progress.push(p.done) })
    if (!result.ok) throw new Error(result.error)
    expect(progress).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
    expect(result.notices).toEqual([])
    expect(result.value.text).toContain('on page 60 and the waiting list kept growing while the number of affordable homes')
    expect(result.value.segments).toHaveLength(1)
  })
})
