import type { Lang } from '../model'
import { MONTHS } from './calendar'
import { isChangeWord } from './direction'
import { phraseIndex } from './phrase'
import { type Tokens } from './tokens'
import { multiplierOf } from './writtenNumbers'
import * as tokensModule from './tokens'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { PUNCT, WORD, isApostrophe, lower, matchIndexBefore } = tokensModule

/** True when tokens k-2, k-1, k read "il y a" ("il y a dix ans": a point in the past). */
export function isIlYa(t: Tokens, k: number): boolean {
  return lower(t, k) === 'a' && lower(t, k - 1) === 'y' && lower(t, k - 2) === 'il'
}

// Verbs that turn "de 35 à 50" / "from 35 to 50" into a change (value 50, previous 35) rather than a range.
const CHANGE_VERBS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'passé', 'passée', 'passés', 'passées', 'passer', 'passe', 'passent', 'passant', 'augmenté', 'augmentée', 'grimpé', 'bondi',
    'chuté', 'baissé', 'reculé', 'diminué', 'diminuée', 'progressé', 'évolué', 'monté', 'montée', 'descendu', 'descendue', 'tombé',
    'tombée', 'tombés', 'hausse', 'baisse', 'augmentation', 'diminution', 'progression', 'recul', 'chute', 'porté', 'portée',
    'portés', 'ramené', 'ramenée', 'réduit', 'réduite', 'relevé', 'relevée', 'augmente', 'baisse', 'recule', 'progresse',
    'grimpe', 'chute', 'diminue', 'évolue', 'glissé', 'dégringolé', 'explosé', 'doublé', 'repousse', 'repoussé', 'repousser',
    'relève', 'relever', 'abaisse', 'abaissé', 'ramène', 'porte', 'réduit'
  ]),
  en: new Set([
    'rose', 'risen', 'rising', 'rise', 'rises', 'fell', 'fallen', 'falling', 'fall', 'falls', 'increased', 'increase', 'increasing',
    'decreased', 'decrease', 'decreasing', 'went', 'gone', 'going', 'grew', 'grown', 'growing', 'climbed', 'climbing', 'jumped',
    'dropped', 'dropping', 'drop', 'declined', 'declining', 'decline', 'soared', 'plunged', 'surged', 'slipped', 'cut', 'reduced',
    'raised', 'boosted', 'expanded', 'shrank', 'shrunk', 'moved', 'changed', 'tumbled', 'slumped', 'edged', 'raise', 'lower',
    'lowered', 'pushed', 'push', 'cutting', 'raising'
  ])
}

const CHANGE_NOUNS = new Set([
  'hausse', 'baisse', 'augmentation', 'diminution', 'progression', 'recul', 'chute', 'croissance', 'passage', 'report',
  'relèvement', 'allongement', 'growth', 'rise', 'fall', 'increase', 'decrease', 'drop', 'decline', 'jump', 'cut', 'change'
])

/**
 * True when "de"/"from" at `introTok` opens a change ("est passé de 35 à 50", "repousse l'âge légal de 62 à 64",
 * "fell from 4 to 3 weeks") rather than a range: a verb of change within seven tokens before it, in the same clause,
 * or a noun of change right before it.
 */
export function isChangeIntro(t: Tokens, introTok: number, lang: Lang): boolean {
  const verbs = CHANGE_VERBS[lang]
  let k = introTok - 1
  for (let steps = 0; k >= 0 && steps < 7; steps++, k--) {
    if (t.kind[k] === PUNCT) {
      if (t.text[t.start[k]] === "'" || t.text[t.start[k]] === '\u2019') continue
      // "rose 2.6%, from $217,397 to $223,045": past the rate of the same verb and its comma
      if ((t.text[t.start[k]] === ',' && steps === 0) || (t.text[t.start[k]] === '%' && steps <= 2)) continue
      return false
    }
    if (t.kind[k] === tokensModule.NUM && steps <= 3 && t.text[t.start[k + 1]] === '%') continue
    const w = lower(t, k)
    if (CHANGE_NOUNS.has(w)) return steps === 0
    // exact forms first, then any tense by stem ("passera de", "will climb from")
    // "doublera de cinq à dix": a multiplying verb tells a change too
    if (verbs.has(w) || isChangeWord(w, lang) || (t.kind[k] === WORD && multiplierOf(w) !== undefined && w !== 'twice' && w !== 'deux')) return true
  }
  return false
}

