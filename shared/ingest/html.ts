import { Readability } from '@mozilla/readability'
import { collapseSpaces } from './cleanText'
import { normaliseDate } from './dates'
import { charsetOf, decodeText } from './decodeText'
import { type DomDocumentLike, type DomNodeLike, isDocumentLike } from './domLike'
import { domToParagraphs } from './domText'
import type { ParsedDoc } from './draft'
import { plainTextRoot, removeBoilerplate } from './htmlBoilerplate'
import { readHtmlMeta, splitByline } from './htmlMeta'
import { capHtmlDepth, htmlShape, MAX_ARTICLE_DEPTH, MAX_ARTICLE_ELEMENTS } from './htmlShape'
import { IngestError } from './ingestError'
import { TextAssembler } from './textAssembler'
import type { IngestHost, IngestNotice, IngestOptions } from './types'

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv Content-Type). */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  let head = ''
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) head += String.fromCharCode(bytes[i])
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase()
}

/** Why article detection must not run on this page, if it must not. */
function plainTextReason(html: string, options: IngestOptions): IngestNotice | undefined {
  if (options.articleDetectionTimedOut !== undefined) return { code: 'html-article-timeout', seconds: options.articleDetectionTimedOut }
  const shape = htmlShape(html)
  if (shape.depth > MAX_ARTICLE_DEPTH) return { code: 'html-too-deep', depth: shape.depth, limit: MAX_ARTICLE_DEPTH }
  if (shape.elements > MAX_ARTICLE_ELEMENTS) return { code: 'html-too-large', elements: shape.elements, limit: MAX_ARTICLE_ELEMENTS }
  return undefined
}

/**
 * A web page to a document. The host parses the HTML (no script ever runs: DOMParser and
 * linkedom do not execute them); metadata is read first (see readHtmlMeta), boilerplate is
 * removed (ads, share bars, cookie banners, overlays: see removeBoilerplate), then
 * @mozilla/readability finds the article body, which is written out as paragraphs. When
 * Readability finds nothing, the whole body is used. Readability's own title, byline, site
 * name, date and language fill what the metadata lacked.
 *
 * A page nested deeper than MAX_ARTICLE_DEPTH or larger than MAX_ARTICLE_ELEMENTS (measured
 * first, in linear time), or one the host already had to stop (options.articleDetectionTimedOut),
 * is read as plain text instead: the article, main or body without navigation, asides and
 * footers, with a notice saying so. A too-deep page is flattened below the cap before parsing,
 * since building the deep tree alone takes minutes.
 */
export function parseHtml(bytes: Uint8Array, host: IngestHost, mime: string | undefined, url: string | undefined, options: IngestOptions = {}): ParsedDoc {
  const { text: html } = decodeText(bytes, charsetOf(mime) ?? declaredHtmlCharset(bytes))
  const plain = plainTextReason(html, options)
  const doc = host.parseHtml(plain?.code === 'html-too-deep' ? capHtmlDepth(html, MAX_ARTICLE_DEPTH) : html, url)
  if (!isDocumentLike(doc)) throw new IngestError('the HTML parser returned no document')
  const meta = readHtmlMeta(doc)
  const documentTitle = collapseSpaces(doc.querySelector('title')?.textContent ?? '') || undefined
  removeBoilerplate(doc)

  if (plain) {
    const root = plainTextRoot(doc)
    const assembler = root ? domToParagraphs(root) : new TextAssembler()
    meta.title ??= documentTitle
    if (url && /^https?:\/\//i.test(url)) meta.url = url
    return { assembler, meta, defaultKind: 'article', mime: 'text/html', notices: [plain] }
  }

  let article: ReturnType<Readability<DomNodeLike>['parse']> = null
  try {
    article = new Readability<DomNodeLike>(doc as never, {
      serializer: (node) => node as unknown as DomNodeLike,
      charThreshold: 200
    }).parse()
  } catch {
    // Readability can throw on odd DOMs; the body fallback below still gives the text.
  }

  let assembler = article?.content ? domToParagraphs(article.content) : new TextAssembler()
  if (!assembler.text().trim()) {
    const fresh = host.parseHtml(html, url) as DomDocumentLike
    removeBoilerplate(fresh)
    assembler = domToParagraphs(fresh.body ?? (fresh.documentElement as DomNodeLike))
  }

  meta.title ??= collapseSpaces(article?.title ?? '') || documentTitle
  if (!meta.authors?.length) {
    const byline = splitByline(article?.byline)
    if (byline.length) meta.authors = byline
  }
  meta.outlet ??= collapseSpaces(article?.siteName ?? '') || undefined
  meta.lang ??= article?.lang ?? undefined
  meta.publishedAt ??= normaliseDate(article?.publishedTime)
  // Where the page was fetched from is its provenance; the canonical link is the fallback.
  if (url && /^https?:\/\//i.test(url)) meta.url = url
  return { assembler, meta, defaultKind: 'article', mime: 'text/html' }
}
