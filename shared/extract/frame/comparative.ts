// Comparisons after a figure: "12 % plus élevés qu'en 2010", "0.5% below its 2008 level", "3 euros moins cher",
// "inférieures de 3 %" is read by the change words before the figure (../lexicons/direction.ts). The figure is then a
// difference with what it is compared to, signed by the comparative.
import type { Lang } from '../../model'
import type { Direction } from '../direction'
import { COMPARATIVES } from '../lexicons/comparatives'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'

const { WORD, lower } = tokensModule

const DOWN: Record<Lang, ReadonlySet<string>> = { fr: new Set(COMPARATIVES.fr.down), en: new Set(COMPARATIVES.en.down) }
const UP: Record<Lang, ReadonlySet<string>> = { fr: new Set(COMPARATIVES.fr.up), en: new Set(COMPARATIVES.en.up) }
const LOW: ReadonlySet<string> = new Set(COMPARATIVES.fr.low)
// "5 % plus tôt", "2 % plus ou moins": degree words before no adjective of size
const NO_ADJECTIVE = new Set(['tôt', 'tard', 'ou', 'de', 'que', 'qu', 'loin', 'près', 'souvent', 'vite'])

/** The direction a comparative starting at token `k` gives the figure before it, or 0 for none. */
export function comparativeAt(t: Tokens, k: number, lang: Lang): Direction {
  if (t.kind[k] !== WORD) return 0
  const w = lower(t, k)
  // "en deçà", "au-dessus" (the hyphen is a token of its own)
  const two = t.kind[k + 1] === WORD ? `${w} ${lower(t, k + 1)}` : t.text[t.start[k + 1]] === '-' && t.kind[k + 2] === WORD ? `${w}-${lower(t, k + 2)}` : ''
  if (DOWN[lang].has(w) || DOWN[lang].has(two)) return -1
  if (UP[lang].has(w) || UP[lang].has(two)) return 1
  // "2 % moins qu'au mois précédent", "5% less than", "10% more than in 2010": a comparison with no adjective
  const than = lower(t, k + 1)
  if ((than === 'que' || than === 'qu') && (w === 'plus' || w === 'moins')) return w === 'plus' ? 1 : -1
  if (than === 'than' && (w === 'more' || w === 'less' || w === 'fewer')) return w === 'more' ? 1 : -1
  if (lang !== 'fr' || (w !== 'plus' && w !== 'moins') || t.kind[k + 1] !== WORD) return 0
  const adjective = lower(t, k + 1)
  if (NO_ADJECTIVE.has(adjective) || adjective.length < 3) return 0
  const low = LOW.has(adjective)
  return (w === 'plus') !== low ? 1 : -1
}

/**
 * "200 salariés de moins qu'en 2010", "1 000 chômeurs de plus": a count whose noun is followed by "de moins" / "de
 * plus" (one or two words between) is a difference; its direction, or 0.
 */
export function countDifferenceAfter(t: Tokens, end: number, lang: Lang): Direction {
  if (lang !== 'fr') return 0
  // "4760 personnes en moins", "120.000 demandeurs d'emploi sans activité en moins": "en moins"/"en plus" closing the
  // counted phrase (a few words on, before any mark)
  for (let k = end; k <= end + 8 && k < t.count; k++) {
    if (t.kind[k] !== WORD && !tokensModule.isApostrophe(t, k)) break
    // ("en moins de deux heures" is a duration: "de"/"que" after it)
    const after = lower(t, k + 2)
    // ("de plus en plus", "de moins en moins": a trend)
    const trend = lower(t, k - 1) === lower(t, k + 1)
    if (lower(t, k) === 'en' && !trend && (lower(t, k + 1) === 'moins' || lower(t, k + 1) === 'plus') && after !== 'de' && after !== 'd' && after !== 'que' && after !== 'qu') {
      return lower(t, k + 1) === 'moins' ? -1 : 1
    }
  }
  for (let k = end + 1; k <= end + 2; k++) {
    if (t.kind[k - 1] !== WORD) return 0
    if (lower(t, k) === 'de' && t.kind[k + 1] === WORD) {
      const w = lower(t, k + 1)
      // "de plus en plus": a trend, not a difference
      if (w === 'plus' && lower(t, k + 2) === 'en' && lower(t, k + 3) === 'plus') return 0
      if (w === 'moins') return -1
      if (w === 'plus') return 1
    }
  }
  return 0
}
