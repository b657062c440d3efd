import { collapseSpaces } from './cleanText'
import { normaliseDate } from './dates'
import type { ParsedDoc } from './draft'
import { IngestCancelled, IngestError, reasonOf } from './ingestError'
import { langFromTag } from './lang'
import { dropPageFurniture, linesOfPage, paragraphsOfPages, type PdfLine } from './pdfLayout'
import { TextAssembler } from './textAssembler'
import type { DocMeta, IngestHost, IngestNotice, IngestOptions, PdfDocumentLike, PdfTextItemLike } from './types'

// Titles that authoring tools write by default and that say nothing about the document.
const JUNK_TITLE = /^(?:untitled|sans titre|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|indd|odt|rtf|tex))$/i

function infoString(info: Record<string, unknown>, key: string): string | undefined {
  const v = info[key]
  return typeof v === 'string' && collapseSpaces(v) ? collapseSpaces(v) : undefined
}

function xmpString(metadata: { get(name: string): unknown } | null | undefined, key: string): string | undefined {
  try {
    const v = metadata?.get(key)
    const s = Array.isArray(v) ? v[0] : v
    return typeof s === 'string' && collapseSpaces(s) ? collapseSpaces(s) : undefined
  } catch {
    return undefined
  }
}

/** Explains pdfjs's exceptions (PasswordException, InvalidPDFException...) in words a user can act on. */
function explainOpenError(error: unknown): IngestError {
  const name = (error as { name?: string } | null)?.name ?? ''
  if (name === 'PasswordException') {
    return new IngestError('the PDF is password-protected (encrypted); open it in a PDF reader and save or print an unprotected copy')
  }
  if (name === 'InvalidPDFException') return new IngestError(`not a valid PDF, damaged or truncated (${reasonOf(error)})`)
  return new IngestError(`the PDF could not be opened (${reasonOf(error)})`)
}

/**
 * Most pages of a PDF that are read; the rest is left out, with a notice. pdfjs finds each page by
 * walking the page tree, and in a flat tree (one node holding every page, as many generators write
 * it) that walk costs the whole page count, so reading N pages of such a file costs N × its page
 * count: about 10 ms a page in a 20 000-page file. Our own work is linear in the text.
 */
export const MAX_PDF_PAGES = 3000

/**
 * A PDF to a document through the host's pdfjs-dist: text in reading order, grouped into
 * paragraphs, hyphenation at line ends repaired, page numbers and running headers dropped
 * (see pdfLayout), each paragraph's segment keeping its page. Metadata: Title (unless an
 * authoring tool's default), Author, Lang; XMP dc:title/dc:creator as fallbacks. CreationDate and
 * xmp:CreateDate are when the file was written, not published: they are kept as fileDate only
 * (a 2020 report saved again in 2024 is still from 2020); XMP prism:publicationDate/coverDate are
 * publication dates. Encrypted, damaged and text-less (scanned) PDFs are refused with the reason.
 * Pages past MAX_PDF_PAGES are left out (a pdf-page-cap notice); `options.onProgress` hears of
 * every page read and `options.signal` stops the reading between two pages (IngestCancelled).
 */
export async function parsePdf(bytes: Uint8Array, host: IngestHost, options: IngestOptions = {}): Promise<ParsedDoc> {
  if (!host.loadPdf) throw new IngestError('PDF import is not available here (no PDF reader configured)')
  let doc: PdfDocumentLike
  try {
    // pdfjs may transfer (detach) the buffer it is given, and refuses Node Buffers: hand it a plain copy.
    doc = await host.loadPdf(new Uint8Array(bytes))
  } catch (error) {
    throw explainOpenError(error)
  }
  try {
    const pages: PdfLine[][] = []
    const heights: number[] = []
    const toRead = Math.min(doc.numPages, MAX_PDF_PAGES)
    for (let n = 1; n <= toRead; n++) {
      if (options.signal?.aborted) throw new IngestCancelled()
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      pages.push(linesOfPage(content.items.filter((i): i is PdfTextItemLike => 'str' in i)))
      heights.push(Math.abs((page.view[3] ?? 792) - (page.view[1] ?? 0)))
      page.cleanup?.()
      options.onProgress?.({ done: n, total: toRead })
    }
    const paragraphs = paragraphsOfPages(dropPageFurniture(pages, heights))
    if (!paragraphs.length) {
      throw new IngestError(
        doc.numPages ? `the PDF has no text layer on its ${doc.numPages} page(s) (a scanned document? run OCR on it first)` : 'the PDF has no pages'
      )
    }
    const assembler = new TextAssembler()
    for (const p of paragraphs) assembler.paragraph(p.text, p.heading ? { page: p.page, heading: p.heading } : { page: p.page })

    const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }))
    const record = info as Record<string, unknown>
    const meta: DocMeta = {}
    const title = infoString(record, 'Title') ?? xmpString(metadata, 'dc:title')
    meta.title = title && !JUNK_TITLE.test(title) ? title : (paragraphs.find((p) => p.page === 1 && p.heading)?.text ?? undefined)
    const author = infoString(record, 'Author') ?? xmpString(metadata, 'dc:creator')
    if (author) meta.authors = author.split(/\s*;\s*/).filter(Boolean)
    meta.publishedAt = normaliseDate(xmpString(metadata, 'prism:publicationdate')) ?? normaliseDate(xmpString(metadata, 'prism:coverdate'))
    meta.fileDate = normaliseDate(infoString(record, 'CreationDate')) ?? normaliseDate(xmpString(metadata, 'xmp:createdate'))
    meta.lang = langFromTag(infoString(record, 'Language')) ?? langFromTag(xmpString(metadata, 'dc:language'))
    const notices: IngestNotice[] = doc.numPages > toRead ? [{ code: 'pdf-page-cap', pages: doc.numPages, limit: MAX_PDF_PAGES }] : []
    return { assembler, meta, defaultKind: 'report', mime: 'application/pdf', notices }
  } catch (error) {
    if (error instanceof IngestError || error instanceof IngestCancelled) throw error
    throw new IngestError(`the PDF could not be read (${reasonOf(error)})`)
  } finally {
    await doc.destroy().catch(() => undefined)
  }
}
