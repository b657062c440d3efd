import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { DEFINITE_ARTICLES, DETERMINERS, ELIDED_ARTICLES, INDEFINITE_ARTICLES, NAME_PARTICLES, PRONOUNS, ROLE_STOPS, ROLE_VERBS, TIME_WORDS } from './lexicon'
import { nameForward } from './names'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, isApostrophe, isCapitalized, isPunct, lower } = tokensModule

/** Who a speech verb names: a name or role as written, or a pronoun still to resolve. */
export interface NamedSpeaker {
  name: string
  pronoun: boolean
}

/** Skips what stands between a verb and its inverted subject: "explique-t-il", "dit-elle", "a indiqué vendredi la préfecture". */
function skipInversion(t: Tokens, k: number, limit: number): number {
  let j = k
  while (j < limit && (isPunct(t, j, '-') || (lower(t, j) === 't' && isPunct(t, j + 1, '-')) || TIME_WORDS.has(lower(t, j)))) j++
  return j
}

/** A lower-case noun after a capitalised adjective, part of the source ("according to European surveys"). */
function isNounAfterName(t: Tokens, e: number): boolean {
  if (t.kind[e] !== WORD || isCapitalized(t, e)) return false
  const w = lower(t, e)
  return !ROLE_STOPS.has(w) && !ROLE_VERBS.has(w) && !NAME_PARTICLES.has(w)
}

/** A name opening at j, with up to three lower-case nouns after it ("European surveys"). */
function nameAt(t: Tokens, j: number, limit: number): NamedSpeaker | undefined {
  const n = nameForward(t, j, limit)
  if (!n) return undefined
  let e = n.end
  while (e < limit && e < n.end + 3 && isNounAfterName(t, e)) e++
  return { name: t.text.slice(t.start[j], t.end[e - 1]), pronoun: false }
}

/** True when token e ends the clause a role stands in: the text's end, a mark, or a time word ("the minister said Monday"). */
function closesClause(t: Tokens, e: number): boolean {
  // a hyphen glued on both sides joins a compound ("the five-day fair"), it closes nothing
  if (isPunct(t, e, '-') && t.end[e - 1] === t.start[e] && e + 1 < t.count && t.end[e] === t.start[e + 1]) return false
  return e >= t.count || (t.kind[e] !== WORD && !isApostrophe(t, e)) || TIME_WORDS.has(lower(t, e))
}

/** A role or a name after the determiner at j ("le préfet de police", "the minister", "selon l'Insee", "the Bank of England"). */
function roleAt(t: Tokens, j: number, limit: number, indefiniteOk: boolean): NamedSpeaker | undefined {
  const w = lower(t, j)
  let e = j + 1
  if (isApostrophe(t, e)) e++
  const n2 = nameForward(t, e, limit)
  // "selon l'Insee", "according to the Agriculture and Horticulture Development Board"
  if (n2 && (ELIDED_ARTICLES.has(w) || (DEFINITE_ARTICLES.has(w) && n2.end - e >= 2))) return { name: t.text.slice(t.start[e], t.end[n2.end - 1]), pronoun: false }
  let last = -1
  let words = 0
  while (e < limit && words < 6) {
    if (t.kind[e] === WORD) {
      const lw = lower(t, e)
      if (ROLE_STOPS.has(lw) || ROLE_VERBS.has(lw)) break
      // "the chief executive Jane Smith": a name of two words or more after the role is the speaker
      const n3 = words > 0 ? nameForward(t, e, limit) : undefined
      if (n3 && n3.end - e >= 2) return { name: t.text.slice(t.start[e], t.end[n3.end - 1]), pronoun: false }
      last = e
      words++
      e++
    } else if (isApostrophe(t, e)) e++
    else if (isPunct(t, e, ',') && nameForward(t, e + 1, limit)) {
      // "the council leader, Priya Shah": the name in apposition
      const n4 = nameForward(t, e + 1, limit)
      if (n4) return { name: t.text.slice(t.start[e + 1], t.end[n4.end - 1]), pronoun: false }
      break
    } else break
  }
  // a role ("the minister", "le préfet de police") must close the clause, or it is just the object of the verb
  const indefinite = INDEFINITE_ARTICLES.has(w)
  // "according to a preliminary report" → "preliminary report" (an indefinite article is no part of a name)
  if (last >= 0 && closesClause(t, e) && (indefiniteOk || !indefinite)) return { name: t.text.slice(t.start[indefinite ? j + 1 : j], t.end[last]), pronoun: false }
  return undefined
}

/** Reads who is named after a speech verb: a name, a pronoun, or a role ("le préfet de police", "the minister"). */
export function speakerAfter(t: Tokens, k: number, limit: number, indefiniteOk = false): NamedSpeaker | undefined {
  const j = skipInversion(t, k, limit)
  if (j >= limit) return undefined
  const w = lower(t, j)
  if (PRONOUNS.has(w)) return { name: w, pronoun: true }
  const named = nameAt(t, j, limit)
  if (named) return named
  if (t.kind[j] === WORD && DETERMINERS.has(w)) return roleAt(t, j, limit, indefiniteOk)
  return undefined
}
