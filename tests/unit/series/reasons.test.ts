import { describe, expect, it } from 'vitest'
import { reasonText, suggestSeries, type ReasonPart } from '../../../shared/series'
import { loadFixture } from './fixture'

describe('suggestion reasons in the UI language', () => {
  const { claims, sources } = loadFixture()
  const suggestions = suggestSeries(claims, sources)
  const night = suggestions.find((s) => s.claimIds.includes('c-nunez-610'))

  it('words the same facts in English (the reason string) and in French', () => {
    expect(night).toBeDefined()
    if (!night) return
    expect(reasonText(night.reasons, 'en')).toBe(night.reason)
    const fr = reasonText(night.reasons, 'fr')
    // The dimension in French too (issue 13, item 5: a French UI showed "même unité (count)").
    expect(fr).toContain('même unité (nombre)')
    expect(fr).not.toContain('count')
    expect(fr).toContain('mêmes chiffres (610, avant 200)')
    expect(fr).toContain('sources en français et en anglais')
    expect(fr).toMatch(/\d+ affirmations de \d+ sources/)
    expect(fr).not.toMatch(/same|claims from/)
  })

  it('has a wording for every kind of fact in both languages', () => {
    const all: ReasonPart[] = [
      { kind: 'unit', currency: true, unit: 'EUR' }, { kind: 'beforeAfter', before: '35', after: '50' }, { kind: 'sharedWords', words: ['crack'] },
      { kind: 'sameFigures', value: '610', before: '200' }, { kind: 'sameValue', value: '610' }, { kind: 'beforeIsValue' }, { kind: 'sameBefore', before: '200' },
      { kind: 'closeValues', min: 600, max: 650 }, { kind: 'bilingual' }, { kind: 'sameSpeaker', speaker: 'Laurent Nunez' }, { kind: 'samePlace', places: ['Paris'] },
      { kind: 'count', claims: 2, sources: 1 }
    ]
    const en = reasonText(all, 'en').split('; ')
    const fr = reasonText(all, 'fr').split('; ')
    expect(en).toHaveLength(all.length)
    expect(fr).toHaveLength(all.length)
    for (let i = 0; i < all.length; i++) expect(fr[i]).not.toBe(en[i])
    expect(fr[11]).toBe('2 affirmations de 1 source')
  })
})
