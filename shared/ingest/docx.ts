import { zipSync } from 'fflate'
import type mammothModule from 'mammoth'
import { runtime } from '../runtime'
import { isDocumentLike } from './domLike'
import { domToParagraphs } from './domText'
import type { ParsedDoc } from './draft'
import { readCoreProperties } from './docxCore'
import { IngestError, reasonOf } from './ingestError'
import { assignSpeakers } from './speakerTurns'
import type { DocMeta, IngestHost } from './types'
import { DOCX_ZIP_LIMITS, safeUnzip, type ZipLimits } from './zipGuard'

let mammothPromise: Promise<typeof mammothModule> | undefined

/** mammoth (and JSZip) is loaded on the first .docx only: a bundle that never sees one does not pay for it. */
function loadMammoth(): Promise<typeof mammothModule> {
  mammothPromise ??= import('mammoth').then((m) => ((m as { default?: typeof mammothModule }).default ?? m) as typeof mammothModule)
  return mammothPromise
}

/**
 * A Word document to a document. The archive is opened by safeUnzip first (zip-bomb limits,
 * sizes checked while inflating) and re-packed uncompressed from what was verified, so
 * mammoth never inflates anything unchecked. mammoth turns the body into HTML (paragraphs,
 * headings from Word's heading styles, lists, tables; images skipped, external files never
 * read), the host parses that HTML and its paragraphs become the text. Core properties give
 * title, authors, date (created) and language.
 */
export async function parseDocx(bytes: Uint8Array, host: IngestHost, limits: ZipLimits = DOCX_ZIP_LIMITS): Promise<ParsedDoc> {
  const files = safeUnzip(bytes, limits)
  if (!files.has('word/document.xml')) throw new IngestError('a zip archive but not a Word document (no word/document.xml)')
  const core = files.get('docProps/core.xml')
  const meta: DocMeta = core ? readCoreProperties(new runtime.TextDecoder('utf-8').decode(core)) : {}

  const repacked = zipSync(Object.fromEntries(files), { level: 0 })
  let html: string
  try {
    const mammoth = await loadMammoth()
    const result = await mammoth.convertToHtml(
      // mammoth's Node entry reads `buffer`, its browser entry `arrayBuffer`: give both.
      { buffer: repacked, arrayBuffer: repacked.buffer.slice(repacked.byteOffset, repacked.byteOffset + repacked.byteLength) } as unknown as Parameters<typeof mammothModule.convertToHtml>[0],
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' }))
      }
    )
    html = result.value
  } catch (error) {
    throw new IngestError(`the Word document could not be read (${reasonOf(error)})`)
  }
  const doc = host.parseHtml(`<!doctype html><html><body>${html}</body></html>`)
  if (!isDocumentLike(doc) || !doc.body) throw new IngestError('the HTML parser returned no document')
  const assembler = domToParagraphs(doc.body)
  const interview = assignSpeakers(assembler.text(), assembler.segments)
  if (!meta.title) {
    const firstHeading = assembler.segments.find((s) => s.heading)
    if (firstHeading) meta.title = assembler.text().slice(firstHeading.start, firstHeading.end)
  }
  return {
    assembler,
    meta,
    defaultKind: interview ? 'interview' : 'article',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  }
}
