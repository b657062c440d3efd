import { isDigit, isLetter } from './chars'

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
