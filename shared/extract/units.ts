import type { ClaimKind, Lang } from '../model'
import { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_NAMES_EN, CURRENCY_NAMES_FR, CURRENCY_SYMBOLS, DOLLAR_QUALIFIERS, type CurrencyName } from './lexicons/currencies'
import type { UnitEntry } from './lexicons/unitEntry'
import { UNITS_EN } from './lexicons/units.en'
import { UNITS_FR } from './lexicons/units.fr'
import { UNIT_SYMBOLS } from './lexicons/units.symbols'
import { PhraseIndex, toPhrase } from './phrase'

export { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_QUALIFIERS }

/** A unit as written after (or before) a figure. */
export interface UnitDef {
  unit: string
  kind: ClaimKind
  /** Multiplier to the unit: "5 cents" is 0.05 USD, "10 Mt" is 10 000 000 t. */
  factor?: number
}

const money = (names: readonly CurrencyName[]): UnitEntry[] => names.map(([w, code, factor]) => [w, code, 'money', factor])
const codes: UnitEntry[] = Object.entries(CURRENCY_CODES).map(([w, code]) => [w, code, 'money'])
// symbols after the figure too: "20 €", "100₾", "100元"
const symbols: UnitEntry[] = [...Object.entries(CURRENCY_SYMBOLS), ['ரூ', 'LKR']].map(([w, code]) => [w, code, 'money'])

// Words of one language that mean something else in the other ("cent" is a hundred in French, "to" a preposition in
// English): each language reads its own lexicon, the symbols and the other language's words minus these.
const NOT_IN: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['cent', 'stone', 'pint', 'pints', 'p', 'in']),
  en: new Set(['to', 'go', 'mo', 'ko', 'ares', 'once', 'pied', 'pouce', 'ans', 'mois', 'degré'])
}

function entriesFor(lang: Lang): UnitEntry[] {
  const own = lang === 'fr' ? [...UNITS_FR, ...money(CURRENCY_NAMES_FR)] : [...UNITS_EN, ...money(CURRENCY_NAMES_EN)]
  const other = lang === 'fr' ? [...UNITS_EN, ...money(CURRENCY_NAMES_EN)] : [...UNITS_FR, ...money(CURRENCY_NAMES_FR)]
  return [...own, ...UNIT_SYMBOLS, ...symbols, ...codes, ...other.filter(([w]) => !NOT_IN[lang].has(w))]
}

function toIndexEntries(entries: readonly UnitEntry[]): { phrase: string[]; data: UnitDef }[] {
  // the first spelling of a phrase wins: own language before symbols before the other language
  const seen = new Set<string>()
  const out: { phrase: string[]; data: UnitDef }[] = []
  for (const [w, unit, kind, factor] of entries) {
    const phrase = toPhrase(w)
    const key = phrase.join(' ')
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ phrase, data: factor === undefined ? { unit, kind } : { unit, kind, factor } })
  }
  return out
}

const BY_LANG: Record<Lang, PhraseIndex<UnitDef>> = {
  fr: new PhraseIndex(toIndexEntries(entriesFor('fr'))),
  en: new PhraseIndex(toIndexEntries(entriesFor('en')))
}

/** The units read after a figure in `lang`, indexed by first token (longest phrase first). */
export function unitIndex(lang: Lang): PhraseIndex<UnitDef> {
  return BY_LANG[lang]
}

/** Units after a figure in either language, longest phrase first. */
export const UNIT_PHRASES: { phrase: string[]; def: UnitDef }[] = toIndexEntries([...entriesFor('fr'), ...entriesFor('en')])
  .map((e) => ({ phrase: e.phrase, def: e.data }))
  .sort((a, b) => b.phrase.length - a.phrase.length)

/** Units of either language indexed by first token. */
export const UNIT_INDEX: PhraseIndex<UnitDef> = new PhraseIndex(UNIT_PHRASES.map((u) => ({ phrase: u.phrase, data: u.def })))

/** Units that are only read when glued to the figure or unambiguous ("5 t" yes, "5 to" no in English prose). */
export const AMBIGUOUS_UNITS: ReadonlySet<string> = new Set([
  'g', 't', 'l', 'to', 'go', 'mo', 'ko', 'pc', 'mt', 'gt', 'kt', 'point', 'points', 'pts', '°', 'p', 'c', 'm', 'w', 'tw', 'wh', 'mi',
  'nm', 'hm', 'kn', 'dl', 'hl', 'tep', 'toe', 'j', 'cent'
])

/** Units that measure time: a framing duration ("il y a deux ans") is not a claim, a stated one ("85,7 ans") is. */
export const TIME_UNIT_CODES: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour', 'minute'])
