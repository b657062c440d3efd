/**
 * Verdicts in words (for people) and on a rating scale (for schema.org ClaimReview).
 */
import { missingCaseError, type Lang, type Verdict } from '../model'

const WORDS: Record<Lang, Record<Verdict, string>> = {
  en: { unverified: 'Unverified', accurate: 'Accurate', misleading: 'Misleading', false: 'False', unsupported: 'Unsupported' },
  fr: { unverified: 'Non vérifié', accurate: 'Exact', misleading: 'Trompeur', false: 'Faux', unsupported: 'Non étayé' }
}

/** A verdict in words, in the given language. */
export function verdictLabel(verdict: Verdict, lang: Lang = 'en'): string {
  return WORDS[lang][verdict]
}

/** Worst and best values of the ClaimReview rating scale. */
export const RATING_SCALE = { worst: 1, best: 4 } as const

/**
 * A verdict's place on the 1–4 scale (1 false … 4 accurate); undefined for unverified,
 * which is not a rating.
 */
export function verdictRating(verdict: Verdict): number | undefined {
  switch (verdict) {
    case 'false':
      return 1
    case 'unsupported':
      return 2
    case 'misleading':
      return 3
    case 'accurate':
      return 4
    case 'unverified':
      return undefined
    default:
      throw missingCaseError(verdict)
  }
}
