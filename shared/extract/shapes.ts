import type { Lang } from '../model'
import { phraseIndex } from './phrase'
import { PUNCT, type Tokens, WORD, lower, matchIndexBefore } from './tokens'

// Verbs that turn "de 35 à 50" / "from 35 to 50" into a change (value 50, previous 35) rather than a range.
const CHANGE_VERBS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'passé', 'passée', 'passés', 'passées', 'passer', 'passe', 'passent', 'passant', 'augmenté', 'augmentée', 'grimpé', 'bondi',
    'chuté', 'baissé', 'reculé', 'diminué', 'diminuée', 'progressé', 'évolué', 'monté', 'montée', 'descendu', 'descendue', 'tombé',
    'tombée', 'tombés', 'hausse', 'baisse', 'augmentation', 'diminution', 'progression', 'recul', 'chute', 'porté', 'portée',
    'portés', 'ramené', 'ramenée', 'réduit', 'réduite', 'relevé', 'relevée', 'augmente', 'baisse', 'recule', 'progresse',
    'grimpe', 'chute', 'diminue', 'évolue', 'glissé', 'dégringolé', 'explosé', 'doublé', 'passées', 'croissance'
  ]),
  en: new Set([
    'rose', 'risen', 'rising', 'rise', 'rises', 'fell', 'fallen', 'falling', 'fall', 'falls', 'increased', 'increase', 'increasing',
    'decreased', 'decrease', 'decreasing', 'went', 'gone', 'going', 'grew', 'grown', 'growing', 'climbed', 'climbing', 'jumped',
    'dropped', 'dropping', 'drop', 'declined', 'declining', 'decline', 'soared', 'plunged', 'surged', 'slipped', 'cut', 'reduced',
    'raised', 'boosted', 'expanded', 'shrank', 'shrunk', 'moved', 'growth', 'up', 'down', 'changed', 'tumbled', 'slumped', 'edged'
  ])
}

const AUX = new Set(['est', 'a', 'sont', 'ont', 'été', 's', 'se', 'était', 'avait', 'en', 'has', 'have', 'had', 'been', 'is', 'was', 'were', 'are', 'ont', 'on', 'y', 'nombre', 'number', 'total', 'effectif', 'effectifs'])

/** True when the word(s) before token `introTok` ("de"/"from") make the pair a change: "est passé de 35 à 50". */
export function isChangeIntro(t: Tokens, introTok: number, lang: Lang): boolean {
  const verbs = CHANGE_VERBS[lang]
  let k = introTok - 1
  for (let steps = 0; k >= 0 && steps < 4; steps++, k--) {
    if (t.kind[k] === PUNCT) {
      if (t.text[t.start[k]] === "'" || t.text[t.start[k]] === '\u2019') continue
      return false
    }
    const w = lower(t, k)
    if (verbs.has(w)) return true
    if (!AUX.has(w) && steps > 0) return false
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
    'repli de', "repli d'", 'hausse', 'baisse', 'glissé de', 'reculent de', 'augmentent de', 'progressent de', 'baissent de'
  ]),
  en: phraseIndex([
    'rise of', 'fall of', 'increase of', 'decrease of', 'drop of', 'decline of', 'jump of', 'growth of', 'gain of', 'loss of',
    'rose by', 'fell by', 'increased by', 'decreased by', 'grew by', 'dropped by', 'declined by', 'climbed by', 'up by', 'down by',
    'cut by', 'rise by', 'fall by', 'increase by', 'decrease by', 'grow by', 'drop by', 'reduced by', 'raised by', 'rising by',
    'falling by', 'up', 'down', 'gained', 'lost', 'jumped', 'rose', 'fell', 'grew', 'climbed', 'dropped', 'slipped', 'declined',
    'surged', 'soared', 'plunged', 'increased', 'decreased', 'shrank', 'expanded', 'rises', 'falls', 'grows', 'drops', 'slid'
  ])
}

/** Start token of a change phrase right before `first` ("en hausse de 4 %", "a fall of 3 points", "up 3%"), or -1. */
export function changeBefore(t: Tokens, first: number, lang: Lang): number {
  const m = matchIndexBefore(t, first, CHANGE_BEFORE[lang])
  return m ? m.first : -1
}

const PREVIOUS_MARKERS = {
  fr: phraseIndex([
    "c'était", "c'étaient", 'contre', 'au lieu de', "au lieu d'", 'au lieu du', 'au lieu des', "alors qu'il y en avait", "il y en avait", 'comparé à',
    'par rapport à', 'après', "on en comptait", "ils étaient", "elles étaient", 'on était à', 'nous étions à'
  ]),
  en: phraseIndex([
    'compared with', 'compared to', 'against', 'up from', 'down from', 'versus', 'vs', 'it was', 'there were', 'from',
    'up on', 'down on', 'compared with just', 'as against', 'instead of', 'rather than'
  ])
}

/** Start token of a "previous value" marker right before `first` ("c'était 200", "contre 35", "up from 3%"), or -1. */
export function previousMarkerBefore(t: Tokens, first: number, lang: Lang): number {
  const m = matchIndexBefore(t, first, PREVIOUS_MARKERS[lang])
  if (!m) return -1
  // a bare "from" only marks a previous value after a comma ("41,000 units, from 29,000 a year earlier")
  if (m.phrase.length === 1 && m.phrase[0] === 'from' && lower(t, m.first - 1) !== ',') return -1
  if (m.phrase.length === 1 && m.phrase[0] === 'après' && lower(t, m.first - 1) !== ',') return -1
  return m.first
}

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
