/**
 * annotations.jsonld: one W3C Web Annotation (https://www.w3.org/TR/annotation-model/) per
 * claim, in an AnnotationCollection. Each targets its source with a TextQuoteSelector
 * (exact, prefix, suffix), a TextPositionSelector counted in Unicode code points of
 * sources/<id>.txt, and for timed transcripts a media-fragment selector ("t=start,end").
 * Ids are name-based UUIDs of the claim ids, so they survive re-export.
 */
import type { Claim, Source } from '../model'
import { canonicalJson } from './canonicalJson'
import { sortClaims } from './claimsJson'
import { codePointIndexer, firstCodePoints, lastCodePoints } from './codePoints'
import { isRejected } from './rejected'
import { uuidV5 } from './uuid5'
import { verdictLabel } from './verdicts'

/** JSON-LD context of the Web Annotation vocabulary. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/** The classifying body of a rejected claim. */
export const REJECTED_LABEL = 'Rejected: not a claim'

/** Code points of context kept on each side of the quote. */
const AFFIX_LENGTH = 32

/** Text selector by quote and surrounding context. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** Text selector by code-point offsets (end exclusive). */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** Media time selector (W3C Media Fragments, "t=12.5,18"). */
export interface FragmentSelector {
  type: 'FragmentSelector'
  conformsTo: 'http://www.w3.org/TR/media-frags/'
  value: string
}

/** A Web Annotation body: a short text with its purpose. */
export interface TextualBody {
  type: 'TextualBody'
  purpose: 'describing' | 'assessing' | 'classifying' | 'commenting' | 'tagging'
  value: string
  format: 'text/plain'
  language?: string
}

/** One annotation. */
export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT
  id: string
  type: 'Annotation'
  motivation: 'assessing' | 'describing'
  created: string
  modified: string
  body: TextualBody[]
  target: {
    source: string
    selector: (TextQuoteSelector | TextPositionSelector | FragmentSelector)[]
  }
}

/** A source's identifier as an annotation target: its URL, or a URN when it has none. */
export function targetSource(source: Source): string {
  return source.url && /^https?:\/\//i.test(source.url) ? source.url : `urn:claimledger:source:${source.id}`
}

/** The media time of the claim, from the timed segments it overlaps, as "t=start,end". */
export function mediaFragment(claim: Claim, source: Source): string | undefined {
  let from: number | undefined
  let to: number | undefined
  for (const segment of source.segments) {
    if (segment.startTime === undefined || segment.end <= claim.start || segment.start >= claim.end) continue
    from = from === undefined ? segment.startTime : Math.min(from, segment.startTime)
    const segmentEnd = segment.endTime ?? segment.startTime
    to = to === undefined ? segmentEnd : Math.max(to, segmentEnd)
  }
  if (from === undefined || to === undefined) return undefined
  return `t=${seconds(from)},${seconds(to)}`
}

function seconds(value: number): string {
  return String(Math.round(value * 1000) / 1000)
}

// One code-point converter per source text, so a source with many claims is scanned once.
const indexers = new WeakMap<Source, (utf16Index: number) => number>()

function toCodePoints(source: Source): (utf16Index: number) => number {
  let indexer = indexers.get(source)
  if (!indexer) {
    indexer = codePointIndexer(source.text)
    indexers.set(source, indexer)
  }
  return indexer
}

/** The annotation of one claim. */
export async function claimAnnotation(claim: Claim, source: Source): Promise<WebAnnotation> {
  const text = source.text
  const points = toCodePoints(source)
  const selector: WebAnnotation['target']['selector'] = [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(claim.start, claim.end),
      prefix: lastCodePoints(text.slice(Math.max(0, claim.start - 2 * AFFIX_LENGTH), claim.start), AFFIX_LENGTH),
      suffix: firstCodePoints(text.slice(claim.end, claim.end + 2 * AFFIX_LENGTH), AFFIX_LENGTH)
    },
    { type: 'TextPositionSelector', start: points(claim.start), end: points(claim.end) }
  ]
  const fragment = mediaFragment(claim, source)
  if (fragment) selector.push({ type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: fragment })

  const body: TextualBody[] = [{ type: 'TextualBody', purpose: 'describing', value: describeClaim(claim), format: 'text/plain', language: source.lang }]
  // A rejected claim is classified as such and assessed by no verdict: it is not a claim.
  const rejected = isRejected(claim)
  const assessed = claim.verdict !== 'unverified' && !rejected
  if (rejected) body.push({ type: 'TextualBody', purpose: 'classifying', value: REJECTED_LABEL, format: 'text/plain', language: 'en' })
  if (assessed) {
    body.push({ type: 'TextualBody', purpose: 'assessing', value: verdictLabel(claim.verdict, 'en'), format: 'text/plain', language: 'en' })
  }
  if (claim.note.trim()) body.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' })
  for (const tag of claim.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag, format: 'text/plain' })

  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${await uuidV5(`urn:claimledger:claim:${claim.id}#annotation`)}`,
    type: 'Annotation',
    motivation: assessed ? 'assessing' : 'describing',
    created: claim.createdAt,
    modified: claim.updatedAt,
    body,
    target: { source: targetSource(source), selector }
  }
}

/** "610 (count) · consommateurs · toutes les nuits · before: 200 (avant) · speaker: Jean Martin". */
export function describeClaim(claim: Claim): string {
  const value = claim.valueHigh !== undefined ? `${claim.value}–${claim.valueHigh}` : String(claim.value)
  const parts = [`${claim.approx ? `${claim.approx} ` : ''}${value}${claim.unit ? ` ${claim.unit}` : ''} (${claim.kind})`]
  if (claim.subject) parts.push(claim.subject)
  if (claim.period) parts.push(claim.period.text)
  if (claim.previous) parts.push(`before: ${claim.previous.value}${claim.previous.when ? ` (${claim.previous.when})` : ''}`)
  if (claim.speaker) parts.push(`speaker: ${claim.speaker}`)
  return parts.join(' · ')
}

/** annotations.jsonld: an AnnotationCollection holding every claim's annotation, in claim order. */
export async function writeAnnotations(claims: readonly Claim[], sources: Map<string, Source>): Promise<string> {
  const items: WebAnnotation[] = []
  const ordered = sortClaims(claims)
  for (const claim of ordered) {
    const source = sources.get(claim.sourceId)
    if (!source) throw new Error(`annotations: claim ${claim.id} cites source ${claim.sourceId}, which is not in the bundle`)
    items.push(await claimAnnotation(claim, source))
  }
  const collectionId = await uuidV5(`urn:claimledger:annotations:${ordered.map((c) => c.id).join(',')}`)
  return canonicalJson({
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${collectionId}`,
    type: 'AnnotationCollection',
    label: 'ClaimLedger claims',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items }
  })
}
