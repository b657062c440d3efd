import type { Source } from '../model'

/** Everything a Source holds except what the store assigns (id, importedAt). */
export type SourceDraft = Omit<Source, 'id' | 'importedAt'>

/**
 * What ingestFile answers: the draft with what in the file could not be used and was left out
 * ("<file>: cue 3: time code … is not usable …"; the rest of the file is imported), or the refusal.
 */
export type IngestResult = { ok: true; value: SourceDraft; warnings: string[] } | { ok: false; error: string }

/** One text item of a PDF page, as pdfjs-dist's `getTextContent()` returns it (marked-content items have no `str`). */
export interface PdfTextItemLike {
  str?: string
  /** [a, b, c, d, e, f]: e, f are the x, y of the baseline start; d is about the font size. */
  transform?: number[]
  width?: number
  height?: number
  hasEOL?: boolean
}

/** The part of a pdfjs-dist PDFPageProxy that ingest reads. */
export interface PdfPageLike {
  /** [x0, y0, x1, y1] of the page in PDF units. */
  view: number[]
  getTextContent(): Promise<{ items: ReadonlyArray<PdfTextItemLike | object> }>
  cleanup?(): unknown
}

/** The part of a pdfjs-dist PDFDocumentProxy that ingest reads (pdfjs's own proxy satisfies it). */
export interface PdfDocumentLike {
  numPages: number
  getPage(pageNumber: number): Promise<PdfPageLike>
  getMetadata(): Promise<{ info: object; metadata?: { get(name: string): unknown } | null }>
  destroy(): Promise<unknown>
}

/**
 * What the host provides where shared/ cannot: an HTML parser and the PDF loader.
 * - Node (CLI, tests): electron/cli/ingestHost.ts (linkedom, pdfjs-dist legacy build).
 * - Browser main thread: `new DOMParser().parseFromString(html, 'text/html')` and
 *   pdfjs-dist's `getDocument({ data, isEvalSupported: false }).promise` with
 *   `GlobalWorkerOptions.workerSrc` set to the `pdfjs-dist/build/pdf.worker.min.mjs?url` asset.
 * - Inside a Web Worker: there is no DOMParser, use linkedom's (it works in browsers too);
 *   pdfjs cannot start its worker from workerSrc there (it reads window.location), so give it
 *   `GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module' })`.
 * DOCX needs nothing from the host: mammoth's browser entry is picked by bundlers from its
 * package.json "browser" field, and its Node entry elsewhere.
 */
export interface IngestHost {
  /** Parses HTML into a DOM Document-like object that @mozilla/readability accepts. Scripts are never run. */
  parseHtml(html: string, url?: string): unknown
  /** pdfjs-dist's getDocument(...).promise, loaded by the host. Without it PDFs are refused with a clear message. */
  loadPdf?: (data: Uint8Array) => Promise<PdfDocumentLike>
}

/** A file (or a fetched page) to import. */
export interface IngestInput {
  /** File name, or the URL for fetched pages; every error message starts with it. */
  name: string
  bytes: Uint8Array
  /** MIME type when known (a fetched page's Content-Type, a File's type); charset is honoured. */
  mime?: string
  /** The page's address, for fetched pages. */
  url?: string
}

/** What a format parser found about a document beside its text. */
export interface DocMeta {
  title?: string
  outlet?: string
  url?: string
  authors?: string[]
  speakers?: string[]
  publishedAt?: string
  lang?: string
  kind?: Source['kind']
}
