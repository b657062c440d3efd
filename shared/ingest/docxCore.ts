import { collapseSpaces } from './cleanText'
import { normaliseDate } from './dates'
import { decodeEntities } from './entities'
import { langFromTag } from './lang'
import type { DocMeta } from './types'

function element(xml: string, qname: string): string | undefined {
  const m = new RegExp(`<${qname}(?:\\s[^>]*)?>([\\s\\S]*?)</${qname}>`).exec(xml)
  const v = m ? collapseSpaces(decodeEntities(m[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1'))) : ''
  return v || undefined
}

/**
 * The core properties of an OOXML package (docProps/core.xml): dc:title, dc:creator
 * (authors, split at ";"), dcterms:created and dc:language. dcterms:created is when the file was
 * first saved, not a publication date: it is kept as fileDate only. The part is a flat
 * list of simple elements, so a pattern per element reads it.
 */
export function readCoreProperties(xml: string): DocMeta {
  const meta: DocMeta = {}
  const title = element(xml, 'dc:title')
  if (title) meta.title = title
  const creator = element(xml, 'dc:creator')
  if (creator) meta.authors = creator.split(/\s*;\s*/).filter(Boolean)
  meta.fileDate = normaliseDate(element(xml, 'dcterms:created'))
  meta.lang = langFromTag(element(xml, 'dc:language'))
  return meta
}
