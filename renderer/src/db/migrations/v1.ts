/**
 * Version 1: the initial schema. Frozen: these types describe rows as version 1 wrote them
 * and must not follow later changes to shared/model.ts.
 */

export const VERSION = 1

export const STORES = {
  sources: 'id, contentHash, publishedAt',
  claims: 'id, sourceId, [sourceId+start], seriesId, verdict, status, speaker, subjectKey, statedAt',
  series: 'id, name',
  history: 'id, [entity+entityId], at',
  settings: 'key'
} as const

export interface SegmentV1 {
  start: number
  end: number
  speaker?: string
  startTime?: number
  endTime?: number
  page?: number
  heading?: number
}

export interface SourceV1 {
  id: string
  kind: 'article' | 'interview' | 'transcript' | 'report' | 'other'
  title: string
  outlet?: string
  url?: string
  authors: string[]
  speakers: string[]
  publishedAt?: string
  importedAt: string
  lang: 'fr' | 'en'
  text: string
  segments: SegmentV1[]
  contentHash: string
  fileName?: string
  mime?: string
  updatedAt?: string
}

export interface ClaimV1 {
  id: string
  sourceId: string
  quote: string
  start: number
  end: number
  sentence: string
  value: number
  valueHigh?: number
  previous?: { value: number; valueHigh?: number; when?: string }
  kind: 'count' | 'percent' | 'money' | 'quantity' | 'ratio' | 'change' | 'rank'
  unit?: string
  approx?: string
  subject: string
  subjectKey: string
  speaker?: string
  period?: { text: string; start?: string; end?: string; per?: 'day' | 'night' | 'week' | 'month' | 'quarter' | 'year' }
  statedAt?: string
  status: 'extracted' | 'confirmed' | 'edited' | 'rejected' | 'manual'
  verdict: 'unverified' | 'accurate' | 'misleading' | 'false' | 'unsupported'
  note: string
  /** Version 1 wrote tags only once a claim had some: absent means none. */
  tags?: string[]
  seriesId?: string
  extractorVersion: string
  createdAt: string
  updatedAt: string
}

export interface SeriesV1 {
  id: string
  name: string
  unit?: string
  claimIds: string[]
  notes: string
  createdAt: string
  updatedAt: string
}

export interface HistoryEntryV1 {
  id: string
  entity: 'claim' | 'series' | 'source'
  entityId: string
  action: 'create' | 'update' | 'delete' | 'merge'
  fields: string[]
  before?: unknown
  after?: unknown
  by: string
  at: string
}

export interface SettingRowV1 {
  key: string
  value: unknown
}
