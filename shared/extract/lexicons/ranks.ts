// Ordinal words and the words that make an ordinal a rank ("third place", "la deuxième fois"), by language. Data only.
import type { Lang } from '../../model'

const EN_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']
const FR_UNITS = ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième',
  'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième', 'vingtième']

function table(words: readonly string[], extra: Record<string, number>): ReadonlyMap<string, number> {
  const m = new Map<string, number>(Object.entries(extra))
  words.forEach((w, i) => m.set(w, i + 1))
  return m
}

/** Ordinal word → rank. */
export const ORDINAL_RANKS: Record<Lang, ReadonlyMap<string, number>> = {
  en: table(EN_UNITS, { thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100 }),
  fr: table(FR_UNITS, { première: 1, premiers: 1, premières: 1, second: 2, seconde: 2, trentième: 30, quarantième: 40, cinquantième: 50, centième: 100 })
}

/** Words right after an ordinal that make it a rank a fact-checker can check. */
export const RANK_AFTER: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['place', 'position', 'rank', 'spot', 'largest', 'biggest', 'highest', 'lowest', 'most', 'best', 'worst', 'richest', 'poorest',
    'birthday', 'anniversary', 'consecutive', 'straight', 'successive', 'fastest', 'oldest', 'youngest', 'strongest', 'busiest', 'time']),
  fr: new Set(['place', 'position', 'rang', 'anniversaire', 'consécutive', 'consécutif', 'consécutives', 'consécutifs', 'plus', 'mieux', 'fois'])
}

/**
 * Events counted in their sequence after an ordinal above one ("sa cinquième participation", "un quatrième but", "her
 * third title"); a first is news, not a rank ("sa première participation"), and a stage is a name ("le troisième tour", "the final").
 */
export const RANK_EVENTS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['title', 'titles', 'win', 'victory', 'goal', 'appearance', 'participation', 'edition', 'term', 'mandate', 'medal', 'qualification']),
  fr: new Set(['participation', 'titre', 'victoire', 'but', 'édition', 'mandat', 'sacre', 'succès', 'médaille', 'qualification', 'apparition'])
}

/**
 * Words a few tokens after an ordinal that rank what it names within a scope or by a superlative ("la troisième
 * puissance économique mondiale", "le deuxième patron le mieux payé", "the seventh since 1967", "the second
 * donor in the world").
 */
export const RANK_SCOPE: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['most', 'least', 'best', 'worst', 'since', 'ever', 'world', "world's", 'globe', 'planet', 'worldwide', 'nation', "nation's"]),
  fr: new Set(['mieux', 'moins', 'mondial', 'mondiale', 'mondiaux', 'mondiales', 'monde', 'planète', 'depuis', 'jamais'])
}
/** Multi-word scope openers: "le plus", "la plus", "les plus" (a superlative), "in Europe". */
export const RANK_SUPERLATIVE_FR: ReadonlySet<string> = new Set(['le', 'la', 'les'])

/** Nouns after an ordinal that are a rank when "to"/"à" follows ("the first country to", "le premier pays à"). */
export const FIRST_TO_NOUNS: ReadonlySet<string> = new Set(['country', 'nation', 'state', 'city', 'woman', 'man', 'team', 'company', 'person',
  'pays', 'état', 'ville', 'femme', 'homme', 'équipe', 'entreprise', 'personne', 'leader', 'player', 'athlete', 'astronaut', 'airline',
  'bank', 'university', 'school', 'region', 'dirigeant', 'joueur', 'joueuse', 'athlète', 'banque', 'université', 'école', 'région'])

