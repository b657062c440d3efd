/**
 * sources/: for every cited source, <id>.txt (the exact text every offset points into,
 * UTF-8 without BOM) and <id>.json (every other field of the Source record).
 */
import type { Source } from '../model'
import { runtime } from '../runtime'
import { canonicalJson } from './canonicalJson'
import { PATHS } from './format'

/** Path of a source's text snapshot. */
export function sourceTextPath(id: string): string {
  return `${PATHS.sourcesDir}${id}.txt`
}

/** Path of a source's metadata. */
export function sourceMetaPath(id: string): string {
  return `${PATHS.sourcesDir}${id}.json`
}

/** The two files of one source, as bytes. */
export function writeSourceFiles(source: Source): { path: string; bytes: Uint8Array }[] {
  const { text, ...meta } = source
  const encoder = new runtime.TextEncoder()
  return [
    { path: sourceMetaPath(source.id), bytes: encoder.encode(canonicalJson(meta)) },
    { path: sourceTextPath(source.id), bytes: encoder.encode(text) }
  ]
}

/** The source id a path under sources/ names, with its kind, or null for any other path. */
export function parseSourcePath(path: string): { id: string; kind: 'json' | 'txt' } | null {
  const match = /^sources\/([^/]+)\.(json|txt)$/.exec(path)
  return match ? { id: match[1], kind: match[2] as 'json' | 'txt' } : null
}
