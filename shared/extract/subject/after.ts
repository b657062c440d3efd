import type { Lang } from '../../model'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { CHANGE_HEADS, CLASSES, EXTRA_WORDS, FOR_PERIOD_HEADS, FOR_WORDS, LEAD_DETERMINERS, MONEY_FOR, TIME_UNITS } from './classes'
import type { Span } from './headPhrase'
import { nounPhraseFrom, ofComplementStart } from './nounPhrase'
import { comparativeAt } from '../frame/comparative'
import { directionOf } from '../direction'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, WORD, isApostrophe, isCapitalized, lower } = tokensModule

const CLOSING_QUOTES = new Set(['»', '”', '"', '\u2019', "'"])
const COUNT_MODIFIERS = new Set(['such', 'more', 'other', 'additional', 'extra', 'further', 'autres', 'seul', 'seule', 'seuls', 'seules', 'supplémentaires'])

/** Skips "de", "d'", "des", "du" (fr) or "of" (+ "the") after a scaled figure or a unit: "3 millions de personnes", "12 % of voters". */
function skipOf(t: Tokens, k: number, lang: Lang): number {
  const w = lower(t, k)
  if (lang === 'fr') {
    let j: number
    if (w === 'de' || w === 'des' || w === 'du') j = k + 1
    else if (w === 'd' && isApostrophe(t, k + 1)) j = k + 2
    else return k
    // "de tous les navires", "de toutes ces villes"
    if (w === 'de' && (lower(t, j) === 'tous' || lower(t, j) === 'toutes')) j++
    // "les trois quarts de nos agriculteurs", "la moitié de ces emplois", "5,5 % de l'emploi", "12 % de la population"
    const d = lower(t, j)
    if (w === 'de' && (CLASSES.fr.ofDeterminers.has(d) || d === 'les' || d === 'la')) j++
    else if (w === 'de' && d === 'l' && isApostrophe(t, j + 1)) j += 2
    return j
  }
  if (w === 'of') {
    const n = lower(t, k + 1)
    if (n === 'all' && CLASSES.en.determiners.has(lower(t, k + 2))) return k + 3
    if (n === 'the' || n === 'all' || n === 'such' || n === 'its' || n === 'their' || n === 'those' || n === 'these' || n === 'our' || n === 'his' || n === 'her' || n === 'my' || n === 'your') return k + 2
    return k + 1
  }
  return k
}

/** "a 6% cut to the agency's budget", "a rise in", "une hausse de": a noun of change whose complement names what changes. */
function changeWithComplement(t: Tokens, k: number): boolean {
  // "to" names what is cut, unless a figure follows ("a rise to 5%")
  const toWhat = lower(t, k + 1) === 'to' && t.kind[k + 2] === WORD && LEAD_DETERMINERS.has(lower(t, k + 2))
  const next = lower(t, k + 1)
  return CHANGE_HEADS.has(lower(t, k)) && (toWhat || next === 'in' || next === 'of' || next === 'de' || next === 'du' || next === 'des')
}

/**
 * Right after a unit or a scale: a word of more ("12 millions d'euros supplémentaires pour l'hébergement", "£2.4bn more
 * on elective recovery"), a noun of change ("a 9 per cent rise in wage costs") or what money is for. The counted
 * phrase, undefined for none, or null when the figure is in none of these shapes.
 */
function subjectAfterUnit(t: Tokens, exprEnd: number, lang: Lang, limit: number, money: boolean): Span | undefined | null {
  let k = exprEnd
  if (money) {
    const worth = worthOf(t, k, limit)
    if (worth >= 0) return nounPhraseFrom(t, worth, lang, limit)
  }
  if (EXTRA_WORDS.has(lower(t, k))) {
    k++
    // "« 12 millions d'euros supplémentaires » pour l'hébergement", "“£2.4bn more” on elective recovery"
    if (CLOSING_QUOTES.has(t.text[t.start[k]]) && t.kind[k] !== WORD && FOR_WORDS.has(lower(t, k + 1))) k++
  } else if (lower(t, k) === 'de' && lower(t, k + 1) === 'plus') k += 2
  if (changeWithComplement(t, k)) k++
  const w = lower(t, k)
  if (FOR_WORDS.has(w) && (k > exprEnd || (money && MONEY_FOR.has(w)))) {
    let j = k + 1
    while (j < limit && t.kind[j] === WORD && LEAD_DETERMINERS.has(lower(t, j))) j++
    if (isApostrophe(t, j)) j++
    // "pour le premier trimestre": a period, not what the figure is for
    if (FOR_PERIOD_HEADS.has(lower(t, j))) return undefined
    return nounPhraseFrom(t, j, lang, limit)
  }
  return k > exprEnd ? nounPhraseFrom(t, k, lang, limit) : null
}

/**
 * "6 thousand million Euro's worth of French exports", "5.000 million yen (47 thousand million Euro's) worth of treasury
 * bond purchases": the first token of what money's worth is counted, or -1.
 */
function worthOf(t: Tokens, k: number, limit: number): number {
  // a restatement in brackets between the amount and "worth of"
  if (t.text[t.start[k]] === '(') {
    let j = k + 1
    while (j < limit && j < k + 12 && t.text[t.start[j]] !== ')') j++
    if (t.text[t.start[j]] !== ')') return -1
    k = j + 1
  }
  // "Euro's worth": the possessive of the unit
  if (isApostrophe(t, k) && lower(t, k + 1) === 's') k += 2
  if (lower(t, k) !== 'worth' || lower(t, k + 1) !== 'of') return -1
  let j = k + 2
  while (j < limit && t.kind[j] === WORD && LEAD_DETERMINERS.has(lower(t, j))) j++
  return j < limit ? j : -1
}

