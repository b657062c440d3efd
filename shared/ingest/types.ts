import type { Source } from '../model'

/** Everything a Source holds except what the store assigns (id, importedAt). */
export type SourceDraft = Omit<Source, 'id' | 'importedAt'>

/**
 * What ingestFile answers: the draft with what in the file could not be used and was left out
 * ("<file>: cue 3: time code … is not usable …"; the rest of the file is imported), or the refusal.
 */
export type IngestResult = { ok: true; value: SourceDraft; warnings: string[]; notices: IngestNotice[] } | { ok: false; error: string; cancelled?: true }

/**
 * How a file was read differently from usual, for the UI to say in its language (the CLI prints
 * describeNotice's English): a page read as plain text because it was too deep or too large for
 * article detection, or because the host stopped detection after its time budget; a PDF read
 * only up to the page cap.
 */
export type IngestNotice =
  | { code: 'html-too-deep'; depth: number; limit: number }
  | { code: 'html-too-large'; elements: number; limit: number }
  | { code: 'html-article-timeout'; seconds: number }
  | { code: 'pdf-page-cap'; pages: number; limit: number }

/** Something with an `aborted` flag, such as an AbortSignal (shared/ has no DOM types). */
export interface IngestSignal {
  readonly aborted: boolean
}

/** How far a long import has come (PDF pages). */
export interface IngestProgress {
  done: number
  total: number
}

/** What the caller of ingestFile may ask for beside the file. */
export interface IngestOptions {
  /** Checked between pages: when set, the import stops with IngestCancelled. */
  signal?: IngestSignal
  onProgress?: (progress: IngestProgress) => void
  /**
   * Seconds after which the host stopped article detection on this page in an earlier try (it
   * runs synchronously, so only the host can stop it, e.g. by ending a worker): the page is then
   * read as plain text straight away, with an html-article-timeout notice.
   */
  articleDetectionTimedOut?: number
}

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
  /** When the file says it was written (PDF CreationDate, DOCX dcterms:created): not a publication date. */
  fileDate?: string
  lang?: string
  kind?: Source['kind']
}
