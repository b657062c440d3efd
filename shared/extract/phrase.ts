import * as charsModule from './chars'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { isDigit, isLetter } = charsModule

/**
 * Splits a lexicon entry ("près de", "jusqu'à", "km2", "°C") into the tokens the tokenizer
 * would produce (letters, digits, single marks), so phrase lists are written naturally.
 */
export function toPhrase(s: string): string[] {
  const out: string[] = []
  let cur = ''
  let curKind = 0
  const flush = (): void => {
    if (cur) out.push(cur)
    cur = ''
    curKind = 0
  }
  for (const ch of s.toLowerCase()) {
    const c = ch.charCodeAt(0)
    const k = isLetter(c) ? 1 : isDigit(c) ? 2 : 0
    if (ch === ' ') flush()
    else if (k === 0) {
      flush()
      out.push(ch === '\u2019' ? "'" : ch)
    } else {
      if (curKind !== 0 && curKind !== k) flush()
      cur += ch
      curKind = k
    }
  }
  flush()
  return out
}

/** Phrases sorted longest first, so the first match is the longest. */
export function phraseList(entries: readonly string[]): string[][] {
  return entries.map(toPhrase).sort((a, b) => b.length - a.length)
}

/**
 * Phrases indexed by their last and first token, so matching at a position costs one map lookup
 * instead of a scan of the whole list (the extractor matches several lists at every figure).
 */
export class PhraseIndex<T = undefined> {
  private readonly byLast = new Map<string, { phrase: string[]; data: T }[]>()
  private readonly byFirst = new Map<string, { phrase: string[]; data: T }[]>()

  constructor(entries: readonly { phrase: string[]; data: T }[]) {
    const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length)
    for (const e of sorted) {
      if (e.phrase.length === 0) continue
      const last = e.phrase[e.phrase.length - 1]
      const first = e.phrase[0]
      if (!this.byLast.has(last)) this.byLast.set(last, [])
      this.byLast.get(last)?.push(e)
      if (!this.byFirst.has(first)) this.byFirst.set(first, [])
      this.byFirst.get(first)?.push(e)
    }
  }

  /** Candidates (longest first) whose last token is `word`. */
  endingWith(word: string): readonly { phrase: string[]; data: T }[] {
    return this.byLast.get(word === '\u2019' ? "'" : word) ?? []
  }

  /** Candidates (longest first) whose first token is `word`. */
  startingWith(word: string): readonly { phrase: string[]; data: T }[] {
    return this.byFirst.get(word === '\u2019' ? "'" : word) ?? []
  }
}

/** A PhraseIndex of plain phrases written as strings. */
export function phraseIndex(entries: readonly string[]): PhraseIndex {
  return new PhraseIndex(entries.map((e) => ({ phrase: toPhrase(e), data: undefined })))
}
