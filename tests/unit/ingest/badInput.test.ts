import { describe, expect, it } from 'vitest'
import { ingestFile, MAX_INGEST_BYTES } from '../../../shared/ingest/index'
import { fixtureBytes, host, refusalOf } from './fixtures'

// Each refusal names the file first, then a reason a user can act on. PDF and DOCX refusals
// (corrupt, encrypted, not a zip, zip bombs) are tested in pdf.test.ts and docx.test.ts.
describe('ingest refuses bad input with the file name and the reason', () => {
  it('an empty file', async () => {
    expect(await refusalOf('bad-empty.txt')).toBe('bad-empty.txt: the file is empty (0 bytes)')
  })

  it('binary junk named .txt', async () => {
    expect(await refusalOf('bad-binary-junk.txt')).toMatch(/^bad-binary-junk\.txt: binary data, not text/)
  })

  it('a file over the 50 MB cap, without reading it', async () => {
    const big = new Uint8Array(MAX_INGEST_BYTES + 1).fill(0x61)
    const result = await ingestFile({ name: 'huge.txt', bytes: big }, host)
    expect(result).toEqual({ ok: false, error: 'huge.txt: the file is 50.0 MB, over the 50.0 MB import limit' })
  })

  it('a file exactly at the cap passes the size check (and is then judged by its content)', async () => {
    const bytes = new Uint8Array(MAX_INGEST_BYTES)
    bytes.set([0x89, 0x50, 0x4e, 0x47])
    expect(await ingestFile({ name: 'at-cap.txt', bytes }, host)).toEqual({ ok: false, error: 'at-cap.txt: a PNG image' })
  })

  it('an image, by its bytes, whatever its name or MIME type says', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(await ingestFile({ name: 'photo.html', bytes: png, mime: 'text/html' }, host)).toEqual({
      ok: false,
      error: 'photo.html: a PNG image'
    })
    const page = await ingestFile({ name: 'https://example.org/pic', url: 'https://example.org/pic', bytes: fixtureBytes('bad-binary-junk.txt'), mime: 'image/webp' }, host)
    expect(page).toEqual({ ok: false, error: 'https://example.org/pic: an image (image/webp), not a text document' })
  })

  it('an unsupported extension, listing the supported ones', async () => {
    const result = await ingestFile({ name: 'slides.pptx', bytes: fixtureBytes('bad-binary-junk.txt') }, host)
    expect(result).toEqual({ ok: false, error: 'slides.pptx: unsupported file type .pptx (supported: .txt, .md, .html, .htm, .pdf, .docx, .srt, .vtt)' })
  })

  it('a zip archive that is not a .docx', async () => {
    const result = await ingestFile({ name: 'archive.txt', bytes: fixtureBytes('fr-entretien-maire.docx') }, host)
    expect(result).toEqual({ ok: false, error: 'archive.txt: a zip archive, not a text document' })
  })

  it('a text file with only blank lines', async () => {
    const result = await ingestFile({ name: 'blank.txt', bytes: new TextEncoder().encode('\n \n\t\n') }, host)
    expect(result).toEqual({ ok: false, error: 'blank.txt: no text found in it' })
  })

  it('a PDF when the host has no PDF reader', async () => {
    const result = await ingestFile({ name: 'r.pdf', bytes: fixtureBytes('en-2023-11-20-housing-report.pdf') }, { parseHtml: host.parseHtml })
    expect(result).toEqual({ ok: false, error: 'r.pdf: PDF import is not available here (no PDF reader configured)' })
  })

  it('a PDF named .txt is read as the PDF it is', async () => {
    const result = await ingestFile({ name: 'report.txt', bytes: fixtureBytes('en-2023-11-20-housing-report.pdf') }, host)
    expect(result.ok && result.value.mime).toBe('application/pdf')
  })

  it('never throws, even on a non-Uint8Array input', async () => {
    const result = await ingestFile({ name: 'x.txt', bytes: 'not bytes' as unknown as Uint8Array }, host)
    expect(result).toEqual({ ok: false, error: 'x.txt: no file content was given' })
  })
})
