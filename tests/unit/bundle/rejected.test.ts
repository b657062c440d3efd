// Issue 12, item 1: a rejected claim is never published as a fact-check. claimreview.jsonld leaves it
// out; report.html, claims.csv and annotations.jsonld show it marked as rejected, or the export leaves
// it out of everything. Checked field by field on a bundle with rejected, edited and rated claims.
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { buildBundle, planMerge, readBundle, type BundleContent } from '../../../shared/bundle'
import { ellipsise } from '../../../shared/bundle/claimReview'
import { CSV_COLUMNS } from '../../../shared/bundle/csv'
import type { Claim, HistoryEntry } from '../../../shared/model'
import { parseCsv } from './csvParse'
import { fixtureOptions, loadContent, unzipBytes, unzipText } from './fixture'

const ID = (n: number): string => `c1a2b3c4-000${n}-4a5b-8c6d-7e8f9a0b1c0${n}`
const BUDGET_RISE = ID(3) // "12 %": rejected, then rated False (rating 1), as in the issue
const SHELTER = ID(5) // "650 people": rejected while rated Accurate, and in the series
const EDITED = ID(4) // "40 %": edited and rated False

/** The fixture records with two claims rejected (one in a series) and the rejection in History. */
function withRejections(): BundleContent {
  const content = loadContent()
  const claim = (id: string): Claim => {
    const found = content.claims.find((c) => c.id === id)
    if (!found) throw new Error(`no claim ${id} in content.json`)
    return found
  }
  Object.assign(claim(BUDGET_RISE), { status: 'rejected', verdict: 'false', updatedAt: '2023-10-09T08:00:00.000Z' })
  Object.assign(claim(SHELTER), { status: 'rejected' })
  const rejection: HistoryEntry = {
    id: 'f0e1d2c3-0005-4b5a-9c8d-7e6f5a4b3c05', entity: 'claim', entityId: BUDGET_RISE, action: 'update', fields: ['status', 'verdict'],
    before: { status: 'confirmed', verdict: 'unsupported' }, after: { status: 'rejected', verdict: 'false' }, by: 'Alex Martin', at: '2023-10-09T08:00:00.000Z'
  }
  content.history.push(rejection)
  return content
}

interface Review {
  '@id': string
  claimReviewed: string
  datePublished: string
  inLanguage: string
  reviewRating: Record<string, unknown>
  itemReviewed: { author?: { name: string }; datePublished?: string; appearance?: { headline: string; url?: string } }
  author?: { name: string }
  reviewBody?: string
}

async function files(content: BundleContent, rejectedClaims?: 'mark' | 'omit'): Promise<Record<string, string>> {
  return unzipText(await buildBundle(content, { ...fixtureOptions(content), rejectedClaims }))
}

function csvRows(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''))
  expect(header).toEqual([...CSV_COLUMNS])
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))
}

