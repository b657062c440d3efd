import { ingestFile, type IngestHost, type IngestInput, type IngestResult } from '../../../../shared/ingest/index'
import type * as PdfJs from 'pdfjs-dist'

let pdfjsPromise: Promise<typeof PdfJs> | null = null

/** pdf.js is large: load it (and point it at its worker file) only when a PDF arrives. */
function loadPdfjs(): Promise<typeof PdfJs> {
  if (!pdfjsPromise) {
    pdfjsPromise = Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default
      return pdfjs
    })
  }
  return pdfjsPromise
}

/** The renderer's ingest host: the browser's own DOMParser (scripts never run in parsed documents) and pdf.js. */
const host: IngestHost = {
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  loadPdf: async (data) => {
    const pdfjs = await loadPdfjs()
    // A copy: pdf.js transfers the buffer to its worker.
    return pdfjs.getDocument({ data: data.slice(), isEvalSupported: false, useSystemFonts: false }).promise as never
  }
}

/** Parses one file into a source draft in the renderer (with what it left out, see IngestResult). */
export function ingestInBrowser(input: IngestInput): Promise<IngestResult> {
  return ingestFile(input, host)
}
