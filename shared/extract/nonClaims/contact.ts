// Phone numbers and postcodes: "01 42 76 40 40", "+44 1603 555 010", "le 30 20", "appelez le 115", "75018 Paris", "Agen (47)".
import { DIAL_VERBS, PLACE_PREPOSITIONS_FR } from '../lexicons/nonClaims'
import * as tokensModule from '../tokens'
import { type Detector, prevWord } from './context'

const { NUM, WORD, isApostrophe, isCapitalized, isPunct, glued, lower } = tokensModule

const ARTICLES = new Set(['le', 'la', 'les', 'l'])

/** True when tokens i and i+1 are two-digit groups one space apart: "30 20", never a thousands grouping. */
function twoDigitPair(t: Parameters<Detector>[0]['t'], i: number): boolean {
  return t.kind[i] === NUM && t.kind[i + 1] === NUM && t.digits[i] === 2 && t.digits[i + 1] === 2 && t.numFlags[i] === 0 && t.numFlags[i + 1] === 0 &&
    t.start[i + 1] - t.end[i] === 1
}

/** Four or more short digit groups in a row, or a chain opened by a glued "+". */
export const phone: Detector = ({ t, a, num }) => {
  if (!num) return undefined
  if (t.digits[a] <= 4) {
    let run = 1
    let k = a
    while (run < 4 && t.kind[k + 1] === NUM && t.start[k + 1] - t.end[k] <= 1 && t.digits[k + 1] <= 4 && t.digits[k + 1] >= 2) { run++; k++ }
    k = a
    while (run < 4 && k - 1 >= 0 && t.kind[k - 1] === NUM && t.start[k] - t.end[k - 1] <= 1 && t.digits[k - 1] <= 4 && t.digits[k - 1] >= 2) { run++; k-- }
    if (run >= 4) return 'phone'
    // "0800 123 4567", "020 7946 0958": three groups opened by a leading zero (no count starts with one)
    if (run >= 3 && t.text[t.start[k]] === '0' && t.digits[k] >= 3) return 'phone'
    // "call 562-9174": a local number, three digits and four joined by a hyphen (a range would be round: "300-1000")
    if (t.digits[a] === 3 && isPunct(t, a + 1, '-') && glued(t, a) && glued(t, a + 1) && t.kind[a + 2] === NUM && t.digits[a + 2] === 4 &&
      t.numFlags[a + 2] === 0 && t.value[a + 2] % 100 !== 0 && t.value[a] % 10 !== 0) return 'phone'
    // "le 30 20", "au 01 45": two bare two-digit groups side by side are a short service number, not two counts
    if (twoDigitPair(t, a) || twoDigitPair(t, a - 1)) return 'phone'
  }
  // "en composant le 3919", "appelez le 115", "dial 999": the number a verb of dialling takes
  const p1 = prevWord(t, a - 1)
  const verbAt = p1 === 'le' || p1 === 'au' || p1 === 'the' ? a - 2 : a - 1
  if (t.kind[verbAt] === WORD && DIAL_VERBS.has(lower(t, verbAt))) return 'phone'
  let b = a
  for (let steps = 0; steps < 6 && b > 0; steps++) {
    if (isPunct(t, b - 1, '+') && glued(t, b - 1) && (t.kind[b + 1] === NUM || b !== a)) return 'phone'
    if (t.kind[b - 1] === NUM && t.start[b] - t.end[b - 1] <= 1) b--
    else break
  }
  return undefined
}

/** A French five-digit postcode before a capitalised place name. */
export const postcode: Detector = ({ t, f, num, next, lang }) =>
  num && lang === 'fr' && f.digits === 5 && !f.grouped && !f.decimal && f.unit === undefined && isCapitalized(t, next) ? 'postcode' : undefined

/**
 * A French département number in brackets after a town or a département: "organisée à Agen (47)", "dans le Gers (32)".
 * A place preposition must open the name, so that a count in brackets after a country or a party ("les Verts (47)") stays.
 */
export const departmentCode: Detector = ({ t, f, a, num, lang }) => {
  if (!num || lang !== 'fr' || f.unit !== undefined || f.decimal || f.grouped || t.digits[a] !== 2) return undefined
  if (!isPunct(t, a - 1, '(') || !isPunct(t, f.coreEnd, ')')) return undefined
  let k = a - 2
  if (!isCapitalized(t, k)) return undefined
  // a hyphenated or multi-word name: "Saint-Jean-de-Luz (64)", "Le Mans (72)"
  for (let steps = 0; steps < 6 && k > 0 && (isCapitalized(t, k - 1) || isPunct(t, k - 1, '-') || (t.kind[k - 1] === WORD && isPunct(t, k - 2, '-'))); steps++) k--
  let before = k - 1
  if (isApostrophe(t, before)) before--
  if (ARTICLES.has(prevWord(t, before))) before--
  return PLACE_PREPOSITIONS_FR.has(prevWord(t, before)) ? 'postcode' : undefined
}
