import type { Lang } from '../../model'
import { MONTHS, WEEKDAYS } from '../calendar'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { CLASSES } from './classes'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, isCapitalized, lower } = tokensModule

// Open classes (nouns, adjectives, verbs) are guessed from the closed lists, word endings and neighbours: no tagger.

/** A word that may be part of a noun phrase: no function word, month or week day. */
export function isContentWord(t: Tokens, i: number, lang: Lang): boolean {
  if (i < 0 || i >= t.count || t.kind[i] !== WORD) return false
  const w = lower(t, i)
  if (CLASSES[lang].stop.has(w)) return false
  if (MONTHS[w] !== undefined && w.length > 3) return false
  if (WEEKDAYS.has(w)) return false
  return true
}

/** A French adjective or participle after its noun, by its ending ("mobile", "sociaux"); no -ent/-ant/-ont verb. */
export function frModifier(w: string): boolean {
  if (w.endsWith('ent') || w.endsWith('ant') || w.endsWith('ont')) return false
  for (const s of CLASSES.fr.adjectiveSuffixes) if (w.endsWith(s) && w.length > s.length + 2) return true
  return false
}

/** After a figure the noun is plural: "-ent", "-ait", "-aient", "-raient", "-ront" there are verb endings. */
export function looksLikeFrenchVerb(w: string): boolean {
  if (w.endsWith('ment') || w.endsWith('ents')) return false
  return (w.length > 4 && (w.endsWith('ent') || w.endsWith('ait') || w.endsWith('ont'))) || w.endsWith('aient')
}

/** True for a participle right after a noun ("infectés", "entrant", "calling", "put"). */
export function isPostParticiple(t: Tokens, k: number, lang: Lang): boolean {
  if (t.kind[k] !== WORD || isCapitalized(t, k)) return false
  const w = lower(t, k)
  const c = CLASSES[lang]
  if (c.stop.has(w)) return lang === 'en' && (w === 'made' || w === 'taken')
  if (lang === 'fr') return w.length > 3 && c.participleEndings.some((s) => w.endsWith(s)) && !w.endsWith('ment')
  return (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing'))) || c.irregularParticiples.has(w) || w === 'put'
}

/** True for a past participle ("fixé", "built"), which may open an aside after a comma. */
export function isParticiple(t: Tokens, k: number, lang: Lang): boolean {
  if (t.kind[k] !== WORD) return false
  const w = lower(t, k)
  if (lang === 'fr') return w.length > 3 && (w.endsWith('é') || w.endsWith('ée') || w.endsWith('és') || w.endsWith('ées'))
  return (w.length > 4 && w.endsWith('ed')) || CLASSES.en.irregularParticiples.has(w)
}

/** True for a word that reads as a conjugated verb where a noun would be ("emploient", "gambled"). */
export function isVerbLike(t: Tokens, k: number, lang: Lang): boolean {
  const w = lower(t, k)
  if (CLASSES[lang].verbs.has(w)) return true
  return lang === 'fr' ? looksLikeFrenchVerb(w) : false
}

/** Two nouns agree in number (French plural in -s/-x, English in -s), so "et"/"and" may join them into one phrase. */
export function sameNumber(a: string, b: string, lang: Lang): boolean {
  const plural = (w: string): boolean => (lang === 'fr' ? /[sx]$/.test(w) : /s$/.test(w))
  return plural(a) === plural(b)
}

/** One or two digits glued to the word before ("CO2", "Covid19"), part of it. */
export function gluedDigits(t: Tokens, k: number): boolean {
  if (t.end[k] - t.start[k] > 2) return false
  for (let i = t.start[k]; i < t.end[k]; i++) if (t.text[i] < '0' || t.text[i] > '9') return false
  return true
}

/** A plain integer one space after a capitalised word, part of a name: "CAC 40", not "Paris 2,5" nor "mai 2023". */
export function namesWithNumber(t: Tokens, k: number): boolean {
  const p = k - 1
  if (p < 0 || t.kind[p] !== WORD || !isCapitalized(t, p) || t.start[k] - t.end[p] !== 1) return false
  if (MONTHS[lower(t, p)] !== undefined || WEEKDAYS.has(lower(t, p))) return false
  for (let i = t.start[k]; i < t.end[k]; i++) if (t.text[i] < '0' || t.text[i] > '9') return false
  return true
}
