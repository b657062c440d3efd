// A last check on the subject a claim is given: a word that cannot name what is counted ("e" of "5e", "2016", "ans",
// "underway") is no subject at all. The stages above should not produce one; when they do, an
// empty subject is honest and a fact-checker fills it in, where a wrong word would be cited as what was counted.
import type { Lang } from '../../model'
import { nonNounClass } from '../lexicons/nonNouns'
import { CLASSES } from './classes'

const LETTER = /\p{L}/u
// Adjectives English counts people by ("900,000 unemployed", "12 dead", "the 300 homeless")
const NOMINAL_ADJECTIVES = new Set(['unemployed', 'homeless', 'poor', 'elderly', 'injured', 'dead', 'wounded', 'disabled', 'missing', 'sick', 'young', 'rich', 'uninsured', 'displaced', 'jobless'])

/** True when `subject`, as the stages chose it, names nothing that can be counted. */
export function isJunkSubject(subject: string, lang: Lang): boolean {
  const s = subject.trim()
  if (s === '') return false
  if (!LETTER.test(s)) return true
  const words = s.split(/\s+/)
  if (words.length > 1) return false
  const w = words[0].toLowerCase()
  if (w.length <= 1) return true
  const c = CLASSES[lang]
  if (c.stop.has(w) || c.periodHeads.has(w)) return true
  // a word in capitals is a name ("SAP", "Renault"); French participles alone are often the people counted ("employés",
  // "blessés", "élus") and English -ing words nouns ("meeting", "housing"), so only English modifiers alone are refused
  // ("unchanged", "underway")
  if (lang !== 'en' || words[0][0] !== words[0][0].toLowerCase() || w.includes('-') || NOMINAL_ADJECTIVES.has(w)) return false
  return nonNounClass(w, lang) === 'modifier'
}
