/**
 * Text clean-up shared by every format. It only removes what no reader wants to see and what
 * would split words or numbers; it keeps no-break spaces (French "1 234") and typography.
 */

// Soft hyphens, zero-width spaces/joiners, BOMs and bidi marks: invisible, but they break words and numbers.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u200E\u200F]/g

/** NFC, \n line endings, invisible characters removed. */
export function normaliseChars(s: string): string {
  return s.normalize('NFC').replace(/\r\n?|\u2028|\u2029/g, '\n').replace(INVISIBLE, '')
}

/** One paragraph of flowing text (HTML, DOCX, PDF lines): whitespace runs become one space, ends trimmed. NBSPs are kept. */
export function collapseSpaces(s: string): string {
  return normaliseChars(s).replace(/[ \t\n\f\v]+/g, ' ').trim()
}

/** A paragraph of a plain-text file: lines kept as written, trailing spaces and blank edges trimmed. */
function trimLines(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+$/g, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
}

/** Splits plain text into paragraphs at blank lines (NFC, \n line ends, invisible characters removed). */
export function splitParagraphs(s: string): string[] {
  return normaliseChars(s)
    .split(/\n[ \t\f\v]*\n/)
    .map(trimLines)
    .filter((p) => p.trim().length > 0)
}
