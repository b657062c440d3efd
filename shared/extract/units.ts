import type { ClaimKind } from '../model'
import { PhraseIndex, toPhrase } from './phrase'

/** A unit as written after (or before) a figure. */
export interface UnitDef {
  unit: string
  kind: ClaimKind
  /** Multiplier to the unit: "5 cents" is 0.05 USD, "10 Mt" is 10 000 000 t. */
  factor?: number
}

/** Currency symbols and codes that may precede or follow a figure. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', '₣': 'CHF'
}

export const CURRENCY_CODES: Readonly<Record<string, string>> = {
  eur: 'EUR', usd: 'USD', gbp: 'GBP', chf: 'CHF', jpy: 'JPY', cny: 'CNY', cad: 'CAD', aud: 'AUD'
}

const unitEntries: [string, string, ClaimKind, number?][] = [
  ['canadian dollars', 'CAD', 'money'], ['dollars canadiens', 'CAD', 'money'], ['us dollars', 'USD', 'money'],
  ['dollars américains', 'USD', 'money'], ['australian dollars', 'AUD', 'money'], ['dollars australiens', 'AUD', 'money'],
  ['basis points', 'bp', 'percent'], ['basis point', 'bp', 'percent'], ['points de base', 'bp', 'percent'], ['bps', 'bp', 'percent'],
  ['francs', 'CHF', 'money'], ['franc', 'CHF', 'money'], ['roupies', 'INR', 'money'], ['rupees', 'INR', 'money'],
  ['centimes', 'EUR', 'money', 0.01], ["centimes d'euro", 'EUR', 'money', 0.01], ['cents', 'USD', 'money', 0.01],
  ['pence', 'GBP', 'money', 0.01], ['p', 'GBP', 'money', 0.01],
  ['mt', 't', 'quantity', 1e6], ['millions de tonnes', 't', 'quantity', 1e6],
  ['t/ha', 't/ha', 'quantity'], ['tonnes par hectare', 't/ha', 'quantity'], ['tonnes per hectare', 't/ha', 'quantity'],
  ["quintaux à l'hectare", 'q/ha', 'quantity'], ['quintaux par hectare', 'q/ha', 'quantity'], ['quintaux', 'q', 'quantity'],
  ['c', '°C', 'quantity'],
  ['ans', 'year', 'quantity'], ['années', 'year', 'quantity'], ['years', 'year', 'quantity'], ['year', 'year', 'quantity'],
  ['mois', 'month', 'quantity'], ['months', 'month', 'quantity'], ['semaines', 'week', 'quantity'], ['weeks', 'week', 'quantity'],
  ['jours', 'day', 'quantity'], ['days', 'day', 'quantity'], ['heures', 'hour', 'quantity'], ['hours', 'hour', 'quantity'],
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
  .map(([w, unit, kind, factor]) => ({ phrase: toPhrase(w), def: factor === undefined ? { unit, kind } : { unit, kind, factor } }))
  .sort((a, b) => b.phrase.length - a.phrase.length)

/** Units indexed by first token. */
export const UNIT_INDEX: PhraseIndex<UnitDef> = new PhraseIndex(UNIT_PHRASES.map((u) => ({ phrase: u.phrase, data: u.def })))

/** Units that are only read when glued to the figure or unambiguous ("5 t" yes, "5 to" no in English prose). */
export const AMBIGUOUS_UNITS: ReadonlySet<string> = new Set(['g', 't', 'l', 'to', 'go', 'pc', 'mt', 'gt', 'point', 'points', 'pts', '°', 'p', 'c'])

/** Units that measure time: a framing duration ("il y a deux ans") is not a claim, a stated one ("85,7 ans") is. */
export const TIME_UNIT_CODES: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour'])
