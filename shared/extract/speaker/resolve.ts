import type { Lang, Segment } from '../../model'
import { cleanSpeaker } from './cleanName'
import { type QuoteSpans, quoteAt } from '../quotes'
import type { Attribution } from './attributions'
import { DETERMINERS } from './lexicon'
import { canonicalSpeaker } from './names'
import type { Turn } from './turns'

/** Everything speaker attribution needs, computed once per text. */
export interface SpeakerContext {
  /** Role words ("ministre", "leader") → the name written next to them in the text ("la ministre du Travail, Claire Morvan"). */
  roles: Map<string, string>
  attributions: Attribution[]
  turns: Turn[]
  quotes: QuoteSpans
  known: readonly string[]
  segments?: readonly Segment[]
  text: string
  lang: Lang
}

/** Index of the last item starting before `pos` in a list sorted by pos, or -1 (binary search). */
function lastBefore<T extends { pos: number }>(list: readonly T[], pos: number): number {
  let lo = 0
  let hi = list.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (list[mid].pos < pos) { found = mid; lo = mid + 1 } else hi = mid - 1
  }
  return found
}

/** A role speaker ("la ministre", "the minister") named elsewhere in the text becomes that name; names go through canonicalSpeaker. */
function resolveRole(ctx: SpeakerContext, name: string): string {
  const words = name.split(/[\s'’]+/)
  const first = words[0]?.toLowerCase()
  if (first && first === words[0] && words.length <= 5) {
    // a lower-case first word: a role; its head is the first content word after the determiner
    const head = words.find((w) => !DETERMINERS.has(w.toLowerCase()) && w.length > 1)
    const named = head ? ctx.roles.get(head.toLowerCase()) : undefined
    if (named) return canonicalSpeaker(named, ctx.known)
  } else if (first && DETERMINERS.has(first) && words.length <= 5) {
    const head = words.find((w, i) => i > 0 && w.length > 1)
    const named = head ? ctx.roles.get(head.toLowerCase()) : undefined
    if (named && words.slice(1).every((w) => w === w.toLowerCase())) return canonicalSpeaker(named, ctx.known)
  }
  return canonicalSpeaker(name, ctx.known)
}

/** The speaker of the segment holding `start` (segments are sorted by start, see sortSegments). */
function segmentSpeaker(ctx: SpeakerContext, start: number): string | undefined {
  if (!ctx.segments || !ctx.segments.length) return undefined
  let lo = 0
  let hi = ctx.segments.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (ctx.segments[mid].start <= start) { found = mid; lo = mid + 1 } else hi = mid - 1
  }
  const s = found >= 0 ? ctx.segments[found] : undefined
  return s && s.speaker && start < s.end ? canonicalSpeaker(s.speaker, ctx.known) : undefined
}

/**
 * The attribution of the sentence nearest the claim; a plain "said" beats a weak "plans". Only the few attributions
 * just before and just after the claim can be the nearest, which keeps this O(log n).
 */
function nearestAttribution(ctx: SpeakerContext, start: number, sentenceStart: number, sentenceEnd: number): Attribution | undefined {
  let best: Attribution | undefined
  let bestDist = Infinity
  const ai = lastBefore(ctx.attributions, start)
  for (let k = ai, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const a = ctx.attributions[k]
    if (a.pos < sentenceStart) break
    const d = Math.abs(a.pos - start) + (a.weak ? 1e6 : 0)
    if (d < bestDist) { best = a; bestDist = d }
  }
  for (let k = ai + 1, steps = 0; k < ctx.attributions.length && steps < 4; k++, steps++) {
    const a = ctx.attributions[k]
    if (a.pos >= sentenceEnd) break
    const d = Math.abs(a.pos - start) + (a.weak ? 1e6 : 0)
    if (d < bestDist) { best = a; bestDist = d }
  }
  return best
}

/** The author of quote qi: the first attribution right after it on the same line, else the last one before it. */
function quoteAuthor(ctx: SpeakerContext, qi: number): string | undefined {
  const qEnd = ctx.quotes.ends[qi]
  const qStart = ctx.quotes.starts[qi]
  const after = lastBefore(ctx.attributions, qEnd + 100)
  if (after >= 0 && ctx.attributions[after].pos >= qEnd && ctx.text.slice(qEnd, ctx.attributions[after].pos).indexOf('\n') < 0) {
    let k = after
    while (k > 0 && ctx.attributions[k - 1].pos >= qEnd) k--
    return resolveRole(ctx, ctx.attributions[k].name)
  }
  const before = lastBefore(ctx.attributions, qStart)
  return before >= 0 ? resolveRole(ctx, ctx.attributions[before].name) : undefined
}

/**
 * Who states the claim at [start, end): a segment's speaker, a transcript turn, an attribution in the
 * sentence, the author of the quote it sits in (or the last person quoted before), else the fallback.
 */
export function speakerFor(
  ctx: SpeakerContext, start: number, sentenceStart: number, sentenceEnd: number, firstPerson: boolean
): string | undefined {
  const found = speakerFromText(ctx, start, sentenceStart, sentenceEnd, firstPerson)
  // the source's known people are names already; what the text gave is checked ("To", "first" are nobody)
  return found === undefined || ctx.known.includes(found) ? found : cleanSpeaker(found, ctx.lang)
}

function speakerFromText(
  ctx: SpeakerContext, start: number, sentenceStart: number, sentenceEnd: number, firstPerson: boolean
): string | undefined {
  const segment = segmentSpeaker(ctx, start)
  if (segment !== undefined) return segment
  const best = nearestAttribution(ctx, start, sentenceStart, sentenceEnd)
  if (best) return resolveRole(ctx, best.name)
  const ti = lastBefore(ctx.turns, start + 1)
  if (ti >= 0) return resolveRole(ctx, ctx.turns[ti].name)
  const qi = quoteAt(ctx.quotes, start)
  if (qi >= 0) {
    const author = quoteAuthor(ctx, qi)
    if (author !== undefined) return author
  }
  // a first-person sentence or one inside a quote is the last attributed speaker's
  if (firstPerson || qi >= 0) {
    const before = lastBefore(ctx.attributions, start)
    if (before >= 0) return resolveRole(ctx, ctx.attributions[before].name)
  }
  return ctx.known[0]
}