describe('rejected claims in a bundle (issue 12, item 1)', () => {
  it('claimreview.jsonld carries only the rated claims that were not rejected, each field as the claim says', async () => {
    const content = withRejections()
    const doc = JSON.parse((await files(content))['claimreview.jsonld']) as { '@graph': Review[] }
    const graph = doc['@graph']
    const claims = new Map(content.claims.map((c) => [c.id, c]))
    const sources = new Map(content.sources.map((s) => [s.id, s]))
    // [claim, rating, French word, date the verdict was given]
    const expected: [string, number, string, string][] = [
      [ID(1), 3, 'Trompeur', '2023-10-07'],
      [ID(2), 4, 'Exact', '2023-10-06'],
      [EDITED, 1, 'Faux', '2023-10-08'],
      [ID(6), 2, 'Non étayé', '2024-02-12']
    ]
    expect(graph).toHaveLength(expected.length)
    expected.forEach(([id, ratingValue, word, date], i) => {
      const claim = claims.get(id) as Claim
      const source = sources.get(claim.sourceId)
      if (!source) throw new Error(`no source for ${id}`)
      const review = graph[i]
      expect(review.claimReviewed, id).toBe(ellipsise(claim.sentence))
      expect(review.datePublished, id).toBe(date)
      expect(review.inLanguage, id).toBe(source.lang)
      expect(review.reviewRating, id).toEqual({ '@type': 'Rating', ratingValue, bestRating: 4, worstRating: 1, alternateName: word })
      expect(review.itemReviewed.author?.name, id).toBe(claim.speaker)
      expect(review.itemReviewed.datePublished, id).toBe(claim.statedAt)
      expect(review.itemReviewed.appearance, id).toMatchObject({ headline: source.title, url: source.url })
      expect(review.author?.name, id).toBe('Alex Martin')
      expect(review.reviewBody, id).toBe(claim.note)
    })
    const text = JSON.stringify(doc)
    for (const rejected of [BUDGET_RISE, SHELTER]) expect(text).not.toContain((claims.get(rejected) as Claim).note)
  })

  it('claims.csv keeps every claim, each cell as stored, the rejected ones with status "rejected"', async () => {
    const content = withRejections()
    const rows = csvRows((await files(content))['claims.csv'])
    expect(rows.map((r) => r.claim_id)).toEqual([ID(1), ID(2), BUDGET_RISE, EDITED, SHELTER, ID(6)])
    const byId = new Map(rows.map((r) => [r.claim_id, r]))
    expect(byId.get(BUDGET_RISE)).toMatchObject({ quote: '12 %', value: '12', unit: '%', kind: 'change', status: 'rejected', verdict: 'Faux', speaker: 'Jean Martin', source_title: "Crack à Paris : les places d'hébergement saturées" })
    expect(byId.get(SHELTER)).toMatchObject({ quote: '650 people', value: '650', approx: 'about', status: 'rejected', verdict: 'Exact', previous_value: '610', previous_when: 'last autumn', series_id: content.series[0].id })
    expect(byId.get(EDITED)).toMatchObject({ quote: '40 %', value: '40', approx: 'près de', status: 'edited', verdict: 'Faux', note: "L'enquête de l'association donne 22 %." })
    for (const id of [ID(1), ID(2), ID(6)]) expect(byId.get(id)?.status).toBe('confirmed')
  })

  it('report.html marks each rejected claim and says how many there are; the others read as before', async () => {
    const content = withRejections()
    const { document } = parseHTML((await files(content))['report.html'])
    expect(document.querySelector('header p')?.textContent).toContain('2 rejetées (pas des affirmations ; aucune n’est publiée comme vérification)')
    const cards = [...document.querySelectorAll('article.claim')]
    // Source sections: every claim once; series sections: the series' claims again.
    expect(cards.map((c) => c.id.replace('claim-', '')).sort()).toEqual([ID(1), ID(1), ID(2), BUDGET_RISE, EDITED, SHELTER, SHELTER, ID(6)].sort())
    const field = (card: Element, name: string): string | undefined => {
      const dts = [...card.querySelectorAll('dt')]
      return dts.find((dt) => dt.textContent === name)?.nextElementSibling?.textContent ?? undefined
    }
    for (const card of cards) {
      const id = card.id.replace('claim-', '')
      const rejected = id === BUDGET_RISE || id === SHELTER
      expect(card.classList.contains('rejected'), id).toBe(rejected)
      if (rejected) expect(field(card, 'Statut'), id).toBe('Rejetée pas une affirmation : son verdict n’est pas une vérification et ne figure pas dans claimreview.jsonld')
      else expect(field(card, 'Statut'), id).toBeUndefined()
    }
    const card = (id: string): Element => cards.find((c) => c.id === `claim-${id}`) as Element
    expect(field(card(BUDGET_RISE), 'Verdict')).toBe('Faux')
    expect(field(card(BUDGET_RISE), 'Chiffre')).toBe('12 % · budget')
    expect(field(card(SHELTER), 'Verdict')).toBe('Exact')
    expect(field(card(EDITED), 'Verdict')).toBe('Faux')
    expect(field(card(EDITED), 'Chiffre')).toBe('près de 40 % · personnes accueillies')
    expect(field(card(EDITED), 'Note')).toBe("L'enquête de l'association donne 22 %.")
    expect(card(EDITED).querySelector('blockquote mark')?.textContent).toBe('40 %')
  })

  it('annotations.jsonld classifies a rejected claim as rejected and assesses it with no verdict', async () => {
    const content = withRejections()
    const doc = JSON.parse((await files(content))['annotations.jsonld']) as { first: { items: { motivation: string; body: { purpose: string; value: string }[]; target: { selector: { exact?: string }[] } }[] } }
    const byQuote = new Map(doc.first.items.map((a) => [a.target.selector[0].exact, a]))
    for (const quote of ['12 %', '650 people']) {
      const a = byQuote.get(quote)
      expect(a?.motivation, quote).toBe('describing')
      expect(a?.body.filter((b) => b.purpose === 'classifying').map((b) => b.value), quote).toEqual(['Rejected: not a claim'])
      expect(a?.body.some((b) => b.purpose === 'assessing'), quote).toBe(false)
    }
    const edited = byQuote.get('40 %')
    expect(edited?.motivation).toBe('assessing')
    expect(edited?.body.filter((b) => b.purpose === 'assessing').map((b) => b.value)).toEqual(['False'])
    expect(edited?.body.some((b) => b.purpose === 'classifying')).toBe(false)
  })

  it('left out: no rejected claim in any file, nor in its series or History; the rest unchanged', async () => {
    const content = withRejections()
    const out = await files(content, 'omit')
    const marked = await files(content, 'mark')
    const doc = JSON.parse(out['claims.json']) as { claims: Claim[]; series: { claimIds: string[] }[]; history: HistoryEntry[] }
    expect(doc.claims.map((c) => c.id)).toEqual([ID(1), ID(2), EDITED, ID(6)])
    expect(doc.series[0].claimIds).toEqual([ID(1)])
    expect(doc.history.map((h) => h.entityId)).not.toContain(BUDGET_RISE)
    expect(doc.history.map((h) => h.entityId)).not.toContain(SHELTER)
    expect(JSON.parse(out['manifest.json']).counts).toMatchObject({ claims: 4, sources: 2, history: 3 })
    for (const path of ['claims.csv', 'annotations.jsonld', 'report.html']) {
      expect(out[path], path).not.toContain(BUDGET_RISE)
      expect(out[path], path).not.toContain(SHELTER)
    }
    expect(out['report.html']).not.toContain('Rejetée')
    expect(csvRows(out['claims.csv']).map((r) => r.claim_id)).toEqual([ID(1), ID(2), EDITED, ID(6)])
    // The fact-checks are the same either way.
    expect(out['claimreview.jsonld']).toBe(marked['claimreview.jsonld'])
  })

  it('a bundle with rejected claims round-trips: export → import into an empty library → export gives identical files', async () => {
    const content = withRejections()
    const options = fixtureOptions(content)
    const first = await buildBundle(content, options)
    const parsed = await readBundle(first, 'first.zip')
    if (!parsed.ok) throw new Error(parsed.error)
    const plan = planMerge(parsed.value.content, { sources: new Map(), claims: new Map(), series: new Map(), historyIds: new Set() })
    const second = await buildBundle(JSON.parse(JSON.stringify(plan.writes)) as BundleContent, options)
    const a = unzipBytes(first)
    const b = unzipBytes(second)
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort())
    for (const path of Object.keys(a)) expect(Buffer.from(b[path]).equals(Buffer.from(a[path])), path).toBe(true)
  })
})
