import { Readability } from '@mozilla/readability'
import { collapseSpaces } from './cleanText'
import { normaliseDate } from './dates'
import { charsetOf, decodeText } from './decodeText'
import { type DomDocumentLike, type DomElementLike, type DomNodeLike, isDocumentLike } from './domLike'
import { domToParagraphs } from './domText'
import type { ParsedDoc } from './draft'
import { readHtmlMeta, splitByline } from './htmlMeta'
import { IngestError } from './ingestError'
import { TextAssembler } from './textAssembler'
import type { IngestHost } from './types'

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv Content-Type). */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  let head = ''
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) head += String.fromCharCode(bytes[i])
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase()
}

// Class or id tokens of page furniture that Readability keeps when it sits inside the article.
const FURNITURE = /^(?:ad|ads|advert|advertisement|adsbygoogle|pub|publicite|promo|newsletter|paywall|subscribe|abonnement|share|social-share|related|read-more|lire-aussi)$/i

/** Removes ads, newsletter boxes and share bars marked as such by class or id. */
function removeFurniture(doc: DomDocumentLike): void {
  const marked = doc.querySelectorAll('[class], [id]')
  const doomed: DomElementLike[] = []
  for (let i = 0; i < marked.length; i++) {
    const el = marked[i]
    const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/)
    if (tokens.some((t) => FURNITURE.test(t))) doomed.push(el)
  }
  for (const el of doomed) el.remove?.()
}

/**
 * A web page to a document. The host parses the HTML (no script ever runs: DOMParser and
 * linkedom do not execute them); metadata is read first (see readHtmlMeta), then
 * @mozilla/readability finds the article body, which is written out as paragraphs. When
 * Readability finds nothing, the whole body is used. Readability's own title, byline, site
 * name, date and language fill what the metadata lacked. Elements whose class or id marks
 * them as ads, newsletter or share boxes are removed first.
 */
export function parseHtml(bytes: Uint8Array, host: IngestHost, mime: string | undefined, url: string | undefined): ParsedDoc {
  const { text: html } = decodeText(bytes, charsetOf(mime) ?? declaredHtmlCharset(bytes))
  const doc = host.parseHtml(html, url)
  if (!isDocumentLike(doc)) throw new IngestError('the HTML parser returned no document')
  const meta = readHtmlMeta(doc)
  const documentTitle = collapseSpaces(doc.querySelector('title')?.textContent ?? '') || undefined
  removeFurniture(doc)

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