const CHANGE_BEFORE = {
  fr: phraseIndex([
    'hausse de', "hausse d'", 'baisse de', "baisse d'", 'augmentation de', "augmentation d'", 'diminution de', "diminution d'",
    'progression de', "progression d'", 'recul de', "recul d'", 'chute de', "chute d'", 'augmenté de', "augmenté d'", 'baissé de',
    "baissé d'", 'progressé de', "progressé d'", 'reculé de', "reculé d'", 'diminué de', "diminué d'", 'chuté de', "chuté d'",
    'grimpé de', "grimpé d'", 'bondi de', "bondi d'", 'croissance de', "croissance d'", 'augmente de', "augmente d'",
    'recule de', "recule d'", 'progresse de', "progresse d'", 'diminue de', "diminue d'", 'gagné', 'perdu', 'gagne', 'perd',
    'repli de', "repli d'", 'hausse', 'baisse', 'glissé de', 'reculent de', 'augmentent de', 'progressent de', 'baissent de',
    // cutting jobs or posts: "supprime 300 postes", "licencier 40 salariés", "la suppression de 120 emplois"
    'supprime', 'supprimé', 'supprimer', 'supprimera', 'supprimant', 'suppriment', 'licencie', 'licencié', 'licencier', 'licenciera',
    'suppression de', 'suppressions de', 'perte de', 'pertes de', 'perdre', 'perdra', 'perdent'
  ]),
  en: phraseIndex([
    'rise of', 'fall of', 'increase of', 'decrease of', 'drop of', 'decline of', 'jump of', 'growth of', 'gain of', 'loss of',
    'rose by', 'fell by', 'increased by', 'decreased by', 'grew by', 'dropped by', 'declined by', 'climbed by', 'up by', 'down by',
    'cut by', 'rise by', 'fall by', 'increase by', 'decrease by', 'grow by', 'drop by', 'reduced by', 'raised by', 'rising by',
    'falling by', 'up', 'down', 'gained', 'lost', 'jumped', 'rose', 'fell', 'grew', 'climbed', 'dropped', 'slipped', 'declined',
    'surged', 'soared', 'plunged', 'increased', 'decreased', 'shrank', 'expanded', 'rises', 'falls', 'grows', 'drops', 'slid',
    // cutting jobs or posts: "laid off 6,000 people", "is cutting 3500 jobs", "will shed 200 roles"
    'cut', 'cuts', 'cutting', 'laid off', 'lay off', 'lays off', 'laying off', 'shed', 'sheds', 'shedding', 'axed', 'axe', 'axes', 'axing',
    'eliminated', 'eliminate', 'eliminates', 'eliminating', 'slashed', 'slash', 'slashes', 'slashing', 'lose', 'loses', 'losing'
  ])
}

/** Start token of a change phrase right before `first` ("en hausse de 4 %", "a fall of 3 points", "up 3%"), or -1. */
export function changeBefore(t: Tokens, first: number, lang: Lang): number {
  const m = matchIndexBefore(t, first, CHANGE_BEFORE[lang])
  return m ? m.first : -1
}

