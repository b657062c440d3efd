import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { BASIS_NOUNS, BASIS_PAIRS } from './classes'
import type { Span } from './headPhrase'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { lower } = tokensModule

/** True when the noun after "of"/"de" is a basis ("97.7% of GDP"), so the subject is what is measured against it. */
export function isBasisNoun(t: Tokens, span: Span): boolean {
  if (BASIS_NOUNS.has(lower(t, span.first)) && span.end - span.first === 1) return true
  // "60% of the Japanese GDP", "60 % du PIB japonais": the basis with an adjective of place or kind
  const len = span.end - span.first
  if (len === 2 && (BASIS_NOUNS.has(lower(t, span.end - 1)) || BASIS_NOUNS.has(lower(t, span.first)))) {
    const other = BASIS_NOUNS.has(lower(t, span.end - 1)) ? span.first : span.end - 1
    const w = lower(t, other)
    if (w !== 'of' && w !== 'de' && w !== 'du' && w !== 'des') return true
  }
  // "7,4 % de la population active", "5% of the labour force": the rate of something named before
  return span.end - span.first === 2 && BASIS_PAIRS.has(`${lower(t, span.first)} ${lower(t, span.first + 1)}`)
}
