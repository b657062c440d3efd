import { MONTHS } from '../calendar'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { LEADING_ARTICLE, NOT_NAMES, ORGANISATION_HEADS, TIME_WORDS, TITLES } from './lexicon'
import { nameForward } from './names'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, isCapitalized, isPunct, lower } = tokensModule

/** A capitalised word that names no organisation: a day, a month, a unit after a figure or a bracketed party ("Thursday", "TWh", "(Lab)"). */
function isDateOrLabel(t: Tokens, j: number): boolean {
  return TIME_WORDS.has(lower(t, j)) || MONTHS[lower(t, j)] !== undefined || (j > 0 && (t.kind[j - 1] === NUM || isPunct(t, j - 1, '(')))
}

/** "The group now expects…", "a annoncé le groupe": the organisation named last before token k (within 80 tokens). */
function lastOrganisation(t: Tokens, k: number): string | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 80; j--) {
    if (!isCapitalized(t, j) || (j > 0 && isCapitalized(t, j - 1))) continue
    if (isDateOrLabel(t, j)) continue
    const n = nameForward(t, j, Math.min(t.count, j + 6))
    if (!n) continue
    const text = t.text.slice(t.start[j], t.end[n.end - 1])
    const sentenceStart = j === 0 || t.lineStart[j] === 1 || isPunct(t, j - 1, '.')
    const caps = text.length >= 2 && text === text.toUpperCase()
    // one capitalised word opening a sentence is likely no name; two words, an acronym or a word inside a sentence are
    if ((n.end - j >= 2 || caps || !sentenceStart) && !NOT_NAMES.has(lower(t, j)) && !TITLES.has(lower(t, j))) return text
  }
  return undefined
}

/** A role that names an organisation generically ("the group") becomes the organisation named before it. */
export function organisationFor(t: Tokens, k: number, role: string): string {
  // only a role in lower case ("the group"), never a name ("National Audit Office")
  if (/\p{Lu}/u.test(role.replace(LEADING_ARTICLE, ''))) return role
  const words = role.toLowerCase().split(/[\s'’]+/)
  const head = words[words.length - 1]
  if (words.length <= 3 && ORGANISATION_HEADS.has(head)) return lastOrganisation(t, k) ?? role
  return role
}
