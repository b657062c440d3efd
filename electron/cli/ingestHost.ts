import { DOMParser } from 'linkedom'
import type * as pdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { IngestHost, PdfDocumentLike } from '../../shared/ingest/index'

type PdfJs = typeof pdfjsModule

let pdfjs: Promise<PdfJs> | undefined

/** pdfjs-dist's legacy build (the one for Node), loaded once on first use. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return pdfjs
}

/**
 * The IngestHost for Node (the CLI, unit tests): linkedom parses HTML (it never runs
 * scripts) and pdfjs-dist's legacy build reads PDFs with eval and font loading off.
 */
export function createNodeIngestHost(): IngestHost {
  return {
    parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
    loadPdf: async (data: Uint8Array): Promise<PdfDocumentLike> => {
      const { getDocument } = await loadPdfJs()
      return getDocument({
        data,
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        verbosity: 0
      }).promise
    }
  }
}
