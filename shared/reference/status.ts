/**
 * Observation status codes as the offices write them, read into a few words the UI translates:
 * Eurostat/SDMX flags (p provisional, e estimated, b break, r revised, f forecast), INSEE's
 * codes (P provisoire, SD semi-définitif, R révisé, E estimé; A is a normal value) and words.
 */

/** The statuses the app names; any other code is kept as written. */
export const KNOWN_STATUSES = ['provisional', 'estimated', 'revised', 'break', 'forecast', 'semi-final'] as const

export type KnownStatus = (typeof KNOWN_STATUSES)[number]

const CODES: Readonly<Record<string, KnownStatus | ''>> = {
  p: 'provisional', provisional: 'provisional', provisoire: 'provisional', prov: 'provisional',
  e: 'estimated', estimated: 'estimated', estimé: 'estimated', estimation: 'estimated',
  r: 'revised', revised: 'revised', révisé: 'revised',
  b: 'break', f: 'forecast', forecast: 'forecast', prévision: 'forecast',
  sd: 'semi-final',
  // A (INSEE, SDMX OBS_STATUS) is a normal value: no status.
  a: '', normal: '', définitif: '', final: ''
}

/** The status of an observation: a known word, the code as written, or undefined for a normal value. */
export function readStatus(code: string | null | undefined): string | undefined {
  const s = (code ?? '').trim()
  if (s === '') return undefined
  const known = CODES[s.toLowerCase()]
  if (known === '') return undefined
  if (known) return known
  // Several Eurostat flags at once ("bp"): provisional wins, it is what a fact-checker must say.
  if (/^[a-z]{2,3}$/.test(s) && s.includes('p')) return 'provisional'
  return s.slice(0, 40)
}
