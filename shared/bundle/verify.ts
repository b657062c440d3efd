/**
 * readBundle: .zip bytes in, validated records out — or a refusal naming the file and the
 * reason. Nothing is trusted: zip structure and limits (before inflating), entry paths,
 * manifest format and major version, every file's size and SHA-256 against the manifest,
 * every JSON file's syntax, every record's schema, and the references between records
 * (History entries included: historyCheck.ts).
 * It is pure: refusing changes nothing anywhere.
 */
import type { Claim, HistoryEntry, ReferenceSeries, Result, Series, Source } from '../model'
import { runtime, sha256Hex } from '../runtime'
import { claimsDocumentSchema, sortClaims, sortHistory, sortSeries } from './claimsJson'
import { BUNDLE_FORMAT, BUNDLE_VERSION, DEFAULT_LIMITS, PATHS, type ZipLimits } from './format'
import { historyProblem } from './historyCheck'
import { manifestSchema, type Manifest } from './manifest'
import { describeZodError, sourceSchema } from './schemas'
import { danglingReference, parseReferencePath, readReferenceRecord } from './referencesDir'
import { parseSourcePath, sourceMetaPath, sourceTextPath } from './sourcesDir'
import type { BundleContent } from './types'
import { readZip, unsafePathReason } from './zip'

/** A bundle that passed every check. */
export interface ParsedBundle {
  manifest: Manifest
  content: BundleContent
}

/** Files that zip tools add on their own (macOS Finder, Windows Explorer): ignored. */
function isJunk(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1)
  return path.startsWith('__MACOSX/') || base === '.DS_Store' || base === 'Thumbs.db' || base === 'desktop.ini'
}

/**
 * A bundle someone unzipped and zipped again may sit inside one folder ("export/manifest.json"):
 * strip that folder so the rest reads as usual.
 */
function stripWrapper(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  if (files.has(PATHS.manifest)) return files
  const real = [...files.keys()].filter((p) => !isJunk(p))
  const tops = new Set(real.map((p) => p.split('/')[0]))
  if (tops.size !== 1) return files
  const prefix = `${[...tops][0]}/`
  if (!files.has(`${prefix}${PATHS.manifest}`)) return files
  return new Map(real.map((p) => [p.slice(prefix.length), files.get(p) as Uint8Array]))
}

class Refusal extends Error {}

function fail(path: string, reason: string): never {
  throw new Refusal(`${path}: ${reason}`)
}

function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new runtime.TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return fail(path, 'not valid UTF-8 text')
  }
}

function parseJson(bytes: Uint8Array, path: string): unknown {
  const text = decodeUtf8(bytes, path)
  try {
    return JSON.parse(text)
  } catch (error) {
    return fail(path, `malformed JSON (${error instanceof Error ? error.message : String(error)})`)
  }
}

function checkManifestHeader(value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(PATHS.manifest, 'is not a JSON object')
  const { format, version } = value as { format?: unknown; version?: unknown }
  if (format !== BUNDLE_FORMAT) fail(PATHS.manifest, `format is ${JSON.stringify(format)}, not "${BUNDLE_FORMAT}": not a ClaimLedger bundle`)
  if (typeof version !== 'number' || !Number.isFinite(version)) fail(PATHS.manifest, 'has no numeric "version"')
  const major = Math.floor(version)
  if (major !== BUNDLE_VERSION) {
    fail(
      PATHS.manifest,
      major > BUNDLE_VERSION
        ? `bundle version ${version} is newer than this ClaimLedger reads (version ${BUNDLE_VERSION}); update ClaimLedger to open it`
        : `unknown bundle version ${version} (this ClaimLedger reads version ${BUNDLE_VERSION})`
    )
  }
}

async function checkFiles(manifest: Manifest, files: Map<string, Uint8Array>): Promise<void> {
  const listed = new Set<string>()
  for (const entry of manifest.files) {
    const reason = unsafePathReason(entry.path)
    if (reason) fail(PATHS.manifest, `lists an unsafe path "${entry.path}" (${reason})`)
    if (entry.path === PATHS.manifest) fail(PATHS.manifest, 'lists itself')
    if (listed.has(entry.path)) fail(PATHS.manifest, `lists "${entry.path}" twice`)
    listed.add(entry.path)
    const bytes = files.get(entry.path)
    if (!bytes) fail(entry.path, 'listed in manifest.json but missing from the archive')
    if (bytes.length !== entry.bytes) fail(entry.path, `is ${bytes.length} bytes, manifest.json says ${entry.bytes}`)
    const hash = await sha256Hex(bytes)
    if (hash !== entry.sha256) fail(entry.path, `SHA-256 mismatch: the file was changed or damaged (manifest ${entry.sha256.slice(0, 12)}…, file ${hash.slice(0, 12)}…)`)
  }
  for (const path of files.keys()) {
    if (path !== PATHS.manifest && !listed.has(path) && !isJunk(path)) fail(path, 'is in the archive but not listed in manifest.json')
  }
  if (!listed.has(PATHS.claims)) fail(PATHS.claims, 'missing: a bundle must hold claims.json')
}

function checkUnique(records: readonly { id: string }[], path: string, what: string): void {
  const seen = new Set<string>()
  for (const record of records) {
    if (seen.has(record.id)) fail(path, `${what} ${record.id} appears twice`)
    seen.add(record.id)
  }
}

