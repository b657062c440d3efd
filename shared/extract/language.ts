import type { Lang } from '../model'

// Function words that are frequent in one language and rare in the other.
const FR = new Set([
  'le', 'la', 'les', 'des', 'du', 'est', 'et', 'une', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'ce', 'il',
  'elle', 'nous', 'vous', 'sont', 'avec', 'ont', 'été', 'mais', 'ou', 'cette', 'leur', 'plus', 'je', 'c', 'l', 'd', 'qu', 'j', 'n'
])
const EN = new Set([
  'the', 'and', 'of', 'to', 'is', 'in', 'that', 'it', 'was', 'for', 'on', 'are', 'with', 'as', 'be', 'this', 'have', 'by',
  'not', 'from', 'they', 'we', 'he', 'she', 'has', 'had', 'were', 'will', 'would', 'which', 'their', 'there', 'been', 'i'
])

/**
 * Detects French or English by counting frequent function words in the first 20,000 characters
 * (two closed lists: a dependency would bring dozens of languages we never need).
 */
export function detectLanguage(text: string): Lang {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text
  let fr = 0
  let en = 0
  let accents = 0
  let word = ''
  const flush = (): void => {
    if (word) {
      const w = word.toLowerCase()
      if (FR.has(w)) fr++
      if (EN.has(w)) en++
      word = ''
    }
  }
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i]
    const c = ch.charCodeAt(0)
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x17f)) {
      word += ch
      if (c === 0xe9 || c === 0xe8 || c === 0xe0 || c === 0xea || c === 0xe7 || c === 0xf9) accents++
    } else flush()
  }
  flush()
  const frScore = fr + accents * 0.5
  if (frScore === en) return accents > 0 ? 'fr' : 'en'
  return frScore > en ? 'fr' : 'en'
}
