import { describe, expect, it } from 'vitest'
import { buildBundle } from '../../../shared/bundle'
import { claimReview, ellipsise, type ClaimReview } from '../../../shared/bundle/claimReview'
import { fixtureOptions, loadContent, unzipText } from './fixture'

async function reviews(): Promise<{ '@context': string; '@graph': ClaimReview[] }> {
  const content = loadContent()
  return JSON.parse(unzipText(await buildBundle(content, fixtureOptions(content)))['claimreview.jsonld'])
}

describe('claimreview.jsonld (schema.org ClaimReview)', () => {
  it('has every required and recommended property for each claim with a verdict', async () => {
    const doc = await reviews()
    expect(doc['@context']).toBe('https://schema.org')
    expect(doc['@graph']).toHaveLength(6)
    for (const review of doc['@graph']) {
      expect(review['@type']).toBe('ClaimReview')
      // Required: claimReviewed, reviewRating, and url or author; datePublished recommended.
      expect(review.claimReviewed.length).toBeGreaterThan(0)
      expect(Array.from(review.claimReviewed).length).toBeLessThan(75)
      expect(review.author).toEqual({ '@type': 'Person', name: 'Alex Martin', url: 'https://factcheck.example.org/team/alex-martin' })
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const rating = review.reviewRating
      expect(rating['@type']).toBe('Rating')
      expect(rating.worstRating).toBe(1)
      expect(rating.bestRating).toBe(4)
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating)
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating)
      expect(rating.alternateName.length).toBeGreaterThan(0)
      expect(review.itemReviewed['@type']).toBe('Claim')
      expect(review.itemReviewed.author?.name).toMatch(/^(Jean Martin|Dana Lee)$/)
      expect(review.itemReviewed.datePublished).toMatch(/^\d{4}(-\d{2}){1,2}$/)
      expect(review.itemReviewed.appearance?.url).toMatch(/^https:\/\//)
    }
    const misleading = doc['@graph'].find((r) => r.reviewRating.alternateName === 'Trompeur')
    expect(misleading).toMatchObject({
      claimReviewed: 'Selon Jean Martin, directeur du centre, 610 consommateurs sont…',
      datePublished: '2023-10-07', // from the history entry that set the verdict
      reviewRating: { ratingValue: 3 },
      itemReviewed: { author: { '@type': 'Person', name: 'Jean Martin' }, datePublished: '2023-10-05' }
    })
  })

  it('skips unverified claims and falls back to the last reviewer named in history', async () => {
    const content = loadContent()
    const [source] = content.sources
    expect(await claimReview({ ...content.claims[0], verdict: 'unverified' }, source, content.history)).toBeUndefined()
    const review = await claimReview(content.claims[0], source, content.history, undefined, 'en')
    expect(review?.author).toEqual({ '@type': 'Person', name: 'Alex Martin' })
    expect(review?.reviewRating.alternateName).toBe('Misleading')
    const anonymous = await claimReview(content.claims[0], source, [], undefined)
    expect(anonymous?.author).toBeUndefined()
    const org = await claimReview(content.claims[0], source, [], { name: 'Les Vérificateurs', type: 'Organization' })
    expect(org?.author).toEqual({ '@type': 'Organization', name: 'Les Vérificateurs' })
  })

  it('ellipsises at a word boundary under 75 code points', () => {
    const long = 'Le nombre de places d’hébergement de nuit pour les consommateurs de crack a triplé depuis 2019 😟 selon la mairie'
    const short = ellipsise(long)
    expect(Array.from(short).length).toBeLessThan(75)
    expect(short.endsWith('…')).toBe(true)
    expect(long.startsWith(short.slice(0, -1))).toBe(true)
    expect(ellipsise('  610   people ')).toBe('610 people')
  })
})
