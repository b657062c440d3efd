// Changes: the word of change that introduces a figure ("en baisse de", "cède", "a reduction in the order of") and
// which way it goes, so a decrease is negative.
import type { Lang } from '../../model'
import { type Direction, directionOf, isChangeWord } from '../direction'
import { changeBefore } from '../shapes'
import { nonNounClass } from '../lexicons/nonNouns'
import { CHANGE_NOUNS_AFTER_FIGURE } from '../lexicons/direction'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'

const { WORD, NUM, isApostrophe, isCapitalized, lower } = tokensModule

// "soit 1,2 % de moins qu'en 2021", "6% lower than": a comparative after the figure makes it a change
// "entre 10 et 15 % de baisse", "5 % de hausse": a French noun of change after the rate and its "de"
export const AFTER_CHANGE = new Set(['de moins', 'de plus', 'more', 'less', 'lower', 'higher', 'fewer', 'up', 'down', ...CHANGE_NOUNS_AFTER_FIGURE.fr.map((n) => `de ${n}`)])
const NOUN_AFTER = new Set(CHANGE_NOUNS_AFTER_FIGURE.fr)
const CHANGE_LINKS = new Set(['de', 'd', 'by', 'of'])
const NEGATIONS = new Set(['pas', 'not', 'never', 'jamais', "n't", 'no'])
const NEGATIVE_WORDS = new Set(['negative', 'négative', 'négatif'])
// words that may stand between a noun or verb of change and its figure: "une perte d'environ de 0,6 %",
// "a reduction in the order of 13 %", "la baisse du 0,9 %", "a drop of some 5 %"
// "fell a further 2%", "lost another 3%", "recule encore de 2 %"
const CHANGE_FILLERS = new Set([
  'de', 'd', 'du', 'by', 'of', 'environ', 'about', 'around', 'some', 'roughly', 'approximately', 'in', 'the', 'order', 'ordre', 'l',
  'près', 'nearly', 'almost', 'presque', 'quelque', 'quelques', 'a', 'further', 'another', 'additional', 'extra', 'encore',
  // "une baisse de seulement 8 %", "a fall of just 2%"
  'seulement', 'only', 'just', 'juste', 'barely'
])

/**
 * First token of the word of change that introduces the figure at `at`, or -1: a listed phrase ("en baisse de"),
 * a stem of rising or falling before "de"/"by"/"of" (any tense: "reculera de"), that stem across a few fillers
 * ("une perte d'environ de", "a reduction in the order of"), or, for a rate or an amount, a verb of change right
 * before it ("cède 0,4 %", "perd 1,4 %").
 */
export function changeIntroBefore(t: Tokens, at: number, lang: Lang, rateOrAmount = false): number {
  const listed = changeBefore(t, at, lang)
  if (listed >= 0) return listed
  let k = at - 1
  if (isApostrophe(t, k)) k--
  if (CHANGE_LINKS.has(lower(t, k)) && t.kind[k - 1] === WORD && directionOf(lower(t, k - 1), lang) !== 0) return k - 1
  // across fillers: at least one link word, at most five tokens
  let j = at - 1
  let links = 0
  for (let steps = 0; steps < 5 && j > 0; steps++, j--) {
    if (isApostrophe(t, j)) continue
    const w = lower(t, j)
    // "une baisse résiduelle de 620", "a sharp fall of": an adjective between the noun of change and its link
    if (t.kind[j] === WORD && links > 0 && !CHANGE_FILLERS.has(w) && !isChangeWord(w, lang) && nonNounClass(w, lang) === 'modifier') continue
    if (t.kind[j] !== WORD || !CHANGE_FILLERS.has(w)) break
    if (CHANGE_LINKS.has(w) || w === 'du') links++
  }
  if (j >= 0 && t.kind[j] === WORD && isChangeWord(lower(t, j), lang) && directionOf(lower(t, j), lang) !== 0 && (links > 0 || rateOrAmount)) return j
  // "fell sharply on Friday, by 2.6 percent", "a reculé vendredi de 2,6 %", "a decline in sales of 3%": a rate or an
  // amount after its link, the word of change a few words before in the clause, past adverbials of time and place
  if (rateOrAmount && CHANGE_LINKS.has(lower(t, k))) return changeWordBack(t, k, lang)
  return -1
}

const ADVERBIAL_REACH = 8
const COPULAS = new Set(['is', 'are', 'was', 'were', 'been', 'be'])
const CLAUSE_STOP_WORDS = new Set(['and', 'but', 'which', 'that', 'while', 'whereas', 'et', 'mais', 'que', 'qui', 'dont', 'alors', 'tandis'])
const CLAUSE_STOP_MARKS = new Set(['.', ';', ':', '(', ')', '?', '!', '"', '«', '»'])

