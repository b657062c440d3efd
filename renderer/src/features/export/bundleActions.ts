import type * as BundleCode from '../../../../shared/bundle/index'
import type { ChartInput, CitationStyle, MergeCounts, RejectedClaims } from '../../../../shared/bundle/index'
import type { Lang, Source } from '../../../../shared/model'
import type { ClaimLedgerDB } from '../../db/database'
import { applyMergePlan, collectBundleContent, existingRecordsFor, type BundleScope } from '../../db/repositories/bundles'
import { withoutBadTimecodes, type TimecodeRepair } from '../../../../shared/timecode'
import { getPlatform } from '../../platform'

/** The bundle code (citation-js, citeproc, zip) is large: it loads on first export or import. */
function loadBundleCode(): Promise<typeof BundleCode> {
  return import('../../../../shared/bundle/index')
}

export interface ExportRequest {
  scope: BundleScope
  citationStyle: CitationStyle
  locale: Lang
  authorName: string
  /** Rejected claims: in the bundle marked as rejected, or left out (never published as fact-checks either way). */
  rejectedClaims: RejectedClaims
  /** The message when the scope holds nothing, in the UI's language. */
  nothingMessage: string
  /** Renders the PNG of each series in the bundle (the chart as the Series view draws it), without the claims left out. */
  renderCharts?: (seriesIds: string[], leftOut: ReadonlySet<string>) => Promise<ChartInput[]>
}

/** What an export wrote; `timecodeRepairs` lists the unusable time codes left out of it (their sources are exported). */
export interface ExportResult {
  path?: string
  claims: number
  sources: number
  timecodeRepairs: TimecodeRepair[]
}

/**
 * Builds the citation bundle of a scope and saves it where the user chooses. A time code a bundle cannot hold
 * (Infinity, stored from a damaged subtitle file before imports checked them) is left out of its segment and
 * reported, so one bad record never blocks exporting the rest.
 */
export async function exportBundle(db: ClaimLedgerDB, request: ExportRequest): Promise<ExportResult | null> {
  const { buildBundle, isRejected, withoutRejected } = await loadBundleCode()
  const stored = await collectBundleContent(db, request.scope)
  const collected = request.rejectedClaims === 'omit' ? withoutRejected(stored) : stored
  if (collected.claims.length === 0 && collected.sources.length === 0) throw new Error(request.nothingMessage)
  const leftOut = new Set(collected === stored ? [] : stored.claims.filter(isRejected).map((c) => c.id))
  const repaired = withoutBadTimecodes(collected.sources)
  const content = { ...collected, sources: repaired.sources }
  const info = await getPlatform().appInfo()
  const charts = request.renderCharts ? await request.renderCharts(content.series.filter((s) => s.claimIds.length > 0).map((s) => s.id), leftOut) : []
  const bytes = await buildBundle(content, {
    appVersion: info.version,
    author: request.authorName ? { name: request.authorName } : undefined,
    citationStyle: request.citationStyle,
    locale: request.locale,
    charts
  })
  const stamp = new Date().toISOString().slice(0, 10)
  const saved = await getPlatform().saveFile({ suggestedName: `claimledger-bundle-${stamp}.zip`, bytes, extensions: ['zip'] })
  if (!saved.ok) throw new Error(saved.error)
  if (saved.value.canceled) return null
  return { path: saved.value.path, claims: content.claims.length, sources: content.sources.length, timecodeRepairs: repaired.repairs }
}

/**
 * Opens a bundle: validates it whole (zip, limits, paths, hashes, schemas, History), plans the
 * merge against what is stored, and writes it in one transaction. A refused bundle changes
 * nothing. The counts say what the user should be told: dates from the future clamped, claims
 * re-anchored in a changed text or kept with their own version of it.
 */
export async function importBundle(db: ClaimLedgerDB, name: string, bytes: Uint8Array, by: string, versionTitle?: (source: Source) => string): Promise<MergeCounts> {
  const { mergeLookupIds, planMerge, readBundle } = await loadBundleCode()
  const parsed = await readBundle(bytes, name)
  if (!parsed.ok) throw new Error(parsed.error)
  const existing = await existingRecordsFor(db, mergeLookupIds(parsed.value.content))
  const plan = planMerge(parsed.value.content, existing, { by, versionTitle })
  await applyMergePlan(db, plan)
  return plan.counts
}
