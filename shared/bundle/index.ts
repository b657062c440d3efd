/**
 * Citation bundles (DESIGN.md, "Citation bundle"; issue 7): one .zip a colleague can open
 * in ClaimLedger or without it. Build with buildBundle, read and verify with readBundle,
 * plan an import with planMerge. Pure: no DOM, no Node; works in the renderer and the CLI.
 */
import { writeZip } from './zip'
import { buildFiles } from './build'
import type { BuildOptions, BundleContent } from './types'

export { BUNDLE_FORMAT, BUNDLE_VERSION, DEFAULT_LIMITS, PATHS, type ZipLimits } from './format'
export type { BundleContent, BuildOptions, ChartInput } from './types'
export type { Manifest, ManifestFile, ManifestCounts } from './manifest'
export { readBundle, type ParsedBundle } from './verify'
export { planMerge, mergeLookupIds, type MergePlan, type MergeConflict, type MergeCounts, type ExistingRecords, type MergeOptions } from './merge'
export { limitClaims, type CappedSource, type ClaimLimits } from './claimLimits'
export { clampFutureDates, FUTURE_SKEW_MS, type ClampedDate } from './futureDates'
export { reanchor, isAnchored } from './anchor'
export { defaultVersionTitle, type AnchorChanges } from './mergeAnchors'
export { carriableHistory, historyProblem } from './historyCheck'
export { claimsToCsv, CSV_BOM, type CsvOptions } from './csv'
export { formatCitations, sourceToCsl, type CitationStyle, type CslItem } from './csl'
export { BundleBuildError } from './build'
export type { ReviewAuthor } from './claimReview'
export { isRejected, withoutRejected, type RejectedClaims } from './rejected'
export { sourceSchema, claimSchema, seriesSchema, historyEntrySchema, describeZodError } from './schemas'

/**
 * Builds the bundle's .zip bytes. Throws BundleBuildError when a record is invalid or a
 * claim cites a source that is not in content.sources (export must include every cited
 * source). Same content and options (with `created` fixed) give the same bytes.
 */
export async function buildBundle(content: BundleContent, options: BuildOptions): Promise<Uint8Array> {
  const { files, created } = await buildFiles(content, options)
  return writeZip(files, new Date(created))
}
