import { runtime } from '../runtime'
import { IngestError } from './ingestError'

/** Decoded text and the encoding it was read with. */
export interface DecodedText {
  text: string
  encoding: string
}

// WHATWG Encoding: every label that means windows-1252 (Latin-1 included).
const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'ascii', 'us-ascii', 'cp819', 'ibm819', 'iso-ir-100', 'csisolatin1', 'iso88591', 'iso_8859-1:1987', 'ansi_x3.4-1968'
])

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new runtime.TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

// Windows-1252 bytes 0x80–0x9F (the five undefined ones stay as they are).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/**
 * Windows-1252 decoding that is right everywhere: Node 20's TextDecoder('windows-1252')
 * decodes as ISO-8859-1 (0x9C → U+009C instead of "œ", 0x92 → U+0092 instead of "’"), so
 * the C1 range is mapped here; browsers already decode it correctly and this is a no-op.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const text = tryDecode('windows-1252', bytes, false) ?? ''
  return text.replace(/[\u0080-\u009F]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80])
}

/** BOM-less UTF-16 (Windows "Unicode" text saved without a mark): most bytes of one parity are 0. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 8) return undefined
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le'
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be'
  return undefined
}

/**
 * Bytes to text, as a careful reader would guess: a BOM wins (UTF-8, UTF-16 LE/BE); then the
 * declared charset (HTTP Content-Type, `<meta charset>`) when the platform knows it; then
 * BOM-less UTF-16 (half the bytes NUL); then UTF-8 if the bytes are valid UTF-8; otherwise Windows-1252 (the
 * superset of Latin-1 that old French files use). Text that is mostly control characters
 * is binary and refused.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  let decoded: DecodedText | undefined
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: tryDecode('utf-8', bytes.subarray(3), false) ?? '', encoding: 'utf-8' }
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: tryDecode('utf-16le', bytes.subarray(2), false) ?? '', encoding: 'utf-16le' }
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: tryDecode('utf-16be', bytes.subarray(2), false) ?? '', encoding: 'utf-16be' }
  }
  const declared = declaredCharset?.trim().toLowerCase()
  if (!decoded && declared && declared !== 'utf-8' && declared !== 'utf8') {
    const text = WINDOWS_1252_LABELS.has(declared) ? decodeWindows1252(bytes) : tryDecode(declared, bytes, false)
    if (text !== undefined) decoded = { text, encoding: declared }
  }
  if (!decoded) {
    // Before UTF-8: ASCII in UTF-16 is also valid UTF-8, full of NULs.
    const utf16 = sniffUtf16(bytes)
    const text = utf16 ? tryDecode(utf16, bytes, true) : undefined
    if (utf16 && text !== undefined) decoded = { text, encoding: utf16 }
  }
  if (!decoded) {
    const utf8 = tryDecode('utf-8', bytes, true)
    if (utf8 !== undefined) decoded = { text: utf8, encoding: 'utf-8' }
  }
  decoded ??= { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  assertNotBinary(decoded.text)
  return decoded
}

/**
 * Refuses text that is really binary data: a NUL, or more than 1 % of characters that are
 * control characters (other than tab, line feed, carriage return, form feed) or U+FFFD.
 */
export function assertNotBinary(text: string): void {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  if (sample.includes('\u0000')) throw new IngestError('binary data, not text (it contains NUL bytes)')
  const controls = sample.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0
  if (controls > Math.max(2, sample.length * 0.01)) {
    throw new IngestError(`binary data, not text (${Math.round((controls / sample.length) * 100)} % control characters)`)
  }
}

/** The charset parameter of a MIME type ("text/html; charset=ISO-8859-1" → "iso-8859-1"). */
export function charsetOf(mime: string | undefined): string | undefined {
  return mime ? /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(mime)?.[1]?.toLowerCase() : undefined
}
