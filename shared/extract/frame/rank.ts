// Ranks: an ordinal that ranks something ("third place", "the first country to", "la onzième fois", "her 43rd
// birthday", "the third largest economy"). Ordinals used as names or titles ("Premier ministre", "First Lady",
// "Fifth Republic", "18e arrondissement") stay out: only the words of RANK_AFTER / FIRST_TO_NOUNS make a rank.
import type { Lang } from '../../model'
import { FIRST_TO_NOUNS, ORDINAL_RANKS, RANK_AFTER, RANK_EVENTS, RANK_SCOPE, RANK_SUPERLATIVE_FR } from '../lexicons/ranks'
import type { Figure, NumberExpr } from '../numberExpr'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'

const { NUM, WORD, glued, isCapitalized, isPunct, lower } = tokensModule

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 'e', 'è', 'ème', 'eme', 'ième', 'er', 're', 'ère'])

/** Token after the rank word when token `k` (after an ordinal) makes it a rank, else -1. */
function rankWordEnd(t: Tokens, k: number, lang: Lang): number {
  if (t.kind[k] !== WORD) return -1
  const w = lower(t, k)
  if (RANK_AFTER[lang].has(w)) return w === 'plus' ? (t.kind[k + 1] === WORD ? k + 2 : -1) : k + 1
  // "the first country to", "the first woman in space", "the first Arab leader to call": who holds a record, within a scope
  const n = FIRST_TO_NOUNS.has(w) ? k : isCapitalized(t, k) && t.kind[k + 1] === WORD && FIRST_TO_NOUNS.has(lower(t, k + 1)) ? k + 1 : -1
  if (n >= 0 && RECORD_SCOPES.has(lower(t, n + 1))) return n + 1
  return -1
}

// what follows the holder of a record: "to" + a verb, or the scope it holds it in ("in space", "parmi les pays")
const RECORD_SCOPES = new Set(['to', 'à', 'in', 'en', 'among', 'parmi', 'ever'])

// "Canada is placed 10th", "is 4th in the nation", "finished second": a placing, with nothing ranked named after it
const PLACED = new Set(['placed', 'ranked', 'ranks', 'finished', 'came', 'classé', 'classée', 'arrivé', 'arrivée', 'is', 'was', 'est', 'était'])

/** Token after a placing ("is 4th in", "placed 10th"), or -1. An ordinal before a noun rarely ranks ("the first estimates"). */
function placingEnd(t: Tokens, ordinal: number, coreEnd: number): number {
  if (!PLACED.has(lower(t, ordinal - 1))) return -1
  const w = t.kind[coreEnd] === WORD ? lower(t, coreEnd) : ''
  return w === '' || w === 'in' || w === 'en' || w === 'of' || w === 'du' || w === 'de' || w === 'and' || w === 'et' ? coreEnd : -1
}

const CLAUSE_STARTS = new Set(['qui', 'que', 'which', 'that', 'who', 'will', 'would', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'est', 'sont', 'a', 'ont', 'était', 'sera', 'va'])
const SINCE = new Set(['since', 'depuis', 'ever', 'jamais'])
const DEFINITE_BEFORE = new Set(['the', 'its', 'their', 'his', 'her', 'le', 'la', 'l', 'sa', 'son', 'leur'])

/**
 * "la troisième puissance économique mondiale", "le deuxième conseil le mieux payé", "the seventh since 1967": after
 * a definite article, a word of scope or a superlative within five words makes the ordinal a rank (ending on it).
 */
function scopedRankEnd(t: Tokens, ordinal: number, coreEnd: number, lang: Lang): number {
  if (!DEFINITE_BEFORE.has(lower(t, ordinal - 1)) && !(lower(t, ordinal - 1) === "'" && lower(t, ordinal - 2) === 'l')) return -1
  for (let k = coreEnd; k < t.count && k < coreEnd + 6; k++) {
    if (t.kind[k] !== WORD) {
      if (isPunct(t, k, "'") || isPunct(t, k, '’') || isPunct(t, k, '-')) continue
      return -1
    }
    const w = lower(t, k)
    // "le quatrième qui inquiète le plus", "the third will reduce the world's": a clause says something else of it
    if (CLAUSE_STARTS.has(w)) return -1
    // "the seventh since 1967": since/depuis right after the ordinal ("le 18e arrondissement depuis 2024" is a place)
    if (SINCE.has(w)) return k === coreEnd ? coreEnd : -1
    // "the third world", "the first world war": a scope right after the ordinal is a name; "la troisième puissance mondiale" is not
    if (RANK_SCOPE[lang].has(w) && !isCapitalized(t, k) && k > coreEnd) return coreEnd
    // "le plus", "la plus", "les plus": a French superlative
    if (lang === 'fr' && RANK_SUPERLATIVE_FR.has(w) && (lower(t, k + 1) === 'plus' || lower(t, k + 1) === 'mieux' || lower(t, k + 1) === 'moins')) return coreEnd
  }
  return -1
}

