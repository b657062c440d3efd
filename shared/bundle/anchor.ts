/**
 * Finding a claim's quote again in an edited text (issue 11, item 2): every offset of a claim
 * points into its source's text, so when a merge replaces that text the claim must move to
 * where its quote now is, or it would highlight and cite the wrong words.
 */
import type { Claim } from '../model'

/** Characters of context compared on each side of the quote. */
const CONTEXT = 40

/** Whether the claim's quote is exactly the text at its offsets. */
export function isAnchored(claim: Pick<Claim, 'quote' | 'start' | 'end'>, text: string): boolean {
  return claim.end <= text.length && text.slice(claim.start, claim.end) === claim.quote
}

function commonSuffix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

function commonPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/** The text on each side of the quote where the claim was: in its old text, else in its sentence. */
function contextOf(claim: Pick<Claim, 'quote' | 'start' | 'end' | 'sentence'>, oldText: string | undefined): { before: string; after: string } {
  if (oldText !== undefined && isAnchored(claim, oldText)) {
    return { before: oldText.slice(Math.max(0, claim.start - CONTEXT), claim.start), after: oldText.slice(claim.end, claim.end + CONTEXT) }
  }
  const i = claim.sentence.indexOf(claim.quote)
  if (i < 0) return { before: '', after: '' }
  const end = i + claim.quote.length
  return { before: claim.sentence.slice(Math.max(0, i - CONTEXT), i), after: claim.sentence.slice(end, end + CONTEXT) }
}

/**
 * Where the claim's quote is in `newText`: of every occurrence, the one whose surroundings
 * match the claim's old surroundings best (`oldText`, or its sentence when the old text does
 * not hold it), the nearest to the old offset on a tie. Null when the quote is not in the text.
 * Linear in the text times the context width.
 */
export function reanchor(claim: Pick<Claim, 'quote' | 'start' | 'end' | 'sentence'>, oldText: string | undefined, newText: string): { start: number; end: number } | null {
  const { quote } = claim
  if (quote === '') return null
  const { before, after } = contextOf(claim, oldText)
  let best = -1
  let bestScore = -1
  let bestDistance = Infinity
  for (let at = newText.indexOf(quote); at >= 0; at = newText.indexOf(quote, at + 1)) {
    const end = at + quote.length
    const score = commonSuffix(before, newText.slice(Math.max(0, at - before.length), at)) + commonPrefix(after, newText.slice(end, end + after.length))
    const distance = Math.abs(at - claim.start)
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at
      bestScore = score
      bestDistance = distance
    }
  }
  return best < 0 ? null : { start: best, end: best + quote.length }
}
