import { Inflate } from 'fflate'
import { runtime } from '../runtime'
import { IngestError } from './ingestError'
import { concatBytes } from '../bytes'

/** Limits for archives opened during import (DOCX). */
export interface ZipLimits {
  /** Total uncompressed bytes of all entries. */
  maxTotalBytes: number
  maxEntries: number
}

/**
 * A .docx is XML and images (already compressed): with files capped at 50 MB, 100 MB
 * uncompressed or 5 000 parts is beyond any real document (a 5 000-page text is ~30 MB of XML).
 */
export const DOCX_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 100 * 1024 * 1024, maxEntries: 5000 }

interface CentralEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8)
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000

/** True when the bytes start like a zip archive (local file header or empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
}

/** Reads the central directory (what every unzipper, JSZip included, trusts). */
function centralDirectory(bytes: Uint8Array, limits: ZipLimits): CentralEntry[] {
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new IngestError('not a zip archive, or a damaged one (no central directory)')
  const count = u16(bytes, eocd + 10)
  let offset = u32(bytes, eocd + 16)
  if (count === 0xffff || offset === 0xffffffff) throw new IngestError('a ZIP64 archive, which a document never needs')
  if (count > limits.maxEntries) throw new IngestError(`the archive has ${count} entries (limit ${limits.maxEntries}): refused as a possible zip bomb`)
  const decoder = new runtime.TextDecoder('utf-8')
  const entries: CentralEntry[] = []
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== 0x02014b50) throw new IngestError('a damaged zip archive (bad central directory)')
    const nameLength = u16(bytes, offset + 28)
    entries.push({
      method: u16(bytes, offset + 10),
      compressedSize: u32(bytes, offset + 20),
      size: u32(bytes, offset + 24),
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      localOffset: u32(bytes, offset + 42)
    })
    offset += 46 + nameLength + u16(bytes, offset + 30) + u16(bytes, offset + 32)
  }
  return entries
}

/**
 * Unzips an archive without trusting it. First the sizes its central directory declares
 * are checked against the limits (a classic zip bomb declares gigabytes); then every entry
 * is inflated in small chunks and stopped as soon as it produces more than it declared or
 * the total passes the limit (a lying bomb). Returns the entries' contents by name.
 */
export function safeUnzip(bytes: Uint8Array, limits: ZipLimits): Map<string, Uint8Array> {
  if (!looksLikeZip(bytes)) throw new IngestError('not a zip archive (a .docx file is a zip archive of XML parts)')
  const entries = centralDirectory(bytes, limits)
  const declared = entries.reduce((sum, e) => sum + e.size, 0)
  if (declared > limits.maxTotalBytes) {
    throw new IngestError(
      `the archive would expand to ${formatBytes(declared)} (limit ${formatBytes(limits.maxTotalBytes)}): refused as a possible zip bomb`
    )
  }
  const files = new Map<string, Uint8Array>()
  let total = 0
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    const local = entry.localOffset
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new IngestError(`a damaged zip archive (entry ${entry.name})`)
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
    const data = bytes.subarray(start, start + entry.compressedSize)
    if (data.length < entry.compressedSize) throw new IngestError(`a truncated zip archive (entry ${entry.name})`)
    let content: Uint8Array
    if (entry.method === 0) content = data.slice(0, entry.size)
    else if (entry.method === 8) content = inflateBounded(data, entry, limits.maxTotalBytes - total)
    else throw new IngestError(`unsupported zip compression method ${entry.method} (entry ${entry.name})`)
    total += content.length
    files.set(entry.name, content)
  }
  return files
}

function inflateBounded(data: Uint8Array, entry: CentralEntry, budget: number): Uint8Array {
  const chunks: Uint8Array[] = []
  let produced = 0
  let overflow = false
  const inflater = new Inflate((chunk) => {
    produced += chunk.length
    if (produced > entry.size || produced > budget) overflow = true
    else chunks.push(chunk)
  })
  const step = 4096
  try {
    for (let i = 0; i < data.length && !overflow; i += step) inflater.push(data.subarray(i, i + step), i + step >= data.length)
  } catch (error) {
    throw new IngestError(`a damaged zip archive (entry ${entry.name}: ${error instanceof Error ? error.message : String(error)})`)
  }
  if (overflow) {
    throw new IngestError(`entry ${entry.name} expands beyond its declared size or the limit: refused as a possible zip bomb`)
  }
  return concatBytes(chunks, produced)
}

/** "52.4 MB", for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${n} bytes`
}