const PREVIOUS_MARKERS = {
  fr: phraseIndex([
    "c'était", "c'étaient", 'contre', 'au lieu de', "au lieu d'", 'au lieu du', 'au lieu des', "c'était de", 'ils étaient', 'on en comptait',
    'comparé aux', 'par rapport aux', 'par rapport au', 'comparés à', 'contre seulement', "alors qu'il y en avait", "il y en avait", 'comparé à',
    'par rapport à', 'après', "on en comptait", "ils étaient", "elles étaient", 'on était à', 'nous étions à',
    'à comparer à', 'à comparer aux', 'à comparer au', 'à comparer avec', 'comparativement à', 'comparativement aux',
    // "alors qu'il était de 3,9 % en 2021", "alors qu'il avait enregistré une hausse de 3,9 %"
    "alors qu'il était de", "alors qu'elle était de", "alors qu'il était à", "alors qu'elle était à", "alors qu'ils étaient",
    "alors qu'il avait enregistré", "alors qu'elle avait enregistré", "alors qu'il avait atteint", "alors qu'elle avait atteint"
  ]),
  en: phraseIndex([
    'compared with', 'compared to', 'against', 'up from', 'down from', 'versus', 'vs', 'vs .', 'it was', 'there were', 'from',
    'compares with', 'compares to', 'compared with just', 'as against', 'instead of', 'rather than', 'it had been', 'they were',
    'after recording', 'having recorded', 'from a previous'
  ])
}

// A bare "from" marks a previous value only after a comma ("41,000 units, from 29,000 a year earlier").
function acceptMarker(t: Tokens, m: { first: number; phrase: string[] }): number {
  return m.phrase.length === 1 && m.phrase[0] === 'from' && lower(t, m.first - 1) !== ',' ? -1 : m.first
}

/** Start token of a "previous value" marker right before `first` ("c'était 200", "contre 35", "up from 3%"), or -1. */
export function previousMarkerBefore(t: Tokens, first: number, lang: Lang): number {
  const markers = PREVIOUS_MARKERS[lang]
  const direct = matchIndexBefore(t, first, markers)
  if (direct) return acceptMarker(t, direct)
  // "down from a previous forecast of 1.8%", "compared with a rise of 0.6%": a short phrase ending in of/de between
  const w = lower(t, first - 1)
  let k = w === 'of' || w === 'de' ? first - 1 : isApostrophe(t, first - 1) && lower(t, first - 2) === 'd' ? first - 2 : -1
  // ("compared with November's increase of": a possessive and a noun of change between)
  for (let steps = 0; k > 0 && steps < 7; steps++, k--) {
    if (t.kind[k - 1] !== WORD && !isApostrophe(t, k - 1)) break
    const m = matchIndexBefore(t, k, markers)
    if (m && m.phrase[0] !== 'from') return acceptMarker(t, m)
  }
  return -1
}

/** True for "après" right after a figure or a comma: "+4,5 % après +3,7 %", "3,0 %, après +3,1 % en janvier". */
export function isAfterMarker(t: Tokens, first: number, lang: Lang): number {
  const w = lang === 'fr' ? 'après' : 'after'
  if (lower(t, first - 1) === w) return first - 1
  // "rose 3% after a 2% rise in May", "après une hausse de 2 %": an article, then the earlier change
  if (AFTER_ARTICLES.has(lower(t, first - 1)) && lower(t, first - 2) === w) return first - 2
  // "increased 0.1 percent in June after rising 0.2 percent in May", "après avoir progressé de 0,3 %"
  const v = lower(t, first - 1) === 'de' || lower(t, first - 1) === 'by' ? first - 2 : first - 1
  if (t.kind[v] === WORD && lower(t, v - 1) === w && (lang === 'en' ? lower(t, v).endsWith('ing') : false) && isChangeWord(lower(t, v), lang)) return v - 1
  if (lang === 'fr' && lower(t, v - 1) === 'avoir' && lower(t, v - 2) === w && isChangeWord(lower(t, v), lang)) return v - 2
  return -1
}
const AFTER_ARTICLES = new Set(['a', 'an', 'un', 'une'])

const TEMPORAL_WHEN = new Set([
  'avant', 'auparavant', 'précédemment', 'l', 'en', 'in', 'last', 'a', 'un', 'il', 'the', 'previously', 'before', 'earlier',
  'lors', 'one', 'this', 'cette', 'fin', 'début', 'mi', 'during', 'pendant', 'y', 'ago', 'une', 'early', 'late', 'hier', 'yesterday',
  'au', 'at', 'à', 'initialement', 'initially', 'prévus', 'prévu', 'prévue', 'prévues', 'expected', 'planned', 'forecast', 'originally'
])

