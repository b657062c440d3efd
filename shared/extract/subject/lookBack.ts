import type { Lang } from '../../model'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { CHANGE_HEADS, CLASSES, LOOK_BACK_SKIPS, MODALS, RELATIVES, SUBJECT_PRONOUNS } from './classes'
import { type NearSubject, elidedNoun } from './ellipsis'
import type { Span } from './headPhrase'
import { isVerbForm, nonNounClass } from '../lexicons/nonNouns'
import { MONTHS } from '../calendar'
import { isChangeWord } from '../direction'
import { isParticiple, namesWithNumber } from './partOfSpeech'
import { skippable } from './skippable'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, WORD, isApostrophe, isCapitalized, isPunct, lower, matchPhraseBefore } = tokensModule

// Nouns that, after their preposition, make an adverbial phrase rather than a head: "in fact", "for example",
// "en effet", "par exemple", "en fait".
const ADVERBIAL_NOUNS = new Set(['fact', 'example', 'instance', 'effet', 'exemple', 'fait', 'particular', 'général', 'general', 'total', 'outre', 'nouveau'])
const ADVERBIAL_OPENERS = new Set(['in', 'for', 'en', 'par', 'au', 'on', 'à', 'de'])

/** True when the noun at `noun` and the preposition at `opener` make such an adverbial ("in fact", "à nouveau"). */
function isAdverbial(t: Tokens, noun: number, opener: number): boolean {
  return ADVERBIAL_NOUNS.has(lower(t, noun)) && ADVERBIAL_OPENERS.has(lower(t, opener))
}

const COPULAS_BEFORE_FIGURE = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'seront', 'is', 'are', 'was', 'were', 'will', 'be'])

/** Where the look back stands: the token read, how far it may go, and what it has passed. */
interface Walk {
  k: number
  floor: number
  pronoun: boolean
  verbSeen: boolean
  /** A verb was passed on the way, even if an aside since reset verbSeen. */
  verbPassed: boolean
  /** A name alone between commas that the walk passed ("producer, SAP, plans"): the phrase it names. */
  namedAside?: Span
  named: boolean
  /** Asides passed since the last verb: one more may follow right away. */
  asides: number
}

/** The figures of the sentence, by token, with the subject each was given ('' for none yet). */
type Figures = ReadonlyMap<number, string>

/**
 * Steps back over a mark at w.k; false when the mark ends the look back. Apostrophes, hyphens, a bracket right before
 * the figure, a comma after a pronoun and, once a verb was passed, a participle's comma or a whole aside are passed.
 */
function passMark(t: Tokens, w: Walk, from: number, lang: Lang, sentenceFirst: number, figures: Figures): boolean {
  const k = w.k
  const ch = t.text[t.start[k]]
  // "(+4,5 % après +3,7 %)": an opening bracket right before the figure hides nothing;
  // "Quant aux banques alimentaires, elles recevront…": a pronoun sends us past its comma
  if (ch === "'" || ch === '\u2019' || ch === '-' || (ch === '(' && k === from - 1) || (ch === ',' && w.pronoun)) { w.pronoun = false; w.k--; return true }
  if (ch === ',' && k === from - 1) {
    const open = asideBeforeFigure(t, k, lang, sentenceFirst, figures)
    if (open >= 0) { w.k = open - 1; return true }
  }
  // "Shares fell sharply on Friday, by 2.6 percent": a comma before the link of a change leaves the clause open
  if (ch === ',' && k === from - 2 && (lower(t, from - 1) === 'by' || lower(t, from - 1) === 'de')) { w.verbSeen = true; w.k--; return true }
  // "le montant annuel, en moyenne, pour la période sous revue, est": the comma opening a second aside, whose words
  // the walk passed, right after the first
  if (ch === ',' && !w.verbSeen && w.asides === 1) { w.asides = 2; w.k--; return true }
  if (!((ch === ',' || ch === ')') && w.verbSeen)) return false
  // "le seuil de pauvreté, fixé à 1 158 euros", "The project, built at a cost of £3.1 billion": the noun before the participle
  if (ch === ',' && (isParticiple(t, k + 1, lang) || RELATIVES.has(lower(t, k + 1)))) { w.verbSeen = false; w.k--; return true }
  // "L'indice des prix, base 100 en 2015, atteint 118,79", "The number of X (those …) was 1.2 million": past the aside
  const open = ch === ')' ? '(' : ','
  let b = k - 1
  const stop = Math.max(sentenceFirst + 1, k - 12)
  while (b >= stop && !figures.has(b) && !(t.kind[b] !== WORD && t.kind[b] !== NUM && t.text[t.start[b]] === open)) b--
  if (!(b >= stop && !figures.has(b))) return false
  // "Europe's largest software producer, SAP, plans to invest billions": a name alone in the aside is who it is
  if (ch === ',' && k - b > 1 && allCapitalized(t, b + 1, k) && t.kind[b - 1] === WORD && !isCapitalized(t, b - 1)) w.namedAside = { first: b + 1, end: k }
  w.k = b - 1
  w.floor = Math.max(sentenceFirst, w.k - 8)
  w.asides = w.verbSeen ? 1 : w.asides + 1
  w.verbSeen = false
  return true
}

