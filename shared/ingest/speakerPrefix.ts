/**
 * Speaker labels at the start of a line or paragraph, as transcripts and interview write-ups
 * put them: "JOURNALISTE : …", "Laurent Nunez: …", "[Anne Martin] …", "Q. DUPONT : …".
 * A label must look like a name, so that "Résultat : 45 %" is not taken for a speaker:
 * bracketed, all capitals, or two to five capitalised words (particles such as "de", "Le"
 * allowed). A single capitalised word ("Journaliste :") counts only when the same label
 * opens at least two lines of the document (see `recurringLabels`).
 */

/** A label and the text after it. */
export interface SpeakerPrefix {
  speaker: string
  /** Offset in the line where the spoken text starts. */
  rest: number
}

const LABEL = /^[ \t]*(?:[-–—][ \t]+)?(?:\[([^\]\n]{1,60})\][ \t]*:?|([\p{Lu}][\p{L}\p{M}'’. -]{0,58}?)[ \t\u00A0\u202F]?:)[ \t\u00A0\u202F]+(?=\S)/u
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'da', 'di', "d'", 'd’', 'el', 'al', 'bin', 'ben'])

/** The raw label a line opens with, without validation, or undefined. */
function rawLabel(line: string): { label: string; bracketed: boolean; rest: number } | undefined {
  const m = LABEL.exec(line)
  if (!m) return undefined
  const label = (m[1] ?? m[2]).trim()
  if (!label || /\d/.test(label)) return undefined
  return { label, bracketed: m[1] !== undefined, rest: m[0].length }
}

function looksLikeName(label: string): boolean {
  const letters = label.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 2 && letters === letters.toUpperCase()) return true
  const words = label.split(/\s+/)
  if (words.length < 2 || words.length > 5) return false
  return words.every((w) => /^[\p{Lu}]/u.test(w) || PARTICLES.has(w.toLowerCase()))
}

/** Single-word labels ("Journaliste") that open two or more of these lines. */
export function recurringLabels(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>()
  for (const line of lines) {
    const raw = rawLabel(line)
    if (raw && !raw.bracketed && !raw.label.includes(' ')) counts.set(raw.label, (counts.get(raw.label) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label))
}

/** The speaker label a line opens with, if it looks like one (see the module comment). */
export function speakerPrefix(line: string, recurring: ReadonlySet<string> = new Set()): SpeakerPrefix | undefined {
  const raw = rawLabel(line)
  if (!raw) return undefined
  if (raw.bracketed || looksLikeName(raw.label) || recurring.has(raw.label)) return { speaker: raw.label, rest: raw.rest }
  return undefined
}
