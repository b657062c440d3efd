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

/**
 * The grouping key of a subject: lower-cased words without stopwords, stemmed with natural's Porter
 * stemmer for the language, accents removed, so "consommateurs de crack" and "consommateur de crack" agree.
 */
export function subjectKeyOf(subject: string, lang: Lang): string {
  const stemmer = lang === 'fr' ? PorterStemmerFr : PorterStemmer
  const stop = STOP[lang]
  const out: string[] = []
  let word = ''
  const flush = (): void => {
    if (!word) return
    const w = word.toLowerCase()
    word = ''
    if (stop.has(w) || w.length < 2) return
    let stem: string
    try {
      stem = stemmer.stem(w)
    } catch {
      stem = w
    }
    const key = stripDiacritics(stem)
    if (key && !out.includes(key)) out.push(key)
  }
  const s = subject.length > 1000 ? subject.slice(0, 1000) : subject
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (isLetter(c) || isDigit(c)) word += s[i]
    else flush()
  }
  flush()
  return out.join(' ')
}
