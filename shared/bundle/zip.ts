/**
 * Zip writing and guarded reading over fflate (works in Node and browsers).
 *
 * Reading never trusts the archive: the central directory is listed first (nothing
 * inflated) and checked against the limits and path rules; then entries are inflated as
 * a stream in small chunks, and inflation stops as soon as an entry produces more bytes
 * than its directory entry declared or than the limits allow. A bomb that lies about
 * its sizes therefore costs at most one chunk's worth of output.
 */
import { Unzip, UnzipInflate, unzipSync, zipSync, type UnzipFileInfo, type Zippable } from 'fflate'
import type { Result } from '../model'
import type { ZipLimits } from './format'
import { concatBytes } from '../bytes'

/** Compressed bytes fed to the inflater per step: bounds the output of one step to ~8 MB. */
const CHUNK = 8 * 1024

/**
 * Writes files into a zip. Paths are written in sorted order with a fixed time stamp, so
 * the same files give the same archive. PNGs are stored (already compressed).
 */
export function writeZip(files: Map<string, Uint8Array>, mtime: Date): Uint8Array {
  // fflate stores local wall-clock time; shift so the stored time is the UTC one and the
  // archive bytes do not depend on the machine's time zone.
  const utc = new Date(mtime.getTime() + mtime.getTimezoneOffset() * 60_000)
  const entries: Zippable = {}
  for (const path of [...files.keys()].sort()) {
    const data = files.get(path) as Uint8Array
    entries[path] = [data, { level: path.endsWith('.png') ? 0 : 6, mtime: utc }]
  }
  return zipSync(entries)
}

/** Why a path inside an archive is unsafe to use, or null when it is fine. */
export function unsafePathReason(path: string): string | null {
  if (path.length === 0) return 'empty path'
  if (path.includes('\\')) return 'backslash in path (zip paths use "/")'
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'control character in path'
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'absolute path'
  const segments = path.split('/')
  if (segments.includes('..')) return '".." in path'
  if (segments.includes('.')) return '"." segment in path'
  // A directory entry ends with "/" (one empty last segment); no other empty segment.
  if (segments.slice(0, -1).some((s) => s === '')) return 'empty segment in path'
  return null
}

/** An entry of the central directory. */
export type ZipEntryInfo = UnzipFileInfo

/** Lists the central directory without inflating anything. */
export function listZip(bytes: Uint8Array): Result<ZipEntryInfo[]> {
  if (!looksLikeZip(bytes)) return { ok: false, error: 'not a zip archive (no zip signature)' }
  const entries: ZipEntryInfo[] = []
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push({ ...info })
        return false
      }
    })
  } catch (error) {
    return { ok: false, error: `damaged zip archive (${errorText(error)})` }
  }
  return { ok: true, value: entries }
}

/** Checks the listed entries against the limits and path rules, before any inflation. */
export function checkEntries(entries: readonly ZipEntryInfo[], limits: ZipLimits): Result<void> {
  if (entries.length > limits.maxEntries) {
    return { ok: false, error: `too many entries (${entries.length}; at most ${limits.maxEntries}): refused as a possible zip bomb` }
  }
  let total = 0
  const seen = new Set<string>()
  for (const entry of entries) {
    const reason = unsafePathReason(entry.name)
    if (reason) return { ok: false, error: `unsafe entry "${printable(entry.name)}": ${reason}` }
    if (seen.has(entry.name)) return { ok: false, error: `entry "${entry.name}" appears twice` }
    seen.add(entry.name)
    if (entry.compression !== 0 && entry.compression !== 8) {
      return { ok: false, error: `entry "${entry.name}" uses compression method ${entry.compression} (only stored and deflate are read)` }
    }
    if (entry.originalSize > limits.maxEntryBytes) {
      return { ok: false, error: `entry "${entry.name}" inflates to ${entry.originalSize} bytes (at most ${limits.maxEntryBytes}): refused as a possible zip bomb` }
    }
    total += entry.originalSize
  }
  if (total > limits.maxTotalBytes) {
    return { ok: false, error: `entries inflate to ${total} bytes in all (at most ${limits.maxTotalBytes}): refused as a possible zip bomb` }
  }
  return { ok: true, value: undefined }
}

/** Lists, checks, then inflates every file entry (directory entries are dropped). */
export function readZip(bytes: Uint8Array, limits: ZipLimits): Result<Map<string, Uint8Array>> {
  const listed = listZip(bytes)
  if (!listed.ok) return listed
  const checked = checkEntries(listed.value, limits)
  if (!checked.ok) return checked
  const declared = new Map(listed.value.map((e) => [e.name, e.originalSize]))
  try {
    return { ok: true, value: inflateAll(bytes, declared, limits) }
  } catch (error) {
    return { ok: false, error: errorText(error) }
  }
}

class ZipRefusal extends Error {}

function inflateAll(bytes: Uint8Array, declared: Map<string, number>, limits: ZipLimits): Map<string, Uint8Array> {
  const chunksByName = new Map<string, Uint8Array[]>()
  const done = new Set<string>()
  let total = 0
  const unzip = new Unzip((file) => {
    const expected = declared.get(file.name)
    if (expected === undefined) throw new ZipRefusal(`entry "${printable(file.name)}" is not listed in the central directory`)
    if (chunksByName.has(file.name)) throw new ZipRefusal(`entry "${file.name}" appears twice`)
    const chunks: Uint8Array[] = []
    chunksByName.set(file.name, chunks)
    let size = 0
    file.ondata = (error, data, final) => {
      if (error) throw error instanceof ZipRefusal ? error : new ZipRefusal(`entry "${file.name}": ${errorText(error)}`)
      size += data.length
      total += data.length
      if (size > expected) throw new ZipRefusal(`entry "${file.name}" inflates past its declared ${expected} bytes: refused as a zip bomb`)
      if (total > limits.maxTotalBytes) throw new ZipRefusal(`entries inflate past ${limits.maxTotalBytes} bytes: refused as a zip bomb`)
      chunks.push(data)
      if (final) {
        if (size !== expected) throw new ZipRefusal(`entry "${file.name}" inflates to ${size} bytes, not the declared ${expected}`)
        done.add(file.name)
      }
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (let i = 0; i < bytes.length; i += CHUNK) {
      const end = Math.min(bytes.length, i + CHUNK)
      unzip.push(bytes.subarray(i, end), end === bytes.length)
    }
  } catch (error) {
    if (error instanceof ZipRefusal) throw error
    throw new ZipRefusal(`damaged zip archive (${errorText(error)})`)
  }
  const files = new Map<string, Uint8Array>()
  for (const [name, size] of declared) {
    if (name.endsWith('/')) continue
    if (!done.has(name)) throw new ZipRefusal(`entry "${name}" is listed but its data could not be read`)
    files.set(name, concatBytes(chunksByName.get(name) as Uint8Array[], size))
  }
  return files
}

/** "PK\3\4" (a local file header) or "PK\5\6" (an empty archive). */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
}

function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
