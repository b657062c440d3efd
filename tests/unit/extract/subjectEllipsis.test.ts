// Subjects of bare figures whose noun is elided or named before (issue 10): lists such as "X with 26, Y with 25",
// "A (37), B (36)", restatements in brackets. Sentences written for these tests, not from the gold sets.
import { figureText } from '../../../shared/figureSpan'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'

function subjectsOf(text: string, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {}
  for (const c of extractClaims(text, { lang })) out[figureText(c)] = c.subject
  return out
}

describe('a bare figure in a list counts what the list counts', () => {
  it('en: "Name with N" after "with N nouns"', () => {
    const s = subjectsOf('The record belongs to Hannah Ortiz with 212 caps, followed by Leo Brandt with 187 and Mia Kovac, with 150.', 'en')
    expect(s['212 caps']).toBe('caps')
    expect(s['187']).toBe('caps')
    expect(s['150']).toBe('caps')
  })

  it('fr: "Nom avec N" after "avec N noms"', () => {
    const s = subjectsOf('La meilleure buteuse reste Anne Roux avec 48 buts, devant Léa Marin avec 31 et Inès Bahri avec 12.', 'fr')
    expect(s['48 buts']).toBe('buts')
    expect(s['31']).toBe('buts')
    expect(s['12']).toBe('buts')
  })

  it('en: "Name (N)" after the counted noun', () => {
    const s = subjectsOf('More than 40 starts this season went to Paul Dray (44), Omar Said (43) and Tim Ross (41).', 'en')
    expect(s['44']).toBe('starts')
    expect(s['43']).toBe('starts')
  })

  it('fr: "Nom (N)" after the counted noun; a figure in brackets right after a figure restates it', () => {
    const s = subjectsOf('Plus de 20 sélections comptent Marc Lenoir (27), Yves Brun (24) et Tom Vidal (21).', 'fr')
    expect(s['27']).toBe('sélections')
    expect(s['24']).toBe('sélections')
    const r = subjectsOf('Le loyer moyen atteint 3 200 couronnes (410 euros) par mois.', 'fr')
    expect(r['410 euros']).toBe(r['3 200 couronnes'])
  })

  it('a figure after "with" in a sentence that named nothing before carries the previous claim over', () => {
    const s = subjectsOf('The club has signed 14 players since June. Only the youngest arrived with 2.', 'en')
    expect(s['2']).toBe('players')
  })
})
