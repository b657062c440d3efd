// Percentages of 100 and more used as intensity: "d'accord à 1000 %", "je suis à 200 % derrière lui",
// "100 percent sure", "give 110 percent". A level or a change ("remboursé à 100 %", "en hausse de 1000 %",
// "la dette est à 120 %") keeps its figure: only an attitude word after, a verb of giving before, or "à"/"at"
// after a first-person verb or "d'accord" make it hyperbole.
import { HYPERBOLE_AFTER, HYPERBOLE_GIVE, HYPERBOLE_PERSONAL, IDIOMS } from '../lexicons/nonClaims'
import * as tokensModule from '../tokens'
import { type Detector, prevWord } from './context'

const { WORD, lower } = tokensModule

export const hyperbole: Detector = ({ t, f, a, next, nextW, p1 }) => {
  if (f.unit !== '%' || f.value < 100) return undefined
  // "100 % sûr", "100 percent sure"; "à 100 % d'accord" (but "100 % d'électricité" measures)
  if (t.kind[next] === WORD && HYPERBOLE_AFTER.has(nextW) && (nextW !== 'd' || lower(t, next + 2) === 'accord')) return 'hyperbole'
  if (HYPERBOLE_GIVE.has(p1)) return 'hyperbole'
  if ((p1 === 'à' || p1 === 'at') && f.value > 100 && HYPERBOLE_PERSONAL.has(prevWord(t, a - 2))) return 'hyperbole'
  return undefined
}

// "réfléchir à deux fois", "y regarder à deux fois", "s'y reprendre à deux fois": to think twice, an idiom
const TWICE_VERBS = ['réfléch', 'regard', 'repren', 'pren', 'pens']

export const thinkTwice: Detector = ({ t, f, a, nextW, p1 }) => {
  if (f.value !== 2 || !f.written || p1 !== 'à' || nextW !== 'fois') return undefined
  // one adverb may stand between: "réfléchira alors à deux fois"
  const verbs = [prevWord(t, a - 2), prevWord(t, a - 3)]
  return verbs.some((v) => TWICE_VERBS.some((s) => v.startsWith(s))) ? 'hyperbole' : undefined
}

/** "une minute de silence", "a minute's silence", "one minute of silence": a ritual, not a duration anyone checks. */
export const minuteOfSilence: Detector = ({ t, f, next, nextW }) => {
  if (f.unit !== 'minute' || f.value !== 1) return undefined
  const k = nextW === 'de' || nextW === 'of' ? next + 1 : nextW === "'" || nextW === '\u2019' ? next + 2 : -1
  return k > 0 && lower(t, k) === 'silence' ? 'hyperbole' : undefined
}

const DISTANCE_UNITS = new Set(['km', 'mi', 'm'])

/** "a friend thousands of miles away", "à des milliers de kilomètres": a vague distance is a figure of speech. */
export const vagueDistance: Detector = ({ t, f, next, nextW }) => {
  if (!f.collective || f.unit === undefined || !DISTANCE_UNITS.has(f.unit)) return undefined
  return nextW === 'away' || nextW === 'loin' || nextW === 'from' || nextW === 'de' || t.kind[next] !== WORD ? 'hyperbole' : undefined
}

/** A fixed expression of the lexicon's (`IDIOMS`: "à deux pas de chez moi", "in two minds"): its number is no figure. */
export const idiom: Detector = ({ t, f, a, next }) => {
  for (const i of IDIOMS) {
    if (i.value !== f.value) continue
    if (i.before.every((w, j) => prevWord(t, a - i.before.length + j) === w) && i.after.every((w, j) => prevWord(t, next + j) === w)) return 'hyperbole'
  }
  return undefined
}
