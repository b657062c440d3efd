import type { Lang } from '../model'

// Frequent function words that are not words of the other language.
const FR = new Set(
  'le la les des du un une et est dans pour que qui sur pas par au aux avec ce ces cette il elle ils elles nous vous sont été être ont mais ou où leur leurs plus très sa son ses se ne qu était selon depuis entre après avant aussi comme'.split(' ')
)
const EN = new Set(
  'the of and to in is that for it was with as are be by this at from have has had not but or an they their which were been will would said more than its who about after before also when there what'.split(' ')
)

/**
 * French or English, by the share of each language's function words among the first
 * 20 000 characters. Undecided (no function words of either) → `fallback`.
 */
export function detectLang(text: string, fallback: Lang = 'fr'): Lang {
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? []
  let fr = 0
  let en = 0
  for (const w of words) {
    if (FR.has(w)) fr++
    if (EN.has(w)) en++
  }
  if (fr === en) return fallback
  return fr > en ? 'fr' : 'en'
}

/** A BCP 47 tag ("fr-FR", "en_GB", "FR") reduced to a supported language, or undefined. */
export function langFromTag(tag: string | undefined | null): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0]
  if (primary === 'fr' || primary === 'fre' || primary === 'fra' || primary === 'french' || primary === 'français') return 'fr'
  if (primary === 'en' || primary === 'eng' || primary === 'english' || primary === 'anglais') return 'en'
  return undefined
}
