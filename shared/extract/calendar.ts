/** Month names and abbreviations (lower case) → month number, both languages. */
export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, décembre: 12, decembre: 12, janv: 1, févr: 2, fév: 2, avr: 4, juil: 7, déc: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12
}

/** Week days, both languages. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'
])

/** Words for spans of time ("3 ans", "two weeks"). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'an', 'ans', 'année', 'années', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'heure', 'heures', 'minute', 'minutes',
  'seconde', 'secondes', 'siècle', 'siècles', 'décennie', 'décennies', 'nuit', 'nuits', 'trimestre', 'trimestres', 'semestre',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'second', 'seconds', 'decade',
  'decades', 'century', 'centuries', 'night', 'nights', 'quarter', 'quarters', 'yr', 'yrs', 'min', 'mins'
])
