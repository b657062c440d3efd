/**
 * shared/ingest: bytes (a file, a fetched page) or pasted text → a SourceDraft with clean
 * text, segments and metadata. Pure: the host passes in an HTML parser and the PDF loader
 * (IngestHost). Every expected failure is `{ ok: false, error: "<file>: <reason>" }`.
 */
import { splitParagraphs } from './cleanText'
import { decodeText, charsetOf } from './decodeText'
import { detectFormat, type IngestFormat } from './detectFormat'
import { parseDocx } from './docx'
import { baseTitle, finishDraft, titleFromFirstLine, type ParsedDoc } from './draft'
import { readFrontMatter } from './frontMatter'
import { parseHtml } from './html'
import { IngestCancelled, IngestError, reasonOf } from './ingestError'
import { parseMarkdown } from './markdown'
import { parsePdf } from './pdf'
import { paragraphsToDoc } from './plainText'
import { parseSubtitles } from './subtitles'
import { transcriptToDoc } from './transcript'
import type { IngestHost, IngestInput, IngestOptions, IngestResult } from './types'
import { formatBytes } from './zipGuard'

export type { IngestHost, IngestInput, IngestResult, SourceDraft, PdfDocumentLike, PdfPageLike, PdfTextItemLike } from './types'
export type { IngestNotice, IngestOptions, IngestProgress, IngestSignal } from './types'
export { describeNotice } from './notices'
export { detectFormat } from './detectFormat'
export { MAX_ARTICLE_DEPTH, MAX_ARTICLE_ELEMENTS } from './htmlShape'
export { MAX_PDF_PAGES } from './pdf'
export { SUPPORTED_EXTENSIONS, extensionOf, type IngestFormat } from './detectFormat'
export { contentHashOf, normaliseForHash } from './contentHash'
export { ingestPastedText, MAX_PASTED_CHARS, type PastedTextFields } from './pastedText'
export { applySourceMetadata, type SourceMetadata } from './sourceMetadata'
export { normaliseDate } from './dates'

/** Largest file ingest reads: 50 MB. Hosts should check a file's size before reading it. */
export const MAX_INGEST_BYTES = 50 * 1024 * 1024

async function parse(format: IngestFormat, input: IngestInput, host: IngestHost, options: IngestOptions): Promise<{ doc: ParsedDoc; fallbackTitle: string }> {
  const nameTitle = baseTitle(input.name)
  switch (format) {
    case 'txt': {
      const { body, meta } = readFrontMatter(decodeText(input.bytes, charsetOf(input.mime)).text)
      const doc = paragraphsToDoc(splitParagraphs(body), meta, 'text/plain')
      return { doc, fallbackTitle: titleFromFirstLine(doc.assembler.text()) ?? nameTitle }
    }
    case 'md': {
      const { body, meta } = readFrontMatter(decodeText(input.bytes, charsetOf(input.mime)).text)
      const doc = parseMarkdown(body, meta)
      const firstHeading = doc.assembler.segments.find((s) => s.heading)
      const headingTitle = firstHeading ? doc.assembler.text().slice(firstHeading.start, firstHeading.end) : undefined
      return { doc, fallbackTitle: headingTitle ?? nameTitle }
    }
    case 'html':
      return { doc: parseHtml(input.bytes, host, input.mime, input.url, options), fallbackTitle: nameTitle }
    case 'pdf':
      return { doc: await parsePdf(input.bytes, host, options), fallbackTitle: nameTitle }
    case 'docx':
      return { doc: await parseDocx(input.bytes, host), fallbackTitle: nameTitle }
    case 'srt':
    case 'vtt': {
      const doc = transcriptToDoc(parseSubtitles(decodeText(input.bytes, charsetOf(input.mime)).text, format))
      doc.mime = format === 'vtt' ? 'text/vtt' : 'application/x-subrip'
      return { doc, fallbackTitle: nameTitle }
    }
  }
}

/**
 * Reads one file (or fetched page) into a SourceDraft. The format comes from the bytes'
 * signature, the extension, the MIME type, then the content (see detectFormat). Refuses
 * with the file's name and the reason: empty or over MAX_INGEST_BYTES, binary data,
 * unsupported types, damaged or encrypted PDFs, archives that are not Word documents or
 * are zip bombs, documents without text. What it leaves out of a file it imports (a subtitle
 * cue's unusable time code) comes back in `warnings`, each naming the file; how it read the file
 * differently from usual (a page as plain text, a PDF up to MAX_PDF_PAGES) in `notices`.
 * `options.signal` stops a long PDF between pages (`cancelled: true`); `options.onProgress`
 * hears of each page. Never throws.
 */
export async function ingestFile(input: IngestInput, host: IngestHost, options: IngestOptions = {}): Promise<IngestResult> {
  const name = input?.name || 'unnamed file'
  const fail = (reason: string): IngestResult => ({ ok: false, error: `${name}: ${reason}` })
  try {
    if (!(input?.bytes instanceof Uint8Array)) return fail('no file content was given')
    const size = input.bytes.length
    if (size === 0) return fail('the file is empty (0 bytes)')
    if (size > MAX_INGEST_BYTES) return fail(`the file is ${formatBytes(size)}, over the ${formatBytes(MAX_INGEST_BYTES)} import limit`)
    const detected = detectFormat(name, input.bytes, input.mime)
    if ('refused' in detected) return fail(detected.refused)
    const { doc, fallbackTitle } = await parse(detected.format, input, host, options)
    // A fetched page has a URL, not a file name; both may carry a date.
    const fileName = input.url ? undefined : name.split(/[\\/]/).pop()
    if (input.url && /^https?:\/\//i.test(input.url)) doc.meta.url ??= input.url
    const value = await finishDraft(doc, fileName, fallbackTitle, fileName ?? input.url ?? name)
    return { ok: true, value, warnings: (doc.warnings ?? []).map((w) => `${name}: ${w}`), notices: doc.notices ?? [] }
  } catch (error) {
    if (error instanceof IngestCancelled) return { ok: false, error: `${name}: ${error.message}`, cancelled: true }
    if (error instanceof IngestError) return fail(error.message)
    return fail(`could not be read (${reasonOf(error)})`)
  }
}
