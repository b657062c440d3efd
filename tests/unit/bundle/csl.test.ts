import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildBundle, formatCitations, sourceToCsl } from '../../../shared/bundle'
import { isoToDateParts, toCslName } from '../../../shared/bundle/csl'
import { fixtureOptions, loadContent, unzipText } from './fixture'

// CSL-JSON 1.0.2 item types (csl-data.json schema); an item needs id and type, and a
// reference manager needs a title to show it.
const CSL_TYPES = new Set([
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic', 'collection',
  'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing', 'interview',
  'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'paper-conference', 'patent',
  'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book',
  'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage'
])

afterEach(() => vi.unstubAllGlobals())

describe('sources.csl.json', () => {
  it('holds one CSL-JSON item a source with id, a valid type, title and well-formed names and dates', async () => {
    const content = loadContent()
    const items = JSON.parse(unzipText(await buildBundle(content, fixtureOptions(content)))['sources.csl.json'])
    expect(Array.isArray(items)).toBe(true)
    expect(items).toHaveLength(2)
    for (const item of items) {
      expect(typeof item.id).toBe('string')
      expect(CSL_TYPES.has(item.type)).toBe(true)
      expect(item.title.length).toBeGreaterThan(0)
      for (const name of [...(item.author ?? []), ...(item.interviewer ?? [])]) {
        expect(typeof name.family === 'string' || typeof name.literal === 'string').toBe(true)
      }
      for (const date of [item.issued, item.accessed].filter(Boolean)) {
        expect(date['date-parts']).toHaveLength(1)
        expect(date['date-parts'][0].every((n: unknown) => Number.isInteger(n))).toBe(true)
      }
    }
    const [article, transcript] = items
    expect(article).toEqual({
      id: '3f9c2b1e-7a4d-4c8e-9b2a-5d6e7f8a9b01',
      type: 'article-newspaper',
      title: "Crack à Paris : les places d'hébergement saturées",
      'container-title': 'Le Quotidien de Paris',
      author: [{ family: 'Dupont', given: 'Marie' }],
      issued: { 'date-parts': [[2023, 10, 5]] },
      accessed: { 'date-parts': [[2023, 10, 6]] },
      URL: 'https://news.example.org/paris/crack-hebergement-2023',
      language: 'fr'
    })
    // A transcript: the people speaking are the authors, the journalist the interviewer; a partial date stays partial.
    expect(transcript).toMatchObject({
      type: 'broadcast',
      author: [{ family: 'Carter', given: 'Sam' }, { family: 'Lee', given: 'Dana' }],
      interviewer: [{ family: 'Carter', given: 'Sam' }],
      issued: { 'date-parts': [[2024, 2]] },
      'container-title': 'City Radio'
    })
  })

  it('maps every source kind to a CSL type, a report to its publisher', () => {
    const source = loadContent().sources[0]
    expect(sourceToCsl({ ...source, kind: 'interview' }).type).toBe('interview')
    expect(sourceToCsl({ ...source, kind: 'other' }).type).toBe('document')
    const report = sourceToCsl({ ...source, kind: 'report', outlet: 'INSEE' })
    expect(report).toMatchObject({ type: 'report', publisher: 'INSEE' })
    expect(report['container-title']).toBeUndefined()
  })

  it('splits names and dates as CSL expects', () => {
    expect(toCslName('Marie Dupont')).toEqual({ family: 'Dupont', given: 'Marie' })
    expect(toCslName('Dupont, Marie-Anne')).toEqual({ family: 'Dupont', given: 'Marie-Anne' })
    expect(toCslName('AFP')).toEqual({ literal: 'AFP' })
    expect(isoToDateParts('2023')).toEqual({ 'date-parts': [[2023]] })
    expect(isoToDateParts('2023-10-05T08:00:00Z')).toEqual({ 'date-parts': [[2023, 10, 5]] })
    expect(isoToDateParts('soon')).toBeUndefined()
  })
})

describe('formatCitations (citation-js, offline)', () => {
  it('formats APA and Chicago in English and French without any network access', () => {
    const fetch = vi.fn(() => {
      throw new Error('network used')
    })
    vi.stubGlobal('fetch', fetch)
    vi.stubGlobal('XMLHttpRequest', fetch)
    const [article] = loadContent().sources
    // citeproc puts a no-break space before a French colon; compare with plain spaces.
    const plain = (text: string | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')
    const apa = plain(formatCitations([article], 'apa', 'en').get(article.id))
    expect(apa).toBe("Dupont, M. (2023, October 5). Crack à Paris : les places d’hébergement saturées. Le Quotidien de Paris. https://news.example.org/paris/crack-hebergement-2023")
    const chicago = plain(formatCitations([article], 'chicago', 'en').get(article.id))
    expect(chicago).toBe('Dupont, Marie. 2023. “Crack à Paris : les places d’hébergement saturées.” Le Quotidien de Paris, October 5, 2023. https://news.example.org/paris/crack-hebergement-2023.')
    expect(plain(formatCitations([article], 'chicago', 'fr').get(article.id))).toContain('5 octobre 2023')
    expect(formatCitations([article], 'apa', 'fr').get(article.id)).toContain('octobre')
    expect(fetch).not.toHaveBeenCalled()
  })
})
