// A match score: two whole numbers joined by ":" or a dash where the sentence speaks of a match ("lost 2: 3", "a 4-0
// victory", "le nul (1-1)"). Each side is a count the text asserts (GUIDELINES: tallies are claims), so the pair is
// neither a range ("100-150") nor a clock time ("15:05").
import { REFERENCE_WORDS } from './lexicons/nonClaims'
import { SCORE_CUES, TIME_AFTER, TIME_BEFORE } from './lexicons/scores'
import * as tokensModule from './tokens'

const { NUM, PUNCT, WORD, NUM_DECIMAL, NUM_GROUPED, lower } = tokensModule

const SEPARATORS = new Set([':', '-', '–', '—'])
const SENTENCE_ENDS = new Set(['.', '!', '?', ';'])
/** How far a cue may stand from the score, in tokens, within its sentence. */
const CUE_WINDOW = 14

/** A plain whole number small enough to be a side of a score (basketball reaches the hundreds). */
function side(t: tokensModule.Tokens, k: number): boolean {
  return k >= 0 && k < t.count && t.kind[k] === NUM && (t.numFlags[k] & (NUM_DECIMAL | NUM_GROUPED)) === 0 && t.value[k] < 200
}

function cueNear(t: tokensModule.Tokens, first: number, last: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - CUE_WINDOW; k--) {
    if ((t.kind[k] === PUNCT && SENTENCE_ENDS.has(t.text[t.start[k]])) || t.lineStart[k + 1] === 1) break
    if (t.kind[k] === WORD && SCORE_CUES.has(lower(t, k))) return true
  }
  for (let k = last + 1; k < t.count && k <= last + CUE_WINDOW; k++) {
    if ((t.kind[k] === PUNCT && SENTENCE_ENDS.has(t.text[t.start[k]])) || t.lineStart[k] === 1) break
    if (t.kind[k] === WORD && SCORE_CUES.has(lower(t, k))) return true
  }
  return false
}

/**
 * True when tokens `low`, `low + 1`, `low + 2` read "N : M" or "N-M" as a match score: two plain whole numbers, a colon
 * or dash between them, no clock-time word around ("à 15 : 05 heures"), nothing counted right after ("2-3 people"
 * is a range), and a word of the match within the sentence.
 */
export function isScore(t: tokensModule.Tokens, low: number): boolean {
  const sep = low + 1
  const high = low + 2
  if (!side(t, low) || !side(t, high) || t.kind[sep] !== PUNCT || !SEPARATORS.has(t.text[t.start[sep]])) return false
  // "after 0: 0 in the first leg": a spaced colon with one digit after it is a score even after a word of time
  if (spacedScore(t, low, sep, high) && !(t.kind[high + 1] === WORD && TIME_AFTER.has(lower(t, high + 1)))) return true
  if (t.kind[low - 1] === WORD && TIME_BEFORE.has(lower(t, low - 1))) return false
  const after = high + 1
  if (after < t.count && t.kind[after] === WORD) {
    const w = lower(t, after)
    if (TIME_AFTER.has(w)) return false
    // "a 4-0 victory" names the match; "2-3 people", "10-15 jobs" count something: a range
    if (!SCORE_CUES.has(w) && !SCORE_FOLLOWERS.has(w)) return false
  }
  // "In view of the (0-0), …": a pair of small numbers alone in brackets reads as a score
  const bracketed = isPunctAt(t, low - 1, '(') && isPunctAt(t, high + 1, ')') && t.value[low] <= 15 && t.value[high] <= 15 &&
    !(t.kind[low - 2] === WORD && REFERENCE_WORDS.has(lower(t, low - 2)))
  return bracketed || cueNear(t, low, high)
}

/**
 * "pour faire 2 : 0", "serra le ballon sur la ligne pour 1 : 0": a colon set off by a space with a single digit after
 * it is how scores are written, never a clock time (its minutes have two digits) nor a scale ("1 : 25 000").
 */
function spacedScore(t: tokensModule.Tokens, low: number, sep: number, high: number): boolean {
  if (t.text[t.start[sep]] !== ':' || (t.start[sep] === t.end[low] && t.start[high] === t.end[sep])) return false
  return t.value[low] <= 20 && t.value[high] <= 9 && t.end[high] - t.start[high] === 1
}

function isPunctAt(t: tokensModule.Tokens, k: number, ch: string): boolean {
  return k >= 0 && k < t.count && t.kind[k] === PUNCT && t.text[t.start[k]] === ch
}

// Words that may follow a score: prepositions and determiners ("lost 0-1 in London", "succès de 4 : 0 la première").
const SCORE_FOLLOWERS: ReadonlySet<string> = new Set([
  'in', 'at', 'against', 'from', 'after', 'before', 'to', 'on', 'with', 'the', 'a', 'and', 'for', 'over', 'away', 'home',
  'à', 'au', 'aux', 'contre', 'face', 'sur', 'en', 'lors', 'après', 'avant', 'la', 'le', 'les', 'l', 'et', 'pour', 'devant',
  'chez', 'dans', 'de', 'du', 'des', 'entre', 'between', 'par', 'by', 'of', 'qui', 'which', 'that', 'grâce', 'thanks', 'malgré', 'despite'
])

/** True when the one-token figure at tokens [coreFirst, coreEnd) is either side of a match score. */
export function isScoreSide(t: tokensModule.Tokens, coreFirst: number, coreEnd: number): boolean {
  return t.kind[coreFirst] === NUM && coreEnd === coreFirst + 1 && (isScore(t, coreFirst) || isScore(t, coreFirst - 2))
}

