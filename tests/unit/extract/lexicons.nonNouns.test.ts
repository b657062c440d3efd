import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { nonNounClass } from '../../../shared/extract/lexicons/nonNouns'

describe('nonNounClass: words that are never nouns, from Lefff and natural’s Brill lexicon', () => {
  it('knows French verb forms of every common tense, adjectives, and words that are both', () => {
    expect(nonNounClass('cède', 'fr')).toBe('verb')
    expect(nonNounClass('étalera', 'fr')).toBe('verb')
    expect(nonNounClass('faisaient', 'fr')).toBe('verb')
    expect(nonNounClass('touristiques', 'fr')).toBe('modifier')
    expect(nonNounClass('atteint', 'fr')).toBe('participle')
    expect(nonNounClass('versés', 'fr')).toBe('participle')
  })

  it('leaves out every word that may be a noun, in either language', () => {
    for (const w of ['aide', 'part', 'souris', 'élèves', 'hausse', 'taux', 'dépenses', 'moyenne', 'blessés']) expect(nonNounClass(w, 'fr'), w).toBeUndefined()
    for (const w of ['rose', 'cost', 'costs', 'growth', 'percent', 'total', 'average', 'means', 'carry']) expect(nonNounClass(w, 'en'), w).toBeUndefined()
  })

  it('knows English verbs, adjectives and adverbs, and participles', () => {
    expect(nonNounClass('economic', 'en')).toBe('modifier')
    expect(nonNounClass('recently', 'en')).toBe('modifier')
    expect(nonNounClass('paid', 'en')).toBe('participle')
    expect(nonNounClass('rises', 'en')).toBeUndefined()
    expect(nonNounClass('announces', 'en')).toBe('verb')
  })

  it('decodes every word of the generated files (front coding intact)', () => {
    for (const lang of ['fr', 'en'] as const) {
      const data = JSON.parse(readFileSync(new URL(`../../../shared/extract/lexicons/nonNouns.${lang}.json`, import.meta.url), 'utf8')) as Record<string, { count: number; words: string }>
      for (const cls of ['verbs', 'modifiers', 'participles']) {
        const words = data[cls].words.split('|')
        expect(words.length).toBe(data[cls].count)
        expect(data[cls].count).toBeGreaterThan(1000)
      }
    }
  })
})
