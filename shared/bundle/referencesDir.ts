/**
 * references/: the official series a bundle's series are checked against (issue 14), one
 * references/<id>.json each, hashed in the manifest like every file, so the figures a fact-check
 * compared with travel with it and can be verified.
 */
import type { ReferenceSeries, Series } from '../model'
import { referenceSeriesSchema } from '../reference/schema'
import { canonicalJson } from './canonicalJson'
import { PATHS } from './format'
import { describeZodError } from './schemas'

export function referencePath(id: string): string {
  return `${PATHS.referencesDir}${id}.json`
}

/** The id of a references/<id>.json path, or undefined for any other path. */
export function parseReferencePath(path: string): string | undefined {
  if (!path.startsWith(PATHS.referencesDir)) return undefined
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]{0,127})\.json$/.exec(path.slice(PATHS.referencesDir.length))
  return m ? m[1] : undefined
}

export function writeReferenceFile(reference: ReferenceSeries): string {
  return canonicalJson(reference)
}

/** Checks one parsed references/<id>.json: its schema and that it holds the id its name says. */
export function readReferenceRecord(path: string, id: string, value: unknown): { ok: true; value: ReferenceSeries } | { ok: false; error: string } {
  const parsed = referenceSeriesSchema.safeParse(value)
  if (!parsed.success) return { ok: false, error: `invalid reference series: ${describeZodError(parsed.error)}` }
  if (parsed.data.id !== id) return { ok: false, error: `holds reference id ${parsed.data.id}, not ${id} (${path})` }
  return { ok: true, value: parsed.data }
}

/** The first series whose referenceId is not among `references`, as a sentence; undefined when none. */
export function danglingReference(series: readonly Series[], references: readonly ReferenceSeries[]): string | undefined {
  const ids = new Set(references.map((r) => r.id))
  const bad = series.find((s) => s.referenceId !== undefined && !ids.has(s.referenceId))
  return bad ? `series ${bad.id} is checked against reference ${bad.referenceId ?? ''}, which is not in ${PATHS.referencesDir}` : undefined
}
