// How many reasons, ways or aspects a speaker lays out is the shape of an argument, not a figure about
// the world: "for three reasons", "in two ways", "à deux niveaux", "sur deux plans", "three main points
// of concern". Small whole numbers only, before a noun of discourse (one adjective may come between);
// "two reasons for the 5 % rise" keeps its 5 %.
import { DISCOURSE_ADJECTIVES, DISCOURSE_NOUNS, PAIR_NOUNS, TOPIC_NOUNS, TOPIC_PREPOSITIONS, TOPIC_VERB_STEMS } from '../lexicons/nonClaims'
import { nonNounClass } from '../lexicons/nonNouns'
import { stemOf } from '../stems'
import * as tokensModule from '../tokens'
import { type Detector } from './context'

const { WORD, lower } = tokensModule

const VAGUE_THINGS = new Set(['things', 'choses', 'trucs', 'stuff'])

/** An adjective or adverb before the noun: the discourse list, or what the never-noun lexicon holds as a modifier. */
function isModifier(w: string, lang: 'fr' | 'en'): boolean {
  return DISCOURSE_ADJECTIVES.has(w) || nonNounClass(w, lang) === 'modifier'
}

export const discourseCount: Detector = ({ t, f, next, p1, lang }) => {
  if (f.unit || f.fraction || f.collective || !Number.isInteger(f.value) || f.value < 2) return undefined
  // "two completely different things", "two fundamental comments": an adverb and an adjective may come between
  let k = next
  for (let skipped = 0; skipped < 2 && t.kind[k] === WORD && isModifier(lower(t, k), lang); skipped++) k++
  if (t.kind[k] !== WORD) return undefined
  const noun = lower(t, k)
  // "You have to keep 5,000 things in your brain": things are never counted, whatever their number
  if (VAGUE_THINGS.has(noun)) return 'discourse'
  if (f.value > 10) return undefined
  // "dire deux mots", "for three reasons"; "intervenir sur deux questions", "speak on two points"
  const raisesTopic = TOPIC_PREPOSITIONS.has(p1) || (p1.length > 3 && TOPIC_VERB_STEMS[lang].has(stemOf(p1, lang)))
  return DISCOURSE_NOUNS.has(noun) || (raisesTopic && TOPIC_NOUNS.has(noun)) ? 'discourse' : undefined
}

const ONE_OF_FR = new Set(['un', 'une', 'aucun', 'aucune', 'chacun', 'chacune'])
const ONE_OF_EN = new Set(['one', 'either', 'neither', 'each', 'both', 'none'])
const GROUP_DETERMINERS = new Set(['the', 'les', 'these', 'those', 'ces'])
// auxiliaries and copulas the never-noun lexicon holds as nouns too or not at all
const GROUP_VERBS = new Set(['are', 'were', 'have', 'had', 'do', 'did', 'will', 'would', 'can', 'could', 'ont', 'sont', 'étaient', 'avaient', 'vont', 'peuvent', 'doivent'])
const PAIR_DETERMINERS = new Set(['les', 'des', 'aux', 'ces', 'the', 'these', 'those'])

/** "les deux équipes", "des deux partis", "the two countries": the two sides of the pairing the text is about. */
export const pairReference: Detector = ({ t, f, a, next, p1 }) => {
  if (f.value !== 2 || !f.written || f.unit || t.kind[next] !== WORD) return undefined
  // "the other two groups", "les deux autres": the rest of a group already named
  const other = p1 === 'other' && PAIR_DETERMINERS.has(lower(t, a - 2))
  // "l'une des deux options", "one of the two options", "either of the two": one side of a pair already in view
  const oneOf = (p1 === 'des' && ONE_OF_FR.has(lower(t, a - 2))) || (p1 === 'the' && lower(t, a - 2) === 'of' && ONE_OF_EN.has(lower(t, a - 3)))
  return (PAIR_DETERMINERS.has(p1) || other) && a === f.coreFirst && (other || oneOf || PAIR_NOUNS.has(lower(t, next))) ? 'pair' : undefined
}

/** "the two burst into giggles", "The 15 clearly do not suffice", "les deux ont signé": a group named before, as the subject of a verb. */
export const groupReference: Detector = ({ t, f, a, next, p1, lang }) => {
  if (f.unit || f.fraction || f.scaled || !Number.isInteger(f.value) || f.value < 2 || f.value > 30 || a !== f.coreFirst) return undefined
  if (!GROUP_DETERMINERS.has(p1) || t.kind[next] !== WORD) return undefined
  let k = next
  if (lower(t, k).endsWith('ly') || lower(t, k).endsWith('ment')) k++
  const w = lower(t, k)
  const cls = t.kind[k] === WORD ? nonNounClass(w, lang) : undefined
  return cls === 'verb' || GROUP_VERBS.has(w) ? 'pair' : undefined
}
