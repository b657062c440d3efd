// French unit words after a figure, as data: [as written, unit code, kind, factor]. Read by units.ts.
import type { UnitEntry } from './unitEntry'

const Q = 'quantity'

export const UNITS_FR: readonly UnitEntry[] = [
  // percent
  ['pour cent', '%', 'percent'], ['pourcent', '%', 'percent'], ['pourcents', '%', 'percent'], ['pourcentage', '%', 'percent'],
  ['pourcentages', '%', 'percent'], ['pc', '%', 'percent'], ['points de pourcentage', 'pp', 'percent'], ['point de pourcentage', 'pp', 'percent'],
  ['points', 'pp', 'percent'], ['point', 'pp', 'percent'], ['points de base', 'bp', 'percent'], ['point de base', 'bp', 'percent'],
  // time (durations)
  ['ans', 'year', Q], ['années', 'year', Q], ['mois', 'month', Q], ['semaines', 'week', Q], ['jours', 'day', Q], ['heures', 'hour', Q], ['minutes', 'minute', Q],
  // singulier : « une heure », « un mois », « une semaine », « un an »
  ['an', 'year', Q], ['année', 'year', Q], ['semaine', 'week', Q], ['jour', 'day', Q], ['heure', 'hour', Q], ['minute', 'minute', Q],
  ['décennies', 'year', Q, 10], ['décennie', 'year', Q, 10], ['décades', 'year', Q, 10], ['décade', 'year', Q, 10],
  // length
  ['kilomètres', 'km', Q], ['kilomètre', 'km', Q], ['kilometres', 'km', Q], ['mètres', 'm', Q], ['mètre', 'm', Q],
  ['centimètres', 'cm', Q], ['centimètre', 'cm', Q], ['millimètres', 'mm', Q], ['millimètre', 'mm', Q], ['décimètres', 'dm', Q],
  ['décimètre', 'dm', Q], ['hectomètres', 'hm', Q], ['hectomètre', 'hm', Q], ['hectometre', 'hm', Q], ['micromètres', 'µm', Q],
  ['nanomètres', 'nm', Q], ['milles marins', 'nmi', Q], ['milles nautiques', 'nmi', Q], ['pieds', 'ft', Q], ['pied', 'ft', Q],
  ['pouces', 'in', Q], ['pouce', 'in', Q], ['années-lumière', 'ly', Q], ['années lumière', 'ly', Q],
  // area
  ['kilomètres carrés', 'km²', Q], ['kilomètre carré', 'km²', Q], ['mètres carrés', 'm²', Q], ['mètre carré', 'm²', Q],
  ['pieds carrés', 'ft²', Q], ['hectares', 'ha', Q], ['hectare', 'ha', Q], ['ares', 'a', Q],
  // volume
  ['mètres cubes', 'm³', Q], ['mètre cube', 'm³', Q], ['pieds cubes', 'ft³', Q], ['pieds cube', 'ft³', Q], ['litres', 'l', Q],
  ['litre', 'l', Q], ['millilitres', 'ml', Q], ['millilitre', 'ml', Q], ['centilitres', 'cl', Q], ['hectolitres', 'hl', Q],
  ['gallons', 'gal', Q], ['gallon', 'gal', Q], ['barils par jour', 'bbl/d', Q], ['barils/jour', 'bbl/d', Q], ['barils', 'bbl', Q],
  ['baril', 'bbl', Q],
  // mass
  ['kilogrammes', 'kg', Q], ['kilogramme', 'kg', Q], ['kilos', 'kg', Q], ['kilo', 'kg', Q], ['grammes', 'g', Q], ['gramme', 'g', Q],
  ['milligrammes', 'mg', Q], ['microgrammes', 'µg', Q], ['microgramme', 'µg', Q], ['tonnes métriques', 't', Q],
  ['tonne métrique', 't', Q], ['millions de tonnes', 't', Q, 1e6], ['tonnes', 't', Q], ['tonne', 't', Q], ['onces', 'oz', Q],
  ['once', 'oz', Q], ['quintaux', 'q', Q], ['tonnes par hectare', 't/ha', Q], ["quintaux à l'hectare", 'q/ha', Q],
  ['quintaux par hectare', 'q/ha', Q],
  // speed
  ['kilomètres par heure', 'km/h', Q], ['kilomètres à l\'heure', 'km/h', Q], ['kilomètres-heure', 'km/h', Q],
  ['miles par heure', 'mph', Q], ["miles à l'heure", 'mph', Q], ["miles a l'heure", 'mph', Q], ['nœuds', 'kn', Q],
  // temperature
  ['degrés celsius', '°C', Q], ['degré celsius', '°C', Q], ['degrés centigrades', '°C', Q], ['degrés fahrenheit', '°F', Q],
  ['degré fahrenheit', '°F', Q], ['degrés c', '°C', Q], ['degrés f', '°F', Q], ['deg celsius', '°C', Q], ['deg fahrenheit', '°F', Q],
  ['deg c', '°C', Q], ['deg f', '°F', Q], ['deg centigrade', '°C', Q], ['celsius', '°C', Q], ['centigrade', '°C', Q],
  ['centigrades', '°C', Q], ['fahrenheit', '°F', Q], ['kelvins', 'K', Q], ['kelvin', 'K', Q], ['degrés', '°C', Q], ['degré', '°C', Q],
  // power and energy
  ['kilowatts', 'kW', Q], ['mégawatts', 'MW', Q], ['mégawatt', 'MW', Q], ['gigawatts', 'GW', Q], ['watts', 'W', Q],
  ['kilowattheures', 'kWh', Q], ['mégawattheures', 'MWh', Q], ['gigawattheures', 'GWh', Q], ['térawattheures', 'TWh', Q],
  ['kilowatts-heure', 'kWh', Q], ['joules', 'J', Q], ['kilocalories', 'kcal', Q], ['calories', 'kcal', Q],
  // information
  ['bits', 'bit', Q], ['mégabits', 'Mbit', Q], ['mégaoctets', 'MB', Q], ['gigaoctets', 'GB', Q], ['téraoctets', 'TB', Q],
  ['ko', 'kB', Q], ['mo', 'MB', Q], ['go', 'GB', Q], ['to', 'TB', Q]
]
