// Character classes by code unit. Hand-written (no regex per character on the hot path)
// so the tokenizer stays linear and allocation-free.

/** True for ASCII digits 0–9. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

const letterFallback = /[\p{L}\p{M}]/u

/** True for letters (Latin, accented, Greek, Cyrillic, any \p{L}) and ², ³ (so "m²" is one word). */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  if (c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xaa || c === 0xba) return true
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7
  if (c >= 0xd800 && c <= 0xdfff) return false
  if (c < 0x250) return false
  return letterFallback.test(String.fromCharCode(c))
}

/** True for whitespace, including no-break (U+00A0) and narrow no-break (U+202F) spaces. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 11 || c === 12 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0xfeff
  )
}

/** Spaces that may separate digit groups ("1 234", "1\u00a0234", "1\u202f234"). */
export function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007
}

/** True for an uppercase letter (ASCII or Latin-1/Extended). */
export function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return true
  if (c >= 0x100 && c <= 0x17f) return c % 2 === 0
  return c === 0x152
}