/** True when tokens [from, to) are capitalised words (a name, "Bank of England" aside), at most five. */
function allCapitalized(t: Tokens, from: number, to: number): boolean {
  if (to - from > 5 || !isCapitalized(t, from)) return false
  for (let k = from; k < to; k++) if (!(isCapitalized(t, k) || (t.kind[k] === WORD && (lower(t, k) === 'of' || lower(t, k) === 'de')))) return false
  return true
}

/**
 * "Unemployment has reached, on average, 23.7%", "a atteint, selon l'Insee, 7 %": an aside between a verb and its
 * figure. Returns the aside's opening comma when the comma at `close` ends one that holds no verb or figure and
 * follows a verb; -1 otherwise (a list, "Paris, Lyon, 45 %", or a clause opening on a comma).
 */
function asideBeforeFigure(t: Tokens, close: number, lang: Lang, sentenceFirst: number, figures: Figures): number {
  for (let b = close - 1; b > sentenceFirst && b >= close - 7; b--) {
    if (t.kind[b] === NUM || figures.has(b)) return -1
    if (t.kind[b] !== WORD) {
      if (isApostrophe(t, b) || t.text[t.start[b]] === '-') continue
      if (t.text[t.start[b]] !== ',') return -1
      const v = b - 1
      return b < close - 1 && t.kind[v] === WORD && skippable(t, v, lang) && !CLASSES[lang].stop.has(lower(t, v)) ? b : -1
    }
    if (isPassedVerb(t, b, lower(t, b), lang)) return -1
  }
  return -1
}

/** A word that counts as a verb passed for the rules on asides (no function word, adverb or word of change). */
function isPassedVerb(t: Tokens, k: number, w: string, lang: Lang): boolean {
  return !CLASSES[lang].stop.has(w) && !w.endsWith('ment') && !w.endsWith('ly') && !CHANGE_HEADS.has(w) && skippable(t, k, lang)
}

/**
 * Walks back from the figure over verbs, prepositions and words of change to the head noun. Returns the walk stopped
 * on it, or what was found instead: an earlier figure to share the subject of, or nothing.
 */
