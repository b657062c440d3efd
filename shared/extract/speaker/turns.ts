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

/** Finds transcript turns: a line starting with a name and a colon ("NUNEZ :", "Laurent Nunez:"). */
export function findTurns(t: Tokens, known: readonly string[]): Turn[] {
  const candidates: (Turn & { strong: boolean })[] = []
  const counts = new Map<string, number>()
  for (let k = 0; k < t.count; k++) {
    if (t.lineStart[k] !== 1 || t.kind[k] !== WORD || !isCapitalized(t, k)) continue
    const { labelEnd, stop: j, words, inner } = readLabel(t, k)
    if (words === 0) continue
    // "M. Thomas Girard. Monsieur le ministre, …": a title, a name and a full stop open a parliamentary turn
    // …with at least two words of a name that are not titles ("Mr President," addresses someone, it names no speaker)
    const titled = TITLES.has(lower(t, k)) && (isPunct(t, labelEnd, '.') || isPunct(t, labelEnd, ',')) && nameWordCount(t, k, labelEnd) >= 2
    if (!isPunct(t, j, ':') && !titled) continue
    const nameTokens = inner ?? { first: k, end: labelEnd }
    let label = t.text.slice(t.start[nameTokens.first], t.end[nameTokens.end - 1])
    if (titled) label = t.text.slice(t.start[k], t.end[labelEnd - 1])
    candidates.push({ pos: t.start[k], name: label, strong: titled || inner !== undefined || j > labelEnd })
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  const knownLow = known.map((s) => s.toLowerCase())
  return candidates
    .filter((c) => isSpeakerLabel(c, knownLow, counts.get(c.name) ?? 0))
    .map((c) => ({ pos: c.pos, name: canonicalSpeaker(c.name, known, true) }))
}
