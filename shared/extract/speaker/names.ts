import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { NAME_PARTICLES, NOT_NAMES, TITLES } from './lexicon'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, isApostrophe, isCapitalized, isPunct, lower } = tokensModule

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
}

/** Maps a name as written to a known speaker when the surname matches ("NUNEZ", "M. Nunez" → "Laurent Nunez"). */
export function canonicalSpeaker(name: string, known: readonly string[], titleCaseCaps = false): string {
  const low = name.toLowerCase()
  for (const k of known) {
    const parts = k.toLowerCase().split(/\s+/).filter(Boolean)
    const surname = parts[parts.length - 1]
    if (!surname) continue
    if (low === k.toLowerCase() || low.split(/[\s.]+/).includes(surname)) return k
  }
  const letters = name.replace(/[^\p{L}]/gu, '')
  // a transcript label in capitals ("MOREAU") reads better as a name; acronyms in prose ("UBS", "INSEE") stay
  if (titleCaseCaps && letters.length >= 2 && letters === letters.toUpperCase()) return titleCase(name)
  return name
}

/** Reads a capitalised name forward from token k ("Laurent Nunez", "Jean de La Fontaine", "M. Nunez"); its end token. */
export function nameForward(t: Tokens, k: number, limit: number): { end: number } | undefined {
  let j = k
  let words = 0
  let end = -1
  while (j < limit && words < 6) {
    if (isCapitalized(t, j) && !(words === 0 && NOT_NAMES.has(lower(t, j)))) {
      words++
      j++
      end = j
      if (isPunct(t, j, '.') && TITLES.has(lower(t, j - 1))) { j++; end = j }
      else if (isPunct(t, j, '-') && isCapitalized(t, j + 1)) j++
      continue
    }
    if (words > 0 && t.kind[j] === WORD && NAME_PARTICLES.has(lower(t, j)) && isCapitalized(t, j + 1)) { j++; continue }
    if (words > 0 && isApostrophe(t, j) && isCapitalized(t, j + 1)) { j++; continue }
    break
  }
  return end > k ? { end } : undefined
}

/** Reads a capitalised name backward from token k, no further than `floor`; its first token. */
export function nameBackward(t: Tokens, k: number, floor: number): { first: number } | undefined {
  let j = k
  let first = -1
  let words = 0
  while (j >= floor && words < 5) {
    if (isCapitalized(t, j) && !NOT_NAMES.has(lower(t, j))) { first = j; words++; j--; continue }
    if (isPunct(t, j, '.') && TITLES.has(lower(t, j - 1)) && words > 0) { j--; continue }
    if (words > 0 && t.kind[j] === WORD && NAME_PARTICLES.has(lower(t, j)) && isCapitalized(t, j - 1)) { j--; continue }
    // "the Royal Society for the Protection of Birds", "l'Institut de la statistique": "for the", "of the", "de la" inside
    if (words > 0 && lower(t, j) === 'the' && (lower(t, j - 1) === 'for' || lower(t, j - 1) === 'of') && isCapitalized(t, j - 2)) { j -= 2; continue }
    break
  }
  return first >= 0 ? { first } : undefined
}
