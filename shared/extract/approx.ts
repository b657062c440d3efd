import type { Lang } from '../model'
import { phraseIndex } from './phrase'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { matchIndexBefore } = tokensModule

const FR = phraseIndex([
  'près de', "près d'", 'environ', 'quelque', 'plus de', "plus d'", 'moins de', "moins d'", 'au moins', 'au plus', 'presque',
  'quasiment', 'autour de', "autour d'", "jusqu'à", 'pas moins de', "pas moins d'", 'un peu plus de', "un peu plus d'",
  'un peu moins de', "un peu moins d'", 'bien plus de', 'bien moins de', 'approximativement', 'à peu près', 'aux alentours de',
  "de l'ordre de", "de l'ordre d'", 'quasi', 'pratiquement', 'au-delà de', 'au bas mot', 'à peine', 'tout juste', 'plus de',
  'largement plus de', 'grosso modo', 'au minimum', 'au maximum', 'pas loin de', 'près', 'environ', 'plus', 'moins', 'de plus de',
  'avoisinant', 'avoisine', 'frôle', 'dépasse', 'dépassé', 'dépasser', 'excède', 'supérieur à', 'supérieure à', 'inférieur à',
  'inférieure à', 'supérieurs à', 'supérieures à'
])

const EN = phraseIndex([
  'about', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'some', 'more than', 'over', 'at least', 'up to', 'less than',
  'fewer than', 'under', 'close to', 'just over', 'just under', 'an estimated', 'estimated', 'upwards of', 'no fewer than',
  'as many as', 'as much as', 'well over', 'in excess of', 'at most', 'more', 'almost', 'circa',
  'an average of', 'on average', 'not quite', 'nearly', 'well above', 'well below', 'above', 'below', 'exceeding', 'exceeds',
  'topping', 'north of', 'some', 'a little over', 'a little under', 'a little more than', 'little more than', 'just shy of',
  'the best part of', 'getting on for', 'the equivalent of', 'in the order of', 'of the order of', 'on the order of',
  'in the region of'
])

/** An approximation before a figure: the first token and the phrase as written. */
export interface Approx {
  first: number
  text: string
}

/**
 * Finds the approximation right before token `first` ("près de", "environ", "more than", "up to").
 * "plus"/"moins" and "more" alone count only when the next word is "de"/"than" (handled by the longer phrases).
 */
export function approxBefore(t: Tokens, first: number, lang: Lang): Approx | undefined {
  const m = matchIndexBefore(t, first, lang === 'fr' ? FR : EN)
  if (!m) return undefined
  if (m.phrase.length === 1 && (m.phrase[0] === 'plus' || m.phrase[0] === 'moins' || m.phrase[0] === 'more' || m.phrase[0] === 'près')) return undefined
  return { first: m.first, text: t.text.slice(t.start[m.first], t.end[first - 1]) }
}
