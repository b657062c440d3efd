import type { Lang } from '../../model'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { CLASSES } from './classes'
import type { Span } from './headPhrase'
import { nounPhraseFrom } from './nounPhrase'
import { isContentWord } from './partOfSpeech'
import { isVerbForm } from '../lexicons/nonNouns'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, isCapitalized, lower } = tokensModule

/** Marks that open a clause or an aside: the subject on the left of a figure is after the last of them. */
const CLAUSE_MARKS = new Set([',', ';', ':', '(', '"', '«', '»', '“', '”', '—', '–'])

/**
 * The subject on the left of a figure, in its clause: "le taux de chômage a atteint 7,2 %" → "taux de chômage",
 * "Unemployment rose to 7.2%" → "Unemployment". Looks back at most 25 tokens (keeps the pass linear).
 */
export function subjectBefore(t: Tokens, exprFirst: number, lang: Lang, sentenceFirst: number): Span | undefined {
  const floor = Math.max(sentenceFirst, exprFirst - 25)
  const c = CLASSES[lang]
  let s = exprFirst - 1
  while (s >= floor) {
    if (t.kind[s] !== WORD) {
      if (CLAUSE_MARKS.has(t.text[t.start[s]])) break
    } else if (c.clauseBreaks.has(lower(t, s))) break
    s--
  }
  let k = s + 1
  // skip determiners and function words at the clause start
  while (k < exprFirst && t.kind[k] === WORD && !isContentWord(t, k, lang)) k++
  while (k < exprFirst && t.kind[k] !== WORD) k++
  // "It is located 700 light years away": after a pronoun and its verb, a verb form is no subject
  if (k >= exprFirst || c.verbs.has(lower(t, k)) || (!isCapitalized(t, k) && isVerbForm(lower(t, k), lang))) return undefined
  return nounPhraseFrom(t, k, lang, exprFirst)
}