/** "1.234,5 millions d'euros cumulés sur cinq ans": a French participle right after the unit is not what is counted. */
function participleAfterUnit(t: Tokens, k: number, lang: Lang): boolean {
  return lang === 'fr' && CLASSES.fr.participleLinks.has(lower(t, k + 1)) && /(?:é|ée|és|ées)$/.test(lower(t, k))
}

/**
 * The noun phrase a figure counts, read after it: "100 à 150 consommateurs de crack", "357 interpellations de trafiquants",
 * "3 millions de personnes", "12 % of voters", "2,000 police officers".
 */
export function subjectAfter(
  t: Tokens, exprEnd: number, lang: Lang, limit: number, afterUnitOrScale: boolean, money = false, measure = false, opensClause = false
): Span | undefined {
  let k = exprEnd
  // "two of the French departments", "trois d'entre eux": the group after "of" is what is counted
  if (!afterUnitOrScale && lang === 'en' && lower(t, k) === 'of') afterUnitOrScale = true
  if (afterUnitOrScale) {
    k = skipOf(t, k, lang)
    // "a 2.4 percent slide", "a 13% drop": a noun of change right after a rate says how it moves; what moves is before
    if (k === exprEnd && (lower(t, exprEnd - 1) === '%' || lower(t, exprEnd - 1) === 'percent' || lower(t, exprEnd - 1) === 'cent') &&
      t.kind[k] === WORD && directionOf(lower(t, k), lang) !== 0 && !changeWithComplement(t, k) && lower(t, k + 1) !== 'in' && lower(t, k + 1) !== 'of') return undefined
    // "10 % de baisse": a noun of change after "de" says how the figure moves, not what it counts
    if (k > exprEnd && (lower(t, exprEnd - 1) === '%' || lower(t, exprEnd - 1) === 'points') && directionOf(lower(t, k), lang) !== 0 &&
      CHANGE_HEADS.has(lower(t, k)) && !changeWithComplement(t, k)) return undefined
    // "39 ans Claude Giroux": after a unit, a capitalised word is a name in apposition, not what is measured; "100
    // thousand Czechs visit", "a 51-year-old Italo-Swiss banker" count or describe people named by a capitalised word
    const ageCompound = lower(t, exprEnd - 1) === 'old' && t.text[t.start[exprEnd - 2]] === '-'
    const people = isCapitalized(t, k) && lower(t, k).endsWith('s') && !isCapitalized(t, k + 1)
    if (ageCompound && t.kind[k] === WORD) return nounPhraseFrom(t, k, lang, limit)
    if (k === exprEnd && isCapitalized(t, k) && !people) return undefined
    // a plural of people takes no compound after it ("Czechs visit exotic countries")
    if (k === exprEnd && people && k < limit) return { first: k, end: k + 1 }
    // "34 ans appelé Hicks": after a span of time only "de"/"of" introduces what it measures ("20 années de trajectoire")
    if (k === exprEnd && TIME_UNITS.has(lower(t, exprEnd - 1))) return undefined
  }
  else if (lang === 'fr' && (lower(t, k) === 'd' && isApostrophe(t, k + 1))) return undefined
  if (afterUnitOrScale && k === exprEnd && participleAfterUnit(t, k, lang)) return undefined
  // "0.5% below its 2008 level", "5% cheaper than", "2,386 metres above sea level": a comparison, what it is compared to
  // is no subject (extra words of more, "£2bn more for", are read below)
  if (afterUnitOrScale && k === exprEnd && comparativeAt(t, k, lang) !== 0 && !EXTRA_WORDS.has(lower(t, k))) return undefined
  if (afterUnitOrScale && k === exprEnd) {
    const shaped = subjectAfterUnit(t, exprEnd, lang, limit, money)
    if (shaped !== null) return shaped
    // "2,386 metres above sea level", "40 km/h en ville": a measure names what it measures only through "de"/"of"
    if (measure) return undefined
  }
  if (t.kind[k] === NUM) return undefined
  // "five such channels", "four more goals", "deux autres voitures", "un seul marchand": a word of quantity between
  if (!afterUnitOrScale && t.kind[k] === WORD && COUNT_MODIFIERS.has(lower(t, k)) && t.kind[k + 1] === WORD && k + 1 < limit) k++
  // "Un seul, Three Mile Island, …", "un seul de ses aspects": the word of quantity counts nothing by itself
  else if (!afterUnitOrScale && t.kind[k] === WORD && COUNT_MODIFIERS.has(lower(t, k))) return undefined
  // "closed at 5985 points": index points measure the index named before, they are not what is counted
  if (CLASSES[lang].measureNouns.has(lower(t, k)) && ofComplementStart(t, k + 1, lang) === k + 1) return undefined
  return nounPhraseFrom(t, k, lang, limit, opensClause)
}

// English only: French annotators name what is priced ("1 158 euros par mois" is the poverty line's), never "mois"
const PER_WORDS = new Set(['per', 'a', 'an', 'each'])

/**
 * "46,000 rupees a trip", "662 rupees per kilo of sulphur": the unit a price is for, when nothing else names what it
 * is the price of (the look back comes first: "le seuil de pauvreté, 1 158 euros par mois").
 */
export function perUnitAfter(t: Tokens, exprEnd: number, lang: Lang, limit: number): Span | undefined {
  if (lang !== 'en' || !PER_WORDS.has(lower(t, exprEnd)) || t.kind[exprEnd + 1] !== WORD || exprEnd + 1 >= limit) return undefined
  return nounPhraseFrom(t, exprEnd + 1, lang, limit)
}
