import type { Lang } from '../../model'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { AGENT_PREPOSITIONS, BASE_FORM_BLOCKERS, COMPLEMENTIZERS, CONTRARY, CONTRARY_LINKS, DETERMINERS, PRONOUNS, SPEECH_VERBS, type SpeechVerbForm, VERB_FILTER } from './lexicon'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, WORD, isApostrophe, isCapitalized, isPunct, lower } = tokensModule

/** A speech verb at token k and where its speaker may be read after it. */
export interface SpeechVerbAt {
  verb: SpeechVerbForm
  /** First token after the verb (and its particle or agent preposition). */
  from: number
  /** No speaker is read past this token. */
  limit: number
  /** "annoncé par la police": the agent after the preposition speaks, not the word before the verb. */
  agent: boolean
}

/** The lexicon entry of the word at k, through a cheap first-letter and length filter (this runs on every token). */
function formAt(t: Tokens, k: number, lang: Lang): SpeechVerbForm | undefined {
  if (t.kind[k] !== WORD) return undefined
  const filter = VERB_FILTER[lang]
  const len = t.end[k] - t.start[k]
  if (len < filter.minLength || len > filter.maxLength) return undefined
  const c = t.text.charCodeAt(t.start[k])
  if (!filter.first.has(c >= 65 && c <= 90 ? c + 32 : c)) return undefined
  return SPEECH_VERBS[lang].get(lower(t, k))
}

/** "Contrairement à ce que dit X", "contrary to what X claims", "unlike what X says": a speech verb the figure refutes. */
function contradicts(t: Tokens, k: number): boolean {
  const p = lower(t, k - 1)
  if (!CONTRARY_LINKS.has(p) && !isApostrophe(t, k - 1)) return false
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) if (t.kind[j] === WORD && CONTRARY.has(lower(t, j))) return true
  return false
}

/** "added" reports speech with a mark, "that", a pronoun, a name or a determiner beside it ("Health care added 67,000 jobs" does not). */
function hasSpeechCue(t: Tokens, k: number): boolean {
  const next = t.kind[k + 1] === WORD ? lower(t, k + 1) : ''
  const prevPunct = k > 0 && t.kind[k - 1] !== WORD && t.kind[k - 1] !== NUM
  const nextPunct = k + 1 >= t.count || (t.kind[k + 1] !== WORD && t.kind[k + 1] !== NUM)
  return prevPunct || nextPunct || COMPLEMENTIZERS.has(next) || PRONOUNS.has(lower(t, k - 1)) || isCapitalized(t, k + 1) || DETERMINERS.has(next)
}

/** Reads a speech verb at token k ("assure", "said", "selon", "according to", "d'après"), or undefined. */
export function speechVerbAt(t: Tokens, k: number, lang: Lang): SpeechVerbAt | undefined {
  const verb = formAt(t, k, lang)
  if (!verb) return undefined
  // a capitalised "States" or "Notes" is a name, not a verb ("the United States"), unless it opens the sentence
  if (isCapitalized(t, k) && !verb.prepositional && !(t.lineStart[k] === 1 || isPunct(t, k - 1, '.'))) return undefined
  // "Will he confirm that…", "to say that…": a base form after a modal (or a question's modal and pronoun) reports nothing
  if (verb.lemma === lower(t, k) && (BASE_FORM_BLOCKERS[lang].has(lower(t, k - 1)) ||
    (PRONOUNS.has(lower(t, k - 1)) && BASE_FORM_BLOCKERS[lang].has(lower(t, k - 2))))) return undefined
  let from = k + 1
  // "Contrairement à ce que dit le gouvernement", "contrary to what the minister claims": the figure contradicts them
  if (contradicts(t, k)) return undefined
  // "Comme annoncé par la police", "as reported by the ONS": the agent after "par"/"by" speaks, not the word before
  const agent = AGENT_PREPOSITIONS.has(lower(t, k + 1))
  if (verb.needsCue && !hasSpeechCue(t, k)) return undefined
  if (verb.elidedBefore !== undefined) {
    if (!(isApostrophe(t, k - 1) && lower(t, k - 2) === verb.elidedBefore)) return undefined
  } else if (verb.particle !== undefined) {
    if (lower(t, k + 1) !== verb.particle) return undefined
    from = k + 2
  }
  const limit = Math.min(t.count, from + 12)
  if (agent) from = k + 2
  return { verb, from, limit, agent }
}
