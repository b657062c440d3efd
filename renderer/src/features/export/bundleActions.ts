import type * as BundleCode from '../../../../shared/bundle/index'
import type { ChartInput, CitationStyle, MergeCounts } from '../../../../shared/bundle/index'
import type { Lang, Source } from '../../../../shared/model'
import type { ClaimLedgerDB } from '../../db/database'
import { applyMergePlan, collectBundleContent, existingRecordsFor, type BundleScope } from '../../db/repositories/bundles'
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
  /** The message when the scope holds nothing, in the UI's language. */
  nothingMessage: string
  /** Renders the PNG of each series in the bundle (the chart as the Series view draws it). */
  renderCharts?: (seriesIds: string[]) => Promise<ChartInput[]>
}

/** Builds the citation bundle of a scope and saves it where the user chooses. */
export async function exportBundle(db: ClaimLedgerDB, request: ExportRequest): Promise<{ path?: string; claims: number; sources: number } | null> {
  const content = await collectBundleContent(db, request.scope)
  if (content.claims.length === 0 && content.sources.length === 0) throw new Error(request.nothingMessage)
  const info = await getPlatform().appInfo()
  const charts = request.renderCharts ? await request.renderCharts(content.series.filter((s) => s.claimIds.length > 0).map((s) => s.id)) : []
  const { buildBundle } = await loadBundleCode()
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
  return { path: saved.value.path, claims: content.claims.length, sources: content.sources.length }
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
