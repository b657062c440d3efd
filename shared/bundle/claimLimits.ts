/**
 * Claims arriving in a bundle are held to the limits extracted claims are (issue 11, item 9):
 * a source keeps at most MAX_CLAIMS_PER_SOURCE claims and a claim keeps an excerpt of a long
 * sentence, not a whole copy. A bundle is someone else's file: without this, one holding 50 000
 * claims per source, each with a 64 KB "sentence", went into the library as it was. Applied
 * before the merge compares claims, so a bundle claim whose only difference from the stored one
 * is its uncut sentence is the same claim.
 */
import { MAX_CLAIMS_PER_SOURCE } from '../claimRecord'
import type { Claim, Source } from '../model'
import { sentenceExcerpt, sentenceLimit, sentenceStartIn } from '../sentenceExcerpt'
import type { BundleContent } from './types'

/** A source whose claims went over the cap. */
export interface CappedSource {
  sourceId: string
  title: string
  /** Claims it would hold: those stored plus those the bundle adds. */
  found: number
  /** Claims it holds after the import. */
  kept: number
}

/** What limitClaims cut. */
export interface ClaimLimits {
  /** The bundle without the claims over the cap (nor History entries or series places naming them), sentences excerpted. */
  content: BundleContent
  capped: CappedSource[]
  /** Ids of the claims left out. */
  cut: string[]
  /** Claims whose sentence was cut to an excerpt around their quote. */
  excerpted: number
}

function byTextOrder(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * Each long sentence cut to the words around its claim's quote, located in the source text as
 * the extraction worker does (storableClaims). `claims` are one source's, in text order, so a
 * sentence several claims share is located once, not once per claim.
 */
function excerptSentences(claims: readonly Claim[], text: string | undefined): { claims: Claim[]; excerpted: number } {
  let excerpted = 0
  let last: { start: number; length: number } | undefined
  const out = claims.map((c) => {
    const { sentence, quote } = c
    if (sentence.length <= sentenceLimit(quote.length)) return c
    excerpted++
    const same = last && last.length === sentence.length && c.start >= last.start && c.end <= last.start + last.length && sentence.startsWith(quote, c.start - last.start)
    const start = same && last ? last.start : text === undefined ? undefined : sentenceStartIn(text, sentence, quote, c.start)
    if (start !== undefined) last = { start, length: sentence.length }
    return { ...c, sentence: sentenceExcerpt(sentence, start !== undefined ? c.start - start : sentence.indexOf(quote), quote.length) }
  })
  return { claims: out, excerpted }
}

/**
 * The bundle as the library may take it. Per source, the claims already stored under it stay
 * and count toward the cap; the bundle's claims that are not stored there yet come in text order
 * while there is room, the rest are left out (with the History entries about them and their
 * places in series). `stored` holds at least every stored claim of the bundle's sources.
 */
export function limitClaims(bundle: BundleContent, stored: ReadonlyMap<string, Claim>, max: number = MAX_CLAIMS_PER_SOURCE): ClaimLimits {
  const storedIn = new Map<string, Set<string>>()
  for (const claim of stored.values()) {
    const ids = storedIn.get(claim.sourceId)
    if (ids) ids.add(claim.id)
    else storedIn.set(claim.sourceId, new Set([claim.id]))
  }
  const incoming = new Map<string, Claim[]>()
  for (const claim of bundle.claims) {
    const list = incoming.get(claim.sourceId)
    if (list) list.push(claim)
    else incoming.set(claim.sourceId, [claim])
  }
  const sources = new Map<string, Source>(bundle.sources.map((s) => [s.id, s]))
  const capped: CappedSource[] = []
  const cut: string[] = []
  const kept: Claim[] = []
  let excerpted = 0
  for (const [sourceId, claims] of incoming) {
    const already = storedIn.get(sourceId) ?? new Set<string>()
    let room = Math.max(0, max - already.size)
    const admitted: Claim[] = []
    let adding = 0
    for (const claim of [...claims].sort(byTextOrder)) {
      if (already.has(claim.id)) admitted.push(claim)
      else {
        adding++
        if (room > 0) {
          room--
          admitted.push(claim)
        } else cut.push(claim.id)
      }
    }
    const found = already.size + adding
    const held = found - (claims.length - admitted.length)
    if (admitted.length < claims.length) capped.push({ sourceId, title: sources.get(sourceId)?.title ?? sourceId, found, kept: held })
    const limited = excerptSentences(admitted, sources.get(sourceId)?.text)
    excerpted += limited.excerpted
    kept.push(...limited.claims)
  }
  if (cut.length === 0 && excerpted === 0) return { content: bundle, capped, cut, excerpted }
  const gone = new Set(cut)
  const content: BundleContent = {
    sources: bundle.sources,
    claims: kept,
    series: bundle.series.map((s) => (s.claimIds.some((id) => gone.has(id)) ? { ...s, claimIds: s.claimIds.filter((id) => !gone.has(id)) } : s)),
    // History about a claim the library will not hold could not be exported again (historyCheck.ts).
    history: bundle.history.filter((h) => !(h.entity === 'claim' && gone.has(h.entityId)))
  }
  return { content, capped, cut, excerpted }
}
