import { describe, expect, it } from 'vitest'
import { detectLanguage, extractClaims, subjectKeyOf } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'

function first(text: string, lang: Lang, opts: { date?: string; speakers?: string[] } = {}) {
  const claims = extractClaims(text, { lang, ...opts })
  expect(claims.length, `no claim in: ${text}`).toBeGreaterThan(0)
  return claims[0]
}

describe('subject: the noun phrase counted, as written', () => {
  const rows: [Lang, string, string][] = [
    ['fr', '357 interpellations de trafiquants depuis début 2023.', 'interpellations de trafiquants'],
    ['fr', 'Il y a 3 millions de personnes concernées.', 'personnes concernées'],
    ['fr', '84 % des Allemands trouvent cela inacceptable.', 'Allemands'],
    ['fr', 'Le taux de chômage a atteint 7,2 % en mars.', 'taux de chômage'],
    ['fr', 'Les crédits de la mission augmentent de 4,6 % en 2024.', 'crédits de la mission'],
    ['fr', 'Environ 10 000 habitants ont été évacués.', 'habitants'],
    ['en', 'Police arrested 1,200 drug dealers last year.', 'drug dealers'],
    ['en', 'About 12% of voters remain undecided.', 'voters'],
    ['en', 'Unemployment rose to 4.2% in March.', 'Unemployment'],
    ['en', 'The railway will pay compensation of 1 million rupees.', 'compensation'],
    ['en', 'Debt will be 97.7% of GDP next year.', 'Debt'],
    ['en', 'Volunteers collected 12.5 tonnes of food in August.', 'food']
  ]
  for (const [lang, text, subject] of rows) {
    it(`${lang}: ${text}`, () => expect(first(text, lang).subject).toBe(subject))
  }

  it('carries the subject over to a figure that names none ("32 of them", "0.7% in 2024")', () => {
    const claims = extractClaims('The Prime Minister promised 40 new hospitals by 2030. Only 32 of them are planned.', { lang: 'en' })
    expect(claims.map((c) => c.subject)).toEqual(['new hospitals', 'new hospitals'])
    const growth = extractClaims('It expects the economy to grow by 0.6% this year and 0.7% in 2024.', { lang: 'en' })
    expect(growth.map((c) => c.subject)).toEqual(['economy', 'economy'])
  })

  it('keys singular and plural, accents and stopwords together', () => {
    expect(subjectKeyOf('consommateurs de crack', 'fr')).toBe(subjectKeyOf('consommateur du crack', 'fr'))
    expect(subjectKeyOf('Policiers', 'fr')).toBe(subjectKeyOf('policier', 'fr'))
    expect(subjectKeyOf('police officers', 'en')).toBe(subjectKeyOf('the police officer', 'en'))
    expect(subjectKeyOf('', 'fr')).toBe('')
  })
})

describe('speaker: who states the figure', () => {
  const rows: [Lang, string, string | undefined][] = [
    ['fr', '"357 interpellations", assure Laurent Nunez.', 'Laurent Nunez'],
    ['fr', 'Selon l\'Insee, le chômage atteint 7,2 %.', 'Insee'],
    ['fr', 'Gérald Darmanin a déclaré que 200 policiers seraient envoyés.', 'Gérald Darmanin'],
    ['fr', '« Nous avons recruté 3 000 agents », explique-t-elle.', undefined],
    ['en', '"We hired 7,000 nurses," said the minister.', 'the minister'],
    ['en', 'Dana Whitfield said the company would invest $2.3bn in Ohio.', 'Dana Whitfield'],
    ['en', 'At least 23 people were killed, officials said.', 'officials'],
    ['en', 'The train was travelling at 128 km/h, according to a preliminary report.', 'preliminary report'],
    ['en', 'Some 300 people live there.', undefined]
  ]
  for (const [lang, text, speaker] of rows) {
    it(`${lang}: ${text}`, () => expect(first(text, lang).speaker).toBe(speaker))
  }

  it('resolves a pronoun and a role to the person named before', () => {
    const text = 'La ministre du Travail, Claire Morvan, était l\'invitée de la radio. « Nous avons créé 1,3 million d\'emplois », a-t-elle affirmé. La ministre a ajouté que 850 000 jeunes étaient en apprentissage.'
    const claims = extractClaims(text, { lang: 'fr' })
    expect(claims.map((c) => c.speaker)).toEqual(['Claire Morvan', 'Claire Morvan'])
  })

  it('reads transcript turns and maps them to a known speaker', () => {
    const text = 'JOURNALISTE : Combien de lits ?\nNUNEZ : Nous avons ouvert 250 lits cet automne.\n'
    expect(first(text, 'fr').speaker).toBe('Nunez')
    expect(first(text, 'fr', { speakers: ['Laurent Nunez'] }).speaker).toBe('Laurent Nunez')
  })

  it('reads parliamentary turns with a constituency in brackets', () => {
    const text = 'Mr Daniel Carr (Blyth Valley) (Lab): Meanwhile, 7.4 million people are on waiting lists.'
    expect(first(text, 'en').speaker).toBe('Mr Daniel Carr')
  })

  it('gives quotes in a passage to the person introduced before', () => {
    const text = 'Laurent Nunez tient à préciser : "Je ne dis pas que rien est fait. 610 consommateurs sont accueillis toutes les nuits."'
    expect(first(text, 'fr').speaker).toBe('Laurent Nunez')
  })

  it('uses segments when the host gives them, and the first known speaker as the fallback', () => {
    const text = 'Nous avons 300 policiers. Il y a 40 voitures.'
    const claims = extractClaims(text, { lang: 'fr', speakers: ['A B'], segments: [{ start: 26, end: 46, speaker: 'Jeanne Durand' }] })
    expect(claims.map((c) => c.speaker)).toEqual(['A B', 'Jeanne Durand'])
  })
})

