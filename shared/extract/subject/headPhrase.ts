import type { Lang } from '../../model'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { nonNounClass } from '../lexicons/nonNouns'
import { CLASSES } from './classes'
import { frModifier, gluedDigits, isContentWord, looksLikeFrenchVerb } from './partOfSpeech'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, WORD, isApostrophe, isCapitalized, lower } = tokensModule

/** A noun phrase as a token range [first, end). */
export interface Span {
  first: number
  end: number
}

/** A head phrase being read: its end, its length in words, and whether its one "de"/"of" complement is taken. */
interface Reading {
  end: number
  words: number
  complement: boolean
}

const ARTICLES = new Set(['the', 'a', 'an'])

/** A word that cannot head what a figure counts: a verb, an adverb, an -ing verb taking an object, a past tense before "to". */
function cannotHead(t: Tokens, k: number, lang: Lang): boolean {
  const w = lower(t, k)
  // "20 amending pieces of legislation", "10% of the lost oil", "90% of the estimated cost": an -ing form, or a verb form
  // after an article, before a noun modifies it
  const beforeNoun = t.kind[k + 1] === WORD && isContentWord(t, k + 1, lang) && nonNounClass(lower(t, k + 1), lang) === undefined
  const modifies = lang === 'en' && beforeNoun && ARTICLES.has(lower(t, k - 1))
  if (CLASSES[lang].verbs.has(w)) return !modifies
  const cls = isCapitalized(t, k) ? undefined : nonNounClass(w, lang)
  if (cls === 'verb') return !(modifies || (lang === 'en' && beforeNoun && w.endsWith('ing')))
  if (lang === 'fr') return looksLikeFrenchVerb(w)
  // "4% shortly after": an adverb is not what is counted
  if (w.endsWith('ly') && w.length > 5 && !CLASSES.en.nounsInLy.has(w) && !CLASSES.en.adjectivesInLy.has(w)) return true
  // "1.2 percent closing at 5985 points": an -ing word taking a preposition or a figure is a verb, not the noun
  if (w.endsWith('ing') && (t.kind[k + 1] === NUM || CLASSES.en.ingPrepositions.has(lower(t, k + 1)))) return true
  // "1 in 8 planned to switch": a past tense before "to" is a verb
  return w.endsWith('ed') && w.length > 4 && lower(t, k + 1) === 'to'
}

/** One French step: a "de" complement with one adjective ("gendarmerie mobile"), or an adjective; false ends the phrase. */
/**
 * "enfants de 9 à 13 ans", "entreprises de 100 à 199 salariés", "firms of 10 to 49 employees": a size or age bracket
 * after the noun defines what is counted. The end of the bracket, or -1.
 */
function bracketComplementEnd(t: Tokens, k: number, limit: number): number {
  const w = lower(t, k)
  if (!(w === 'de' || w === 'of' || w === 'aged') || t.kind[k + 1] !== NUM) return -1
  const to = lower(t, k + 2)
  if (!(to === 'à' || to === 'to' || to === 'and' || to === 'et') || t.kind[k + 3] !== NUM) return -1
  // "aged 9 to 13 (years)": the unit may be left out
  const unitAfter = t.kind[k + 4] === WORD && (w !== 'aged' || lower(t, k + 4) === 'years')
  if (!unitAfter && w !== 'aged') return -1
  const end = unitAfter ? k + 5 : k + 4
  return end <= limit || limit <= k + 1 ? end : -1
}

/** The bracket step, in either language: the phrase takes the bracket as its one complement. */
function bracketStep(t: Tokens, r: Reading, limit: number): boolean {
  const bracket = r.complement ? -1 : bracketComplementEnd(t, r.end, limit)
  if (bracket < 0) return false
  r.end = bracket
  r.words += 5
  r.complement = true
  return true
}

function frStep(t: Tokens, r: Reading, limit: number): boolean {
  const verbs = CLASSES.fr.verbs
  const w = lower(t, r.end)
  if (!r.complement && (w === 'de' || w === 'du' || w === 'des' || (w === 'd' && isApostrophe(t, r.end + 1)))) {
    let c = w === 'd' ? r.end + 2 : r.end + 1
    const art = lower(t, c)
    if ((art === 'la' || art === 'l') && w === 'de') c += art === 'l' && isApostrophe(t, c + 1) ? 2 : 1
    if (!(isContentWord(t, c, 'fr') && !verbs.has(lower(t, c)) && c < limit)) return false
    r.end = c + 1
    r.words += 2
    r.complement = true
    if (r.end < limit && isContentWord(t, r.end, 'fr') && frModifier(lower(t, r.end))) { r.end++; r.words++ }
    return true
  }
  if (isContentWord(t, r.end, 'fr') && !verbs.has(w) && frModifier(w) && !r.complement) {
    r.end++
    r.words++
    return true
  }
  return false
}

