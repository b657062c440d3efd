import * as tokensModule from '../tokens'
import { type Matcher, pad } from './scan'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { isApostrophe } = tokensModule

const LAST_WORDS = new Set(['dernier', 'dernière', 'passé', 'passée', 'précédente'])

/** "l'an dernier", "l'année dernière", "l'an passé": the year before the source's. */
export const matchLastYearFr: Matcher = (s, k) => {
  const { t, w, add, src } = s
  if (!(w(k) === 'l' && isApostrophe(t, k + 1) && (w(k + 2) === 'an' || w(k + 2) === 'année') && LAST_WORDS.has(w(k + 3)))) return -1
  add(k, k + 4, src.year !== undefined ? { start: String(src.year - 1), end: String(src.year - 1) } : {})
  return k + 4
}

/** "last year", "this year", "cette année", "last month", "ce mois": relative to the source date. */
export const matchThisOrLast: Matcher = (s, k) => {
  const { w, add, src } = s
  const cur = w(k)
  const unit = w(k + 1)
  if (!((cur === 'last' || cur === 'this' || cur === 'cette' || cur === 'ce') && (unit === 'year' || unit === 'année' || unit === 'month' || unit === 'mois'))) return -1
  const isYear = unit === 'year' || unit === 'année'
  const back = cur === 'last' ? 1 : 0
  if (isYear) add(k, k + 2, src.year !== undefined ? { start: String(src.year - back), end: String(src.year - back) } : {})
  else if (src.year !== undefined && src.month !== undefined) {
    const mm = src.month - back === 0 ? 12 : src.month - back
    const yy = src.month - back === 0 ? src.year - 1 : src.year
    add(k, k + 2, { start: `${yy}-${pad(mm)}`, end: `${yy}-${pad(mm)}` })
  } else add(k, k + 2, {})
  return k + 2
}

/** "le mois dernier", "le mois passé": the month before the source's. */
export const matchLastMonthFr: Matcher = (s, k) => {
  const { w, add, src } = s
  if (!(w(k) === 'le' && w(k + 1) === 'mois' && (w(k + 2) === 'dernier' || w(k + 2) === 'passé'))) return -1
  if (src.year !== undefined && src.month !== undefined) {
    const mm = src.month === 1 ? 12 : src.month - 1
    const yy = src.month === 1 ? src.year - 1 : src.year
    add(k, k + 3, { start: `${yy}-${pad(mm)}`, end: `${yy}-${pad(mm)}` })
  } else add(k, k + 3, {})
  return k + 3
}

/** "en un an", "sur un an", "over the past year", "in the last year": the year up to the source date. */
export const matchPastYear: Matcher = (s, k) => {
  const { w, add, src } = s
  const cur = w(k)
  if ((cur === 'en' || cur === 'sur') && w(k + 1) === 'un' && w(k + 2) === 'an' && src.year !== undefined) {
    add(k, k + 3, { start: src.iso ? `${src.year - 1}${src.iso.slice(4)}` : undefined, end: src.iso })
    return k + 3
  }
  if ((cur === 'over' || cur === 'in') && w(k + 1) === 'the' && (w(k + 2) === 'past' || w(k + 2) === 'last') && w(k + 3) === 'year' && src.year !== undefined) {
    add(k, k + 4, { start: src.iso ? `${src.year - 1}${src.iso.slice(4)}` : undefined, end: src.iso })
    return k + 4
  }
  return -1
}
