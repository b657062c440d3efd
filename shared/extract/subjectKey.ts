import type { Lang } from '../model'
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js'
import PorterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js'
import stopwordsEn from 'natural/lib/natural/util/stopwords.js'
import stopwordsFr from 'natural/lib/natural/util/stopwords_fr.js'
import * as charsModule from './chars'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { isDigit, isLetter } = charsModule

const STOP: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(stopwordsFr.words),
  en: new Set(stopwordsEn.words)
}

function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}

// Texts repeat their words: one stem per distinct word, bounded (the stemmers' regular expressions are costly).
const KEYS: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() }
const KEY_LIMIT = 20_000

/** The key of one lower-case word: '' for a stopword or a single character. */
function wordKey(w: string, lang: Lang): string {
  const seen = KEYS[lang]
  const hit = seen.get(w)
  if (hit !== undefined) return hit
  let key = ''
  if (!STOP[lang].has(w) && w.length >= 2) {
    let stem: string
    try {
      stem = (lang === 'fr' ? PorterStemmerFr : PorterStemmer).stem(w)
    } catch {
      stem = w
    }
    key = stripDiacritics(stem)
  }
  if (seen.size >= KEY_LIMIT) seen.clear()
  seen.set(w, key)
  return key
}

/**
 * The grouping key of a subject: lower-cased words without stopwords, stemmed with natural's Porter
 * stemmer for the language, accents removed, so "consommateurs de crack" and "consommateur de crack" agree.
 */
export function subjectKeyOf(subject: string, lang: Lang): string {
  const out: string[] = []
  const s = subject.length > 1000 ? subject.slice(0, 1000) : subject
  let from = -1
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32
    if (isLetter(c) || isDigit(c)) {
      if (from < 0) from = i
      continue
    }
    if (from < 0) continue
    const key = wordKey(s.slice(from, i).toLowerCase(), lang)
    from = -1
    if (key && !out.includes(key)) out.push(key)
  }
  return out.join(' ')
}