function readSources(files: Map<string, Uint8Array>): Source[] {
  const sources: Source[] = []
  for (const path of [...files.keys()].sort()) {
    const parsed = parseSourcePath(path)
    if (!parsed) {
      if (path.startsWith(PATHS.sourcesDir)) fail(path, 'unexpected file in sources/ (only <id>.json and <id>.txt)')
      continue
    }
    if (parsed.kind === 'txt') {
      if (!files.has(sourceMetaPath(parsed.id))) fail(path, `has no metadata file ${sourceMetaPath(parsed.id)}`)
      continue
    }
    const textBytes = files.get(sourceTextPath(parsed.id))
    if (!textBytes) fail(path, `has no text file ${sourceTextPath(parsed.id)}`)
    const meta = parseJson(files.get(path) as Uint8Array, path)
    if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) fail(path, 'is not a JSON object')
    const text = decodeUtf8(textBytes, sourceTextPath(parsed.id))
    const result = sourceSchema.safeParse({ ...meta, text })
    if (!result.success) fail(path, `invalid source record: ${describeZodError(result.error)}`)
    if (result.data.id !== parsed.id) fail(path, `holds source id ${result.data.id}, not ${parsed.id}`)
    sources.push(result.data)
  }
  return sources
}

/** references/<id>.json: each an official series, valid, holding the id its name says. */
function readReferenceFiles(files: Map<string, Uint8Array>): ReferenceSeries[] {
  const out: ReferenceSeries[] = []
  for (const path of [...files.keys()].sort()) {
    if (!path.startsWith(PATHS.referencesDir) || isJunk(path)) continue
    const id = parseReferencePath(path)
    if (!id) fail(path, 'unexpected file in references/ (only <id>.json)')
    const read = readReferenceRecord(path, id, parseJson(files.get(path) as Uint8Array, path))
    if (!read.ok) fail(path, read.error)
    out.push(read.value)
  }
  return out
}

function checkReferences(sources: Source[], claims: Claim[]): void {
  const byId = new Map(sources.map((s) => [s.id, s]))
  claims.forEach((claim, i) => {
    const source = byId.get(claim.sourceId)
    if (!source) fail(PATHS.claims, `claims[${i}] (${claim.id}) cites source ${claim.sourceId}, which is not in sources/`)
    if (claim.end > source.text.length || source.text.slice(claim.start, claim.end) !== claim.quote) {
      fail(PATHS.claims, `claims[${i}] (${claim.id}): its quote is not the text of ${sourceTextPath(source.id)} at ${claim.start}–${claim.end}`)
    }
  })
}

function checkCounts(manifest: Manifest, content: BundleContent, charts: number): void {
  const actual = { sources: content.sources.length, claims: content.claims.length, series: content.series.length, history: content.history.length, charts }
  for (const key of Object.keys(actual) as (keyof typeof actual)[]) {
    if (manifest.counts[key] !== actual[key]) fail(PATHS.manifest, `counts.${key} is ${manifest.counts[key]} but the bundle holds ${actual[key]}`)
  }
  const references = content.references?.length ?? 0
  if ((manifest.counts.references ?? 0) !== references) fail(PATHS.manifest, `counts.references is ${manifest.counts.references ?? 0} but the bundle holds ${references}`)
}

/**
 * Reads and checks a bundle. On refusal the error reads "<fileName>: <file inside>: <reason>".
 * `limits` defaults to DEFAULT_LIMITS.
 */
export async function readBundle(bytes: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_LIMITS): Promise<Result<ParsedBundle>> {
  const unzipped = readZip(bytes, limits)
  if (!unzipped.ok) return { ok: false, error: `${fileName}: ${unzipped.error}` }
  try {
    const files = stripWrapper(unzipped.value)
    const manifestBytes = files.get(PATHS.manifest)
    if (!manifestBytes) fail(PATHS.manifest, 'missing: not a ClaimLedger bundle')
    const rawManifest = parseJson(manifestBytes, PATHS.manifest)
    checkManifestHeader(rawManifest)
    const manifestResult = manifestSchema.safeParse(rawManifest)
    if (!manifestResult.success) fail(PATHS.manifest, `invalid: ${describeZodError(manifestResult.error)}`)
    const manifest = manifestResult.data
    await checkFiles(manifest, files)

    // Every JSON file must parse, even those ClaimLedger only writes (CSL, annotations, reviews).
    for (const path of files.keys()) if (/\.(json|jsonld)$/.test(path) && path !== PATHS.manifest) parseJson(files.get(path) as Uint8Array, path)

    const claimsResult = claimsDocumentSchema.safeParse(parseJson(files.get(PATHS.claims) as Uint8Array, PATHS.claims))
    if (!claimsResult.success) fail(PATHS.claims, `invalid: ${describeZodError(claimsResult.error)}`)
    const sources = readSources(files)
    const claims: Claim[] = claimsResult.data.claims
    const series: Series[] = claimsResult.data.series
    const history: HistoryEntry[] = claimsResult.data.history
    checkUnique(claims, PATHS.claims, 'claim')
    checkUnique(series, PATHS.claims, 'series')
    checkUnique(history, PATHS.claims, 'history entry')
    checkReferences(sources, claims)
    const historyIssue = historyProblem(history, { sources, claims, series })
    if (historyIssue) fail(PATHS.claims, historyIssue)
    const references = readReferenceFiles(files)
    const dangling = danglingReference(series, references)
    if (dangling) fail(PATHS.claims, dangling)
    const content: BundleContent = { sources, claims: sortClaims(claims), series: sortSeries(series), history: sortHistory(history) }
    if (references.length) content.references = references
    const charts = [...files.keys()].filter((p) => p.startsWith(PATHS.chartsDir) && !isJunk(p)).length
    checkCounts(manifest, content, charts)
    return { ok: true, value: { manifest, content } }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: `${fileName}: ${error.message}` }
    throw error
  }
}
