import { MONTHS } from '../calendar'
import * as tokensModule from '../tokens'
import { type Matcher, pad, yearAt } from './scan'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, isApostrophe } = tokensModule

/** "depuis début 2023", "depuis le début de l'année", "depuis 2020", "depuis janvier", "since 2020", "since the start of the year": up to the source date. */
export const matchSince: Matcher = (s, k) => {
  const { t, w, add, src, end } = s
  const cur = w(k)
  if (cur !== 'depuis' && cur !== 'since') return -1
  const untilNow = src.iso
  let j = k + 1
  if (w(j) === 'le' || w(j) === 'the') j++
  let startOfYear = false
  if (w(j) === 'début' || w(j) === 'start' || w(j) === 'beginning') {
    startOfYear = true
    j++
    if (w(j) === 'de' || w(j) === 'of') j++
    if (w(j) === 'l' && isApostrophe(t, j + 1)) j += 2
    else if (w(j) === 'the') j++
  }
  const y = yearAt(t, j)
  if (y !== undefined && j < end) {
    add(k, j + 1, { start: startOfYear ? `${y}-01-01` : String(y), end: untilNow })
    return j + 1
  }
  if (startOfYear && (w(j) === 'année' || w(j) === 'year') && src.year) {
    add(k, j + 1, { start: `${src.year}-01-01`, end: untilNow })
    return j + 1
  }
  const m = MONTHS[w(j)]
  // a month name, but "mars"/"may" only with a year (they are also a planet and a verb)
  if (m !== undefined && t.kind[j] === WORD && w(j).length > 2 && w(j) !== 'may' && w(j) !== 'mars' || (m !== undefined && (w(j) === 'mars' || w(j) === 'may') && yearAt(t, j + 1) !== undefined)) {
    const y2 = yearAt(t, j + 1) ?? (src.year !== undefined ? (src.month !== undefined && m > src.month ? src.year - 1 : src.year) : undefined)
    const e = yearAt(t, j + 1) !== undefined ? j + 2 : j + 1
    add(k, e, { start: y2 !== undefined ? `${y2}-${pad(m)}` : undefined, end: untilNow })
    return e
  }
  return -1
}
