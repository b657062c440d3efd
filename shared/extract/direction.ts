import type { Lang } from '../model'
import { CHANGE_NEUTRAL, DIRECTION_LEXICON } from './lexicons/direction'
import { stemOf } from './stems'

/** Which way a change goes: -1 down, +1 up, 0 when the word says nothing of it. */
export type Direction = -1 | 0 | 1

const DOWN: Record<Lang, ReadonlySet<string>> = { fr: new Set(DIRECTION_LEXICON.fr.down), en: new Set(DIRECTION_LEXICON.en.down) }
const UP: Record<Lang, ReadonlySet<string>> = { fr: new Set(DIRECTION_LEXICON.fr.up), en: new Set(DIRECTION_LEXICON.en.up) }
// Texts repeat their words: one direction per distinct word and language (stems are cached in ./stems.ts too).
const CACHE: Record<Lang, Map<string, Direction>> = { fr: new Map(), en: new Map() }
const CACHE_LIMIT = 50_000

/** The direction a lower-cased word gives a change ("baissera" → -1, "rose" → +1, "taux" → 0), by its stem or its form. */
export function directionOf(word: string, lang: Lang): Direction {
  const cache = CACHE[lang]
  const hit = cache.get(word)
  if (hit !== undefined) return hit
  const stem = stemOf(word, lang)
  const d: Direction = DOWN[lang].has(stem) || DOWN[lang].has(word) ? -1 : UP[lang].has(stem) || UP[lang].has(word) ? 1 : 0
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, d)
  return d
}

const NEUTRAL: Record<Lang, ReadonlySet<string>> = { fr: new Set(CHANGE_NEUTRAL.fr), en: new Set(CHANGE_NEUTRAL.en) }
// comparatives and particles carry a direction but are no verb of change ("plus de 35 à 50" is a range)
const NOT_VERBS = new Set(['plus', 'moins', 'more', 'less', 'fewer', 'higher', 'lower', 'up', 'down', 'fond'])

/**
 * True for a word that moves a figure, in any tense: a verb or noun of rising or falling ("grimpera", "will climb",
 * "baisse") or of plain movement ("passera", "went", "moved").
 */
export function isChangeWord(word: string, lang: Lang): boolean {
  if (word.length < 2 || NOT_VERBS.has(word)) return false
  if (directionOf(word, lang) !== 0) return true
  return NEUTRAL[lang].has(stemOf(word, lang)) || NEUTRAL[lang].has(word)
}