/** The word of change at most eight tokens before the link at `link`, within its clause and past no figure; -1 if none. */
function changeWordBack(t: Tokens, link: number, lang: Lang): number {
  for (let j = link - 1; j >= 0 && j >= link - ADVERBIAL_REACH; j--) {
    if (t.kind[j] === NUM) return -1
    if (t.kind[j] !== WORD) {
      if (CLAUSE_STOP_MARKS.has(t.text[t.start[j]])) return -1
      continue
    }
    const w = lower(t, j)
    if (CLAUSE_STOP_WORDS.has(w)) return -1
    if (isChangeWord(w, lang) && directionOf(w, lang) !== 0) return j
    // "sales were down in the third quarter by 2.6 percent": "down"/"up" after a copula
    if ((w === 'down' || w === 'up') && COPULAS.has(lower(t, j - 1))) return j
  }
  return -1
}

/**
 * Which way a change goes, from the words that introduce it (tokens [from, to)) and the comparative after it
 * ("2 % de moins", "6% lower"); a negation before the verb ("n'a pas baissé") reverses nothing: it is left unsigned.
 */
export function changeDirection(t: Tokens, from: number, to: number, after: number, lang: Lang): Direction {
  let d: Direction = 0
  if (from >= 0) {
    for (let k = from; k < to; k++) if (t.kind[k] === WORD && d === 0) d = directionOf(lower(t, k), lang)
    for (let k = Math.max(0, from - 3); k < from; k++) if (NEGATIONS.has(lower(t, k))) return 0
    // "negative growth of 0.4%", "une croissance négative de 0,4 %": growth below zero is a fall
    if (d > 0 && (NEGATIVE_WORDS.has(lower(t, from - 1)) || NEGATIVE_WORDS.has(lower(t, from + 1)))) d = -1
  }
  if (d !== 0) return d
  const next = lower(t, after) === 'de' ? lower(t, after + 1) : lower(t, after)
  if (lower(t, after) === 'de' && NOUN_AFTER.has(next)) return directionOf(next, lang)
  return next === 'moins' || next === 'less' || next === 'lower' || next === 'fewer' || next === 'down' ? -1 : 0
}

// "Le Dax cède 0,4 % et Londres 0,1 %", "the Dax fell 0.4% and London 0.1%": a rate after "et"/"and" and a name
// shares the verb of the rate before it (gapping), so it shares its word of change and its sign.
const GAP_JOINS = new Set(['et', 'and', ','])
const GAP_NAME_WORDS = new Set(['le', 'la', 'les', 'l', 'the', 'à', 'a', 'in', 'at', 'de', 'du', 'des', 'of', 'en'])
const RATE_WORDS = new Set(['points', 'point', 'pts', 'pt', 'percent', 'per', 'cent', 'pour', 'pourcent'])

/** Where the figure ending just before `end` starts (digits, decimal marks, "%", "points"), or -1. */
function figureStartBefore(t: Tokens, end: number): number {
  let k = end - 1
  let first = -1
  for (let steps = 0; k >= 0 && steps < 6; steps++, k--) {
    if (t.kind[k] === NUM) first = k
    else if (t.kind[k] === WORD ? RATE_WORDS.has(lower(t, k)) : (t.text[t.start[k]] === '%' || ((t.text[t.start[k]] === ',' || t.text[t.start[k]] === '.') && t.kind[k - 1] === NUM && t.kind[k + 1] === NUM))) continue
    else break
  }
  return first
}

/**
 * For a rate that gaps its verb ("… cède 0,4 % et Londres 0,1 %"): the word of change of the rate before it and
 * that rate's first token; undefined when the figure is not in such a coordination. Follows at most three links.
 */
export function gappedChangeBefore(t: Tokens, first: number, lang: Lang, depth = 0): { at: number; to: number } | undefined {
  let k = first - 1
  let names = 0
  let capital = false
  // ("le S&P 3,5 %": an ampersand inside a name)
  while (k >= 0 && names < 5 && ((t.kind[k] === WORD && (isCapitalized(t, k) || GAP_NAME_WORDS.has(lower(t, k)) || isApostrophe(t, k))) ||
    (t.text[t.start[k]] === '&' && isCapitalized(t, k - 1) && isCapitalized(t, k + 1)))) {
    if (isCapitalized(t, k)) capital = true
    names++
    k--
  }
  if (k < 1 || !GAP_JOINS.has(t.kind[k] === WORD ? lower(t, k) : t.text[t.start[k]])) return undefined
  // "decreased 20.9 percent and 11.6 percent, respectively", "ont reculé de 3 % et de 2 %": a second rate right after the
  // join shares the verb too, with no name between
  if (!capital && !(names === 0 || (names === 1 && lower(t, first - 1) === 'de'))) return undefined
  const prev = figureStartBefore(t, k)
  if (prev < 0) return undefined
  const at = changeIntroBefore(t, prev, lang, true)
  if (at >= 0) return { at, to: prev }
  return depth < 2 ? gappedChangeBefore(t, prev, lang, depth + 1) : undefined
}
