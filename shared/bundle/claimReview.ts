/**
 * claimreview.jsonld: a schema.org ClaimReview (https://schema.org/ClaimReview) for each
 * claim with a verdict that was not rejected, as fact-check publishers and search engines read them.
 * ClaimLedger has no public page for a review, so "url" is left for the publisher to add;
 * each review carries a stable "@id" (a name-based UUID of the claim id) instead.
 */
import type { Claim, HistoryEntry, Lang, Source } from '../model'
import { canonicalJson } from './canonicalJson'
import { sortClaims } from './claimsJson'
import { uuidV5 } from './uuid5'
import { isRejected } from './rejected'
import { RATING_SCALE, verdictLabel, verdictRating } from './verdicts'

/** Who published the review: the user's name (and page) from settings. */
export interface ReviewAuthor {
  name: string
  url?: string
  /** schema.org type of the author; a person unless said otherwise. */
  type?: 'Person' | 'Organization'
}

/** Most characters claimReviewed may have: Google's guidance is "under 75". */
export const CLAIM_REVIEWED_MAX = 74

type Party = { '@type': 'Person' | 'Organization'; name: string; url?: string }

/** One ClaimReview (without "@context", which the document carries). */
export interface ClaimReview {
  '@type': 'ClaimReview'
  '@id': string
  claimReviewed: string
  datePublished: string
  inLanguage: Lang
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: number; worstRating: number; alternateName: string }
  itemReviewed: {
    '@type': 'Claim'
    author?: Party
    datePublished?: string
    appearance?: { '@type': 'CreativeWork'; url?: string; headline: string; publisher?: Party }
  }
  author?: Party
  reviewBody?: string
}

/** Text shortened to at most `max` code points, cut at a word where possible, with "…". */
export function ellipsise(text: string, max: number = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  const points = Array.from(clean)
  if (points.length <= max) return clean
  const cut = points.slice(0, max - 1).join('')
  const space = cut.lastIndexOf(' ')
  const head = space > max / 2 ? cut.slice(0, space) : cut
  return `${head.replace(/[\s,;:.]+$/, '')}…`
}

/** When the verdict was given: the last history entry that set it, else the claim's last change. */
export function verdictDate(claim: Claim, history: readonly HistoryEntry[]): string {
  let at: string | undefined
  for (const entry of history) {
    if (entry.entity === 'claim' && entry.entityId === claim.id && entry.fields.includes('verdict') && (!at || entry.at > at)) at = entry.at
  }
  return (at ?? claim.updatedAt).slice(0, 10)
}

/** Who the claim is from: the speaker, else the source's first speaker or author, else the outlet. */
function claimAuthor(claim: Claim, source: Source): Party | undefined {
  const person = claim.speaker ?? source.speakers[0] ?? source.authors[0]
  if (person) return { '@type': 'Person', name: person }
  if (source.outlet) return { '@type': 'Organization', name: source.outlet }
  return undefined
}

/** The reviewer: from settings, else the last named person in the claim's history ("me" is no name). */
function reviewAuthor(claim: Claim, history: readonly HistoryEntry[], author?: ReviewAuthor): Party | undefined {
  if (author?.name.trim()) {
    const party: Party = { '@type': author.type ?? 'Person', name: author.name.trim() }
    if (author.url) party.url = author.url
    return party
  }
  const named = history.filter((h) => h.entity === 'claim' && h.entityId === claim.id && h.by.trim() && h.by !== 'me')
  const last = named.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).at(-1)
  return last ? { '@type': 'Person', name: last.by } : undefined
}

/**
 * The review of one claim, or undefined when it has no verdict or was rejected: a rejected
 * claim is not a claim, so a verdict it still carries must never be published as a fact-check.
 */
export async function claimReview(claim: Claim, source: Source, history: readonly HistoryEntry[], author?: ReviewAuthor, lang: Lang = 'en'): Promise<ClaimReview | undefined> {
  const ratingValue = verdictRating(claim.verdict)
  if (ratingValue === undefined || isRejected(claim)) return undefined
  const review: ClaimReview = {
    '@type': 'ClaimReview',
    '@id': `urn:uuid:${await uuidV5(`urn:claimledger:claim:${claim.id}#review`)}`,
    claimReviewed: ellipsise(claim.sentence || claim.quote),
    datePublished: verdictDate(claim, history),
    inLanguage: source.lang,
    reviewRating: {
      '@type': 'Rating',
      ratingValue,
      bestRating: RATING_SCALE.best,
      worstRating: RATING_SCALE.worst,
      alternateName: verdictLabel(claim.verdict, lang)
    },
    itemReviewed: { '@type': 'Claim' }
  }
  const said = claimAuthor(claim, source)
  if (said) review.itemReviewed.author = said
  const stated = claim.statedAt ?? source.publishedAt
  if (stated) review.itemReviewed.datePublished = stated
  const appearance: NonNullable<ClaimReview['itemReviewed']['appearance']> = { '@type': 'CreativeWork', headline: source.title }
  if (source.url) appearance.url = source.url
  if (source.outlet) appearance.publisher = { '@type': 'Organization', name: source.outlet }
  review.itemReviewed.appearance = appearance
  const reviewer = reviewAuthor(claim, history, author)
  if (reviewer) review.author = reviewer
  if (claim.note.trim()) review.reviewBody = claim.note
  return review
}

/** claimreview.jsonld: every review in claim order under one schema.org context. */
export async function writeClaimReviews(
  claims: readonly Claim[],
  sources: Map<string, Source>,
  history: readonly HistoryEntry[],
  author?: ReviewAuthor,
  lang: Lang = 'en'
): Promise<string> {
  const graph: ClaimReview[] = []
  for (const claim of sortClaims(claims)) {
    const source = sources.get(claim.sourceId)
    if (!source) throw new Error(`claimreview: claim ${claim.id} cites source ${claim.sourceId}, which is not in the bundle`)
    const review = await claimReview(claim, source, history, author, lang)
    if (review) graph.push(review)
  }
  return canonicalJson({ '@context': 'https://schema.org', '@graph': graph })
}
