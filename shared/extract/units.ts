import type { ClaimKind } from '../model'
import { PhraseIndex, toPhrase } from './phrase'

/** A unit as written after (or before) a figure. */
export interface UnitDef {
  unit: string
  kind: ClaimKind
}

/** Currency symbols and codes that may precede or follow a figure. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', '₣': 'CHF'
}

export const CURRENCY_CODES: Readonly<Record<string, string>> = {
  eur: 'EUR', usd: 'USD', gbp: 'GBP', chf: 'CHF', jpy: 'JPY', cny: 'CNY', cad: 'CAD', aud: 'AUD'
}

const unitEntries: [string, string, ClaimKind][] = [
  // percent
  ['%', '%', 'percent'], ['pour cent', '%', 'percent'], ['pourcent', '%', 'percent'], ['per cent', '%', 'percent'],
  ['percent', '%', 'percent'], ['pc', '%', 'percent'],
  ['points de pourcentage', 'pp', 'percent'], ['point de pourcentage', 'pp', 'percent'],
  ['percentage points', 'pp', 'percent'], ['percentage point', 'pp', 'percent'], ['pts', 'pp', 'percent'],
  ['points', 'pp', 'percent'], ['point', 'pp', 'percent'],
  // money
  ["d'euros", 'EUR', 'money'], ['euros', 'EUR', 'money'], ['euro', 'EUR', 'money'], ['€', 'EUR', 'money'],
  ['de dollars', 'USD', 'money'], ['dollars', 'USD', 'money'], ['dollar', 'USD', 'money'], ['$', 'USD', 'money'],
  ['de livres sterling', 'GBP', 'money'], ['livres sterling', 'GBP', 'money'], ['de livres', 'GBP', 'money'],
  ['livres', 'GBP', 'money'], ['pounds sterling', 'GBP', 'money'], ['pounds', 'GBP', 'money'], ['£', 'GBP', 'money'],
  ['de francs suisses', 'CHF', 'money'], ['francs suisses', 'CHF', 'money'], ['swiss francs', 'CHF', 'money'],
  ['de yens', 'JPY', 'money'], ['yens', 'JPY', 'money'], ['yen', 'JPY', 'money'], ['yuans', 'CNY', 'money'], ['yuan', 'CNY', 'money'],
  ['eur', 'EUR', 'money'], ['usd', 'USD', 'money'], ['gbp', 'GBP', 'money'], ['chf', 'CHF', 'money'],
  // measures
  ['km²', 'km²', 'quantity'], ['km2', 'km²', 'quantity'], ['kilomètres carrés', 'km²', 'quantity'], ['square kilometres', 'km²', 'quantity'],
  ['square kilometers', 'km²', 'quantity'], ['m²', 'm²', 'quantity'], ['m2', 'm²', 'quantity'], ['mètres carrés', 'm²', 'quantity'],
  ['square metres', 'm²', 'quantity'], ['square meters', 'm²', 'quantity'], ['m³', 'm³', 'quantity'], ['m3', 'm³', 'quantity'],
  ['mètres cubes', 'm³', 'quantity'], ['cubic metres', 'm³', 'quantity'], ['cubic meters', 'm³', 'quantity'],
  ['km/h', 'km/h', 'quantity'], ['kilomètres', 'km', 'quantity'], ['kilomètre', 'km', 'quantity'], ['kilometres', 'km', 'quantity'],
  ['kilometers', 'km', 'quantity'], ['km', 'km', 'quantity'], ['mètres', 'm', 'quantity'], ['metres', 'm', 'quantity'],
  ['meters', 'm', 'quantity'], ['cm', 'cm', 'quantity'], ['mm', 'mm', 'quantity'], ['miles', 'mi', 'quantity'], ['mph', 'mph', 'quantity'],
  ['kilogrammes', 'kg', 'quantity'], ['kilogrammes', 'kg', 'quantity'], ['kilograms', 'kg', 'quantity'], ['kilos', 'kg', 'quantity'],
  ['kg', 'kg', 'quantity'], ['grammes', 'g', 'quantity'], ['grams', 'g', 'quantity'], ['g', 'g', 'quantity'],
  ['tonnes', 't', 'quantity'], ['tonne', 't', 'quantity'], ['tons', 't', 'quantity'], ['ton', 't', 'quantity'], ['t', 't', 'quantity'],
  ['mt', 'Mt', 'quantity'], ['gt', 'Gt', 'quantity'],
  ['hectares', 'ha', 'quantity'], ['hectare', 'ha', 'quantity'], ['ha', 'ha', 'quantity'], ['acres', 'acre', 'quantity'],
  ['°c', '°C', 'quantity'], ['° c', '°C', 'quantity'], ['degrés celsius', '°C', 'quantity'], ['degrees celsius', '°C', 'quantity'],
  ['degrés', '°C', 'quantity'], ['degrees', '°', 'quantity'], ['°f', '°F', 'quantity'], ['°', '°', 'quantity'],
  ['mw', 'MW', 'quantity'], ['gw', 'GW', 'quantity'], ['kw', 'kW', 'quantity'], ['mégawatts', 'MW', 'quantity'], ['megawatts', 'MW', 'quantity'],
  ['gigawatts', 'GW', 'quantity'], ['kwh', 'kWh', 'quantity'], ['mwh', 'MWh', 'quantity'], ['gwh', 'GWh', 'quantity'], ['twh', 'TWh', 'quantity'],
  ['térawattheures', 'TWh', 'quantity'], ['litres', 'l', 'quantity'], ['liters', 'l', 'quantity'], ['litre', 'l', 'quantity'],
  ['l', 'l', 'quantity'], ['barils', 'bbl', 'quantity'], ['barrels', 'bbl', 'quantity'], ['mbps', 'Mbit/s', 'quantity'],
  ['go', 'GB', 'quantity'], ['gb', 'GB', 'quantity'], ['to', 'TB', 'quantity'], ['tb', 'TB', 'quantity']
]

/** Units after a figure, longest phrase first. */
export const UNIT_PHRASES: { phrase: string[]; def: UnitDef }[] = unitEntries
  .map(([w, unit, kind]) => ({ phrase: toPhrase(w), def: { unit, kind } }))
  .sort((a, b) => b.phrase.length - a.phrase.length)

/** Units indexed by first token. */
export const UNIT_INDEX: PhraseIndex<UnitDef> = new PhraseIndex(UNIT_PHRASES.map((u) => ({ phrase: u.phrase, data: u.def })))

/** Units that are only read when glued to the figure or unambiguous ("5 t" yes, "5 to" no in English prose). */
export const AMBIGUOUS_UNITS: ReadonlySet<string> = new Set(['g', 't', 'l', 'to', 'go', 'pc', 'mt', 'gt', 'point', 'points', 'pts', '°'])