function rankFigure(first: number, coreEnd: number, end: number, value: number, written: boolean, digits: number): Figure {
  return {
    first, end, coreFirst: first, coreEnd, value, kind: 'rank', written, collective: false, fraction: false, scaled: false,
    yearLike: false, decimal: false, grouped: false, leadingZero: false, digits, pointsUnit: false
  }
}

/** The ordinal at token `k`, a word ("third") or glued digits ("43rd", "27e"): its value and the token after it. */
function ordinalAt(t: Tokens, k: number, lang: Lang): { value: number; coreEnd: number; written: boolean } | undefined {
  let value: number | undefined
  let coreEnd = k + 1
  const written = t.kind[k] === WORD
  if (written) value = ORDINAL_RANKS[lang].get(lower(t, k))
  else if (t.kind[k] === NUM && glued(t, k) && t.kind[k + 1] === WORD && ORDINAL_SUFFIXES.has(lower(t, k + 1))) {
    value = t.value[k]
    coreEnd = k + 2
  }
  return value !== undefined && value >= 1 ? { value, coreEnd, written } : undefined
}

/** The rank expression starting at token `k` (an ordinal word or glued digits like "43rd", "27e"), or undefined. */
export function rankAt(t: Tokens, k: number, lang: Lang): NumberExpr | undefined {
  const ordinal = ordinalAt(t, k, lang)
  if (!ordinal) return undefined
  const { value, coreEnd, written } = ordinal
  // a capitalised ordinal inside a sentence is a name ("Fifth Republic", "First Lady")
  if (written && isCapitalized(t, k) && k > 0 && !isPunct(t, k - 1, '.') && t.lineStart[k] !== 1) return undefined
  let end = rankWordEnd(t, coreEnd, lang)
  // "for the first time", "sa première entrevue depuis": a first is news, not a rank; "the fourth time" counts
  // "read a second time" (a stage of a bill) is no count either: only "the"/"la" before it makes one
  const timeWord = lower(t, coreEnd) === 'time' || lower(t, coreEnd) === 'fois'
  // "pour une cinquième fois" is a count too; "a second time" (a reading) is not
  if (end >= 0 && timeWord && (value === 1 || (!DEFINITE_BEFORE.has(lower(t, k - 1)) && value < 3))) return undefined
  // "sa cinquième participation", "un quatrième but": an event counted in its sequence
  if (end < 0 && value > 1 && t.kind[coreEnd] === WORD && RANK_EVENTS[lang].has(lower(t, coreEnd))) end = coreEnd + 1
  // "their fifth Euro appearance": one capitalised word of the competition between
  else if (end < 0 && value > 1 && isCapitalized(t, coreEnd) && t.kind[coreEnd + 1] === WORD && RANK_EVENTS[lang].has(lower(t, coreEnd + 1))) end = coreEnd + 2
  if (end < 0) end = placingEnd(t, k, coreEnd)
  if (end < 0 && value > 1) end = scopedRankEnd(t, k, coreEnd, lang)
  if (end < 0) return undefined
  const low = rankFigure(k, coreEnd, end, value, written, written ? 0 : t.digits[k])
  return { low, introTok: -1, first: k, end }
}

/** "is 4th in the nation in new cases and 13th in HIV": an ordinal after "and"/"et" shares the placing of the rank before. */
function coordinatedRank(t: Tokens, k: number, lang: Lang): NumberExpr | undefined {
  const before = lower(t, k - 1)
  if (before !== 'and' && before !== 'et') return undefined
  const ordinal = ordinalAt(t, k, lang)
  if (!ordinal) return undefined
  const { value, coreEnd, written } = ordinal
  const w = t.kind[coreEnd] === WORD ? lower(t, coreEnd) : ''
  if (!(w === '' || w === 'in' || w === 'en' || w === 'of' || w === 'du' || w === 'de')) return undefined
  const low = rankFigure(k, coreEnd, coreEnd, value, written, written ? 0 : t.digits[k])
  return { low, introTok: -1, first: k, end: coreEnd }
}

/** True when no sentence-ending mark stands in tokens [from, to). */
function sameSentence(t: Tokens, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isPunct(t, j, '.') || isPunct(t, j, '!') || isPunct(t, j, '?') || isPunct(t, j, ';')) return false
  return true
}

/** Every rank expression of the text, in token order (linear: one look per word). */
export function readRanks(t: Tokens, lang: Lang): NumberExpr[] {
  const out: NumberExpr[] = []
  for (let k = 0; k < t.count; k++) {
    if (t.kind[k] !== WORD && t.kind[k] !== NUM) continue
    const last = out[out.length - 1]
    // "is 4th in the nation in new and cumulative cases of AIDS and 13th in HIV": a placing coordinated with one before, in
    // the same sentence
    const r = rankAt(t, k, lang) ?? (last && k - last.end <= 16 && sameSentence(t, last.end, k) ? coordinatedRank(t, k, lang) : undefined)
    if (r) {
      out.push(r)
      k = r.end - 1
    }
  }
  return out
}
