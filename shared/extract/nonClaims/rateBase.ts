// The base a price or a rate is counted per: "Rs 46,605 per 10 grams", "$0.2252 per $100 of valuation", "3 € pour 100 g",
// "12 décès pour 100 000 habitants". The figure before is the claim; its base says what it is per, and asserts nothing.
import * as tokensModule from '../tokens'
import type { Detector } from './context'

const { NUM, WORD, lower } = tokensModule

const PER_WORDS = new Set(['per', 'pour', 'par'])

/** True when a figure (digits, "%", a unit or currency word glued to digits) ends right before token k. */
function figureEndsAt(t: Parameters<Detector>[0]['t'], k: number): boolean {
  for (let j = k, steps = 0; j >= 0 && steps < 3; j--, steps++) {
    if (t.kind[j] === NUM) return true
    // "5 %", "Rs 46,605", "0.22 percent", "3 €": a unit word or sign after the digits
    if (t.kind[j] === WORD && steps > 1) return false
  }
  return false
}

export const rateBase: Detector = ({ t, f, a, expr }) => {
  // the figure's own first token (a currency before it, "per $100") and the word of "per" before that
  const first = f.first
  const per = first - 1
  if (t.kind[per] !== WORD || !PER_WORDS.has(lower(t, per)) || expr.high) return undefined
  // "par 2 : 3" is a score, "par 26 États" an agent: a base follows a figure directly
  if (!figureEndsAt(t, per - 1)) return undefined
  // the base is a plain round number: 1, 10, 100, 1 000, 100 000…
  const v = f.value
  if (!(v >= 1 && Number.isInteger(Math.log10(v)) && t.kind[a] === NUM)) return undefined
  return 'base'
}