/** A word that may follow an English noun in its compound: no verb, participle, adverb or word before an object. */
function isEnCompoundWord(t: Tokens, end: number, words: number): boolean {
  const w = lower(t, end)
  // "regions enjoy five times", "those questioned demand a": a word before an object is a verb
  const verbBefore = t.kind[end + 1] === WORD && CLASSES.en.objectStarts.has(lower(t, end + 1))
  // "first reading", "coffee harvesting": an -ing noun closing the compound, with nothing it could take as object
  const ingNoun = w.endsWith('ing') && w.length > 5 && t.kind[end + 1] !== WORD && t.kind[end + 1] !== NUM
  // "45 people came": a verb form the lexicon knows ends the compound
  if (!isContentWord(t, end, 'en') || verbBefore || CLASSES.en.verbs.has(w) || nonNounClass(w, 'en') === 'verb') return false
  return !w.endsWith('ed') && (ingNoun || !w.endsWith('ing')) && !w.endsWith('ly') && words < 4
}

/** A word after the "of" complement's noun that belongs to it (no verb, participle or adverb). */
function isEnComplementModifier(t: Tokens, e: number): boolean {
  const w = lower(t, e)
  return isContentWord(t, e, 'en') && !CLASSES.en.verbs.has(w) && nonNounClass(w, 'en') !== 'verb' && !w.endsWith('ed') && !w.endsWith('ing') && !w.endsWith('ly')
}

/** One English step: an "of" complement with one modifier, or a compound noun's next word; false ends the phrase. */
function enStep(t: Tokens, r: Reading, limit: number): boolean {
  const w = lower(t, r.end)
  if (!r.complement && w === 'of') {
    let c = r.end + 1
    const art = lower(t, c)
    if (art === 'the' || art === 'a' || art === 'an') c++
    if (!(isContentWord(t, c, 'en') && c < limit)) return false
    r.end = c + 1
    r.words += 2
    r.complement = true
    if (r.end < limit && isEnComplementModifier(t, r.end)) { r.end++; r.words++ }
    return true
  }
  if (!r.complement && isEnCompoundWord(t, r.end, r.words)) {
    r.end++
    r.words++
    return true
  }
  return false
}

/** Reads a noun phrase forward from token k: head, modifiers, and one "de"/"of" complement. */
export function headPhraseFrom(t: Tokens, k: number, lang: Lang, limit: number): Span | undefined {
  if (!isContentWord(t, k, lang) || k >= limit) return undefined
  if (cannotHead(t, k, lang)) return undefined
  const r: Reading = { end: k + 1, words: 1, complement: false }
  // "the estimated cost": a verb form read as a modifier takes the noun after it, verb-like or not
  if (lang === 'en' && (CLASSES.en.verbs.has(lower(t, k)) || nonNounClass(lower(t, k), 'en') === 'verb') && k + 1 < limit) { r.end = k + 2; r.words = 2 }
  while (r.end < limit && r.words < 7) {
    // "CO2", "Covid19": digits glued to the word belong to it
    if (t.kind[r.end] === NUM && t.start[r.end] === t.end[r.end - 1] && t.kind[r.end - 1] === WORD && gluedDigits(t, r.end)) {
      r.end++
      continue
    }
    if (t.kind[r.end] !== WORD) {
      // hyphenated words: "sans-abri"
      const e = r.end
      if (t.text[t.start[e]] === '-' && t.end[e - 1] === t.start[e] && isContentWord(t, e + 1, lang) && t.end[e] === t.start[e + 1]) {
        r.end += 2
        r.words++
        continue
      }
      // "23% of schoolchildren's families": a possessive before the noun it owns
      if (lang === 'en' && !r.complement && isApostrophe(t, e) && t.start[e] === t.end[e - 1] && lower(t, e + 1) === 's' && e + 2 < limit &&
        isContentWord(t, e + 2, 'en') && nonNounClass(lower(t, e + 2), 'en') === undefined) {
        r.end += 3
        r.words++
        continue
      }
      break
    }
    if (!(bracketStep(t, r, limit) || (lang === 'fr' ? frStep(t, r, limit) : enStep(t, r, limit)))) break
  }
  return { first: k, end: r.end }
}
