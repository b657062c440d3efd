import { collapseSpaces } from './cleanText'
import { normaliseDate } from './dates'
import type { DomDocumentLike, DomElementLike } from './domLike'
import { langFromTag } from './lang'
import type { DocMeta } from './types'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const ARTICLE_TYPES = /^(?:\w+:)?(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|WebPage|Interview)$/

/** The content of the first `<meta>` whose name/property/itemprop matches one of `keys` (case-insensitive). */
function metaContent(doc: DomDocumentLike, keys: readonly string[]): string | undefined {
  return metaContents(doc, keys)[0]
}

function metaContents(doc: DomDocumentLike, keys: readonly string[]): string[] {
  const wanted = keys.map((k) => k.toLowerCase())
  const found: { rank: number; value: string }[] = []
  const metas = doc.querySelectorAll('meta')
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase()
    const rank = wanted.indexOf(key)
    const value = collapseSpaces(m.getAttribute('content') ?? '')
    if (rank >= 0 && value) found.push({ rank, value })
  }
  return found.sort((a, b) => a.rank - b.rank).map((f) => f.value)
}

/** Every JSON-LD object of the page, @graph and arrays flattened. Invalid blocks are ignored. */
function jsonLdObjects(doc: DomDocumentLike): Record<string, Json>[] {
  const out: Record<string, Json>[] = []
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit)
    else if (node && typeof node === 'object') {
      out.push(node)
      if (node['@graph']) visit(node['@graph'])
    }
  }
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]')
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i].textContent ?? '') as Json)
    } catch {
      // A broken JSON-LD block is common and says nothing about the article.
    }
  }
  return out
}

function types(o: Record<string, Json>): string[] {
  const t = o['@type']
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return collapseSpaces(v) || undefined
  if (Array.isArray(v)) return str(v[0])
  return undefined
}

function names(v: Json | undefined): string[] {
  if (!v) return []
  if (typeof v === 'string') return [collapseSpaces(v)].filter((s) => s && !/^https?:/.test(s))
  if (Array.isArray(v)) return v.flatMap(names)
  if (typeof v === 'object') return names(v.name ?? null)
  return []
}

/** A byline reduced to names: "Par Anne Martin et Paul Roy" → ["Anne Martin", "Paul Roy"]. */
export function splitByline(byline: string | undefined | null): string[] {
  if (!byline) return []
  const cleaned = collapseSpaces(byline)
    .replace(/^(?:by|par|written by|écrit par)\s+/i, '')
    .replace(/\s*[|•·–—-]\s*(?:publié|published|mis à jour|updated)\b.*$/i, '')
  if (!cleaned || cleaned.length > 200) return []
  return cleaned
    .split(/\s*(?:,|;|\bet\b|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && !/^https?:/.test(s))
}

/**
 * What a web page says about itself, read before Readability rewrites the DOM:
 * title, authors, site name, publication date, language and canonical URL, from JSON-LD
 * (NewsArticle and kin: headline, author, publisher, datePublished, inLanguage), Open Graph
 * and article:* meta, citation_* (Highwire/Google Scholar), Dublin Core (DC.*, dcterms.*),
 * `<time datetime>` (itemprop=datePublished or pubdate first) and `<html lang>`. The `<title>`
 * element is left to the caller (it often carries the site name).
 */
export function readHtmlMeta(doc: DomDocumentLike): DocMeta {
  const ld = jsonLdObjects(doc)
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? ld.find((o) => types(o).includes('WebPage'))
  const meta: DocMeta = {}

  meta.title =
    str(article?.headline) ??
    metaContent(doc, ['og:title', 'twitter:title', 'citation_title', 'dc.title', 'dcterms.title', 'title'])

  const ldAuthors = names(article?.author ?? null)
  const metaAuthors = metaContents(doc, ['citation_author', 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author'])
    .filter((a) => !/^https?:/.test(a))
  const authors = ldAuthors.length ? ldAuthors : metaAuthors.flatMap((a) => (a.includes(',') || a.includes(';') ? splitByline(a) : [a]))
  if (authors.length) meta.authors = authors

  const publisher = article?.publisher
  meta.outlet =
    metaContent(doc, ['og:site_name', 'citation_journal_title', 'citation_publisher', 'dc.publisher', 'dcterms.publisher', 'application-name']) ??
    names(publisher ?? null)[0]

  const dateCandidates: (string | undefined)[] = [
    str(article?.datePublished),
    ...metaContents(doc, [
      'article:published_time', 'og:published_time', 'citation_publication_date', 'citation_date', 'citation_online_date',
      'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'pubdate', 'publishdate',
      'publish-date', 'parsely-pub-date', 'sailthru.date', 'datepublished'
    ]),
    timeElementDate(doc),
    str(article?.dateCreated),
    str(article?.dateModified)
  ]
  meta.publishedAt = dateCandidates.map((d) => normaliseDate(d)).find(Boolean)

  meta.lang =
    langFromTag(doc.documentElement?.getAttribute('lang')) ??
    langFromTag(doc.documentElement?.getAttribute('xml:lang')) ??
    langFromTag(str(article?.inLanguage)) ??
    langFromTag(metaContent(doc, ['og:locale', 'content-language', 'dc.language', 'dcterms.language', 'language', 'citation_language'])) ??
    httpEquivLanguage(doc)

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, ['og:url']) ?? str(article?.url)
  if (canonical && /^https?:\/\//i.test(canonical)) meta.url = canonical
  return meta
}

function timeElementDate(doc: DomDocumentLike): string | undefined {
  const preferred = doc.querySelector('time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"][datetime]')
  const pick = (el: DomElementLike | null | undefined): string | undefined =>
    el ? (el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? undefined) : undefined
  return pick(preferred) ?? pick(doc.querySelectorAll('time[datetime]')[0])
}

function httpEquivLanguage(doc: DomDocumentLike): ReturnType<typeof langFromTag> {
  const metas = doc.querySelectorAll('meta[http-equiv]')
  for (let i = 0; i < metas.length; i++) {
    if (metas[i].getAttribute('http-equiv')?.toLowerCase() === 'content-language') return langFromTag(metas[i].getAttribute('content'))
  }
  return undefined
}
