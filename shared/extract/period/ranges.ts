import * as tokensModule from '../tokens'
import { type Matcher, yearAt } from './scan'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { glued, isApostrophe, isPunct } = tokensModule

const RANGE_LINKS = ['et', 'à', 'to', 'and', '-']

/** "entre 2019 et 2022", "de 2019 à 2022", "from 2019 to 2022", "between 2019 and 2022". */
export const matchYearRange: Matcher = (s, k) => {
  const { t, w, add } = s
  const cur = w(k)
  if (!(cur === 'entre' || cur === 'de' || cur === 'from' || cur === 'between')) return -1
  const y1 = yearAt(t, k + 1)
  const y2 = yearAt(t, k + 3)
  if (!(y1 !== undefined && y2 !== undefined && y2 >= y1 && RANGE_LINKS.includes(w(k + 2)))) return -1
  add(k, k + 4, { start: String(y1), end: String(y2) })
  return k + 4
}

/** "2019-2022", written without spaces. */
export const matchGluedYears: Matcher = (s, k) => {
  const { t, add } = s
  if (!(yearAt(t, k) !== undefined && isPunct(t, k + 1, '-') && yearAt(t, k + 2) !== undefined && glued(t, k) && glued(t, k + 1))) return -1
  add(k, k + 3, { start: String(yearAt(t, k)), end: String(yearAt(t, k + 2)) })
  return k + 3
}

/** "d'ici 2030", "by 2030": from the source date to that year. */
export const matchByYear: Matcher = (s, k) => {
  const { t, w, add, src } = s
  const cur = w(k)
  if (!((cur === 'd' && isApostrophe(t, k + 1) && w(k + 2) === 'ici' && yearAt(t, k + 3) !== undefined) || (cur === 'by' && yearAt(t, k + 1) !== undefined))) return -1
  const j = cur === 'd' ? k + 3 : k + 1
  add(k, j + 1, { start: src.iso, end: String(yearAt(t, j)) })
  return j + 1
}
