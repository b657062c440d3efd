// Phone numbers and postcodes: "01 42 76 40 40", "+44 1603 555 010", "75018 Paris".
import * as tokensModule from '../tokens'
import type { Detector } from './context'

const { NUM, isCapitalized, isPunct, glued } = tokensModule

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
  }
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
