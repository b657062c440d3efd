// A figure the text denies in favour of another: "pas deux mais trois fois plus", "not two but three times",
// "non pas 5 mais 7". Only the correction is asserted; the denied figure is no claim (issue 10: "pas deux mais" gave 2).
import { readFigure } from '../numberExpr'
import * as tokensModule from '../tokens'
import { type Detector } from './context'

const { WORD, lower } = tokensModule

const NOT = new Set(['pas', 'not', 'non'])
const BUT = new Set(['mais', 'but'])

export const deniedFigure: Detector = ({ t, next, p1, lang }) => {
  if (!NOT.has(p1)) return undefined
  // "pas deux, mais trois": the correction follows at once, and it is a figure
  let k = t.kind[next] === WORD ? next : next + 1
  if (!BUT.has(lower(t, k))) return undefined
  k++
  return readFigure(t, k, lang) !== undefined ? 'denied' : undefined
}
