import { figureSpan, figureText } from '../../../shared/figureSpan'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'

// The interview the project started from, as the app ships it for first run (resources/samples holds the same
// text and metadata byte for byte), so a fresh clone needs nothing beside the repository.
const samples = resolve(__dirname, '../../../resources/samples')
const text = readFileSync(resolve(samples, 'fr-2023-10-05-nunez-crack-paris.txt'), 'utf8')
const meta = JSON.parse(readFileSync(resolve(samples, 'fr-2023-10-05-nunez-crack-paris.json'), 'utf8')) as {
  publishedAt: string
  speakers: string[]
  lang: 'fr'
}

describe('seed interview (Laurent Nunez, France Bleu Paris, 5 Oct 2023)', () => {
  const claims = extractClaims(text, { lang: meta.lang, date: meta.publishedAt, speakers: meta.speakers })

  it('finds exactly the five claims the issue lists, in order', () => {
    expect(claims.map((c) => [c.value, c.valueHigh ?? null, c.previous?.value ?? null])).toEqual([
      [100, 150, null],
      [100, 800, null],
      [357, null, null],
      [610, null, 200],
      [50, null, 35]
    ])
  })

  it('quotes the figure with what it counts', () => {
    expect(claims.map((c) => figureText(c))).toEqual([
      '100 à 150 consommateurs de crack',
      '100 à 800 fonctionnaires de police',
      '357 interpellations de trafiquants',
      '610 consommateurs',
      '35 à 50'
    ])
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote)
  })

  it('reads subjects, including the place counted in for the last one', () => {
    expect(claims.map((c) => c.subject)).toEqual([
      'consommateurs de crack',
      'fonctionnaires de police',
      'interpellations de trafiquants',
      'consommateurs',
      'dispositifs hospitaliers'
    ])
    // singular and plural share a key, so series can group them
    expect(claims[0].subjectKey).toBe('consomm crack')
    expect(claims[3].subjectKey).toBe('consomm')
  })

  it('attributes every claim to Laurent Nunez, even without the known-speaker fallback', () => {
    expect(claims.every((c) => c.speaker === 'Laurent Nunez')).toBe(true)
    const bare = extractClaims(text, { lang: 'fr', date: meta.publishedAt })
    expect(bare.map((c) => c.speaker)).toEqual(Array(5).fill('Laurent Nunez'))
  })

  it('reads periods: per day, since the start of 2023 resolved to the source date, every night', () => {
    expect(claims[1].period).toEqual({ text: 'chaque jour', per: 'day' })
    expect(claims[2].period).toEqual({ text: 'depuis début 2023', start: '2023-01-01', end: '2023-10-05' })
    expect(claims[3].period).toEqual({ text: 'toutes les nuits', per: 'night' })
    expect(claims[3].previous).toEqual({ value: 200, when: 'avant' })
  })

  it('leaves the date, the framing duration and the year alone', () => {
    const quoted = claims.map((c) => figureText(c)).join(' | ')
    expect(quoted).not.toMatch(/octobre|jeudi|\b5\b|Un an|2023/)
    const datePos = text.indexOf('jeudi 5 octobre')
    const yearPos = text.indexOf('début 2023') + 'début '.length
    const anPos = text.indexOf('Un an après')
    for (const pos of [datePos, yearPos, anPos]) expect(claims.some((c) => figureSpan(c).start <= pos + 6 && figureSpan(c).end > pos)).toBe(false)
  })

  it('counts kinds as counts with no unit', () => {
    expect(claims.every((c) => c.kind === 'count' && c.unit === undefined)).toBe(true)
  })
})