function walkToHead(t: Tokens, from: number, lang: Lang, sentenceFirst: number, figures: Figures): Walk | { found: NearSubject } {
  const w: Walk = { k: from - 1, floor: Math.max(sentenceFirst, from - 12), pronoun: false, verbSeen: false, verbPassed: false, named: false, asides: 0 }
  while (w.k >= w.floor) {
    const k = w.k
    // "Le CAC 40, lui, a reculé", "The FTSE 250 ended": a number right after a capitalised word is part of a name
    if (t.kind[k] === NUM && !figures.has(k) && namesWithNumber(t, k)) { w.named = true; break }
    if (t.kind[k] === NUM || figures.has(k)) return { found: figures.has(k) ? { figureAt: k } : undefined }
    if (t.kind[k] !== WORD) {
      if (passMark(t, w, from, lang, sentenceFirst, figures)) continue
      return { found: undefined }
    }
    const word = lower(t, k)
    // "8 016,22 points (+0,77 %)": the unit word of an earlier figure; the figure after it shares that figure's subject
    if (CLASSES[lang].measureNouns.has(word) && figures.has(k - 1)) return { found: { figureAt: k - 1 } }
    if (SUBJECT_PRONOUNS.has(word)) w.pronoun = true
    if (isPassedVerb(t, k, word, lang)) w.verbSeen = w.verbPassed = true
    // auxiliaries and copulas are function words for the rules on asides, but verbs all the same
    else if (CLASSES[lang].verbs.has(word) || isVerbForm(word, lang)) {
      w.verbPassed = true
      // "le montant annuel, en moyenne, est de l'ordre de": a copula right before the figure opens the aside rule too
      if (COPULAS_BEFORE_FIGURE.has(word) && k >= from - 4) w.verbSeen = true
    }
    // "85,7 ans pour les femmes et 80,0 ans": after a coordinator, an earlier figure close by shares its subject
    if (word === 'et' || word === 'and' || word === 'ou' || word === 'or') {
      for (let b = k - 1; b >= w.floor && b >= k - 6; b--) if (figures.has(b)) return { found: { figureAt: b } }
    }
    if (skippable(t, k, lang)) {
      w.k--
      continue
    }
    // "is in fact 26 billion", "s'élève en effet à", "for example": an adverbial phrase, passed whole
    if (isAdverbial(t, k, k - 1)) {
      w.k -= 2
      continue
    }
    // a verb form or a modifier the lexicon knows is no head ("Paris cède 0,4 %", "was high at 7%")
    const cls = isCapitalized(t, k) ? undefined : nonNounClass(word, lang)
    if (cls !== undefined) {
      if (cls !== 'modifier') w.verbSeen = w.verbPassed = true
      w.k--
      continue
    }
    break
  }
  return w
}

/** A word that may be part of the head noun phrase read leftwards. */
function isHeadWord(t: Tokens, j: number, lang: Lang): boolean {
  return t.kind[j] === WORD && !CLASSES[lang].stop.has(lower(t, j)) && !skippable(t, j, lang)
}

/** The first token of the noun phrase ending on head k, extended left over modifiers and "X de/of" links. */
function extendLeft(t: Tokens, k: number, floor: number, lang: Lang, figures: Figures): number {
  let first = compoundStart(t, k, lang)
  let words = 1
  let j = first - 1
  while (j >= floor && words < 6) {
    const w = lower(t, j)
    // "the S & P 500 index", "FTSE 100 shares": a number inside a name belongs to the phrase
    if (t.kind[j] === NUM && !figures.has(j) && namesWithNumber(t, j)) {
      first = j - 1
      words += 2
      j -= 2
      while (j > floor && t.text[t.start[j]] === '&' && isCapitalized(t, j - 1)) { first = j - 1; j -= 2 }
      continue
    }
    if (isHeadWord(t, j, lang) && !MODALS.has(lower(t, j - 1))) { first = j; words++; j--; continue }
    // "Dow-Jones-Index", "sans-abri": a hyphen glued between two words joins them
    if (t.kind[j] !== WORD && t.text[t.start[j]] === '-' && t.end[j] === t.start[j + 1] && t.end[j - 1] === t.start[j] && t.kind[j - 1] === WORD) {
      first = j - 1
      j -= 2
      continue
    }
    // "à nouveau des pertes": an adverbial before "des" is no noun the phrase hangs on
    if ((w === 'de' || w === 'du' || w === 'des' || w === 'of') && isHeadWord(t, j - 1, lang) &&
      !isAdverbial(t, j - 1, j - 2)) { first = j - 1; words += 2; j -= 2; continue }
    // "crédits de la mission", "cost of the programme"
    if ((w === 'la' || w === 'the' || w === 'les') && (lower(t, j - 1) === 'de' || lower(t, j - 1) === 'of') && isHeadWord(t, j - 2, lang)) {
      first = j - 2
      words += 3
      j -= 3
      continue
    }
    if (isApostrophe(t, j) && lower(t, j - 1) === 'l' && lower(t, j - 2) === 'de' && isHeadWord(t, j - 3, lang)) { first = j - 3; words += 3; j -= 4; continue }
    if (isApostrophe(t, j) && lower(t, j - 1) === 'd' && isHeadWord(t, j - 2, lang)) { first = j - 2; words += 2; j -= 3; continue }
    break
  }
  return first
}

