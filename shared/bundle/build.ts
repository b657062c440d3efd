/**
 * buildBundle: records in, .zip bytes out. Every record is validated first, so a bundle
 * this builds is one readBundle accepts; every text file is deterministic, so the same
 * records and options give the same files.
 */
import type { z } from 'zod'
import { nowIso, runtime } from '../runtime'
import type { Source } from '../model'
import { writeAnnotations } from './annotations'
import { writeClaimReviews } from './claimReview'
import { writeClaimsJson } from './claimsJson'
import { formatCitations, writeCslJson } from './csl'
import { CSV_BOM, writeClaimsCsv } from './csv'
import { CHART_NAME_PATTERN, PATHS, chartSvgName } from './format'
import { historyProblem } from './historyCheck'
import { referenceSeriesSchema } from '../reference/schema'
import { danglingReference, referencePath, writeReferenceFile } from './referencesDir'
import { describeFiles, makeManifest } from './manifest'
import { canonicalJson } from './canonicalJson'
import { writeReadme } from './readme'
import { withoutRejected } from './rejected'
import { writeReportHtml } from './reportHtml'
import { claimSchema, describeZodError, historyEntrySchema, isoTimestampSchema, seriesSchema, sourceSchema } from './schemas'
import { writeSourceFiles } from './sourcesDir'
import type { BuildOptions, BundleContent } from './types'

/** Thrown when the records or options cannot make a valid bundle; the message says which and why. */
export class BundleBuildError extends Error {
  override name = 'BundleBuildError'
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
// An SVG chart is one <svg> element, optionally after an XML declaration; no doctype (no entities to expand).
const SVG_DOCUMENT = /^(<\?xml[^>]*\?>\s*)?<svg[\s>][\s\S]*<\/svg>\s*$/

function check<T>(schema: z.ZodType<T>, records: readonly unknown[], what: string): void {
  const seen = new Set<string>()
  records.forEach((record, i) => {
    const parsed = schema.safeParse(record)
    if (!parsed.success) throw new BundleBuildError(`${what}[${i}] is invalid: ${describeZodError(parsed.error)}`)
    const id = (record as { id: string }).id
    if (seen.has(id)) throw new BundleBuildError(`${what}: id ${id} appears twice`)
    seen.add(id)
  })
}

/** Checks records, references and charts; throws BundleBuildError on the first problem. */
export function validateContent(content: BundleContent, options: BuildOptions): void {
  check(sourceSchema, content.sources, 'sources')
  check(claimSchema, content.claims, 'claims')
  check(seriesSchema, content.series, 'series')
  check(historyEntrySchema, content.history, 'history')
  check(referenceSeriesSchema, content.references ?? [], 'references')
  const dangling = danglingReference(content.series, content.references ?? [])
  if (dangling) throw new BundleBuildError(`${dangling}: export the reference with its series`)
  // The History check readBundle runs (historyCheck.ts): a bundle that passed it here is one an import accepts.
  const historyIssue = historyProblem(content.history, content)
  if (historyIssue) throw new BundleBuildError(`${historyIssue} (a bundle cannot carry this History entry)`)
  const sources = new Map(content.sources.map((s) => [s.id, s]))
  for (const claim of content.claims) {
    const source = sources.get(claim.sourceId)
    if (!source) throw new BundleBuildError(`claim ${claim.id} cites source ${claim.sourceId}, which is not among the sources to export`)
    if (source.text.slice(claim.start, claim.end) !== claim.quote) {
      throw new BundleBuildError(`claim ${claim.id}: its quote is not the source text at ${claim.start}–${claim.end}`)
    }
  }
  if (options.created !== undefined && !isoTimestampSchema.safeParse(options.created).success) {
    throw new BundleBuildError(`created "${options.created}" is not an ISO timestamp`)
  }
  const names = new Set<string>()
  for (const chart of options.charts ?? []) {
    if (!CHART_NAME_PATTERN.test(chart.name)) throw new BundleBuildError(`chart name "${chart.name}" must be letters, digits, ".", "_" or "-" ending in .png`)
    if (names.has(chart.name)) throw new BundleBuildError(`chart name "${chart.name}" appears twice`)
    names.add(chart.name)
    if (!PNG_SIGNATURE.every((b, i) => chart.png[i] === b)) throw new BundleBuildError(`chart "${chart.name}" is not a PNG image`)
    if (chart.svg !== undefined && !SVG_DOCUMENT.test(chart.svg)) throw new BundleBuildError(`chart "${chartSvgName(chart.name)}" is not an SVG document (it must start with <svg and end with </svg>)`)
  }
}

/** All files of the bundle (manifest included), by path, and the creation time used. */
export async function buildFiles(records: BundleContent, options: BuildOptions): Promise<{ files: Map<string, Uint8Array>; created: string }> {
  const content = options.rejectedClaims === 'omit' ? withoutRejected(records) : records
  validateContent(content, options)
  const created = options.created ?? nowIso()
  const locale = options.locale ?? 'en'
  const encoder = new runtime.TextEncoder()
  const files = new Map<string, Uint8Array>()
  const putText = (path: string, text: string): void => {
    files.set(path, encoder.encode(text))
  }
  const sources = new Map<string, Source>(content.sources.map((s) => [s.id, s]))
  const citations = formatCitations(content.sources, options.citationStyle ?? 'apa', locale, content.references ?? [])
  const charts = [...(options.charts ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1))

  putText(PATHS.readme, writeReadme(options.appVersion))
  putText(PATHS.claims, writeClaimsJson(content))
  putText(PATHS.claimsCsv, CSV_BOM + writeClaimsCsv(content.claims, sources, citations, locale))
  for (const source of content.sources) for (const file of writeSourceFiles(source)) files.set(file.path, file.bytes)
  putText(PATHS.csl, writeCslJson(content.sources, content.references ?? []))
  for (const reference of content.references ?? []) putText(referencePath(reference.id), writeReferenceFile(reference))
  putText(PATHS.annotations, await writeAnnotations(content.claims, sources))
  putText(PATHS.claimReview, await writeClaimReviews(content.claims, sources, content.history, options.author, locale))
  putText(PATHS.report, writeReportHtml({ content, citations, charts, created, appVersion: options.appVersion, locale }))
  for (const chart of charts) {
    files.set(`${PATHS.chartsDir}${chart.name}`, chart.png)
    if (chart.svg !== undefined) putText(`${PATHS.chartsDir}${chartSvgName(chart.name)}`, chart.svg)
  }

  // counts.charts is the number of files in charts/, which is what readers check it against.
  const chartFiles = charts.length + charts.filter((c) => c.svg !== undefined).length
  const counts = { sources: content.sources.length, claims: content.claims.length, series: content.series.length, history: content.history.length, ...(content.references?.length ? { references: content.references.length } : {}), charts: chartFiles }
  const manifest = makeManifest(options.appVersion, created, counts, await describeFiles(files))
  putText(PATHS.manifest, canonicalJson(manifest))
  return { files, created }
}
