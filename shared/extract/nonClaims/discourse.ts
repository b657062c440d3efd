// How many reasons, ways or aspects a speaker lays out is the shape of an argument, not a figure about
// the world: "for three reasons", "in two ways", "à deux niveaux", "sur deux plans", "three main points
// of concern". Small whole numbers only, before a noun of discourse (one adjective may come between);
// "two reasons for the 5 % rise" keeps its 5 %.
import { DISCOURSE_ADJECTIVES, DISCOURSE_NOUNS } from '../lexicons/nonClaims'
import * as tokensModule from '../tokens'
import { type Detector } from './context'

const { WORD, lower } = tokensModule

export const discourseCount: Detector = ({ t, f, next, nextW }) => {
  if (f.unit || f.fraction || f.collective || !Number.isInteger(f.value) || f.value < 2 || f.value > 10) return undefined
  let k = next
  if (t.kind[k] === WORD && DISCOURSE_ADJECTIVES.has(nextW)) k++
  return t.kind[k] === WORD && DISCOURSE_NOUNS.has(lower(t, k)) ? 'discourse' : undefined
}
