/**
 * sources.csl.json (CSL-JSON, what Zotero and other reference managers import) and the
 * formatted citations of report.html and claims.csv, through citation-js.
 *
 * citation-js is given CSL-JSON only, so it never fetches anything: formatting works
 * offline and in a browser bundle. APA is bundled with @citation-js/plugin-csl; the
 * Chicago author-date style is registered from styles/chicagoAuthorDate.ts.
 */
import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'
import type { Lang, ReferenceSeries, Source } from '../model'
import { canonicalJson } from './canonicalJson'
import { CHICAGO_AUTHOR_DATE_CSL } from './styles/chicagoAuthorDate'

/** A CSL name: a person split into family/given, or an organisation as a literal. */
export type CslName = { family: string; given?: string } | { literal: string }

/** The CSL-JSON fields ClaimLedger writes (a subset of CSL-JSON 1.0.2). */
export interface CslItem {
  id: string
  type: 'article-newspaper' | 'interview' | 'broadcast' | 'report' | 'document' | 'dataset'
  title: string
  'container-title'?: string
  publisher?: string
  author?: CslName[]
  interviewer?: CslName[]
  issued?: { 'date-parts': number[][] }
  accessed?: { 'date-parts': number[][] }
  URL?: string
  language?: string
  medium?: string
}

/** Citation styles report.html offers. */
export type CitationStyle = 'apa' | 'chicago'

const TEMPLATE: Record<CitationStyle, string> = { apa: 'apa', chicago: 'chicago-author-date' }
const LOCALE: Record<Lang, string> = { en: 'en-US', fr: 'fr-FR' }

/** "2023-10-05" → [[2023, 10, 5]]; "2023-10" → [[2023, 10]]; undefined when not a date. */
export function isoToDateParts(iso: string | undefined): { 'date-parts': number[][] } | undefined {
  const match = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null
  if (!match) return undefined
  const parts = [match[1], match[2], match[3]].filter((p): p is string => p !== undefined).map(Number)
  return { 'date-parts': [parts] }
}

/**
 * A name as CSL wants it. "Family, Given" and "Given Family" are split; a single word or
 * an all-capitals name ("AFP", "INSEE") is kept whole as an organisation.
 */
export function toCslName(name: string): CslName {
  const trimmed = name.trim().replace(/\s+/g, ' ')
  const comma = trimmed.indexOf(',')
  if (comma > 0) return { family: trimmed.slice(0, comma).trim(), given: trimmed.slice(comma + 1).trim() }
  const words = trimmed.split(' ')
  if (words.length < 2 || trimmed === trimmed.toUpperCase()) return { literal: trimmed }
  return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') }
}

/** One Source as a CSL-JSON item. */
export function sourceToCsl(source: Source): CslItem {
  const authors = source.authors.filter((a) => a.trim()).map(toCslName)
  const speakers = source.speakers.filter((s) => s.trim()).map(toCslName)
  const item: CslItem = { id: source.id, type: cslType(source), title: source.title || source.fileName || source.id }
  // An interview's CSL author is the person interviewed; the journalists are interviewers.
  const spoken = source.kind === 'interview' || source.kind === 'transcript'
  if (spoken && speakers.length) {
    item.author = speakers
    if (authors.length) item.interviewer = authors
  } else if (authors.length) {
    item.author = authors
  }
  if (source.outlet) {
    if (source.kind === 'report') item.publisher = source.outlet
    else item['container-title'] = source.outlet
  }
  const issued = isoToDateParts(source.publishedAt)
  if (issued) item.issued = issued
  const accessed = isoToDateParts(source.importedAt)
  if (accessed) item.accessed = accessed
  if (source.url) item.URL = source.url
  item.language = source.lang
  if (source.kind === 'transcript') item.medium = 'transcript'
  return item
}

function cslType(source: Source): CslItem['type'] {
  switch (source.kind) {
    case 'article':
      return 'article-newspaper'
    case 'interview':
      return 'interview'
    case 'transcript':
      return 'broadcast'
    case 'report':
      return 'report'
    case 'other':
      return 'document'
    default:
      return 'document'
  }
}

/** An official series cited as a dataset: its publisher as author, the day it was retrieved. */
export function referenceToCsl(reference: ReferenceSeries): CslItem {
  const item: CslItem = { id: reference.id, type: 'dataset', title: reference.datasetTitle === reference.name ? reference.name : `${reference.datasetTitle}: ${reference.name}`, publisher: reference.publisher, author: [{ literal: reference.publisher }] }
  const accessed = isoToDateParts(reference.retrievedAt)
  if (accessed) item.accessed = accessed
  if (reference.url) item.URL = reference.url
  return item
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** sources.csl.json: the sources, then the official series, each sorted by id, deterministic. */
export function writeCslJson(sources: readonly Source[], references: readonly ReferenceSeries[] = []): string {
  return canonicalJson([...[...sources].sort(byId).map(sourceToCsl), ...[...references].sort(byId).map(referenceToCsl)])
}

let chicagoRegistered = false

function ensureStyles(): void {
  if (chicagoRegistered) return
  const csl = plugins.config.get('@csl')
  if (!csl.templates.has(TEMPLATE.chicago)) csl.templates.add(TEMPLATE.chicago, CHICAGO_AUTHOR_DATE_CSL)
  chicagoRegistered = true
}

/**
 * Formatted bibliography entries (plain text, one per source id) in the chosen style and
 * language. Plain text, not citeproc's HTML, so callers escape it like any other text.
 */
export function formatCitations(sources: readonly Source[], style: CitationStyle = 'apa', locale: Lang = 'en', references: readonly ReferenceSeries[] = []): Map<string, string> {
  ensureStyles()
  const out = new Map<string, string>()
  if (sources.length === 0 && references.length === 0) return out
  const cite = new Cite([...sources.map(sourceToCsl), ...references.map(referenceToCsl)])
  // One bibliography for all entries: formatting entry by entry makes citeproc redo the
  // whole list each time (quadratic: 20 s for 1 000 sources).
  const entries = cite.format('bibliography', { format: 'text', template: TEMPLATE[style], lang: LOCALE[locale], asEntryArray: true })
  for (const [id, text] of entries) out.set(id, text.trim())
  return out
}
