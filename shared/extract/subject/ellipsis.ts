import type { Lang } from '../../model'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { CLASSES } from './classes'
import type { Span } from './headPhrase'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, isCapitalized, lower } = tokensModule

/** What the nearest look back found: a noun phrase, or the figure of an earlier claim whose subject carries over. */
export type NearSubject = { span: Span } | { figureAt: number } | undefined

/** How far back, in tokens, an elided noun is looked for among the figures of the sentence. */
const ELLIPSIS_REACH = 60

/**
 * A bare figure whose noun is elided: "Raul Gonzalez with 102", "Torres avec 27", "Gerard Piqué (37)" count what an
 * earlier figure of the sentence counted ("126 matches"); "15,000 rupees (1.2 euros)" restates the figure before the
 * bracket. Returns that figure, undefined when the sentence names no counted figure before (the caller then carries the
 * previous claim's subject over), or null when the figure is not in such a shape.
 */
export function elidedNoun(t: Tokens, from: number, lang: Lang, sentenceFirst: number, figures: ReadonlyMap<number, string>): NearSubject | null {
  const p = from - 1
  if (p <= sentenceFirst) return null
  const bracket = t.kind[p] !== WORD && t.text[t.start[p]] === '('
  if (bracket && figures.has(p - 1) && figures.get(p - 1)) return { figureAt: p - 1 }
  const possession = t.kind[p] === WORD && CLASSES[lang].possessionLinks.has(lower(t, p))
  const namedOwner = (bracket && isCapitalized(t, p - 1) && p - 1 > sentenceFirst) || gappedName(t, p, lang, sentenceFirst)
  if (!possession && !namedOwner) return null
  for (let b = p - 1; b >= sentenceFirst && b >= from - ELLIPSIS_REACH; b--) {
    if (figures.get(b)) return { figureAt: b }
  }
  return undefined
}

/** "… has four games and Jordi Alba two": a name right before a figure, after "and"/"et" or a comma, with the verb left out. */
function gappedName(t: Tokens, p: number, lang: Lang, sentenceFirst: number): boolean {
  let b = p
  while (b > sentenceFirst && b > p - 3 && isCapitalized(t, b)) b--
  if (b === p || b <= sentenceFirst) return false
  return CLASSES[lang].coordinators.has(lower(t, b)) || (t.kind[b] !== WORD && t.text[t.start[b]] === ',')
}
