import { detectFormat, ingestFile, type IngestHost, type IngestInput, type IngestOptions, type IngestResult } from '../../../../shared/ingest/index'
import { ingestPageInWorker, type WorkerIngestOptions } from '../../workers/ingestClient'
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

/** What a browser import may be given: the user's cancel and page progress (PDF). */
export type BrowserIngestOptions = Pick<IngestOptions, 'onProgress'> & Pick<WorkerIngestOptions, 'signal'>

/**
 * Parses one file into a source draft (with what it left out and how it was read, see IngestResult).
 * Web pages go to the ingest worker, where a hostile page cannot freeze the window; PDFs are read
 * here page by page (pdf.js parses in its own worker), with progress and cancel between pages.
 */
export function ingestInBrowser(input: IngestInput, options: BrowserIngestOptions = {}): Promise<IngestResult> {
  const detected = input.bytes?.length ? detectFormat(input.name, input.bytes, input.mime) : undefined
  if (detected && 'format' in detected && detected.format === 'html') return ingestPageInWorker(input, { signal: options.signal })
  return ingestFile(input, host, options)
}
