/**
 * Version 5: source summaries for the Library (issue 13, item 2). At 5 000 sources the list must
 * open in under 200 ms and never read every source's text, so each source gets a light summary
 * row (title, outlet, kind, language, dates, speakers, file name, claim count, folded keys for
 * search and sort) and, apart, the folded distinct words of its text, read only for a search.
 *
 * Frozen: the encoding below is a copy of sourceSummary.ts as of version 5, on purpose. It reads
 * sources a page at a time and claims by key only, so a large library is never held in
 * memory at once.
 */
import { type Transaction } from 'dexie'
import { type SourceV1 } from './v1'

export const VERSION = 5

export const STORES = {
  sourceSummaries: 'id',
  sourceWords: 'id'
} as const

export interface SourceSummaryV5 {
  id: string
  title: string
  outlet: string
  kind: SourceV1['kind']
  lang: SourceV1['lang']
  publishedAt: string
  importedAt: string
  speakers: string[]
  fileName: string
  claimCount: number
  titleKey: string
  find: string
}

export interface SourceWordsV5 {
  id: string
  words: string
}

function foldV5(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
}

function spacedWordsV5(text: string): string {
  const words = [...new Set(foldV5(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))]
  return words.length ? ' ' + words.join(' ') : ''
}

export function summaryV5(source: SourceV1, claimCount: number): SourceSummaryV5 {
  return {
    id: source.id, title: source.title, outlet: source.outlet ?? '', kind: source.kind, lang: source.lang, publishedAt: source.publishedAt ?? '',
    importedAt: source.importedAt, speakers: [...source.speakers], fileName: source.fileName ?? '', claimCount, titleKey: foldV5(source.title),
    find: spacedWordsV5([source.title, source.outlet ?? '', ...source.speakers].join(' '))
  }
}

export function wordsV5(source: Pick<SourceV1, 'id' | 'text'>): SourceWordsV5 {
  return { id: source.id, words: spacedWordsV5(source.text) }
}

const PAGE = 200

export async function upgrade(tx: Transaction): Promise<void> {
  const counts = new Map<string, number>()
  await tx.table('claims').orderBy('sourceId').eachKey((key) => {
    const id = String(key)
    counts.set(id, (counts.get(id) ?? 0) + 1)
  })
  const sources = tx.table<SourceV1, string>('sources')
  const ids = await sources.toCollection().primaryKeys()
  for (let i = 0; i < ids.length; i += PAGE) {
    // Per page, so memory stays bounded by one page of source texts.
    const page = (await sources.bulkGet(ids.slice(i, i + PAGE))).filter((s): s is SourceV1 => s !== undefined)
    await tx.table<SourceSummaryV5, string>('sourceSummaries').bulkPut(page.map((s) => summaryV5(s, counts.get(s.id) ?? 0)))
    await tx.table<SourceWordsV5, string>('sourceWords').bulkPut(page.map(wordsV5))
  }
}
