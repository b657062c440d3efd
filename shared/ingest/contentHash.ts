import { sha256Hex } from '../runtime'

// Characters the hash ignores: whitespace as JavaScript's \s knows it, soft hyphens, zero-width ones.
const IGNORED = /[\s\u00AD\u200B-\u200D\u2060]/
const APOSTROPHES = /[\u2019\u2018\u02BC]/
const QUOTES = /[\u201C\u201D\u201E\u00AB\u00BB]/
const DASHES = /[\u2010-\u2014]/

/**
 * The text as compared for duplicates: the same article copied from a web page, a PDF or
 * pasted should hash the same. Steps: Unicode NFC; lowercase; typographic apostrophes
 * (’ ‘ ʼ) → ' ; quotation marks (“ ” „ « ») → " ; dashes (‐ ‑ ‒ – —) → - ; soft hyphens and
 * zero-width characters removed; all whitespace (incl. no-break spaces) removed, so that
 * line breaks, "1 200" / "1200" and « guillemets » / "quotes" spacing do not matter.
 */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/[\s\u00AD\u200B-\u200D\u2060]+/g, '')
}

/**
 * UTF-8 bytes of normaliseForHash(text), written in one pass: on a 50 MB text, building the
 * string with regex replacements takes seconds (millions of removed spaces), this loop a fraction.
 */
function normalisedUtf8(text: string): Uint8Array {
  const s = text.normalize('NFC').toLowerCase()
  const out = new Uint8Array(s.length * 3)
  let n = 0
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i)
    if (c < 0x80) {
      // ASCII fast path: only whitespace is dropped.
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue
      out[n++] = c
      continue
    }
    const ch = s[i]
    if (IGNORED.test(ch)) continue
    if (APOSTROPHES.test(ch)) c = 0x27
    else if (QUOTES.test(ch)) c = 0x22
    else if (DASHES.test(ch)) c = 0x2d
    if (c < 0x80) out[n++] = c
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6)
      out[n++] = 0x80 | (c & 63)
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1)
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00)
        out[n++] = 0xf0 | (cp >> 18)
        out[n++] = 0x80 | ((cp >> 12) & 63)
        out[n++] = 0x80 | ((cp >> 6) & 63)
        out[n++] = 0x80 | (cp & 63)
        i++
      } else n = writeReplacement(out, n)
    } else if (c >= 0xd800 && c <= 0xdfff) n = writeReplacement(out, n)
    else {
      out[n++] = 0xe0 | (c >> 12)
      out[n++] = 0x80 | ((c >> 6) & 63)
      out[n++] = 0x80 | (c & 63)
    }
  }
  return out.subarray(0, n)
}

/** A lone surrogate encodes as U+FFFD, as TextEncoder does. */
function writeReplacement(out: Uint8Array, n: number): number {
  out[n] = 0xef
  out[n + 1] = 0xbf
  out[n + 2] = 0xbd
  return n + 3
}

/** SHA-256 (lowercase hex) of normaliseForHash(text): Source.contentHash, for duplicate detection. */
export function contentHashOf(text: string): Promise<string> {
  return sha256Hex(normalisedUtf8(text))
}
