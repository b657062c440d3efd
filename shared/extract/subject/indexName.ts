// "The FTSE 100 closed down … as the index slipped 34.5 points": in a market report "the index" stands for the stock
// index the text named last. Names as data in ../lexicons/stockIndexes.ts.
import { STOCK_INDEX_NAMES, STOCK_INDEX_NOUNS } from '../lexicons/stockIndexes'

const NAMES = new RegExp(`(?<![\\p{L}\\d])(?:${STOCK_INDEX_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\d])`, 'gu')

/** Where each stock index is named in `text`, in order: its start and name. */
export function findIndexNames(text: string): { pos: number; name: string }[] {
  const out: { pos: number; name: string }[] = []
  // every name starts with a capital: a text with none names no index
  if (!/[A-Z]/.test(text)) return out
  for (const m of text.matchAll(NAMES)) out.push({ pos: m.index ?? 0, name: m[0] })
  return out
}

/** The index a subject such as "index", "l'indice", "the blue-chip index" stands for, or undefined. */
export function indexFor(subject: string, before: number, names: readonly { pos: number; name: string }[]): string | undefined {
  const s = subject.toLowerCase().replace(/^(?:the|l['’]|le)\s*/, '')
  if (!STOCK_INDEX_NOUNS.has(s)) return undefined
  let found: string | undefined
  for (const n of names) {
    if (n.pos >= before) break
    found = n.name
  }
  return found
}
