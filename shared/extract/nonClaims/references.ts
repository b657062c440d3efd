// Numbers that point at something: "article 49.3", "Rule 143", "p. 12", "amendements 3, 4 et 5", "points 16 et 17",
// "l'état 4001", "le 49.3", street numbers, "COM(1999) 158", unseparated English serials ("the 12841 express").
import { REFERENCE_WORDS, STREET_WORDS } from '../lexicons/nonClaims'
import * as tokensModule from '../tokens'
import { type Detector, prevWord } from './context'

const { NUM, WORD, glued, isPunct, lower, raw } = tokensModule

// Words of reference a number word may follow as a name ("part four", "chapitre trois"); not "points", "number", "level"
const WRITTEN_REFERENCE_BEFORE = new Set([
  'part', 'chapter', 'article', 'section', 'annex', 'appendix', 'page', 'episode', 'season', 'round', 'stage', 'phase', 'act', 'volume',
  'partie', 'chapitre', 'annexe', 'page', 'épisode', 'saison', 'tome', 'titre', 'acte', 'livre', 'étape'
])
const LIST_JOIN = new Set(['et', 'ou', 'à', 'and', 'or', 'to'])

const RENUMBERED = new Set(['now', 'désormais', 'devenus', 'devenu', 'anciens', 'ancien', 'former', 'formerly', 'ex'])

function isListSeparator(t: Parameters<Detector>[0]['t'], k: number): boolean {
  if (isPunct(t, k, ',') || isPunct(t, k, '(') || isPunct(t, k, ')')) return true
  const w = t.kind[k] === WORD ? lower(t, k) : ''
  return LIST_JOIN.has(w) || RENUMBERED.has(w)
}

/**
 * True when the number at `a` is a later member of a list of numbers opened by a reference word:
 * "articles 85, 86 et 87", "points 16 et 17", "Articles 85 and 86 (now 81 and 82)". Each member must be a number.
 */
function inReferenceList(t: Parameters<Detector>[0]['t'], a: number): boolean {
  let k = a - 1
  for (let members = 0; members < 8; members++) {
    let seps = 0
    while (seps < 3 && k >= 0 && isListSeparator(t, k)) { k--; seps++ }
    if (seps === 0 || t.kind[k] !== NUM) return false
    k--
    // "(now 81 and 82)": a renumbering in brackets
    if (t.kind[k] === WORD && RENUMBERED.has(lower(t, k)) && isPunct(t, k - 1, '(')) return true
    if (t.kind[k] === WORD && REFERENCE_WORDS.has(lower(t, k))) return true
  }
  return false
}

const RENUMBERED_AFTER = new Set(['nouveaux', 'nouveau', 'nouvelle', 'nouvelles', 'new', 'actuels', 'actuel'])

/** True when the number at `a` is in a bracketed list that a word of renumbering closes: "(81 et 82 nouveaux)". */
function renumberedAfter(t: Parameters<Detector>[0]['t'], a: number): boolean {
  const member = (k: number): boolean => t.kind[k] === NUM || isPunct(t, k, ',') || (t.kind[k] === WORD && LIST_JOIN.has(lower(t, k)))
  let k = a + 1
  while (k < t.count && k < a + 9 && member(k)) k++
  if (!(t.kind[k] === WORD && RENUMBERED_AFTER.has(lower(t, k)) && isPunct(t, k + 1, ')'))) return false
  // the list opens the brackets
  let b = a - 1
  while (b >= 0 && b > a - 10 && member(b)) b--
  return isPunct(t, b, '(')
}

export const reference: Detector = (c) => {
  const { t, f, a, num, lang, approxBefore, expr, next, nextW, p1 } = c
  // "in part four", "au chapitre trois", "season two": a number word after a word of reference, with nothing counted after
  if (!num && f.written && f.unit === undefined && !f.scaled && !f.fraction && WRITTEN_REFERENCE_BEFORE.has(p1) &&
    t.kind[next] !== WORD && !expr.high) return 'reference'
  if (!num || f.unit !== undefined || f.scaled) return undefined
  if (REFERENCE_WORDS.has(p1)) {
    // "au point 5" names an item, "a number of" counts, "5 points" (after) is a count and never reaches here
    if ((p1 === 'number' || p1 === 'numbers') && lower(t, a - 2) === 'a') return undefined
    return 'reference'
  }
  if (isPunct(t, a - 1, '.') && REFERENCE_WORDS.has(prevWord(t, a - 2))) return 'reference'
  // "Princeton University Press, 352 pp.": the page count of a cited book
  if (nextW === 'pp' && !expr.high) return 'reference'
  // the later members of a list: "points 16 et 17", "Articles 85 and 86 (now 81 and 82)"
  if (inReferenceList(t, a)) return 'reference'
  if (RENUMBERED.has(p1) && isPunct(t, a - 2, '(')) return 'reference'
  // "(81 et 82 nouveaux)", "(81 and 82 new)": a renumbering with its word after the list, in brackets
  if (renumberedAfter(t, a)) return 'reference'
  // "le 49.3", "du 49-3": a French number with a dot and one or two decimals after "le" names an article
  // (French writes decimals with a comma), unless a noun or a unit follows
  if (lang === 'fr' && f.decimal && (p1 === 'le' || p1 === 'du' || p1 === 'au') && /^\d{1,3}[.]\d{1,2}$/.test(raw(t, a)) && !isPunct(t, next, '%')) return 'reference'
  // "recourir au 49-3": the same article with a hyphen, read as a range whose top lies below its bottom
  if (lang === 'fr' && (p1 === 'le' || p1 === 'du' || p1 === 'au') && expr.high && expr.high.value < f.value && isPunct(t, a + 1, '-') && glued(t, a) &&
    glued(t, a + 1) && !isPunct(t, next, '%') && t.kind[next] !== WORD) return 'reference'
  if ((STREET_WORDS.has(nextW) || (nextW === ',' && STREET_WORDS.has(lower(t, next + 1))) || ((nextW === 'bis' || nextW === 'ter') && STREET_WORDS.has(lower(t, next + 1)))) && f.value < 2000 && !f.decimal) return 'identifier'
  // English writes counts of ten thousand and more with separators: "12841 express" names a train
  if (lang === 'en' && !f.grouped && !f.decimal && f.value >= 10000 && !approxBefore && f.first === a) return 'identifier'
  return undefined
}

/** "COM(1999) 158": a document number after a bracketed year. */
export const documentNumber: Detector = ({ t, f, a, num }) => {
  if (!num || !isPunct(t, a - 1, ')') || f.unit !== undefined) return undefined
  let o = a - 2
  while (o > a - 6 && o > 0 && !isPunct(t, o, '(')) o--
  if (isPunct(t, o, '(') && t.kind[o - 1] === WORD && glued(t, o - 1) && raw(t, o - 1) === raw(t, o - 1).toUpperCase()) return 'reference'
  return undefined
}
