/**
 * Version 3: search and sort at 100 000 claims without reading every row.
 *
 * Each claim row gains derived fields, kept out of the Claim type (records.ts strips them):
 * - `searchWords` (multiEntry): the folded words of quote, subject, speaker and note,
 *   for accent- and case-insensitive prefix search;
 * - `sourceTitle`, `sourceLang`: copied from the source, so the Claims table needs no join
 *   and can filter by language;
 * - `sortSubject`, `sortSpeaker`, `sortSource`, `sortPeriod`: folded sort keys, so sorting
 *   a large result reads one index instead of every row; `value` is indexed for the same reason.
 *
 * Frozen: the folding below is a copy of search.ts as of version 3, on purpose — if the live
 * folding changes, a later version recomputes the words; this one must keep meaning what it meant.
 */
import { type Transaction } from 'dexie'
import { type SourceV1 } from './v1'
import { type ClaimV2 } from './v2'

export const VERSION = 3

export const STORES = {
  claims:
    'id, sourceId, [sourceId+start], seriesId, [seriesId+statedAt], verdict, status, speaker, subjectKey, statedAt, *tags, ' +
    '*searchWords, value, sourceLang, sortSubject, sortSpeaker, sortSource, sortPeriod'
} as const

export interface ClaimV3 extends ClaimV2 {
  searchWords: string[]
  sourceTitle: string
  sourceLang: 'fr' | 'en'
  sortSubject: string
  sortSpeaker?: string
  sortSource: string
  sortPeriod?: string
}

function foldV3(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
}

function wordsV3(text: string): string[] {
  return [...new Set(foldV3(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))]
}

/** The derived fields of a version 3 claim row. */
export function derivedV3(claim: ClaimV2, source: { title: string; lang: 'fr' | 'en' } | undefined): Omit<ClaimV3, keyof ClaimV2> {
  const title = source?.title ?? ''
  const derived: Omit<ClaimV3, keyof ClaimV2> = {
    searchWords: wordsV3([claim.quote, claim.subject, claim.speaker ?? '', claim.note].join(' ')),
    sourceTitle: title,
    sourceLang: source?.lang ?? 'en',
    sortSubject: foldV3(claim.subject),
    sortSource: foldV3(title)
  }
  if (claim.speaker) derived.sortSpeaker = foldV3(claim.speaker)
  const period = claim.period?.start ?? (claim.period?.text ? foldV3(claim.period.text) : undefined)
  if (period) derived.sortPeriod = period
  return derived
}

export async function upgrade(tx: Transaction): Promise<void> {
  const sources = new Map<string, { title: string; lang: 'fr' | 'en' }>()
  await tx
    .table<SourceV1, string>('sources')
    .each((s) => {
      sources.set(s.id, { title: s.title, lang: s.lang })
    })
  await tx
    .table<ClaimV2, string>('claims')
    .toCollection()
    .modify((claim) => {
      Object.assign(claim, derivedV3(claim, sources.get(claim.sourceId)))
    })
}