/** The first token of a listed compound noun ending on token k ("chiffre d'affaires" on "affaires"), or k. */
function compoundStart(t: Tokens, k: number, lang: Lang): number {
  const w = lower(t, k)
  for (const phrase of CLASSES[lang].compoundNouns) {
    if (phrase[phrase.length - 1] !== w) continue
    const s = matchPhraseBefore(t, k + 1, phrase)
    if (s >= 0) return s
  }
  return k
}

/** "Le réacteur de Flamanville 3, d'une puissance de 1 650 MW": a phrase opening on ", d'une" measures the noun before the comma. */
function opensMeasureAside(t: Tokens, f: number, lang: Lang, sentenceFirst: number): boolean {
  const article = lower(t, f - 1)
  return lang === 'fr' && (article === 'une' || article === 'un') && isApostrophe(t, f - 2) && lower(t, f - 3) === 'd' &&
    t.kind[f - 4] !== WORD && t.text[t.start[f - 4]] === ',' && f - 4 > sentenceFirst
}

/**
 * "The aid which Member States allocate to the sectors under consideration reached EUR 95 billion", "le nombre de
 * personnes qui dorment dehors a atteint 3 600": the phrase found ends a relative clause and the verb after it is the
 * main one, so what reached the figure is the noun the clause hangs on. Only when a verb follows the phrase (it is
 * the verb's subject, not an object: "firms that hired workers raised wages by 5%" keeps "wages") and a noun stands
 * right before the relative pronoun ("said that prices rose" has none).
 */
function relativeAntecedent(t: Tokens, first: number, k: number, lang: Lang, sentenceFirst: number, figures: Figures): { first: number; end: number } | null {
  const next = lower(t, k + 1)
  const c = CLASSES[lang]
  if (t.kind[k + 1] !== WORD) return null
  // A verb: a modal or auxiliary, a listed verb, or a skipped word that is no function word ("to", "by" are not).
  if (c.complementPrepositions.has(next)) return null
  if (!(MODALS.has(next) || c.verbs.has(next) || (!c.stop.has(next) && (LOOK_BACK_SKIPS.has(next) || skippable(t, k + 1, lang))))) return null
  const stop = Math.max(sentenceFirst, first - 14)
  for (let r = first - 1; r > stop; r--) {
    if (t.kind[r] !== WORD || figures.has(r)) return null
    if (!RELATIVES.has(lower(t, r))) continue
    const head = r - 1
    if (!isHeadWord(t, head, lang) || isParticiple(t, head, lang)) return null
    return { first: extendLeft(t, head, Math.max(sentenceFirst, head - 8), lang, figures), end: head + 1 }
  }
  return null
}

/**
 * The noun a figure is about, read backwards from token `from` (exclusive) over verbs, prepositions and words of change:
 * "le taux de chômage a atteint 7,2 %" → "taux de chômage", "compensation of 1 million rupees" → "compensation",
 * "expects the economy to grow by 0.6%" → "economy". Reaching an earlier figure ("0.6% this year and 0.7%") says to
 * reuse that claim's subject. Looks at most 12 tokens back.
 */
