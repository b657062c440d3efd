import { sha256Hex } from '../runtime'

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
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, '')
}

/** SHA-256 (lowercase hex) of normaliseForHash(text): Source.contentHash, for duplicate detection. */
export function contentHashOf(text: string): Promise<string> {
  return sha256Hex(normaliseForHash(text))
}
