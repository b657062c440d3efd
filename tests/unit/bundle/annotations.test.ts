import { describe, expect, it } from 'vitest'
import { buildBundle } from '../../../shared/bundle'
import { claimAnnotation, mediaFragment, type TextQuoteSelector, type WebAnnotation } from '../../../shared/bundle/annotations'
import { codePointIndex, codePointIndexer, firstCodePoints, lastCodePoints } from '../../../shared/bundle/codePoints'
import { fixtureOptions, loadContent, unzipText } from './fixture'

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
// Motivations defined by the Web Annotation vocabulary (§3.3.5 of the model).
const MOTIVATIONS = new Set(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'])

interface Collection {
  '@context': string
  type: string
  total: number
  first: { type: string; startIndex: number; items: WebAnnotation[] }
}

const exactOf = (a: WebAnnotation): string => (a.target.selector[0] as TextQuoteSelector).exact

async function annotationsDoc(): Promise<{ doc: Collection; content: ReturnType<typeof loadContent> }> {
  const content = loadContent()
  const doc: Collection = JSON.parse(unzipText(await buildBundle(content, fixtureOptions(content)))['annotations.jsonld'])
  return { doc, content }
}

describe('annotations.jsonld (W3C Web Annotation model)', () => {
  it('is an AnnotationCollection with one Annotation a claim, each with context, id, type, body and target', async () => {
    const { doc, content } = await annotationsDoc()
    expect(doc['@context']).toBe(CONTEXT)
    expect(doc.type).toBe('AnnotationCollection')
    expect(doc.total).toBe(6)
    expect(doc.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 })
    const items = doc.first.items
    expect(items).toHaveLength(content.claims.length)
    const ids = new Set<string>()
    for (const a of items) {
      expect(a['@context']).toBe(CONTEXT)
      expect(a.type).toBe('Annotation')
      expect(a.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      ids.add(a.id)
      expect(MOTIVATIONS.has(a.motivation)).toBe(true)
      expect(a.created).toMatch(/^\d{4}-\d{2}-\d{2}T/)
      for (const body of a.body) {
        expect(body.type).toBe('TextualBody')
        expect(MOTIVATIONS.has(body.purpose)).toBe(true)
        expect(typeof body.value).toBe('string')
      }
      expect(typeof a.target.source).toBe('string')
      const [quote, position, ...rest] = a.target.selector as unknown as Record<string, unknown>[]
      expect(Object.keys(quote).sort()).toEqual(['exact', 'prefix', 'suffix', 'type'])
      expect(quote.type).toBe('TextQuoteSelector')
      expect(Object.keys(position).sort()).toEqual(['end', 'start', 'type'])
      expect(position.type).toBe('TextPositionSelector')
      expect(Number.isInteger(position.start) && Number(position.end) >= Number(position.start)).toBe(true)
      for (const fragment of rest) expect(fragment).toEqual({ type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: expect.stringMatching(/^t=\d+(\.\d+)?,\d+(\.\d+)?$/) })
    }
    expect(ids.size).toBe(6)
  })

  it('counts TextPositionSelector offsets in code points: the emoji before the quotes counts once', async () => {
    const { doc, content } = await annotationsDoc()
    const source = content.sources[0]
    const emojiAt = source.text.indexOf('😟')
    expect(emojiAt).toBeGreaterThan(0)
    const claim = content.claims[0]
    expect(claim.start).toBeGreaterThan(emojiAt)
    const annotation = doc.first.items.find((a) => exactOf(a) === claim.quote)
    expect(annotation?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: claim.start - 1, end: claim.end - 1 })
    // Resolving the selector the way a code-point reader does finds the quote.
    const points = Array.from(source.text)
    expect(points.slice(claim.start - 1, claim.end - 1).join('')).toBe(claim.quote)
    expect(annotation?.target.source).toBe(source.url)
    expect(annotation?.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: '610 consommateurs',
      prefix: 'Jean Martin, directeur du centre, '.slice(-32),
      suffix: ' sont accueillis toutes les nuit'
    })
  })

  it('never splits an astral character in prefix or suffix', async () => {
    const content = loadContent()
    const source = { ...content.sources[0], text: `${'😟'.repeat(40)}610${'🚨'.repeat(40)}`, url: undefined }
    const claim = { ...content.claims[0], start: 80, end: 83, quote: '610' }
    const annotation = await claimAnnotation(claim, source)
    expect(annotation.target.source).toBe(`urn:claimledger:source:${source.id}`)
    expect(annotation.target.selector[0]).toMatchObject({ prefix: '😟'.repeat(32), suffix: '🚨'.repeat(32) })
    expect(annotation.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 40, end: 43 })
    expect(codePointIndex('a😟b', 3)).toBe(2)
    expect(codePointIndex('a😟b', 2)).toBe(2) // inside the pair: the half counts as the whole
  })

  it('converts offsets like a naive code-point count, on mixed BMP and astral text', () => {
    const alphabet = ['a', 'é', ' ', '😟', '𝄞', '中', '\n']
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    for (let round = 0; round < 20; round++) {
      const text = Array.from({ length: 200 }, () => alphabet[next() % alphabet.length]).join('')
      const index = codePointIndexer(text)
      for (let i = 0; i <= text.length; i++) {
        const before = text.slice(0, i)
        // A high surrogate cut off at i still counts as one code point.
        expect(index(i)).toBe(Array.from(before).length)
        expect(lastCodePoints(before, 5)).toBe(Array.from(before).slice(-5).join(''))
        expect(firstCodePoints(text.slice(i), 5)).toBe(Array.from(text.slice(i)).slice(0, 5).join(''))
      }
    }
  })

  it("adds a media-fragment selector from the transcript segments' times", async () => {
    const { doc, content } = await annotationsDoc()
    const [, transcript] = content.sources
    const claim = content.claims.find((c) => c.quote === '650 people')
    expect(claim && mediaFragment(claim, transcript)).toBe('t=4.2,13.8')
    const annotation = doc.first.items.find((a) => exactOf(a) === '650 people')
    expect(annotation?.target.selector[2]).toEqual({ type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 't=4.2,13.8' })
    // The article has no timed segments, so no fragment.
    expect(doc.first.items.find((a) => exactOf(a) === '610 consommateurs')?.target.selector).toHaveLength(2)
  })

  it("uses 'assessing' with the verdict in a body when there is one, 'describing' otherwise", async () => {
    const content = loadContent()
    const [source] = content.sources
    const judged = await claimAnnotation(content.claims[0], source)
    expect(judged.motivation).toBe('assessing')
    expect(judged.body.filter((b) => b.purpose === 'assessing').map((b) => b.value)).toEqual(['Misleading'])
    expect(judged.body.filter((b) => b.purpose === 'commenting').map((b) => b.value)).toEqual([content.claims[0].note])
    expect(judged.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(['crack', 'hébergement'])
    const open = await claimAnnotation({ ...content.claims[0], verdict: 'unverified', note: '', tags: [] }, source)
    expect(open.motivation).toBe('describing')
    expect(open.body.map((b) => b.purpose)).toEqual(['describing'])
    // The id is derived from the claim id: the same on every export.
    expect(open.id).toBe(judged.id)
  })
})
