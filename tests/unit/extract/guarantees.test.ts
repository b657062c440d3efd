import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractClaims, extractNumbers } from '../../../shared/extract/index'
import { figureSpan } from '../../../shared/figureSpan'
import type { ExtractedClaim } from '../../../shared/model'

// Deterministic pseudo-random strings (mulberry32), so a failure can be replayed.
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const alphabet = [
  ...'0123456789 ,.\'’-–—+−%€$£°:/()[]«»"“”\n\t\u00a0\u202f',
  'de ', 'à ', 'et ', 'entre ', 'millions ', 'milliards ', 'billion ', 'k', 'bn', 'Md€', ' %', 'pour cent', 'contre ',
  "c'était ", 'passé de ', 'depuis début ', 'chaque jour ', 'assure ', 'Laurent Nunez', 'said ', 'the minister', 'NUNEZ : ',
  'deux ', 'cents ', 'quatre-vingt', '-dix-sept', 'one hundred and ', 'half ', 'la moitié ', 'tiers ', 'une dizaine de ',
  'article ', 'COVID-19', 'A380', 'octobre ', '2023', '1er ', 'h', 'am', 'personnes ', 'people ', 'up from ', 'environ ',
  '\ud83d\ude00', '\ud800', '\udfff', 'é', 'Œ', '\u0301', '\u0000', '\uffff'
]

function randomText(r: () => number, pieces: number): string {
  let s = ''
  for (let i = 0; i < pieces; i++) s += alphabet[Math.floor(r() * alphabet.length)]
  return s
}

// The quote is the clause holding the figure (clauses may be shared); figures are sorted and never overlap.
function checkInvariants(text: string, claims: ExtractedClaim[]): void {
  let prevEnd = -1
  for (const c of claims) {
    expect(text.slice(c.start, c.end)).toBe(c.quote)
    expect(c.figureStart).toBeGreaterThanOrEqual(c.start)
    expect(c.figureEnd).toBeLessThanOrEqual(c.end)
    const f = figureSpan(c)
    expect(f.start).toBe(c.figureStart)
    expect(f.start).toBeGreaterThanOrEqual(prevEnd)
    expect(f.end).toBeGreaterThan(f.start)
    expect(Number.isFinite(c.value)).toBe(true)
    prevEnd = f.end
  }
}

describe('extractClaims never throws and keeps its invariants', () => {
  it('on 400 random strings of the extractor\'s own vocabulary, both languages', () => {
    const r = rng(42)
    for (let i = 0; i < 400; i++) {
      const text = randomText(r, 5 + Math.floor(r() * 120))
      for (const lang of ['fr', 'en'] as const) {
        const claims = extractClaims(text, { lang, date: '2023-10-05', speakers: ['Laurent Nunez'] })
        checkInvariants(text, claims)
        for (const n of extractNumbers(text, { lang })) expect(text.slice(n.start, n.end)).toBe(n.text)
      }
    }
  })

  it('on random code units, lone surrogates and control characters', () => {
    const r = rng(7)
    for (let i = 0; i < 200; i++) {
      let text = ''
      for (let k = 0; k < 200; k++) text += String.fromCharCode(Math.floor(r() * 0x10000))
      checkInvariants(text, extractClaims(text))
      expect(() => extractNumbers(text)).not.toThrow()
    }
  })

  it('on hostile options', () => {
    const text = '610 consommateurs, c\'était 200 avant.'
    const bad = [
      { lang: 'xx' }, { date: 'not a date' }, { date: '99999-99' }, { speakers: [1, null] }, { segments: [{ start: 'a' }] },
      { segments: [{ start: 0, end: 5, speaker: 'X' }, null] }, null, { speakers: 'Laurent Nunez' }, { date: 42 }, { lang: 5 },
      { segments: 'x' }, 7
    ] as unknown as Parameters<typeof extractClaims>[1][]
    for (const o of bad) checkInvariants(text, extractClaims(text, o))
    expect(extractClaims(undefined as unknown as string)).toEqual([])
    expect(extractNumbers(42 as unknown as string)).toEqual([])
  })

  // extractClaims has no catch-all: an exception on any of these would fail the test instead of giving [].
  it('on 600 random slices of real text in both languages, cut anywhere (mid-word, mid-number, mid-quote)', () => {
    const r = rng(2026)
    for (const [lang, file] of [['fr', 'fr-sample.txt'], ['en', 'en-sample.txt']] as const) {
      const text = readFileSync(resolve(__dirname, '../../fixtures/extract', file), 'utf8')
      for (let i = 0; i < 300; i++) {
        const a = Math.floor(r() * text.length)
        const b = Math.min(text.length, a + 1 + Math.floor(r() * 600))
        const slice = text.slice(a, b)
        checkInvariants(slice, extractClaims(slice, { lang, date: '2024-01-01', speakers: ['Laurent Nunez', 'Jean Martin'] }))
      }
    }
  })

  it('on 10 MB of real text in a few seconds', () => {
    const fr = readFileSync(resolve(__dirname, '../../fixtures/extract/fr-sample.txt'), 'utf8')
    let big = ''
    while (big.length < 10_000_000) big += fr + '\n'
    const t0 = performance.now()
    const claims = extractClaims(big, { lang: 'fr', date: '2024-01-01' })
    const ms = performance.now() - t0
    expect(claims.length).toBeGreaterThan(1000)
    checkInvariants(big, claims)
    expect(ms).toBeLessThan(20_000)
  })

  it('is deterministic', () => {
    const fr = readFileSync(resolve(__dirname, '../../fixtures/extract/fr-sample.txt'), 'utf8')
    expect(JSON.stringify(extractClaims(fr, { date: '2024-01-01' }))).toBe(JSON.stringify(extractClaims(fr, { date: '2024-01-01' })))
  })
})

