import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MAX_CLAIMS_PER_SOURCE, claimFromExtracted, storableClaims } from '../../../shared/claimRecord'
import { extractClaims } from '../../../shared/extract/index'
import { MAX_CLAUSE } from '../../../shared/extract/clause'
import { SENTENCE_MAX, sentenceExcerpt, sentenceLimit } from '../../../shared/sentenceExcerpt'

// Issue 11, item 9: every claim stored a whole copy of its sentence; one 64 KB line with no full stop and 5 684
// figures made 356 million characters of copies and the import died cloning them.
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')
const longLine = fixture('sources/bad-long-line.txt')
const source = { id: 's1', publishedAt: '2024-01-01', speakers: [] }
const MARK = '…'

/** The excerpt without its cut marks. */
const body = (sentence: string): string => sentence.replace(/^…/, '').replace(/…$/, '')

describe('claims as stored (issue 11, item 9)', () => {
  const extracted = extractClaims(longLine, { lang: 'fr' })

  it('the hostile fixture is what the issue describes: one 64 KB line, more figures than a source keeps', () => {
    expect(Buffer.byteLength(longLine)).toBeGreaterThanOrEqual(64 * 1024)
    expect(longLine.trimEnd()).not.toMatch(/[.!?\n]/)
    expect(extracted.length).toBeGreaterThan(MAX_CLAIMS_PER_SOURCE)
  })

  it('a claim record keeps at most a bounded excerpt of its sentence: total size is linear in the claims', () => {
    const claims = extracted.map((e) => claimFromExtracted(e, source, '2024-01-01T00:00:00.000Z'))
    const total = claims.reduce((n, c) => n + c.sentence.length, 0)
    // each excerpt is bounded by its quote (a clause of at most MAX_CLAUSE characters) plus context
    expect(total).toBeLessThanOrEqual(claims.length * sentenceLimit(MAX_CLAUSE))
    expect(total).toBeLessThanOrEqual(claims.reduce((n, c) => n + Math.max(SENTENCE_MAX, sentenceLimit(c.quote.length)), 0))
    for (const c of claims) expect(c.sentence).toContain(c.quote)
  })

  it('storableClaims keeps the first MAX_CLAIMS_PER_SOURCE in text order, says how many were found, and excerpts each around its own quote', () => {
    const { claims, found } = storableClaims(extracted, longLine)
    expect(found).toBe(extracted.length)
    expect(claims).toHaveLength(MAX_CLAIMS_PER_SOURCE)
    expect(claims.map((c) => c.start)).toEqual(extracted.slice(0, MAX_CLAIMS_PER_SOURCE).map((c) => c.start))
    for (const c of claims) {
      expect(c.sentence.length).toBeLessThanOrEqual(sentenceLimit(c.quote.length))
      // The excerpt is the source text around this claim's own offsets (the line repeats, so "contains the quote" is not enough).
      const b = body(c.sentence)
      const k = [...Array(b.length).keys()].find((i) => b.startsWith(c.quote, i) && longLine.startsWith(b, c.start - i))
      expect(k, `claim at ${c.start}`).toBeDefined()
      expect(k).toBeLessThanOrEqual(260)
      if (c.sentence.startsWith(MARK) && c.sentence.endsWith(MARK)) expect(b.length).toBeGreaterThan(400)
    }
  })

  it('leaves real sentences whole: claims of ordinary text are unchanged', () => {
    for (const [name, lang] of [['extract/fr-sample.txt', 'fr'], ['extract/en-sample.txt', 'en'], ['extract/interview-fr.txt', 'fr']] as const) {
      const text = fixture(name)
      const claims = extractClaims(text, { lang })
      expect(claims.length).toBeGreaterThan(0)
      expect(storableClaims(claims, text)).toEqual({ claims, found: claims.length })
    }
  })
})

describe('sentenceExcerpt', () => {
  const words = Array.from({ length: 400 }, (_, i) => `mot${i}`).join(' ')

  it('cuts between words, marks both cuts and keeps the quote whole', () => {
    const at = words.indexOf('mot200 ')
    const e = sentenceExcerpt(words, at, 'mot200'.length)
    expect(e.startsWith(MARK) && e.endsWith(MARK)).toBe(true)
    expect(e).toContain('mot200')
    expect(body(e)).toMatch(/^mot\d+ .* mot\d+$/)
    expect(words).toContain(body(e))
  })

  it('is idempotent, marks only the ends it cut, and never splits a surrogate pair', () => {
    const at = words.indexOf('mot3 ')
    const e = sentenceExcerpt(words, at, 4)
    expect(e.startsWith('mot0 ')).toBe(true)
    expect(e.endsWith(MARK)).toBe(true)
    expect(sentenceExcerpt(e, e.indexOf('mot3'), 4)).toBe(e)
    const emoji = '😀'.repeat(1000)
    const cut = sentenceExcerpt(emoji, 1001, 2)
    expect(cut.length).toBeLessThanOrEqual(sentenceLimit(2))
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  })

  it('keeps a quote longer than the limit whole', () => {
    const quote = 'x'.repeat(2000)
    const s = `${'a '.repeat(500)}${quote}${' b'.repeat(500)}`
    const e = sentenceExcerpt(s, 1000, quote.length)
    expect(e).toContain(quote)
    expect(e.length).toBeLessThanOrEqual(sentenceLimit(quote.length))
  })
})
