import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { NAME_PARTICLES, TITLES } from './lexicon'
import { canonicalSpeaker, nameForward } from './names'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, isCapitalized, isPunct, lower } = tokensModule

/** A transcript turn ("NUNEZ : …"): who speaks from `pos` on. */
export interface Turn {
  pos: number
  name: string
}

/** A label read at the start of a line, before its colon: its tokens, a name in brackets inside it, where reading stopped. */
interface Label {
  /** Token after the label's last word. */
  labelEnd: number
  /** Token where reading stopped (a colon there makes the label a turn). */
  stop: number
  words: number
  /** "(Ms Rachel Lowe)": a titled name in brackets, the speaker in place of the label. */
  inner?: { first: number; end: number }
}

/** Reads "NUNEZ", "Laurent Nunez", "Mr Daniel Carr (Blyth Valley) (Lab)", "The Minister for Housing (Ms Rachel Lowe)" from token k. */
function readLabel(t: Tokens, k: number): Label {
  let j = k
  let words = 0
  let inner: { first: number; end: number } | undefined
  let labelEnd = k
  while (j < t.count && words < 8 && (j === k || t.lineStart[j] !== 1)) {
    if (isCapitalized(t, j) || (t.kind[j] === WORD && words > 0 && NAME_PARTICLES.has(lower(t, j)))) { words++; j++; labelEnd = j; continue }
    // a full stop ends the label unless it closes a title or an initial ("M.", "R. DUPRAT")
    if (isPunct(t, j, '.') && words > 0 && !TITLES.has(lower(t, j - 1)) && t.end[j - 1] - t.start[j - 1] > 1) break
    if ((isPunct(t, j, '.') || isPunct(t, j, '-')) && words > 0) { j++; continue }
    if (isPunct(t, j, '(')) {
      // a parenthesised group: a name inside it is the speaker ("(Ms Rachel Lowe)"), a constituency or party is not
      let e = j + 1
      while (e < t.count && e < j + 8 && !isPunct(t, e, ')') && t.lineStart[e] !== 1) e++
      if (!isPunct(t, e, ')')) break
      const n = nameForward(t, j + 1, e)
      if (n && n.end === e && !inner && TITLES.has(lower(t, j + 1))) inner = { first: j + 1, end: e }
      j = e + 1
      continue
    }
    break
  }
  return { labelEnd, stop: j, words, inner }
}

/** Words of the label that are capitalised and no title. */
function nameWordCount(t: Tokens, k: number, labelEnd: number): number {
  let nameWords = 0
  for (let x = k; x < labelEnd; x++) if (t.kind[x] === WORD && !TITLES.has(lower(t, x)) && isCapitalized(t, x)) nameWords++
  return nameWords
}

/** Capitals, a known speaker's name part, a strong label, a title or two words, or a label used twice: a speaker, not a heading. */
function isSpeakerLabel(c: { name: string; strong: boolean }, knownLow: readonly string[], uses: number): boolean {
  const letters = c.name.replace(/[^\p{L}]/gu, '')
  const caps = letters.length >= 2 && letters === letters.toUpperCase()
  const isKnown = knownLow.some((k) => k.split(/\s+/).some((p) => p.length > 2 && c.name.toLowerCase().includes(p)))
  const titled = TITLES.has(c.name.split(/[\s.]+/)[0].toLowerCase()) || c.name.split(/\s+/).length >= 2
  return caps || isKnown || c.strong || titled || uses >= 2
}

// Titles of a person (not of an office: "Madam President," addresses someone) that open a parliamentary record's turn
const PERSONAL_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'senator', 'sen', 'rep', 'hon', 'm', 'mme', 'mlle'])
const TURN_DASHES = new Set(['—', '–'])

