/** The records and options a bundle is built from (re-exported by index.ts). */
import type { Claim, HistoryEntry, ReferenceSeries, Series, Source } from '../model'
import type { CitationStyle } from './csl'
import type { ReviewAuthor } from './claimReview'
import type { RejectedClaims } from './rejected'

/** Everything a bundle carries. Sources must include every source the claims cite. */
export interface BundleContent {
  sources: Source[]
  claims: Claim[]
  series: Series[]
  history: HistoryEntry[]
  /** The official series the series are checked against (Series.referenceId), as references/<id>.json. */
  references?: ReferenceSeries[]
}

/** A chart image the host rendered (a PNG), stored as charts/<name> and shown in report.html. */
export interface ChartInput {
  /** File name inside charts/, e.g. "series-<id>.png" (letters, digits, ".", "_", "-"). */
  name: string
  png: Uint8Array
  /** The same chart as an SVG document, stored beside it as charts/<name>.svg (the .png name's stem). */
  svg?: string
  /** The series it draws, so the report shows it in that series' section. */
  seriesId?: string
  /** Caption and alt text. */
  title?: string
}

/** How to build a bundle. */
export interface BuildOptions {
  appVersion: string
  /** ISO timestamp of the export; now when absent. Fixing it makes builds reproducible. */
  created?: string
  /** The ClaimReview author: the user's name (and page) from settings. */
  author?: ReviewAuthor
  charts?: ChartInput[]
  /** Citation style of report.html and claims.csv (APA by default). */
  citationStyle?: CitationStyle
  /** Language of report.html, claims.csv verdict words and ClaimReview ratings. */
  locale?: 'en' | 'fr'
  /** Rejected claims: kept and marked as rejected (the default) or left out. Never in claimreview.jsonld. */
  rejectedClaims?: RejectedClaims
}