export function subjectNear(t: Tokens, from: number, lang: Lang, sentenceFirst: number, figures: Figures, nested = false): NearSubject {
  const elided = elidedNoun(t, from, lang, sentenceFirst, figures)
  if (elided !== null) return elided
  const walk = walkToHead(t, from, lang, sentenceFirst, figures)
  if ('found' in walk) return walk.found
  const { k, floor } = walk
  if (k < floor || (t.kind[k] !== WORD && !walk.named)) return undefined
  if (walk.namedAside) return { span: walk.namedAside }
  let first = extendLeft(t, k, floor, lang, figures)
  // "certificates fell more strongly than the market by 2.6 percent": the standard of a comparison is not what changed
  // (only "… than X by N": the figure is the verb's measure, not a complement of X, "than a distance of 8,733 km")
  const byAfter = from - k >= 2 && from - k <= 3 && BY_LINKS.has(lower(t, from - 1)) && (from - k === 2 || isPunct(t, k + 1, ','))
  const than = nested || !byAfter ? -1 : comparisonStandard(t, first, lang, sentenceFirst)
  if (than >= 0) return subjectNear(t, than, lang, sentenceFirst, figures, true)
  let end = frenchModifiersAfter(t, k + 1, from, lang)
  // "le rendement des obligations à 10 ans est monté", "a stay of 10 days was 600": the head found is the unit of a
  // measure that qualifies the noun before its preposition; that noun heads the phrase, measure included
  const measured = measuredHead(t, first, lang, sentenceFirst, figures)
  if (measured >= 0) first = measured
  // at most two links: "the share of women in jobs in France"
  for (let links = 0; links < 2; links++) {
    const linked = linkedHead(t, first, k, lang, sentenceFirst, figures, walk.verbPassed)
    if (!linked) break
    if (linked.adjunct) return { span: { first: linked.first, end: linked.end } }
    first = linked.first
    if (linked.dropsTime) end = linked.end
  }
  const antecedent = relativeAntecedent(t, first, k, lang, sentenceFirst, figures)
  if (antecedent) return { span: antecedent }
  if (!nested && opensMeasureAside(t, first, lang, sentenceFirst)) {
    const owner = subjectNear(t, first - 4, lang, sentenceFirst, figures, true)
    if (owner && 'span' in owner) return owner
  }
  return { span: { first, end } }
}

const BY_LINKS = new Set(['by', 'de', 'par'])
const COMPARATIVES_BEFORE_QUE = new Set(['plus', 'moins', 'mieux', 'davantage', 'autant', 'aussi', 'pire'])

/** The "than"/comparative "que" right before the phrase starting at `first` (past a determiner), or -1. */
function comparisonStandard(t: Tokens, first: number, lang: Lang, sentenceFirst: number): number {
  let p = first - 1
  if (CLASSES[lang].determiners.has(lower(t, p)) || (isApostrophe(t, p) && lower(t, p - 1) === 'l')) p -= isApostrophe(t, p) ? 2 : 1
  if (p <= sentenceFirst || t.kind[p] !== WORD) return -1
  const w = lower(t, p)
  if (lang === 'en') return w === 'than' ? p : -1
  if (w !== 'que' && w !== 'qu') return -1
  for (let b = p - 1; b > sentenceFirst && b >= p - 6; b--) if (COMPARATIVES_BEFORE_QUE.has(lower(t, b))) return p
  return -1
}

const MEASURE_LINKS = new Set(['à', 'de', 'of', 'at', 'with', 'avec'])

/**
 * When the phrase [first, …) is the unit of a plain number tied by a preposition to a noun before it ("obligations à
 * 10 ans"), the first token of that noun's phrase; -1 otherwise.
 */
function measuredHead(t: Tokens, first: number, lang: Lang, sentenceFirst: number, figures: Figures): number {
  const n = first - 1
  // a unit is a lower-case word after a space ("1ere classe Elizabeth Lyman" is an ordinal, then a name)
  if (t.kind[n] !== NUM || t.start[first] === t.end[n] || isCapitalized(t, first) || namesWithNumber(t, n)) return -1
  if (t.kind[n - 1] !== WORD || !MEASURE_LINKS.has(lower(t, n - 1))) return -1
  const b = n - 2
  if (b <= sentenceFirst || !isHeadWord(t, b, lang) || figures.has(b)) return -1
  const cls = isCapitalized(t, b) ? undefined : nonNounClass(lower(t, b), lang)
  if (cls === 'verb' || cls === 'participle') return -1
  return extendLeft(t, b, Math.max(sentenceFirst, b - 8), lang, figures)
}

