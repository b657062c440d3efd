import type { Lang } from '../model'
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js'
import PorterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js'

// natural's Porter stemmers by language, with one answer per distinct word: texts repeat their words, and stemming
// is the costly part of a lexicon lookup by lemma.
const STEMMERS: Record<Lang, { stem(word: string): string }> = { fr: PorterStemmerFr, en: PorterStemmer }
const CACHE: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() }
const CACHE_LIMIT = 50_000

/** The Porter stem of a lower-case word ("faudrait" → "faudr", "lasted" → "last"). */
export function stemOf(word: string, lang: Lang): string {
  const cache = CACHE[lang]
  let s = cache.get(word)
  if (s === undefined) {
    s = STEMMERS[lang].stem(word)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(word, s)
  }
  return s
}
