// An age or a measure in apposition: "Darina Rychtarova (53 ans)", "Jean Dupont, 45 ans, a été arrêté", "the driver, 25
// years old,", "the nebula, 1,400 light years away,". The figure between brackets or commas right after a noun is that
// noun's. A bare number there is not read as an age: after names in a sports report, "Gerard Piqué (37)" counts matches.
import { MEASURE_ADJECTIVES } from './lexicons/apposition'
import { AGED } from './lexicons/nonClaims'
import * as tokensModule from './tokens'

const { NUM, WORD, isCapitalized, isPunct, lower } = tokensModule

const OPENERS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'the', 'a', 'an', 'this', 'ce', 'cette'])
const PARTICLES = new Set(['de', 'du', 'van', 'von', 'der', 'le', 'la', 'da', 'di', 'del', 'al', 'bin', 'ben'])

/** The capitalised name (at most four words) that ends right before token `end` (exclusive), if any. */
function nameBefore(t: tokensModule.Tokens, end: number): number | undefined {
  let k = end - 1
  let words = 0
  let first = -1
  while (k >= 0 && words < 5 && t.kind[k] === WORD && (isCapitalized(t, k) || (words > 0 && PARTICLES.has(lower(t, k)) && isCapitalized(t, k - 1)))) {
    if (isCapitalized(t, k)) words++
    first = k
    // a sentence opens capitalised anyway: stop there
    if (k === 0 || isPunct(t, k - 1, '.') || t.lineStart[k] === 1) break
    k--
  }
  // "The, 19 years" names nobody
  if (first < 0 || (first === end - 1 && OPENERS.has(lower(t, first)))) return undefined
  return first
}

/**
 * Where a measure in apposition ends: after its adjective ("25 years old", "1,400 light years away", "300 metres high")
 * and a "from" phrase after "away" ("5,400 light years away from the Earth"), at most five tokens.
 */
function measureTail(t: tokensModule.Tokens, figureEnd: number): number {
  if (!MEASURE_ADJECTIVES.has(lower(t, figureEnd))) return figureEnd
  let end = figureEnd + 1
  if (lower(t, figureEnd) === 'away' && lower(t, end) === 'from') {
    let k = end + 1
    while (k < end + 6 && t.kind[k] === WORD) k++
    if (isPunct(t, k, ',')) end = k
  }
  return end
}

/** The opening mark before a measure or an age in apposition, or -1: "(" or "," right before the figure, its pair right after. */
export function appositionMarks(t: tokensModule.Tokens, first: number, figureEnd: number): number {
  const open = first - 1
  const end = measureTail(t, figureEnd)
  if (isPunct(t, open, '(')) return isPunct(t, end, ')') ? open : -1
  if (isPunct(t, open, ',')) return isPunct(t, end, ',') || isPunct(t, end, '.') || isPunct(t, end, ')') ? open : -1
  return -1
}

/** Where an age in apposition opens: its number, or the word of age before it ("aged 14", "âgé de 14 ans"). */
export function ageAppositionStart(t: tokensModule.Tokens, num: number): number {
  if (t.kind[num] !== NUM) return num
  if (AGED.has(lower(t, num - 1))) return num - 1
  return lower(t, num - 1) === 'de' && AGED.has(lower(t, num - 2)) ? num - 2 : num
}

/** When the age at tokens [first, end) ("53 ans") is in apposition to a capitalised name, that name's tokens, else undefined. */
export function appositiveAgeOf(t: tokensModule.Tokens, first: number, end: number): { first: number; end: number } | undefined {
  // "Joseph, aged 14, is": the word of age opens the apposition
  const num = first
  first = ageAppositionStart(t, num)
  if (t.kind[num] !== NUM) return undefined
  const v = t.value[num]
  if (!(v >= 1 && v <= 120) || !Number.isInteger(v)) return undefined
  const open = appositionMarks(t, first, end)
  if (open < 0) return undefined
  const name = nameBefore(t, open)
  return name === undefined ? undefined : { first: name, end: open }
}
