import { describe, expect, it } from 'vitest'
import { expectWellFormed, ingestFixture, refusalOf, segmentWith } from './fixtures'

describe('ingest PDF (pdfjs-dist legacy build through the Node host)', () => {
  it('reads the two-page report: metadata, paragraphs, pages, no running header or page numbers', async () => {
    const d = await ingestFixture('en-2023-11-20-housing-report.pdf')
    expectWellFormed(d)
    expect(d.title).toBe('Annual Report 2023 — Affordable housing')
    expect(d.authors).toEqual(['Housing Observatory'])
    expect(d.publishedAt).toBe('2023-11-20')
    expect(d.lang).toBe('en')
    expect(d.kind).toBe('report')
    expect(d.mime).toBe('application/pdf')
    expect(d.text).not.toContain('Housing Observatory — Annual Report 2023')
    expect(d.text).not.toMatch(/Page \d of 2/)
    expect(d.text).toContain('1,200 new social homes')
    expect(d.text).toContain('45% of private tenants')
  })

  it('repairs the hyphenated line end and joins the lines of a paragraph with spaces', async () => {
    const d = await ingestFixture('en-2023-11-20-housing-report.pdf')
    expect(d.text).toContain('The waiting list for affordable housing reached 48,000 households')
    expect(d.text).not.toContain('afford-')
  })

  it('keeps each paragraph with its page, joins the paragraph cut by the page break, marks the title as a heading', async () => {
    const d = await ingestFixture('en-2023-11-20-housing-report.pdf')
    expect(segmentWith(d, 'Affordable housing in 2023: the numbers')).toMatchObject({ page: 1, heading: 1 })
    expect(segmentWith(d, 'Rents rose by 4.5%').page).toBe(1)
    expect(segmentWith(d, '2,350 people slept rough').page).toBe(2)
    expect(d.text).toContain('to meet the demand of the coming decade, estimated at 4,000 homes a year.')
    expect(segmentWith(d, 'estimated at 4,000 homes').page).toBe(1)
    expect(d.text.split('\n\n')).toHaveLength(d.segments.length)
    expect(d.segments).toHaveLength(6)
  })

  it('refuses a corrupt PDF, naming the file and the reason', async () => {
    const error = await refusalOf('bad-corrupt.pdf')
    expect(error).toMatch(/^bad-corrupt\.pdf: /)
    expect(error).toMatch(/not a valid PDF|could not be/)
  })

  it('refuses a PDF without a text layer (a scan), suggesting OCR', async () => {
    expect(await refusalOf('bad-image-only.pdf')).toBe(
      'bad-image-only.pdf: the PDF has no text layer on its 1 page(s) (a scanned document? run OCR on it first)'
    )
  })

  it('refuses an encrypted PDF, saying it is password-protected', async () => {
    const error = await refusalOf('bad-encrypted.pdf')
    expect(error).toMatch(/^bad-encrypted\.pdf: the PDF is password-protected/)
  })
})
