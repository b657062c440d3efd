// English unit words after a figure, as data: [as written, unit code, kind, factor]. Read by units.ts.
import type { UnitEntry } from './unitEntry'

const Q = 'quantity'

export const UNITS_EN: readonly UnitEntry[] = [
  // percent
  ['per cent', '%', 'percent'], ['percent', '%', 'percent'], ['percents', '%', 'percent'], ['percentage', '%', 'percent'],
  ['percentages', '%', 'percent'], ['pct', '%', 'percent'], ['percentage points', 'pp', 'percent'],
  ['percentage point', 'pp', 'percent'], ['points', 'pp', 'percent'], ['point', 'pp', 'percent'], ['basis points', 'bp', 'percent'],
  ['basis point', 'bp', 'percent'],
  // time (durations)
  ['years', 'year', Q], ['year', 'year', Q], ['months', 'month', Q], ['weeks', 'week', Q], ['days', 'day', Q], ['hours', 'hour', Q], ['minutes', 'minute', Q],
  // singular: "one hour", "1 month", "one week" (after "a"/"an" the article is read as no figure)
  ['month', 'month', Q], ['week', 'week', Q], ['day', 'day', Q], ['hour', 'hour', Q], ['minute', 'minute', Q],
  ['decades', 'year', Q, 10], ['decade', 'year', Q, 10],
  // length
  ['kilometres', 'km', Q], ['kilometers', 'km', Q], ['kilometre', 'km', Q], ['kilometer', 'km', Q], ['metres', 'm', Q],
  ['meters', 'm', Q], ['metre', 'm', Q], ['meter', 'm', Q], ['centimetres', 'cm', Q], ['centimeters', 'cm', Q], ['centimetre', 'cm', Q],
  ['centimeter', 'cm', Q], ['millimetres', 'mm', Q], ['millimeters', 'mm', Q], ['millimetre', 'mm', Q], ['millimeter', 'mm', Q],
  ['decimetres', 'dm', Q], ['decimeters', 'dm', Q], ['micrometres', 'µm', Q], ['micrometers', 'µm', Q], ['microns', 'µm', Q],
  ['nanometres', 'nm', Q], ['nanometers', 'nm', Q], ['picometres', 'pm', Q], ['picometers', 'pm', Q], ['picometer', 'pm', Q],
  ['miles', 'mi', Q], ['mile', 'mi', Q], ['nautical miles', 'nmi', Q], ['feet', 'ft', Q], ['foot', 'ft', Q], ['inches', 'in', Q],
  ['inch', 'in', Q], ['yards', 'yd', Q], ['yard', 'yd', Q], ['light years', 'ly', Q], ['light-years', 'ly', Q],
  // area
  ['sq km', 'km²', Q], ['sq kilometres', 'km²', Q], ['square kilometres', 'km²', Q], ['square kilometers', 'km²', Q], ['square kilometre', 'km²', Q], ['square kilometer', 'km²', Q],
  ['square metres', 'm²', Q], ['square meters', 'm²', Q], ['square metre', 'm²', Q], ['square meter', 'm²', Q],
  ['square miles', 'mi²', Q], ['square mile', 'mi²', Q], ['square feet', 'ft²', Q], ['square foot', 'ft²', Q], ['hectares', 'ha', Q],
  ['hectare', 'ha', Q], ['acres', 'acre', Q], ['acre', 'acre', Q],
  // volume
  ['cubic metres', 'm³', Q], ['cubic meters', 'm³', Q], ['cubic metre', 'm³', Q], ['cubic meter', 'm³', Q], ['cubic feet', 'ft³', Q],
  ['cubic foot', 'ft³', Q], ['litres', 'l', Q], ['liters', 'l', Q], ['litre', 'l', Q], ['liter', 'l', Q], ['millilitres', 'ml', Q],
  ['milliliters', 'ml', Q], ['millilitre', 'ml', Q], ['milliliter', 'ml', Q], ['gallons', 'gal', Q], ['gallon', 'gal', Q],
  ['barrels per day', 'bbl/d', Q], ['barrels a day', 'bbl/d', Q], ['barrel per day', 'bbl/d', Q], ['barrels', 'bbl', Q],
  ['barrel', 'bbl', Q], ['pints', 'pt', Q], ['pint', 'pt', Q],
  // mass
  ['kilograms', 'kg', Q], ['kilogrammes', 'kg', Q], ['kilogram', 'kg', Q], ['kilogramme', 'kg', Q], ['kilos', 'kg', Q], ['kilo', 'kg', Q],
  ['grams', 'g', Q], ['grammes', 'g', Q], ['gram', 'g', Q], ['gramme', 'g', Q], ['milligrams', 'mg', Q], ['milligrammes', 'mg', Q],
  ['micrograms', 'µg', Q], ['microgrammes', 'µg', Q], ['microgram', 'µg', Q], ['microgramme', 'µg', Q], ['metric tons', 't', Q],
  ['metric tonnes', 't', Q], ['metric ton', 't', Q], ['tonnes', 't', Q], ['tonne', 't', Q], ['tons', 't', Q], ['ton', 't', Q],
  ['ounces', 'oz', Q], ['ounce', 'oz', Q], ['stone', 'st', Q], ['tonnes per hectare', 't/ha', Q], ['tons per hectare', 't/ha', Q],
  // speed
  ['kilometres per hour', 'km/h', Q], ['kilometers per hour', 'km/h', Q], ['kilometres an hour', 'km/h', Q],
  ['kilometers an hour', 'km/h', Q], ['miles per hour', 'mph', Q], ['miles an hour', 'mph', Q], ['mile per hour', 'mph', Q],
  ['knots', 'kn', Q],
  // temperature
  ['degrees celsius', '°C', Q], ['degree celsius', '°C', Q], ['degrees centigrade', '°C', Q], ['degrees fahrenheit', '°F', Q],
  ['degree fahrenheit', '°F', Q], ['degrees farenheit', '°F', Q], ['degrees c', '°C', Q], ['degrees f', '°F', Q], ['degree c', '°C', Q],
  ['degree f', '°F', Q], ['deg celsius', '°C', Q], ['deg fahrenheit', '°F', Q], ['deg c', '°C', Q], ['deg f', '°F', Q],
  ['deg centigrade', '°C', Q], ['celsius', '°C', Q], ['celcius', '°C', Q], ['centigrade', '°C', Q], ['centigrate', '°C', Q],
  ['fahrenheit', '°F', Q], ['farenheit', '°F', Q], ['kelvin', 'K', Q], ['degrees', '°', Q], ['degree', '°', Q], ['deg', '°', Q],
  // power and energy
  ['kilowatts', 'kW', Q], ['kilowatt', 'kW', Q], ['megawatts', 'MW', Q], ['megawatt', 'MW', Q], ['gigawatts', 'GW', Q],
  ['gigawatt', 'GW', Q], ['watts', 'W', Q], ['watt', 'W', Q], ['kilowatt hours', 'kWh', Q], ['kilowatt-hours', 'kWh', Q],
  ['megawatt hours', 'MWh', Q], ['megawatt-hours', 'MWh', Q], ['gigawatt hours', 'GWh', Q], ['terawatt hours', 'TWh', Q],
  ['terawatt-hours', 'TWh', Q], ['joules', 'J', Q], ['kilojoules', 'kJ', Q], ['calories', 'kcal', Q], ['kilocalories', 'kcal', Q],
  // information
  ['megabits', 'Mbit', Q], ['megabit', 'Mbit', Q], ['gigabits', 'Gbit', Q], ['megabytes', 'MB', Q], ['megabyte', 'MB', Q],
  ['gigabytes', 'GB', Q], ['gigabyte', 'GB', Q], ['terabytes', 'TB', Q], ['kilobytes', 'kB', Q]
]
