// Numbers that are part of a name: "CAC 40", "Europe 1", "France 2", "Boeing 737", "Net Zero", "Formula One",
// "l'Europe à 25", "l'Europe des 27", "the EU of 15".
import { UNION_NAMES } from '../lexicons/nonClaims'
import { CURRENCY_CODES } from '../lexicons/currencies'
import { isVerbForm } from '../lexicons/nonNouns'
import * as tokensModule from '../tokens'
import { type Detector, prevWord } from './context'
import { isStopLike } from './dates'
import { isScoreSide } from '../score'

const { WORD, isCapitalized, isPunct, lower, raw } = tokensModule

function sentenceInitial(t: Parameters<Detector>[0]['t'], i: number): boolean {
  return t.lineStart[i] === 1 || isPunct(t, i - 1, '.') || isPunct(t, i - 1, '"') || isPunct(t, i - 1, '«') || isPunct(t, i - 1, '?') || isPunct(t, i - 1, '!')
}

/** A small number right after a capitalised word that is not a sentence start is part of the name. */
/** "the 737 MAX", "a 911 GT3": a three-digit model number before a code in capitals (English; "300 PME" counts in French). */
export const modelNumber: Detector = ({ t, f, a, num, next, lang, p1 }) => {
  if (!num || lang !== 'en' || f.unit !== undefined || f.scaled || f.decimal || f.grouped || t.digits[a] !== 3 || f.coreEnd !== a + 1) return undefined
  if (t.kind[next] !== WORD || next !== f.coreEnd) return undefined
  // a maker's name or a determiner before it ("Boeing 737 MAX", "the 737 MAX"); "for 180 AIDS orphans" counts
  if (!(isCapitalized(t, a - 1) || p1 === 'the' || p1 === 'its' || p1 === 'their')) return undefined
  // and no noun counted after the code ("the 180 AIDS orphans")
  if (t.kind[next + 1] === WORD && !isCapitalized(t, next + 1) && lower(t, next + 1).endsWith('s')) return undefined
  const code = raw(t, next)
  return code.length >= 2 && code.length <= 4 && code === code.toUpperCase() && !CURRENCY_CODES[code.toLowerCase()] ? 'name' : undefined
}

export const afterName: Detector = ({ t, f, a, num, next, nextW, approxBefore, lang }) => {
  if (!num || f.unit !== undefined || f.scaled || f.decimal || f.grouped || f.first !== a || t.kind[a - 1] !== WORD || !isCapitalized(t, a - 1) || approxBefore) return undefined
  // "battu Monténégro 1 : 0": a team's name before its side of a score
  if (isScoreSide(t, a, f.coreEnd)) return undefined
  const prevRaw = raw(t, a - 1)
  const allCaps = prevRaw.length >= 2 && prevRaw === prevRaw.toUpperCase()
  if (sentenceInitial(t, a - 1) && !allCaps) return undefined
  const nextIsLowerWord = t.kind[next] === WORD && !isCapitalized(t, next)
  // "Europe 1 hier", "France 2 a diffusé": a small number after a name is a name, unless a plural noun follows
  const nextIsPlural = nextIsLowerWord && !isStopLike(nextW) && (nextW.endsWith('s') || nextW.endsWith('x'))
  // "le plan France 2030", "Horizon 2020", "Paris 2024": a year after a name is part of the name
  // ("In Germany 2000 people marched" counts: a noun follows, not a verb or a mark)
  const yearName = f.digits === 4 && !f.grouped && f.value >= 1900 && f.value <= 2100 && (!nextIsLowerWord || isStopLike(nextW) || isVerbForm(nextW, lang))
  return allCaps || yearName || !nextIsLowerWord || isStopLike(nextW) || (f.value < 100 && !nextIsPlural) ? 'identifier' : undefined
}

/** A number written in words with a capital inside a sentence names something ("Net Zero", "Formula One", "Big Four"). */
export const capitalisedWords: Detector = ({ t, f, a, num }) => {
  if (num || t.kind[a] !== WORD || !isCapitalized(t, a) || sentenceInitial(t, a) || f.coreEnd - f.coreFirst > 1 || f.first !== a) return undefined
  // "Two Koreas" at a heading's start is not inside a sentence: a capitalised word must stand before or after;
  // "the Three Mile Island accident": a capitalised unit word after it is part of the name too
  const before = t.kind[a - 1] === WORD && isCapitalized(t, a - 1) && !sentenceInitial(t, a - 1)
  const after = t.kind[f.coreEnd] === WORD && isCapitalized(t, f.coreEnd)
  return before || after ? 'name' : undefined
}

/** "l'Europe à 25", "l'Europe des 27", "the EU of 15", "the EU-27" (glued: a shape). */
export const unionBySize: Detector = ({ t, f, a, p1 }) => {
  if (f.unit !== undefined || f.value < 2 || f.value > 40 || f.decimal) return undefined
  if (!(p1 === 'à' || p1 === 'des' || p1 === 'of')) return undefined
  const head = prevWord(t, a - 2)
  if (!UNION_NAMES.has(head)) return undefined
  // "l'Union à 25", "the Union of 15": no counted (plural) noun after the number, as in "l'Europe à 25 pays"
  const w = t.kind[f.end] === WORD ? lower(t, f.end) : ''
  return w !== '' && !isStopLike(w) && (w.endsWith('s') || w.endsWith('x')) ? undefined : 'name'
}

const DENOMINATIONS = new Set(['bill', 'bills', 'note', 'notes', 'coin', 'coins', 'banknote', 'banknotes'])

/** "a hundred dollar bill", "a 20-euro note", "50p coins": a denomination names the piece, not an amount. */
export const denomination: Detector = ({ f, next, t }) =>
  f.kind === 'money' && t.kind[next] === WORD && DENOMINATIONS.has(lower(t, next)) ? 'name' : undefined
