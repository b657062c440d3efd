import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { DETERMINERS, NAME_PARTICLES, NOT_NAMES, NUMBER_WORDS, POSSESSIVES, PRONOUNS, QUANTITY_OF, ROLE_OF, ROLE_STOPS, ROLE_VERBS } from './lexicon'
import { nameForward } from './names'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, WORD, isApostrophe, isCapitalized, isPunct, lower, raw } = tokensModule

/** A word that may be part of a role read backwards ("officials", "railway operator"): no function word, verb or pronoun. */
function isRoleWord(t: Tokens, j: number, words: number): boolean {
  if (t.kind[j] !== WORD) return false
  const w = lower(t, j)
  // "a spokesman said": the English article is no French auxiliary "a" once a role word follows it
  if (ROLE_STOPS.has(w) || (ROLE_VERBS.has(w) && !(words > 0 && DETERMINERS.has(w))) || PRONOUNS.has(w)) return false
  // the role's first word read (its last in the text) is no connective or pronoun ("Then said"), a determiner aside
  return !(words === 0 && NOT_NAMES.has(w) && !DETERMINERS.has(w))
}

/** A role right before a speech verb, starting a clause: "officials said", "The railway operator said", ", the minister said". */
export function roleBackward(t: Tokens, b: number): string | undefined {
  let j = b
  let words = 0
  while (j >= 0 && words < 4) {
    // "le porte-parole a confirmé": a hyphen inside a role word
    if (words > 0 && isPunct(t, j, '-') && isRoleWord(t, j - 1, words)) { j--; continue }
    if (!isRoleWord(t, j, words)) break
    const w = lower(t, j)
    // "Votre budget prévoit", "Two-thirds of respondents said": what is owned or counted does not speak
    if (POSSESSIVES.has(w) || NUMBER_WORDS.has(w) || QUANTITY_OF.has(w)) return undefined
    if (DETERMINERS.has(w)) { j--; break }
    words++
    j--
  }
  if (words === 0) return undefined
  // "The mayor's office said", "the IMF's latest forecast puts": the owner before "'s" belongs to the role
  if (lower(t, j + 1) === 's' && isApostrophe(t, j) && t.kind[j - 1] === WORD) {
    j -= 2
    if (t.kind[j] === WORD && DETERMINERS.has(lower(t, j))) j--
  }
  // the role must open its clause: sentence start, a comma, a quote
  const opens = j < 0 || t.lineStart[j + 1] === 1 || (t.kind[j] !== WORD && !isApostrophe(t, j)) || isApostrophe(t, j)
  if (!opens || (j >= 0 && (t.kind[j] === NUM || isPunct(t, j, '-')))) return undefined
  const first = DETERMINERS.has(lower(t, j + 1)) ? j + 2 : j + 1
  if (first > b) return undefined
  return t.text.slice(t.start[first], t.end[b])
}

/** A lower-case noun that may head a role ("président", "governor"): no function word. */
function isRoleNoun(t: Tokens, j: number): boolean {
  return j >= 0 && t.kind[j] === WORD && !isCapitalized(t, j) && !ROLE_STOPS.has(lower(t, j)) && !NOT_NAMES.has(lower(t, j))
}

/**
 * When a name is the complement of a role ("le président de la République", "the governor of the Bank of England",
 * "la ministre de la Santé"), the first token of that role phrase (its determiner); undefined otherwise.
 */
export function roleOfName(t: Tokens, nameFirst: number): number | undefined {
  let j = nameFirst - 1
  if (j >= 0 && t.kind[j] === WORD && DETERMINERS.has(lower(t, j))) j--
  else if (isApostrophe(t, j) && lower(t, j - 1) === 'l') j -= 2
  // "de", "of" or an elided "d'" joins the role to the name
  if (!(j >= 0 && t.kind[j] === WORD && ROLE_OF.has(lower(t, j))) && !(isApostrophe(t, j) && lower(t, j - 1) === 'd' && j--)) return undefined
  j--
  if (!isRoleNoun(t, j)) return undefined
  const head = j
  // its determiner opens the phrase ("le président", "the governor"); without one the role stands alone ("Président de …" is a name)
  if (head - 1 >= 0 && t.kind[head - 1] === WORD && DETERMINERS.has(lower(t, head - 1))) return head - 1
  if (isApostrophe(t, head - 1) && lower(t, head - 2) === 'l') return head - 2
  return undefined
}

/**
 * Roles written next to a person's name: "le préfet de police, Marc-Olivier Delmas", "the minister, Graham Pike",
 * "Claire Morvan, ministre du Travail", "le ministre de l'Intérieur Gérald Darmanin". One pass over the text.
 */
export function findRoles(t: Tokens): Map<string, string> {
  const roles = new Map<string, string>()
  for (let k = 0; k < t.count; k++) {
    if (!isCapitalized(t, k) || (k > 0 && isCapitalized(t, k - 1))) continue
    const n = nameForward(t, k, Math.min(t.count, k + 8))
    if (!n || n.end - k < 2) continue
    const name = t.text.slice(t.start[k], t.end[n.end - 1])
    // role words before the name (back to a determiner), then after ", "
    let j = k - 1
    if (isPunct(t, j, ',')) j--
    for (let steps = 0; j >= 0 && steps < 6 && t.kind[j] === WORD; steps++, j--) {
      const w = lower(t, j)
      if (DETERMINERS.has(w)) break
      if (w === raw(t, j) && w.length > 3 && !NAME_PARTICLES.has(w) && !roles.has(w)) roles.set(w, name)
    }
    if (isPunct(t, n.end, ',')) {
      for (let e = n.end + 1, steps = 0; e < t.count && steps < 4 && t.kind[e] === WORD; e++, steps++) {
        const w = lower(t, e)
        if (DETERMINERS.has(w) && steps === 0) continue
        if (w !== raw(t, e) || NAME_PARTICLES.has(w)) break
        if (w.length > 3 && !roles.has(w)) roles.set(w, name)
      }
    }
    k = n.end - 1
  }
  return roles
}
