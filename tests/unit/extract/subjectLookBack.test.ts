// Subject rules for figures whose noun phrase sits a few words back, or that a naive reading
// would take from a verb, a place or a name. Sentences written for these tests, not from the gold set.
import { figureText } from '../../../shared/figureSpan'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'

function subjectOf(text: string, lang: Lang, quoteStart: string): string {
  const claims = extractClaims(text, { lang })
  const c = claims.find((x) => figureText(x).startsWith(quoteStart))
  expect(c, `no claim starting "${quoteStart}" in: ${text} (got ${claims.map((x) => figureText(x)).join(' | ')})`).toBeDefined()
  return c?.subject ?? ''
}

describe('subject read back over verbs and asides', () => {
  const rows: [Lang, string, string, string][] = [
    // a word after a subject pronoun or an auxiliary is a verb
    ['fr', 'Les recettes touristiques ont fondu de 12 % cet été.', '12', 'recettes touristiques'],
    ['fr', 'Les dépenses de santé sont évaluées à 12 milliards d\'euros.', '12', 'dépenses de santé'],
    // a generic "personnes" keeps itself unless a verb of level links it to a phrase before
    ['fr', 'Cette réforme toucherait 900 000 personnes selon le ministère.', '900', 'personnes'],
    ['en', 'The new depot employs some 450 people on two sites.', '450', 'people'],
    // "rate" before a verb is the head, not a word of change
    ['en', 'The regional vacancy rate was estimated at 3.1% in May.', '3.1', 'regional vacancy rate'],
    // an -ing noun opening the sentence
    ['en', 'Spending is expected to rise from £40 billion to £46 billion.', '£40', 'Spending'],
    // money after a closing quote and "pour"/"on"
    ['fr', 'La région a promis « 8 millions d\'euros supplémentaires » pour la rénovation des gymnases.', '8', 'rénovation des gymnases'],
    ['en', 'The council is spending "£3m more" on road repairs.', '£3m', 'road repairs'],
    // a participle or a relative clause after a comma, an aside between commas or brackets
    ['fr', 'Le plafond de ressources, relevé à 1 420 euros par mois, entre en vigueur lundi.', '1 420', 'plafond de ressources'],
    ['fr', 'Le loyer médian, hors charges, atteint 14,2 euros le mètre carré.', '14,2', 'loyer médian'],
    ['en', 'The number of rough sleepers (those counted on a single night) was little changed at 3,900.', '3,900', 'number of rough sleepers'],
    // a number glued to a capitalised word is part of a name
    ['fr', 'Le Nasdaq 100, lui, a progressé de 1,4 %.', '1,4', 'Nasdaq 100'],
    // digits glued to a word belong to it
    ['fr', 'L\'usine rejette 12 000 tonnes de CO2 par an.', '12', 'CO2'],
    // "a 4% cut to the" names what is cut
    ['en', 'Ministers agreed a 4% cut to the prison budget.', '4%', 'prison budget'],
    // "X, d'une longueur de N": the measure describes the noun before the comma
    ['fr', 'Le pont de Millau, d\'une longueur de 2 460 mètres, a été inauguré en 2004.', '2 460', 'pont de Millau'],
    // an answer counts what the question asked about
    ['en', 'Q: How many volunteers turned up on Saturday? A: Roughly 340, more than last year.', '340', 'volunteers'],
    ['fr', 'Q : Combien de bénévoles sont venus samedi ? R : Environ 340, plus que l\'an dernier.', '340', 'bénévoles'],
    // a multiplying verb's object is what is multiplied; "double the number" is a comparison
    ['en', 'The board tripled the annual grant in March.', 'tripled', 'annual grant'],
    // a participle after a unit is not what is counted
    ['fr', 'La commune affiche une dette de 48 millions d\'euros cumulés sur dix ans.', '48', 'dette']
  ]
  for (const [lang, text, quoteStart, subject] of rows) {
    it(`${lang}: ${text}`, () => expect(subjectOf(text, lang, quoteStart)).toBe(subject))
  }

  it('does not take a past tense before "to" for the noun of a ratio ("1 in 5 decided to move")', () => {
    expect(subjectOf('Most tenants renewed, but 1 in 5 decided to move out.', 'en', '1 in 5')).not.toBe('decided')
  })
})
