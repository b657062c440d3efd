// Unit symbols and abbreviations shared by French and English, as data: [as written, unit code, kind, factor].
// The factor converts to the unit code ("10 Mt" is 10 000 000 t). Read by units.ts.
import type { UnitEntry } from './unitEntry'

export const UNIT_SYMBOLS: readonly UnitEntry[] = [
  // percent
  ['%', '%', 'percent'], ['° %', '%', 'percent'], ['pc', '%', 'percent'], ['bps', 'bp', 'percent'], ['pts', 'pp', 'percent'],
  // length
  ['km', 'km', 'quantity'], ['m', 'm', 'quantity'], ['dm', 'dm', 'quantity'], ['cm', 'cm', 'quantity'], ['mm', 'mm', 'quantity'],
  ['µm', 'µm', 'quantity'], ['μm', 'µm', 'quantity'], ['nm', 'nm', 'quantity'], ['hm', 'hm', 'quantity'],
  ['mi', 'mi', 'quantity'], ['ft', 'ft', 'quantity'], ['yd', 'yd', 'quantity'],
  // area
  ['km²', 'km²', 'quantity'], ['km2', 'km²', 'quantity'], ['m²', 'm²', 'quantity'], ['m2', 'm²', 'quantity'], ['cm²', 'cm²', 'quantity'],
  ['cm2', 'cm²', 'quantity'], ['ha', 'ha', 'quantity'], ['sq ft', 'ft²', 'quantity'], ['ft²', 'ft²', 'quantity'], ['sq mi', 'mi²', 'quantity'],
  // volume
  ['m³', 'm³', 'quantity'], ['m3', 'm³', 'quantity'], ['cm³', 'cm³', 'quantity'], ['cm3', 'cm³', 'quantity'], ['ft³', 'ft³', 'quantity'],
  ['l', 'l', 'quantity'], ['ml', 'ml', 'quantity'], ['cl', 'cl', 'quantity'], ['dl', 'dl', 'quantity'], ['hl', 'hl', 'quantity'],
  ['gal', 'gal', 'quantity'], ['bbl', 'bbl', 'quantity'], ['bbl/d', 'bbl/d', 'quantity'], ['b/d', 'bbl/d', 'quantity'],
  ['bpd', 'bbl/d', 'quantity'], ['mb/d', 'bbl/d', 'quantity', 1e6], ['mbd', 'bbl/d', 'quantity', 1e6],
  // mass
  ['kg', 'kg', 'quantity'], ['g', 'g', 'quantity'], ['mg', 'mg', 'quantity'], ['µg', 'µg', 'quantity'], ['μg', 'µg', 'quantity'],
  ['ug', 'µg', 'quantity'], ['mcg', 'µg', 'quantity'], ['t', 't', 'quantity'], ['kt', 't', 'quantity', 1e3], ['mt', 't', 'quantity', 1e6],
  ['gt', 't', 'quantity', 1e9], ['lb', 'lb', 'quantity'], ['lbs', 'lb', 'quantity'], ['oz', 'oz', 'quantity'],
  ['t/ha', 't/ha', 'quantity'], ['q/ha', 'q/ha', 'quantity'],
  // speed
  ['km/h', 'km/h', 'quantity'], ['km/hr', 'km/h', 'quantity'], ['kph', 'km/h', 'quantity'], ['kmph', 'km/h', 'quantity'],
  ['km / h', 'km/h', 'quantity'], ['mph', 'mph', 'quantity'], ['m/s', 'm/s', 'quantity'], ['kn', 'kn', 'quantity'],
  // temperature
  ['°c', '°C', 'quantity'], ['° c', '°C', 'quantity'], ['°f', '°F', 'quantity'], ['° f', '°F', 'quantity'], ['°', '°', 'quantity'],
  ['c', '°C', 'quantity'],
  // power and energy
  ['w', 'W', 'quantity'], ['kw', 'kW', 'quantity'], ['mw', 'MW', 'quantity'], ['gw', 'GW', 'quantity'], ['tw', 'TW', 'quantity'],
  ['wh', 'Wh', 'quantity'], ['kwh', 'kWh', 'quantity'], ['mwh', 'MWh', 'quantity'], ['gwh', 'GWh', 'quantity'], ['twh', 'TWh', 'quantity'],
  ['kj', 'kJ', 'quantity'], ['mj', 'MJ', 'quantity'], ['gj', 'GJ', 'quantity'], ['kcal', 'kcal', 'quantity'],
  ['mtep', 'toe', 'quantity', 1e6], ['tep', 'toe', 'quantity'], ['mtoe', 'toe', 'quantity', 1e6], ['toe', 'toe', 'quantity'],
  ['kwc', 'kWp', 'quantity'], ['mwc', 'MWp', 'quantity'],
  // information
  ['bit', 'bit', 'quantity'], ['bits', 'bit', 'quantity'], ['kb', 'kB', 'quantity'], ['mb', 'MB', 'quantity'], ['gb', 'GB', 'quantity'],
  ['tb', 'TB', 'quantity'], ['mbit', 'Mbit', 'quantity'], ['gbit', 'Gbit', 'quantity'], ['mbps', 'Mbit/s', 'quantity'],
  ['mbit/s', 'Mbit/s', 'quantity'], ['gbps', 'Gbit/s', 'quantity'], ['gbit/s', 'Gbit/s', 'quantity'],
  // money symbols after the figure (before it, see currencies.ts)
  ['€', 'EUR', 'money'], ['$', 'USD', 'money'], ['£', 'GBP', 'money']
]
