import type { Lang } from '../../model'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { FIRST_PERSON } from './lexicon'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, lower, raw } = tokensModule

/** True when the sentence tokens contain a first-person word (the speaker talks, not the reporter). */
export function hasFirstPerson(t: Tokens, first: number, end: number, lang: Lang): boolean {
  const set = FIRST_PERSON[lang]
  for (let k = first; k < end && k < first + 200; k++) {
    if (t.kind[k] !== WORD) continue
    const w = lower(t, k)
    // "US" is the country, not "us"
    if (set.has(w) && !(lang === 'en' && w === 'us' && raw(t, k) === 'US')) return true
  }
  return false
}