describe('period: the time a figure is about, resolved against the source date', () => {
  const rows: [Lang, string, Record<string, string>][] = [
    ['fr', '357 interpellations depuis début 2023.', { text: 'depuis début 2023', start: '2023-01-01', end: '2023-10-05' }],
    ['fr', 'En 2022, 376 000 logements ont été autorisés.', { text: 'En 2022', start: '2022', end: '2022' }],
    ['fr', 'J\'ai chaque jour 800 policiers.', { text: 'chaque jour', per: 'day' }],
    ['fr', '610 consommateurs accueillis toutes les nuits.', { text: 'toutes les nuits', per: 'night' }],
    ['fr', 'Le budget est de 3 000 euros par an.', { text: 'par an', per: 'year' }],
    ['fr', 'Il a perdu 3 % l\'an dernier.', { text: "l'an dernier", start: '2022', end: '2022' }],
    ['fr', 'Les ventes ont progressé de 2 % au premier trimestre 2023.', { text: 'au premier trimestre 2023', start: '2023-01', end: '2023-03-31' }],
    ['en', 'About 12,000 people a day use it.', { text: 'a day', per: 'day' }],
    ['en', 'Sales fell 3% last month.', { text: 'last month', start: '2023-09', end: '2023-09' }],
    ['en', 'GDP grew 0.5% in the first quarter of 2023.', { text: 'in the first quarter of 2023', start: '2023-01', end: '2023-03-31' }],
    ['en', 'It has sold 15,000 cars since 2020.', { text: 'since 2020', start: '2020', end: '2023-10-05' }],
    ['en', 'They plan 5 GW by 2030.', { text: 'by 2030', start: '2023-10-05', end: '2030' }],
    ['en', 'Prices rose 40% between 2019 and 2022.', { text: 'between 2019 and 2022', start: '2019', end: '2022' }]
  ]
  for (const [lang, text, period] of rows) {
    it(`${lang}: ${text}`, () => expect(first(text, lang, { date: '2023-10-05' }).period).toEqual(period))
  }

  it('leaves the period out when the text gives none, or gives it in another clause', () => {
    expect(first('Il y a 300 policiers.', 'fr', { date: '2023-10-05' }).period).toBeUndefined()
    const claims = extractClaims('It will generate 4.5 TWh a year, enough to power more than 1 million homes.', { lang: 'en' })
    expect(claims[1].period).toBeUndefined()
  })

  it('keeps periods unresolved without a source date', () => {
    expect(first('Il a perdu 3 % l\'an dernier.', 'fr').period).toEqual({ text: "l'an dernier" })
  })
})

describe('detectLanguage', () => {
  it('tells French from English', () => {
    expect(detectLanguage("Ce n'est pas un échec, assure le préfet de police.")).toBe('fr')
    expect(detectLanguage('It is not a failure, the police chief said.')).toBe('en')
    expect(detectLanguage('Les 100 à 150 consommateurs de crack')).toBe('fr')
    expect(detectLanguage('The 12,000 people who use the new bus lanes')).toBe('en')
  })

  it('never throws and answers on empty or odd input', () => {
    expect(['fr', 'en']).toContain(detectLanguage(''))
    expect(['fr', 'en']).toContain(detectLanguage('\ud800 12 %'))
  })

  it('is what extractClaims uses when no language is given', () => {
    expect(extractClaims('Près de 3 000 personnes ont manifesté.')[0].approx).toBe('Près de')
    expect(extractClaims('More than 3,000 people marched.')[0].value).toBe(3000)
  })
})
