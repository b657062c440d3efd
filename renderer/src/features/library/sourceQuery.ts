/**
 * The Library's search, filters and sort, in memory over the source summaries (no text): at
 * 5 000 sources a query takes a few milliseconds, so it runs on every keystroke.
 */
import { type Lang, type SourceKind } from '../../../../shared/model'
import { foldText, queryWords } from '../../db/search'
import { type SourceSummaryRow } from '../../db/sourceSummary'

export type SourceSortField = 'importedAt' | 'publishedAt' | 'title' | 'outlet' | 'claimCount'

export const SOURCE_SORT_FIELDS: readonly SourceSortField[] = ['importedAt', 'publishedAt', 'title', 'outlet', 'claimCount']

export interface SourceQuery {
  /** Words matched as prefixes, accent- and case-insensitive, in title, outlet, speakers and text; all must match. */
  search: string
  kind: SourceKind | ''
  lang: Lang | ''
  /** Exact outlet; '' for any. */
  outlet: string
  /** ISO dates (possibly partial), inclusive, compared with the publication date: "2023-10" includes "2023-10-31". */
  dateFrom: string
  dateTo: string
  sort: SourceSortField
  dir: 'asc' | 'desc'
}

export const DEFAULT_SOURCE_QUERY: SourceQuery = { search: '', kind: '', lang: '', outlet: '', dateFrom: '', dateTo: '', sort: 'importedAt', dir: 'desc' }

export interface SourceQueryResult {
  rows: SourceSummaryRow[]
  /** The search had words but the texts' words were not given (still loading): only title, outlet and speakers were searched. */
  textPending: boolean
}

/** Whether anything narrows the list (search or a filter). */
export function isFiltered(q: SourceQuery): boolean {
  return q.search.trim() !== '' || q.kind !== '' || q.lang !== '' || q.outlet !== '' || q.dateFrom !== '' || q.dateTo !== ''
}

function sortKey(s: SourceSummaryRow, field: SourceSortField, outletKeys: Map<string, string>): string | number {
  switch (field) {
    case 'importedAt': return s.importedAt
    case 'publishedAt': return s.publishedAt
    case 'title': return s.titleKey
    case 'outlet': return outletKeys.get(s.outlet) ?? ''
    case 'claimCount': return s.claimCount
  }
}

/**
 * The sources that match, in the asked order. Sources without a value for the sort field (no
 * date, no outlet) come last either way; ties go newest import first, then by id, so the order
 * is stable. `words` (source id → folded words of its text, sourceWords) makes search reach the text.
 */
export function querySources(summaries: readonly SourceSummaryRow[], q: SourceQuery, words?: ReadonlyMap<string, string>): SourceQueryResult {
  const needles = queryWords(q.search).map((w) => ' ' + w)
  const to = q.dateTo ? q.dateTo + '\uffff' : ''
  const rows = summaries.filter((s) => {
    if (q.kind && s.kind !== q.kind) return false
    if (q.lang && s.lang !== q.lang) return false
    if (q.outlet && s.outlet !== q.outlet) return false
    if (q.dateFrom && (s.publishedAt === '' || s.publishedAt < q.dateFrom)) return false
    if (to && (s.publishedAt === '' || s.publishedAt > to)) return false
    if (needles.length === 0) return true
    const text = words?.get(s.id) ?? ''
    return needles.every((w) => s.find.includes(w) || text.includes(w))
  })
  const outletKeys = new Map<string, string>()
  if (q.sort === 'outlet') for (const s of rows) if (!outletKeys.has(s.outlet)) outletKeys.set(s.outlet, foldText(s.outlet))
  const sign = q.dir === 'asc' ? 1 : -1
  const keys = new Map(rows.map((s) => [s, sortKey(s, q.sort, outletKeys)]))
  rows.sort((a, b) => {
    const x = keys.get(a) as string | number
    const y = keys.get(b) as string | number
    if (x !== y) {
      if (x === '') return 1
      if (y === '') return -1
      return (x < y ? -1 : 1) * sign
    }
    if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? 1 : -1
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
  return { rows, textPending: needles.length > 0 && words === undefined }
}

/** Every outlet named by a source, in accent- and case-insensitive order, for the outlet filter. */
export function outletsOf(summaries: readonly SourceSummaryRow[]): string[] {
  const outlets = [...new Set(summaries.map((s) => s.outlet).filter((o) => o !== ''))]
  const keys = new Map(outlets.map((o) => [o, foldText(o)]))
  return outlets.sort((a, b) => ((keys.get(a) as string) < (keys.get(b) as string) ? -1 : 1))
}