/** True when the words after a "contre"/"against" value say when (so it is a previous value, not another place or source). */
export function isTemporalWhen(t: Tokens, k: number): boolean {
  const w = lower(t, k)
  // "contre 209 €/t la semaine passée", "le mois précédent", "the week before"
  if ((w === 'la' || w === 'le' || w === 'les' || w === 'the') && TIME_NOUNS_AFTER_ARTICLE.has(lower(t, k + 1))) return true
  // "for last year's second quarter", "for the year-ago period", "for the same period of 2019", "pour la même période"
  if (w === 'for' || w === 'pour') {
    const n = lower(t, k + 1)
    const n2 = lower(t, k + 2)
    if (n === 'last' || ((n === 'the' || n === 'la' || n === 'le') && (TIME_NOUNS_AFTER_ARTICLE.has(n2) || n2 === 'same' || n2 === 'même' || n2 === 'year'))) return true
  }
  if (!TEMPORAL_WHEN.has(w)) return false
  if (w === 'en' || w === 'in' || w === 'au' || w === 'at' || w === 'à') {
    // "en 2022", "in March", "au premier trimestre" yes; "en province", "in London" no
    const n = lower(t, k + 1)
    return t.kind[k + 1] === 2 || MONTH_WORDS.has(n) || n === 'premier' || n === 'first' || n === 'second' || n === 'deuxième' || n === 'même' || n === 'the'
  }
  return true
}

const TIME_NOUNS_AFTER_ARTICLE = new Set([
  'semaine', 'mois', 'année', 'veille', 'trimestre', 'semestre', 'saison', 'période', 'précédente', 'précédent', 'dernière', 'dernier',
  'week', 'month', 'quarter', 'year', 'season', 'previous', 'prior', 'day'
])

// every spelling calendar.ts knows ("aout" of the 1990 spelling, "fevrier" without accents, "sept.")
const MONTH_WORDS: ReadonlySet<string> = new Set(Object.keys(MONTHS))

const WHEN_START = new Set([
  'avant', 'auparavant', 'précédemment', 'l', 'en', 'in', 'last', 'a', 'un', 'il', 'the', 'previously', 'before', 'earlier', 'à',
  'au', 'lors', 'at', 'one', 'this', 'cette', 'fin', 'début', 'mi', 'during', 'pendant', 'y', 'ago', 'une', 'the', 'early', 'late',
  'hier', 'yesterday', 'plus', 'fin'
])

const WHEN_STOP = new Set(['dans', 'pour', 'chez', 'among', 'for', 'at', 'on', 'sur', 'selon', 'according', 'et', 'and', 'mais', 'but', 'que', 'that', 'qui', 'which', 'who', 'with', 'avec', 'de', 'of', 'par', 'by', 'to', 'à'])

/** The "when" of a previous value ("avant", "l'an dernier", "in 2019", "a year earlier"): tokens after it up to a comma. */
export function whenAfter(t: Tokens, k: number, limit: number): { first: number; end: number } | undefined {
  if (k >= limit || t.kind[k] !== WORD || !WHEN_START.has(lower(t, k))) return undefined
  let e = k
  let words = 0
  while (e < limit && words < 4) {
    if (t.kind[e] === PUNCT && t.text[t.start[e]] !== "'" && t.text[t.start[e]] !== '\u2019' && t.text[t.start[e]] !== '-') break
    if (t.kind[e] === WORD) {
      if (e > k && WHEN_STOP.has(lower(t, e))) break
      words++
    }
    e++
  }
  return e > k ? { first: k, end: e } : undefined
}

/** True when `w` is a word (not a mark). */
export function isWordTok(t: Tokens, k: number): boolean {
  return t.kind[k] === WORD
}
