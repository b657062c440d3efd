// The last check on a chosen subject (shared/extract/subject/junk.ts): words that name nothing countable are dropped.
import { describe, expect, it } from 'vitest'
import { isJunkSubject } from '../../../../shared/extract/subject/junk'

describe('isJunkSubject', () => {
  it('refuses a subject with no letter, a single letter, a function word, a lone word of period or an English modifier', () => {
    expect(isJunkSubject('2016', 'fr')).toBe(true)
    expect(isJunkSubject('e', 'fr')).toBe(true)
    expect(isJunkSubject('ans', 'fr')).toBe(true)
    expect(isJunkSubject('months', 'en')).toBe(true)
    expect(isJunkSubject('underway', 'en')).toBe(true)
    expect(isJunkSubject('unchanged', 'en')).toBe(true)
  })

  it('keeps nouns, names, phrases, French participles used as nouns and English adjectives that count people', () => {
    expect(isJunkSubject('', 'fr')).toBe(false)
    expect(isJunkSubject('employés', 'fr')).toBe(false)
    expect(isJunkSubject('blessés', 'fr')).toBe(false)
    expect(isJunkSubject('meeting', 'en')).toBe(false)
    expect(isJunkSubject('unemployed', 'en')).toBe(false)
    expect(isJunkSubject('SAP', 'en')).toBe(false)
    expect(isJunkSubject('people unemployed for over 12 months', 'en')).toBe(false)
  })
})
