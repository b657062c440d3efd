import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { BEFORE_VERB, DETERMINERS, PRONOUNS, ROLE_STOPS } from './lexicon'
import { nameBackward } from './names'
import { organisationFor } from './organisations'
import { roleBackward, roleOfName } from './roles'
import type { NamedSpeaker } from './speakerAfter'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, isApostrophe, isCapitalized, isPunct, lower } = tokensModule

/**
 * Who is named right before the speech verb at k: "Dana Whitfield said", "the council leader, Priya Shah, told",
 * "officials said", "he said", "le président de la République a dit". Undefined when nobody is.
 */
export function speakerBefore(t: Tokens, k: number): NamedSpeaker | undefined {
  let b = k - 1
  let skipped = 0
  // "has also said", "a aussi déclaré", "said on Monday": adverbs and auxiliaries between speaker and verb
  while (b >= 0 && skipped < 3 && t.kind[b] === WORD && BEFORE_VERB.has(lower(t, b))) { b--; skipped++ }
  const appositive = isPunct(t, b, ',')
  const nb = appositive ? b - 1 : b
  if (!appositive && nb >= 0 && t.kind[nb] === WORD && PRONOUNS.has(lower(t, nb))) return { name: lower(t, nb), pronoun: true }
  const before = nb >= 0 ? nameBackward(t, nb, Math.max(0, nb - 8)) : undefined
  // a name in apposition must have its opening comma too ("the leader, Priya Shah, told")
  if (before && (!appositive || isPunct(t, before.first - 1, ','))) {
    // "le président de la République a dit", "the governor of the Bank of England said": the role, not the name it ends on
    const roleFirst = roleOfName(t, before.first)
    return { name: t.text.slice(t.start[roleFirst ?? before.first], t.end[nb]), pronoun: false }
  }
  if (appositive) {
    const named = nameBeforeRole(t, nb)
    if (named) return named
  }
  const role = !appositive ? roleBackward(t, nb) : undefined
  return role ? { name: organisationFor(t, k, role), pronoun: false } : undefined
}

/**
 * "Bill McDermott, co-chief executive of SAP, said", "Mark Kelly, the astronaut, told": a name, its role in apposition
 * between commas (ending at token `end`), then the verb. The aside opens on a lower-case word or a determiner and
 * holds no other mark; undefined when no name stands before its opening comma.
 */
function nameBeforeRole(t: Tokens, end: number): NamedSpeaker | undefined {
  for (let j = end; j >= 1 && j >= end - 10; j--) {
    if (t.kind[j] === WORD || isPunct(t, j, '-') || isApostrophe(t, j)) continue
    if (!isPunct(t, j, ',')) return undefined
    const opening = j + 1
    // a role opens on a determiner or a lower-case noun, not on a preposition or a relative ("dans le sud", "qui passe")
    const first = lower(t, opening)
    // ("Jalante Olson, Lafayette County Fair secretary, said": a capitalised aside that ends on a lower-case role noun)
    const namedRole = isCapitalized(t, opening) && t.kind[end] === WORD && !isCapitalized(t, end) && !ROLE_STOPS.has(lower(t, end))
    if (opening >= end || t.kind[opening] !== WORD || (isCapitalized(t, opening) && !namedRole || ROLE_STOPS.has(first)) && !DETERMINERS.has(first)) return undefined
    const name = nameBackward(t, j - 1, Math.max(0, j - 9))
    return name ? { name: t.text.slice(t.start[name.first], t.end[j - 1]), pronoun: false } : undefined
  }
  return undefined
}
