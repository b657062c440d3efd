// A level stated for an earlier period, then the same level for a later one, each in a clause of its own: "Ils étaient
// 24 400 en 2019, ils ne sont plus que 22 648 cette année", "there were 503 students last year and there are 514 this
// year". Both stay claims (each is asserted); the later one takes the earlier as its previous value. Runs once the
// periods are known, over the claims of the text in order; linear (it looks back a few claims only).
import type { ExtractedClaim } from '../../model'

const LEVEL_KINDS = new Set(['count', 'percent', 'money', 'quantity', 'ratio'])
/** How many claims back the earlier level may be. */
const REACH = 4

/** True when the subjects may name the same thing: one is empty, or one's words hold the other's. */
function sameThing(a: string, b: string): boolean {
  if (a === '' || b === '') return true
  const wa = a.split(' ')
  const wb = b.split(' ')
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa]
  return short.every((w) => long.includes(w))
}

/** The start of a claim's period as a comparable string ("2019", "2021-03"), or undefined when unresolved. */
function periodStart(c: ExtractedClaim): string | undefined {
  return c.period?.per === undefined ? c.period?.start : undefined
}

/**
 * Gives each level claim with no previous value the nearest earlier claim (within `REACH` claims and the sentence
 * before) of the same kind and unit, about the same thing, whose period starts before its own.
 * `sentenceOf[i]` is the index of claim i's sentence.
 */
export function linkEarlierLevels(claims: ExtractedClaim[], sentenceOf: readonly number[]): void {
  for (let i = 1; i < claims.length; i++) {
    const c = claims[i]
    const when = periodStart(c)
    if (c.previous || when === undefined || !LEVEL_KINDS.has(c.kind) || c.valueHigh !== undefined) continue
    for (let j = i - 1; j >= 0 && j >= i - REACH && sentenceOf[i] - sentenceOf[j] <= 1; j--) {
      const p = claims[j]
      if (p.kind !== c.kind || (p.unit ?? '') !== (c.unit ?? '') || p.valueHigh !== undefined) continue
      if (!sameThing(p.subjectKey ?? '', c.subjectKey ?? '')) continue
      const then = periodStart(p)
      // the nearest such claim decides: an earlier period links, the same or a later one stops the search
      if (then !== undefined && then < when && !when.startsWith(then)) c.previous = { value: p.value, when: p.period?.text }
      break
    }
  }
}
