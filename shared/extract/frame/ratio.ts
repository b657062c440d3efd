// Shares written as "one in N" before the total: "un TGV sur cinq", "one voter in ten", "1 in 8".
import type { Lang } from '../../model'
import type { Candidate } from '../candidate'
import type { Figure } from '../numberExpr'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'

const { NUM, WORD, lower } = tokensModule

const RATIO_LINK: Record<Lang, ReadonlySet<string>> = { fr: new Set(['sur']), en: new Set(['in', 'of']) }
const ONE_WORDS = new Set(['un', 'une', 'one'])


export interface Ratio {
  first: number
  numerator: number
  /** Token range of the words between numerator and link ("TGV" in "un TGV sur cinq"), if any. */
  nounFirst: number
  nounEnd: number
}

/** "un TGV sur cinq", "one voter in ten", "1 in 8", "one in every 182 people": the numerator before "sur"/"in". */
export function ratioBefore(t: Tokens, fig: Figure, lang: Lang, prev: Candidate | undefined): Ratio | undefined {
  // "une croix sur des milliards": a vague total ("des milliards", "thousands") makes no share
  if (fig.collective) return undefined
  let k = fig.first - 1
  if (lower(t, k) === 'every' || lower(t, k) === 'chaque') k--
  let link = k
  if (lower(t, k) === 'of' && lower(t, k - 1) === 'out') link = k - 1
  else if (!RATIO_LINK[lang].has(lower(t, k)) || lower(t, k) === 'of') return undefined
  for (let n = link - 1; n >= 0 && n >= link - 4; n--) {
    if (t.kind[n] !== WORD && !(t.kind[n] === NUM && n === prev?.fig.coreFirst)) break
    const w = lower(t, n)
    if (ONE_WORDS.has(w) || (prev && prev.fig.coreFirst === n && prev.fig.unit === undefined && prev.value >= 1 && prev.value <= 10 && !prev.valueHigh)) {
      const numerator = ONE_WORDS.has(w) ? 1 : (prev as Candidate).value
      if (numerator >= fig.value) return undefined
      return { first: n, numerator, nounFirst: n + 1, nounEnd: link }
    }
  }
  return undefined
}
