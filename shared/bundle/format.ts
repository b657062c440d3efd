/**
 * The bundle's fixed names: format id, version, file paths and safety limits.
 * Kept apart so the builder, the reader and the CLI agree on one spelling.
 */

/** Value of manifest.format: identifies a ClaimLedger citation bundle. */
export const BUNDLE_FORMAT = 'claimledger-bundle'

/**
 * Major version of the bundle layout. Readers refuse other majors; additions that old
 * readers can ignore keep the same number.
 */
export const BUNDLE_VERSION = 1

/** Paths inside the zip. Every path is relative, '/'-separated, ASCII. */
export const PATHS = {
  manifest: 'manifest.json',
  readme: 'README.txt',
  claims: 'claims.json',
  claimsCsv: 'claims.csv',
  csl: 'sources.csl.json',
  annotations: 'annotations.jsonld',
  claimReview: 'claimreview.jsonld',
  report: 'report.html',
  sourcesDir: 'sources/',
  chartsDir: 'charts/',
  referencesDir: 'references/'
} as const

/** Limits a bundle must respect before anything is inflated (zip bomb defence). */
export interface ZipLimits {
  /** Most entries the central directory may list. */
  maxEntries: number
  /** Most bytes all entries may inflate to, together. */
  maxTotalBytes: number
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number
}

/**
 * Defaults sized for real bundles: a few thousand source texts and charts, well under
 * the memory a renderer can spare.
 */
export const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntryBytes: 64 * 1024 * 1024
}

/**
 * Ids become file names (sources/<id>.txt), so they are restricted to characters that
 * are safe in a path on every OS: no separators, no '..' segment, no colon.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

/** Chart file names inside charts/. */
export const CHART_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\.png$/

/** The SVG beside a chart's PNG: "series-x.png" → "series-x.svg". */
export function chartSvgName(pngName: string): string {
  return pngName.replace(/\.png$/, '.svg')
}
