/**
 * manifest.json: what the bundle is, who made it, how many records it holds, and the
 * SHA-256 of every other file, so a reader can prove nothing was altered or lost.
 */
import { z } from 'zod'
import { sha256Hex } from '../runtime'
import { BUNDLE_FORMAT, BUNDLE_VERSION, PATHS } from './format'
import { isoTimestampSchema } from './schemas'

/** One file of the bundle as the manifest lists it. */
export interface ManifestFile {
  path: string
  sha256: string
  bytes: number
}

/** How many records of each kind the bundle holds. */
export interface ManifestCounts {
  sources: number
  claims: number
  series: number
  history: number
  charts: number
  /** Files in references/ (absent in bundles without official series, and in those made before them). */
  references?: number
}

/** The parsed manifest.json. */
export interface Manifest {
  format: typeof BUNDLE_FORMAT
  version: number
  appVersion: string
  created: string
  counts: ManifestCounts
  files: ManifestFile[]
}

const count = z.number().int().nonnegative()

/** Schema of manifest.json once format and version have been checked. */
export const manifestSchema: z.ZodType<Manifest> = z.object({
  format: z.literal(BUNDLE_FORMAT),
  // A fractional part is a compatible minor revision (1.1 reads as 1); the reader checks the major.
  version: z.number().nonnegative(),
  appVersion: z.string(),
  created: isoTimestampSchema,
  counts: z.object({ sources: count, claims: count, series: count, history: count, charts: count, references: count.optional() }),
  files: z.array(
    z.object({
      path: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
      bytes: count
    })
  )
})

/** Lists every file (but the manifest itself) with its SHA-256 and size, sorted by path. */
export async function describeFiles(files: Map<string, Uint8Array>): Promise<ManifestFile[]> {
  const paths = [...files.keys()].filter((p) => p !== PATHS.manifest).sort()
  const out: ManifestFile[] = []
  for (const path of paths) {
    const bytes = files.get(path) as Uint8Array
    out.push({ path, sha256: await sha256Hex(bytes), bytes: bytes.length })
  }
  return out
}

/** Builds the manifest record. */
export function makeManifest(appVersion: string, created: string, counts: ManifestCounts, files: ManifestFile[]): Manifest {
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, appVersion, created, counts, files }
}
