import { MONTHS } from '../calendar'
import * as tokensModule from '../tokens'
import { type Matcher, ORDINAL_WORDS, monthEnd, pad, yearAt } from './scan'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, WORD, glued, isPunct } = tokensModule

/** "en 2022", "in 2022", "en janvier 2023", "in March 2022", "during 2021"; a month alone is the source year's (or the year before). */
export const matchInYearOrMonth: Matcher = (s, k) => {
  const { t, w, add, src, end } = s
  const cur = w(k)
  if (!(cur === 'en' || cur === 'in' || cur === 'during' || cur === 'courant' || cur === 'pour' || cur === 'for' || cur === 'sur')) return -1
  const y = yearAt(t, k + 1)
  if (y !== undefined && k + 1 < end && !isPunct(t, k + 2, '-') && !(cur === 'pour' || cur === 'for' || cur === 'sur')) {
    add(k, k + 2, { start: String(y), end: String(y) })
    return k + 2
  }
  const m = MONTHS[w(k + 1)]
  if (!(m !== undefined && w(k + 1).length > 2 && (cur === 'en' || cur === 'in'))) return -1
  const y2 = yearAt(t, k + 2)
  if (y2 !== undefined) {
    add(k, k + 3, { start: `${y2}-${pad(m)}`, end: `${y2}-${pad(m)}` })
    return k + 3
  }
  // "in May", "en mars" followed by a word may be the verb or the planet, not the month
  if (src.year !== undefined && (w(k + 1) !== 'may' && w(k + 1) !== 'mars' && w(k + 1) !== 'march' || t.kind[k + 2] !== WORD)) {
    const yy = src.month !== undefined && m > src.month ? src.year - 1 : src.year
    add(k, k + 2, { start: `${yy}-${pad(m)}`, end: `${yy}-${pad(m)}` })
    return k + 2
  }
  return -1
}

/** Quarters and halves: "au premier trimestre 2023", "in the first quarter of 2023", "au 1er semestre". */
export const matchQuarter: Matcher = (s, k) => {
  const { t, w, add, src } = s
  const cur = w(k)
  if (!((cur === 'au' || cur === 'in' || cur === 'du' || cur === 'over') && (ORDINAL_WORDS[w(k + 1)] !== undefined || (w(k + 1) === 'the' && ORDINAL_WORDS[w(k + 2)] !== undefined)))) return -1
  let j = w(k + 1) === 'the' ? k + 2 : k + 1
  let ord = ORDINAL_WORDS[w(j)]
  // "1er", "2e" are a number and a word glued together
  if (t.kind[j] === NUM && glued(t, j) && ORDINAL_WORDS[w(j) + w(j + 1)] !== undefined) { ord = ORDINAL_WORDS[w(j) + w(j + 1)]; j++ }
  const unit = w(j + 1)
  if (!(unit === 'trimestre' || unit === 'quarter' || unit === 'semestre' || unit === 'half')) return -1
  let e = j + 2
  let y = yearAt(t, e)
  if (y === undefined && (w(e) === 'of' || w(e) === 'de') && yearAt(t, e + 1) !== undefined) { y = yearAt(t, e + 1); e++ }
  if (y !== undefined) e++
  const year = y ?? src.year
  const span = unit === 'trimestre' || unit === 'quarter' ? 3 : 6
  const maxOrd = span === 3 ? 4 : 2
  const o = Math.min(ord, maxOrd)
  if (year !== undefined) add(k, e, { start: `${year}-${pad((o - 1) * span + 1)}`, end: monthEnd(year, o * span) })
  else add(k, e, {})
  return e
}

/** "début 2023", "fin 2022", "early 2023", "late 2022": the first or last three months. */
export const matchEarlyLate: Matcher = (s, k) => {
  const { t, w, add } = s
  const cur = w(k)
  if (!((cur === 'début' || cur === 'fin' || cur === 'early' || cur === 'late') && yearAt(t, k + 1) !== undefined)) return -1
  const y = yearAt(t, k + 1) as number
  const early = cur === 'début' || cur === 'early'
  add(k, k + 2, early ? { start: `${y}-01`, end: `${y}-03` } : { start: `${y}-10`, end: `${y}-12` })
  return k + 2
}
