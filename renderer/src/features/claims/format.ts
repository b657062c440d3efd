import type { Claim, Lang, Period } from '../../../../shared/model'
import { isValidTimecode } from '../../../../shared/timecode'

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' }

function number(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value)
}

/** Durations the extractor stores as English codes: Intl words them in the reader's language ("25 ans", "25 years"). */
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second'])

/** Unit codes whose abbreviation differs in French. */
const FRENCH_UNITS: Record<string, string> = { bp: 'pb', toe: 'tep', bbl: 'b', 'bbl/d': 'b/j' }

function withUnit(text: string, unit: string | undefined, lang: Lang, value: number): string {
  if (!unit) return text
  if (unit === '%') return lang === 'fr' ? `${text} %` : `${text}%`
  if (unit === 'pp') return lang === 'fr' ? `${text} pts` : `${text} pp`
  if (TIME_UNITS.has(unit)) return new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 2 }).format(value)
  if (lang === 'fr' && unit in FRENCH_UNITS) return `${text} ${FRENCH_UNITS[unit]}`
  if (/^[A-Z]{3}$/.test(unit)) {
    try {
      return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: unit, maximumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2, notation: Math.abs(value) >= 1e6 ? 'compact' : 'standard' }).format(value)
    } catch {
      return `${text} ${unit}`
    }
  }
  return `${text} ${unit}`
}

/**
 * A claim's figure as a reader of `lang` writes it: "100–150", "12,5 %", "3,5 Md €", "≈ 610". Callers pass the
 * UI's language, not the source's: a French "55 Bn JPY" (10¹²) reads as 55×10⁹ to an English reader.
 */
export function formatClaimValue(claim: Pick<Claim, 'value' | 'valueHigh' | 'unit' | 'approx'>, lang: Lang): string {
  const low = withUnit(number(claim.value, lang), claim.unit, lang, claim.value)
  let text = low
  if (claim.valueHigh !== undefined) {
    const high = withUnit(number(claim.valueHigh, lang), claim.unit, lang, claim.valueHigh)
    text = claim.unit ? `${low} – ${high}` : `${number(claim.value, lang)}–${number(claim.valueHigh, lang)}`
  }
  return claim.approx ? `≈ ${text}` : text
}

/** The period as written, with its resolved dates when they differ from the words. */
export function formatPeriod(period: Period | undefined): string {
  if (!period) return ''
  const span = period.start || period.end ? ` (${period.start ?? '…'} → ${period.end ?? '…'})` : ''
  return `${period.text}${span}`
}

/** Media time in seconds as h:mm:ss or m:ss; '' for a time that cannot be one (Infinity from a damaged file). */
export function formatTimecode(seconds: number): string {
  if (!isValidTimecode(seconds)) return ''
  const s = Math.floor(seconds % 60).toString().padStart(2, '0')
  const m = Math.floor((seconds / 60) % 60)
  const h = Math.floor(seconds / 3600)
  return h > 0 ? `${h}:${m.toString().padStart(2, '0')}:${s}` : `${m}:${s}`
}