/** Words a prepositional phrase of time ends on: "sales in March", "les ventes en 2023" keep only the noun before. */
function isTimeHead(t: Tokens, k: number, lang: Lang): boolean {
  return t.kind[k] === NUM || MONTHS[lower(t, k)] !== undefined || CLASSES[lang].periodHeads.has(lower(t, k))
}

/**
 * "unemployment in France rose by 2%", "les ventes en Europe ont baissé de 4 %": the noun found is the object of a
 * preposition tied to the noun before it, which heads the phrase (the phrase is widened to it). After a verb or a
 * predicate adjective ("SAP has been in China for 20 years", "SAP est active en Chine depuis 20 ans") the phrase is an
 * adjunct: the subject is the clause's, further left (`adjunct`). Undefined when no such preposition precedes `first`.
 */
function linkedHead(
  t: Tokens, first: number, k: number, lang: Lang, sentenceFirst: number, figures: Figures, verbPassed: boolean
): { first: number; end: number; adjunct: boolean; dropsTime: boolean } | undefined {
  const c = CLASSES[lang]
  let p = first - 1
  if (t.kind[p] === WORD && c.determiners.has(lower(t, p))) p--
  else if (isApostrophe(t, p) && lower(t, p - 1) === 'l') p -= 2
  if (p <= sentenceFirst || t.kind[p] !== WORD || !c.headLinkPrepositions.has(lower(t, p))) return undefined
  // "à nouveau des pertes", "in fact": an adverbial, no phrase of place
  if (isAdverbial(t, first, p)) return undefined
  const b = p - 1
  if (t.kind[b] !== WORD || figures.has(b)) return undefined
  const cls = isCapitalized(t, b) ? undefined : nonNounClass(lower(t, b), lang)
  // "la croissance annuelle en France": a French adjective after its noun still heads a noun phrase
  // a noun of level ("the jobless rate in Spain") heads the phrase too; a noun of change ("a rise in prices") does not
  const level = CHANGE_HEADS.has(lower(t, b)) && !isChangeWord(lower(t, b), lang)
  const nounBefore = level || isHeadWord(t, b, lang) && (cls === undefined ||
    (cls === 'modifier' && lang === 'fr' && isHeadWord(t, b - 1, lang) && nonNounClass(lower(t, b - 1), lang) === undefined))
  // only a phrase that is a verb's subject is widened: in "les véhicules de plus de cinq ans" the figure qualifies the noun
  if (nounBefore) {
    if (!verbPassed) return undefined
    const dropsTime = isTimeHead(t, k, lang)
    return { first: extendLeft(t, b, Math.max(sentenceFirst, b - 8), lang, figures), end: b + 1, adjunct: false, dropsTime }
  }
  // an adjunct hangs on a verb ("has been in China", "est active en Chine"); after a function word it opens the clause
  if (!(isPassedVerb(t, b, lower(t, b), lang) || cls === 'verb' || cls === 'participle')) return undefined
  const walk = walkToHead(t, p, lang, sentenceFirst, figures)
  if ('found' in walk || walk.k < walk.floor || t.kind[walk.k] !== WORD) return undefined
  const head = walk.k
  return { first: extendLeft(t, head, walk.floor, lang, figures), end: frenchModifiersAfter(t, head + 1, p, lang), adjunct: true, dropsTime: false }
}

/** "les recettes touristiques ont fondu": French adjectives the look back passed after the head belong to its phrase. */
function frenchModifiersAfter(t: Tokens, end: number, from: number, lang: Lang): number {
  if (lang !== 'fr') return end
  let e = end
  while (e < from && t.kind[e] === WORD && !isCapitalized(t, e) && !CLASSES.fr.stop.has(lower(t, e)) && nonNounClass(lower(t, e), lang) === 'modifier') e++
  return e
}
