import { detectLanguage } from '../extract/language'
import type { Lang } from '../model'

/**
 * French or English, with the extractor's detector (shared/extract/language), so that a
 * source and its claims never disagree on the language.
 */
export function detectLang(text: string): Lang {
  return detectLanguage(text)
}

/** A BCP 47 tag ("fr-FR", "en_GB", "FR") reduced to a supported language, or undefined. */
export function langFromTag(tag: string | undefined | null): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0]
  if (primary === 'fr' || primary === 'fre' || primary === 'fra' || primary === 'french' || primary === 'français') return 'fr'
  if (primary === 'en' || primary === 'eng' || primary === 'english' || primary === 'anglais') return 'en'
  return undefined
}
