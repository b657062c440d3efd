/**
 * Text folding for search and sort: accent- and case-insensitive, ligatures spelled out.
 *
 * Search choice: prefix matching over the folded words of each claim (quote, subject, speaker,
 * note), held in memory by claimIndex.ts and fed from the per-source digests (digest.ts), not
 * an IndexedDB multiEntry index: at 100 000 claims reading key ranges from IndexedDB took
 * 300 ms and more per query in headless Chromium, and the extra index entries made the initial
 * write several times slower. Scanning 100 000 word lists in memory takes a few milliseconds.
 */

/** Lower case, accents removed, ligatures spelled out: "Élèves Œuvre" → "eleves oeuvre". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
}

/** The distinct folded words of a text (letters and digits; apostrophes, hyphens and spaces split). */
export function foldedWords(text: string): string[] {
  const words = foldText(text).split(/[^\p{L}\p{N}]+/u)
  return [...new Set(words.filter((w) => w.length > 0))]
}

/** A speaker's name folded for grouping and filtering: case, accents, punctuation and spacing ignored. */
export function speakerKey(name: string): string {
  return foldText(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).join(' ')
}

/** The fields search looks at. */
export interface Searchable {
  quote: string
  subject: string
  speaker?: string
  note: string
}

/** The words a claim is found by. */
export function searchWordsOf(claim: Searchable): string[] {
  return foldedWords([claim.quote, claim.subject, claim.speaker ?? '', claim.note].join(' '))
}

/** The search words of a query, longest first (the most selective test runs first). */
export function queryWords(search: string): string[] {
  return foldedWords(search).sort((a, b) => b.length - a.length)
}
