import type { IngestHost, PdfDocumentLike, PdfPageLike } from '../../../shared/ingest/index'

/** The first bytes of a PDF: enough for ingest to take the file for one. */
export const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n%fake\n')

/**
 * A document of `pages` pages in pdfjs's shape, each with `lines` lines of one paragraph that runs
 * on into the next page (one paragraph over the whole document), its lines cut by hyphens, for
 * measuring our own layout work without pdfjs's page-tree lookups. Not a stand-in for pdfjs in any
 * other test: pdf.test.ts and pdfLong.test.ts read real PDFs too.
 */
export function runOnDocument(pages: number, lines = 3): PdfDocumentLike {
  const texts = (n: number, l: number): string =>
    l % 3 === 0 ? `the council counted ${1000 + n} new homes on page ${n} and the waiting` : l % 3 === 1 ? 'list kept growing while the number of afford-' : 'able homes built each year stayed the same and'
  const page = (n: number): PdfPageLike => ({
    view: [0, 0, 595, 842],
    getTextContent: async () => ({
      // Close lines (0.25 units apart) keep a long page clear of the header and footer bands.
      items: Array.from({ length: lines }, (_, l) => ({ str: texts(n, l), transform: [11, 0, 0, 11, 60, 700 - l * 0.25], width: 380, hasEOL: true }))
    })
  })
  return {
    numPages: pages,
    getPage: async (n) => page(n),
    getMetadata: async () => ({ info: { Title: 'Long report' }, metadata: null }),
    destroy: async () => undefined
  }
}

/** An ingest host whose PDF loader answers `doc` whatever the bytes. */
export function hostFor(doc: PdfDocumentLike): IngestHost {
  return { parseHtml: () => null, loadPdf: async () => doc }
}
