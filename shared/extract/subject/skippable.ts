import type { Lang } from '../../model'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { nonNounClass } from '../lexicons/nonNouns'
import { CHANGE_HEADS, CLASSES, LEAD_DETERMINERS, LOOK_BACK_SKIPS, MODALS } from './classes'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, lower } = tokensModule

/** "a rise of", "une hausse de" are passed over; "the employment rate was" has its head noun there. */
function changeHeadPassedOver(t: Tokens, k: number, lang: Lang): boolean {
  const prev = lower(t, k - 1)
  const c = CLASSES[lang]
  // "le montant annuel est": the verb may follow the head's adjectives
  let next = k + 1
  while (next < k + 3 && t.kind[next] === WORD && nonNounClass(lower(t, next), lang) === 'modifier') next++
  // ("le montant annuel, en moyenne, est": after a definite article, an aside before the verb)
  const verbNext = c.verbs.has(lower(t, next)) || (tokensModule.isPunct(t, next, ',') && (DEFINITE_ARTICLES.has(prev) || DEFINITE_ARTICLES.has(lower(t, k - 2))))
  return !(verbNext && t.kind[k - 1] === WORD && (LEAD_DETERMINERS.has(prev) || !c.stop.has(prev)))
}
const DEFINITE_ARTICLES = new Set(['le', 'la', 'l', 'the'])

/** "actuellement", "notamment", "précisément" are adverbs; "paiement", "gouvernement", "élément" are nouns. */
function frenchAdverbInMent(w: string): boolean {
  const c = CLASSES.fr
  if (c.adverbsInMent.has(w) || /[ae]mment$/.test(w)) return true
  if (w.endsWith('ément')) return !c.nounsInEment.has(w)
  return nonNounClass(w, 'fr') === 'modifier'
}

/** A French word read as a verb by its form and the word before it. */
function frenchVerbByForm(t: Tokens, k: number, w: string, prev: string): boolean {
  const c = CLASSES.fr
  if (w.endsWith('ment') && w.length > 6 && !w.endsWith('ements') && frenchAdverbInMent(w)) return true
  if (w.endsWith('ent') && !w.endsWith('ment') && w.length > 5) return true
  // "nous accueillons", "il en fallait", "ont saisi", "sont estimés": a word after a subject pronoun or an auxiliary is a verb
  if (c.verbAfter.has(prev) || (prev === 'en' && c.verbAfter.has(lower(t, k - 2)))) return true
  // imperfect and conditional endings: "concernerait", "annonçait"
  if (w.length > 6 && (w.endsWith('rait') || w.endsWith('aient')) && !c.nounsWithVerbEnding.has(w)) return true
  // "pouvions fabriquer pour", "obligation de contrôler 25 %": an infinitive after a preposition or a modal
  if (w.length > 4 && w.endsWith('er') && !w.endsWith('ier') && (c.beforeInfinitive.has(prev) || prev.endsWith('ions') || prev.endsWith('iez'))) return true
  // "plafonnée à", "fixés par": a participle that introduces the figure is a verb, its noun is before it
  // ("un employé de 25 ans", "le député de 40 ans": after an article it is the noun)
  return w.length > 4 && /(?:é|ée|és|ées)$/.test(w) && c.participleIntros.has(lower(t, k + 1)) && !c.determiners.has(prev)
}

/** True for a word the look back from a figure passes over: a function word, a verb, a word of change. */
export function skippable(t: Tokens, k: number, lang: Lang): boolean {
  const w = lower(t, k)
  const prev = lower(t, k - 1)
  const c = CLASSES[lang]
  if (MODALS.has(prev)) return true
  if (c.stop.has(w) || LOOK_BACK_SKIPS.has(w)) return true
  if (CHANGE_HEADS.has(w)) return changeHeadPassedOver(t, k, lang)
  // "the vote was 45 percent", "their support fell": after a determiner, a word of the verb list is the noun
  if (c.verbs.has(w)) return !c.nounDeterminers.has(prev)
  // "Borrowing is forecast", "the spending": an -ing word opening the clause or after a determiner is a noun
  if (lang === 'en' && w.endsWith('ing') && w.length > 5) return t.kind[k - 1] === WORD && !LEAD_DETERMINERS.has(prev)
  if (lang === 'en' && (w.endsWith('ed') || (w.endsWith('ly') && !c.adjectivesInLy.has(w) && !c.nounsInLy.has(w)))) return true
  return lang === 'fr' && frenchVerbByForm(t, k, w, prev)
}
