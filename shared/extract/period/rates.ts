import { ADVERB_PER, type Matcher, PER } from './scan'
import * as tokensModule from '../tokens'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { lower } = tokensModule

/** "a year ago", "a year later": no rate. Nor "for a year", "in a year", "over a year", "than a year". */
function isEnglishRate(s: Parameters<Matcher>[0], k: number): boolean {
  const { w, t } = s
  const after = w(k + 2)
  const before = lower(t, k - 1)
  return after !== 'ago' && after !== 'later' && after !== 'earlier' && after !== 'before' && after !== 'after' &&
    before !== 'for' && before !== 'in' && before !== 'over' && before !== 'than'
}

/** Rates: "chaque jour", "toutes les nuits", "par an", "every day", "per year", "a year", "daily", "per annum". */
export const matchRate: Matcher = (s, k) => {
  const { w, add } = s
  const cur = w(k)
  // a plural unit makes a rate only after "chaque"/"par" ("par jours" is rare, "every days" is not English)
  if ((cur === 'chaque' || cur === 'each' || cur === 'every' || cur === 'per' || cur === 'par') && PER[w(k + 1)] && !/s$/.test(w(k + 1)) || ((cur === 'chaque' || cur === 'par') && PER[w(k + 1)])) {
    add(k, k + 2, { per: PER[w(k + 1)] })
    return k + 2
  }
  if ((cur === 'tous' || cur === 'toutes') && w(k + 1) === 'les' && PER[w(k + 2)] && w(k + 2).endsWith('s')) {
    add(k, k + 3, { per: PER[w(k + 2)] })
    return k + 3
  }
  if (s.lang === 'en' && (cur === 'a' || cur === 'an') && PER[w(k + 1)] && !w(k + 1).endsWith('s') && isEnglishRate(s, k)) {
    add(k, k + 2, { per: PER[w(k + 1)] })
    return k + 2
  }
  if (ADVERB_PER[cur]) {
    add(k, k + 1, { per: ADVERB_PER[cur] })
    return k + 1
  }
  if (cur === 'per' && w(k + 1) === 'annum') {
    add(k, k + 2, { per: 'year' })
    return k + 2
  }
  return -1
}
