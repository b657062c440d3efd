// Subjects found on the left of a figure or behind function words (issue 10): verbs that French and English mark by
// form (reflexive "se", infinitive after a preposition, a participle introducing the figure), index points, "de
// tous les", "de l'", connectives, and a name whose verb is left out. Sentences written for these tests, not from the gold sets.
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

describe('the subject read on the left of a figure or past function words', () => {
  const rows: [Lang, string, string, string][] = [
    // a word after a reflexive pronoun is a verb
    ['fr', "Le volume des aides se stabilisa autour de 4 millions d'euros.", '4', 'volume des aides'],
    // an infinitive after a modal or a preposition is a verb
    ['fr', 'Il y a obligation de contrôler 25 % de tous les camions.', '25 %', 'camions'],
    // a participle that introduces the figure is a verb: its noun is before the comma
    ['fr', 'Il existe une aide dérogatoire, plafonnée à 80 millions d\'euros.', '80', 'aide dérogatoire'],
    // "de l'"/"de la" after a percent names what it is a share of
    ['fr', "La pêche fournit 2,5 % de l'emploi régional.", '2,5 %', 'emploi régional'],
    // index points measure the index named before
    ['en', 'The broader S & P 500 index closed at 1251 points.', '1251', 'broader S & P 500 index'],
    ['en', 'The Dax fell 1.2 percent closing at 5985 points.', '5985', 'Dax'],
    ['fr', 'Le baromètre du marché a fluctué entre 12027 et 12170 points.', '12027', 'baromètre du marché'],
    // a particle or a conjunction is not part of the noun phrase
    ['en', 'A rogue trader gambled away 2 billion dollars.', '2 billion', 'rogue trader'],
    ['en', 'Drivers earn a lot, whereas harvest labour is paid 9,000 rupees.', '9,000', 'harvest labour'],
    // a name followed by a figure, the verb left out: the figure counts what the clause before counted
    ['en', 'While Ana Ruiz has only five titles and Eva Lind three, the club keeps both.', 'three', 'titles']
  ]
  for (const [lang, text, quoteStart, subject] of rows) {
    it(`${lang}: ${text}`, () => expect(subjectOf(text, lang, quoteStart)).toBe(subject))
  }

  it('keeps the rate named before when a percent is "of the labour force"', () => {
    expect(subjectOf('Le taux de chômage est de 7,4 % de la population active.', 'fr', '7,4')).toBe('taux de chômage')
  })
})

describe('occurrences', () => {
  it('gives "N times" the subject of its clause', () => {
    expect(extractClaims('The ship Erika has been investigated four times.', { lang: 'en' }).map((c) => c.subject)).toEqual(['ship Erika'])
    expect(extractClaims('Le navire Erika a été inspecté quatre fois.', { lang: 'fr' }).map((c) => c.subject)).toEqual(['navire Erika'])
  })
})

describe('coordinated modifiers', () => {
  it('gives "24 new and 20 amending pieces" the noun both share', () => {
    expect(extractClaims('There are 24 new and 20 amending pieces of legislation.', { lang: 'en' }).map((c) => c.subject)).toEqual(['pieces of legislation', 'amending pieces of legislation'])
    expect(extractClaims('Il y a 24 nouveaux et 20 anciens règlements.', { lang: 'fr' }).map((c) => c.subject)).toEqual(['règlements', 'anciens règlements'])
    expect(extractClaims('He scored 3 goals and 4 assists.', { lang: 'en' }).map((c) => c.subject)).toEqual(['goals', 'assists'])
  })
})

describe('adjectives in -ly, "on average", and "ones"', () => {
  it('keeps "monthly" in the phrase, passes "on average", and gives "ones" the noun before', () => {
    expect(extractClaims('They pay 3 monthly instalments.', { lang: 'en' }).map((c) => c.subject)).toEqual(['monthly instalments'])
    expect(extractClaims('The average monthly wage is two million rupees.', { lang: 'en' })[0]?.subject).toContain('monthly wage')
    expect(extractClaims('He paid 170 dollars on average per share.', { lang: 'en' })[0]?.subject).not.toBe('average')
    expect(extractClaims('They created 125 000 direct jobs and 410 000 resulting ones.', { lang: 'en' }).map((c) => c.subject)).toEqual(['direct jobs', 'direct jobs'])
  })
})

describe('the object of a multiplying verb after an adverb of degree', () => {
  it('reads "and almost double its workforce" as doubling the workforce', () => {
    const c = extractClaims('SAP plans to invest billions and almost double its workforce in China.', { lang: 'en' }).find((x) => x.value === 2)
    expect(c?.subject).toBe('workforce in China')
  })
})

describe('a duration or an age after "de"/"of" measures the noun before it', () => {
  it('gives "une réunion de deux jours de son conseil" the meeting and "un employé de 25 ans" the employee', () => {
    const subj = (text: string, lang: 'fr' | 'en') => extractClaims(text, { lang }).map((c) => c.subject)
    expect(subj('La BoJ a ouvert mardi une réunion de deux jours de son conseil de politique monétaire.', 'fr')).toEqual(['réunion'])
    expect(subj('Il a menacé un employé de 25 ans avec un pistolet.', 'fr')).toEqual(['employé'])
    expect(subj('They held a meeting of two days of the council.', 'en')).toEqual(['meeting'])
    expect(subj('Le prix est plafonné à 3 euros.', 'fr')).toEqual(['prix'])
  })
})
