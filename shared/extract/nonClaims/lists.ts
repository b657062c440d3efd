// List and note numbering: "1." or "2)" at the start of a line, "[3]", "(4)"; a stray punctuation "figure".
import * as tokensModule from '../tokens'
import type { Detector } from './context'

const { PUNCT, WORD, glued, isPunct } = tokensModule

export const listNumber: Detector = ({ t, f, a, num }) => {
  if (num && t.lineStart[f.first] === 1 && (isPunct(t, f.coreEnd, '.') || isPunct(t, f.coreEnd, ')')) && glued(t, f.coreEnd - 1) && !f.decimal) return 'list'
  if (num && isPunct(t, a - 1, '[') && isPunct(t, f.coreEnd, ']')) return 'list'
  // "(orange bars)1.", "1 April)1": a footnote marker glued after a closing bracket
  if (num && isPunct(t, a - 1, ')') && glued(t, a - 1) && !f.decimal && f.value < 100 && f.unit === undefined) return 'list'
  if (num && isPunct(t, a - 1, '(') && isPunct(t, f.coreEnd, ')') && f.unit === undefined && f.value < 100 && t.kind[a - 2] !== WORD) return 'list'
  if (t.kind[a] === PUNCT) return 'identifier'
  return undefined
}
