/**
 * Why claims were suggested as one series, as facts the UI words in its own language
 * (reasonText). The English wording is also SeriesSuggestion.reason.
 */

/** One fact behind a suggestion. Values are already formatted ("610", "100–150"). */
export type ReasonPart =
  | { kind: 'unit'; currency: boolean; unit: string }
  | { kind: 'beforeAfter'; before: string; after: string }
  | { kind: 'sharedWords'; words: string[] }
  | { kind: 'sameFigures'; value: string; before: string }
  | { kind: 'sameValue'; value: string }
  | { kind: 'beforeIsValue' }
  | { kind: 'sameBefore'; before: string }
  | { kind: 'closeValues'; min: number; max: number }
  | { kind: 'bilingual' }
  | { kind: 'sameSpeaker'; speaker: string }
  | { kind: 'samePlace'; places: string[] }
  | { kind: 'count'; claims: number; sources: number }

/** A value or range as reasons show it: "610", "100–150". */
export function formatReasonValue(v: number, high?: number): string {
  return high !== undefined ? `${v}–${high}` : String(v)
}

/** Dimensions without a unit symbol ("count", "rank"), as French writes them; English keeps the code. */
const FRENCH_DIMENSIONS: Record<string, string> = { count: 'nombre', ratio: 'rapport', rank: 'rang', change: 'variation', quantity: 'quantité' }

function quoted(words: string[], lang: 'en' | 'fr'): string {
  return words.map((w) => (lang === 'fr' ? `« ${w} »` : `'${w}'`)).join(', ')
}

/** One fact in words. */
export function reasonPartText(part: ReasonPart, lang: 'en' | 'fr'): string {
  const fr = lang === 'fr'
  switch (part.kind) {
    case 'unit':
      return part.currency ? (fr ? `même devise (${part.unit})` : `same currency (${part.unit})`) : fr ? `même unité (${FRENCH_DIMENSIONS[part.unit] ?? part.unit})` : `same unit (${part.unit})`
    case 'beforeAfter':
      return fr ? `une affirmation donne une valeur avant et après (${part.before} → ${part.after})` : `one claim gives a before and after value (${part.before} → ${part.after})`
    case 'sharedWords':
      return fr ? `objets en commun : ${quoted(part.words, lang)}` : `subjects share ${quoted(part.words, lang)}`
    case 'sameFigures':
      return fr ? `mêmes chiffres (${part.value}, avant ${part.before})` : `same figures (${part.value}, before ${part.before})`
    case 'sameValue':
      return fr ? `même valeur (${part.value})` : `same value (${part.value})`
    case 'beforeIsValue':
      return fr ? 'la valeur « avant » de l’une est la valeur de l’autre' : "one's before value is the other's value"
    case 'sameBefore':
      return fr ? `même valeur avant (${part.before})` : `same before value (${part.before})`
    case 'closeValues':
      return fr ? `valeurs proches (de ${part.min} à ${part.max})` : `close values (${part.min} to ${part.max})`
    case 'bilingual':
      return fr ? 'sources en français et en anglais' : 'French and English sources'
    case 'sameSpeaker':
      return fr ? `même intervenant (${part.speaker})` : `same speaker (${part.speaker})`
    case 'samePlace':
      return fr ? `même lieu (${part.places.join(', ')})` : `same place (${part.places.join(', ')})`
    case 'count':
      return fr
        ? `${part.claims} affirmations de ${part.sources} source${part.sources > 1 ? 's' : ''}`
        : `${part.claims} claims from ${part.sources} source${part.sources > 1 ? 's' : ''}`
    default: {
      const never: never = part
      return String(never)
    }
  }
}

/** Every fact, joined as one line. */
export function reasonText(parts: readonly ReasonPart[], lang: 'en' | 'fr'): string {
  return parts.map((p) => reasonPartText(p, lang)).join('; ')
}
