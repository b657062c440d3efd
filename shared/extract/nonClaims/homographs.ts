// Number words that are another word here: French "neuf" is "new" in "l'ancien et le neuf", "remis à neuf".
import { HOMOGRAPH_ADJECTIVE_BEFORE_FR, NUMBER_HOMOGRAPHS_FR } from '../lexicons/nonClaims'
import * as tokensModule from '../tokens'
import { type Detector, prevWord } from './context'

const { NUM, WORD, lower } = tokensModule

const JOINS = new Set(['et', 'ou'])

/**
 * The adjective reading: nothing counted follows (a punctuation mark, the end, "et"/"ou") and an article, "à", "tout"
 * or a paired adjective precedes ("ancien et neuf"). "Ils étaient neuf." and "le neuf mars" keep the number.
 */
export const numberHomograph: Detector = ({ t, f, a, num, lang, next }) => {
  if (num || lang !== 'fr' || f.unit !== undefined || f.coreEnd !== a + 1 || !NUMBER_HOMOGRAPHS_FR.has(lower(t, a))) return undefined
  const after = t.kind[next] === WORD ? lower(t, next) : ''
  if (next < t.count && t.kind[next] === NUM) return undefined
  if (after !== '' && !JOINS.has(after)) return undefined
  let p = prevWord(t, a - 1)
  if (JOINS.has(p)) p = prevWord(t, a - 2)
  return HOMOGRAPH_ADJECTIVE_BEFORE_FR.has(p) ? 'name' : undefined
}
