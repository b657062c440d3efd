import type { Lang } from '../../model'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { CLASSES } from './classes'
import { type Span, headPhraseFrom } from './headPhrase'
import { isContentWord, isPostParticiple, isVerbLike, sameNumber } from './partOfSpeech'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, isApostrophe, lower } = tokensModule

/** Longest a counted phrase may grow, in tokens, with its complements. */
const MAX_PHRASE_TOKENS = 12

/**
 * A noun phrase read forward from token k, as the guidelines define the counted phrase: (prenominal adjective) head
 * noun with its modifiers, then up to two "de"/"of" complements, a second noun joined by "et"/"and" ("hommes et
 * femmes"), a participle with its prepositional complement ("people infected with HIV", "navires entrant dans les
 * ports") and a "in/for/with" complement of the noun ("matches in Spain", "guests from the field", "crimes using firearms").
 */
export function nounPhraseFrom(t: Tokens, k: number, lang: Lang, limit: number, opensClause = false): Span | undefined {
  const c = CLASSES[lang]
  // "24 nouveaux règlements": an adjective that comes before its noun opens the phrase
  if (c.prenominal.has(lower(t, k)) && isContentWord(t, k + 1, lang) && !c.verbs.has(lower(t, k + 1)) && k + 1 < limit) {
    const rest = nounPhraseFrom(t, k + 1, lang, limit, opensClause)
    return rest ? { first: k, end: rest.end } : undefined
  }
  const head = headPhraseFrom(t, k, lang, limit)
  if (!head) return undefined
  let end = head.end
  const cap = Math.min(limit, k + MAX_PHRASE_TOKENS)
  let steps = 0
  for (;;) {
    if (steps++ >= 3 || end >= cap) break
    // "7000 donors contributed to…": an English past form right after the phrase that opens its clause is its verb
    if (opensClause && lang === 'en' && end === head.end && isPastForm(t, end)) break
    const next = extendPhrase(t, end, lang, cap)
    if (next <= end) break
    end = next
  }
  return { first: k, end }
}

// After a past form, the agent or means of a participle ("people infected with malaria live…", "signed by")
const PARTICIPLE_LINKS = new Set(['with', 'by'])

/**
 * An English past form that, after a phrase opening its clause, is the clause's verb ("58 senators voted in favour",
 * "two sons returned from", "7000 donors contributed to"), unless an agent or a means follows it.
 */
function isPastForm(t: Tokens, e: number): boolean {
  const w = lower(t, e)
  if (t.kind[e] !== WORD || !isPostParticiple(t, e, 'en') || w.endsWith('ing')) return false
  return !PARTICIPLE_LINKS.has(lower(t, e + 1))
}

/** "hommes et femmes", "survivors and relatives": a coordinator at e between two bare nouns of the same number. */
function joinsTwoNouns(t: Tokens, e: number, lang: Lang): boolean {
  const c = CLASSES[lang]
  return c.coordinators.has(lower(t, e)) && isContentWord(t, e + 1, lang) && !c.determiners.has(lower(t, e + 1)) && sameNumber(lower(t, e - 1), lower(t, e + 1), lang)
}

/** The end of one complement of a phrase that ends at token e, or e when none follows. */
function extendPhrase(t: Tokens, e: number, lang: Lang, cap: number): number {
  const c = CLASSES[lang]
  const w = lower(t, e)
  if (t.kind[e] !== WORD) return e
  // another "de"/"of" complement: "domaines d'actions du Fonds social européen", "taux de chômage des jeunes"
  let n = ofComplementStart(t, e, lang)
  if (n > e) return complementEnd(t, n, lang, cap, e)
  if (joinsTwoNouns(t, e, lang)) {
    const more = headPhraseFrom(t, e + 1, lang, cap)
    return more && !isVerbLike(t, e + 1, lang) ? more.end : e
  }
  // a participle and its complement: "infected with HIV", "perdu en mer", "put forward at first reading"
  if (isPostParticiple(t, e, lang)) {
    n = e + 1
    if (lang === 'en' && (lower(t, n) === 'forward' || lower(t, n) === 'out' || lower(t, n) === 'up')) n++
    if (c.complementPrepositions.has(lower(t, n))) return complementEnd(t, n + 1, lang, cap, e)
    // "crimes using firearms", "navires faisant escale": a present participle and its object
    if (n === e + 1 && (lang === 'en' ? w.endsWith('ing') : w.endsWith('ant'))) return complementEnd(t, n, lang, cap, e)
    return e
  }
  // "matches in Spain", "jobs in manufacturing", "conteneurs avec un chargement": a complement of the noun itself;
  // "in" before a determiner mostly places the figure ("pensioners in my constituency"), an adverbial
  if (c.nounComplementPrepositions.has(w) && !(w === 'in' && c.determiners.has(lower(t, e + 1)))) return complementEnd(t, e + 1, lang, cap, e)
  return e
}

/** Token after "de", "d'", "du", "des", "de la", "de l'" (fr) or "of", "of the" (en) at e, or e. */
export function ofComplementStart(t: Tokens, e: number, lang: Lang): number {
  const w = lower(t, e)
  if (lang === 'fr') {
    if (w === 'd' && isApostrophe(t, e + 1)) return e + 2
    if (w === 'du' || w === 'des') return e + 1
    if (w !== 'de') return e
    const a = lower(t, e + 1)
    if (a === 'la') return e + 2
    if (a === 'l' && isApostrophe(t, e + 2)) return e + 3
    return e + 1
  }
  if (w !== 'of') return e
  return CLASSES.en.determiners.has(lower(t, e + 1)) ? e + 2 : e + 1
}

/** The end of the noun phrase opening a complement at n (after its preposition), or `fallback` when none does. */
function complementEnd(t: Tokens, n: number, lang: Lang, cap: number, fallback: number): number {
  const c = CLASSES[lang]
  let j = n
  while (j < cap && t.kind[j] === WORD && c.determiners.has(lower(t, j))) j++
  if (isApostrophe(t, j)) j++
  if (j >= cap || !isContentWord(t, j, lang) || c.periodHeads.has(lower(t, j)) || isVerbLike(t, j, lang)) return fallback
  if (c.prenominal.has(lower(t, j)) && isContentWord(t, j + 1, lang) && j + 1 < cap) j++
  const np = headPhraseFrom(t, j, lang, cap)
  return np ? np.end : fallback
}