/** True when the letters of tokens [from, to) are all capitals ("McCONNELL" counts: a surname set in capitals). */
function surnameInCapitals(t: Tokens, from: number, to: number): boolean {
  let upper = 0
  for (let x = from; x < to; x++) {
    if (t.kind[x] !== WORD || PERSONAL_TITLES.has(lower(t, x))) continue
    const w = t.text.slice(t.start[x], t.end[x]).replace(/^(Mc|Mac|O')/, '')
    if (w.length >= 2 && w === w.toUpperCase()) upper++
  }
  return upper > 0
}

/** Token after the line holding token k (the next line's first token, or the end). */
function lineEnd(t: Tokens, k: number): number {
  let j = k + 1
  while (j < t.count && t.lineStart[j] !== 1) j++
  return j
}

/**
 * A header line naming who speaks next, as parliamentary records print it: a titled name alone on its line ("Mr. Pavitt"),
 * or a name and its seat or office in brackets, then at most a source line ("Scott Morrison (Cook, Liberal Party, Prime
 * Minister) Share this | Hansard source"). The name's tokens, or undefined.
 */
function headerName(t: Tokens, k: number): { first: number; end: number } | undefined {
  const end = lineEnd(t, k)
  const n = nameForward(t, k, end)
  if (!n) return undefined
  const titled = PERSONAL_TITLES.has(lower(t, k))
  if (n.end === end && titled && n.end - k >= 2) return { first: k, end: n.end }
  if (!isPunct(t, n.end, '(') || n.end - k < 2) return undefined
  let close = n.end + 1
  while (close < end && !isPunct(t, close, ')')) close++
  if (close >= end) return undefined
  // after the brackets: the end of the line, or a source note set off by "|"
  if (close + 1 === end) return { first: k, end: n.end }
  for (let x = close + 1; x < end; x++) if (isPunct(t, x, '|')) return { first: k, end: n.end }
  return undefined
}

/** Finds transcript turns: a line starting with a name and a colon ("NUNEZ :", "Laurent Nunez:"). */
export function findTurns(t: Tokens, known: readonly string[]): Turn[] {
  const candidates: (Turn & { strong: boolean })[] = []
  const counts = new Map<string, number>()
  for (let k = 0; k < t.count; k++) {
    if (t.lineStart[k] !== 1 || t.kind[k] !== WORD || !isCapitalized(t, k)) continue
    const header = headerName(t, k)
    if (header) {
      const name = t.text.slice(t.start[header.first], t.end[header.end - 1])
      candidates.push({ pos: t.start[k], name, strong: true })
      counts.set(name, (counts.get(name) ?? 0) + 1)
      continue
    }
    const { labelEnd, stop: j, words, inner } = readLabel(t, k)
    if (words === 0) continue
    // "M. Thomas Girard. Monsieur le ministre, …": a title, a name and a full stop open a parliamentary turn
    // …with at least two words of a name that are not titles ("Mr President," addresses someone, it names no speaker)
    const titled = TITLES.has(lower(t, k)) && (isPunct(t, labelEnd, '.') || isPunct(t, labelEnd, ',')) && nameWordCount(t, k, labelEnd) >= 2
    // "Mr. McCONNELL. Madam President, …", "Mr CREAN —Today in question time…": a title and a surname in capitals,
    // then a full stop or a dash
    const capsTurn = PERSONAL_TITLES.has(lower(t, k)) && surnameInCapitals(t, k, labelEnd) &&
      (isPunct(t, labelEnd, '.') || (t.kind[j] !== WORD && TURN_DASHES.has(t.text[t.start[j]])))
    if (!isPunct(t, j, ':') && !titled && !capsTurn) continue
    const nameTokens = inner ?? { first: k, end: labelEnd }
    let label = t.text.slice(t.start[nameTokens.first], t.end[nameTokens.end - 1])
    if (titled || capsTurn) label = t.text.slice(t.start[k], t.end[labelEnd - 1])
    candidates.push({ pos: t.start[k], name: label, strong: titled || capsTurn || inner !== undefined || j > labelEnd })
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  const knownLow = known.map((s) => s.toLowerCase())
  return candidates
    .filter((c) => isSpeakerLabel(c, knownLow, counts.get(c.name) ?? 0))
    .map((c) => ({ pos: c.pos, name: canonicalSpeaker(c.name, known, true) }))
}
