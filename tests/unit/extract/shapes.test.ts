import { figureText } from '../../../shared/figureSpan'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'
import type { ExtractedClaim, Lang } from '../../../shared/model'

type Expect = Partial<Pick<ExtractedClaim, 'value' | 'valueHigh' | 'kind' | 'unit' | 'approx'>> & { previous?: number; when?: string }
type Row = [lang: Lang, text: string, quoteContains: string, expected: Expect]

// The "Shapes": ranges, comparisons and changes, approximations — one row each, both languages.
const rows: Row[] = [
  // ranges
  ['fr', 'Encore 100 à 150 consommateurs errent.', '100 à 150', { value: 100, valueHigh: 150, kind: 'count' }],
  ['fr', 'Il y a entre 100 et 800 policiers.', '100 et 800', { value: 100, valueHigh: 800 }],
  ['fr', 'Des peines de 10 à 20 ans de prison.', '10 à 20', { value: 10, valueHigh: 20, unit: 'year' }],
  ['en', 'About 100-150 people were there.', '100-150', { value: 100, valueHigh: 150, approx: 'About' }],
  ['en', 'It will cost between £2bn and £3bn.', '£2bn and £3bn', { value: 2e9, valueHigh: 3e9, unit: 'GBP', kind: 'money' }],
  ['en', 'Economists expect growth of from 3 to 4 per cent.', '3 to 4 per cent', { value: 3, valueHigh: 4, unit: '%' }],
  ['en', 'Profit will be £210m-£230m this year.', '£210m-£230m', { value: 2.1e8, valueHigh: 2.3e8, unit: 'GBP' }],
  // changes with a previous value
  ['fr', 'On est passé de 35 à 50 dans les dispositifs.', '35 à 50', { value: 50, previous: 35 }],
  ['fr', '610 consommateurs sont accueillis, c\'était 200 avant.', '610 consommateurs', { value: 610, previous: 200, when: 'avant' }],
  ['fr', 'Le chômage atteint 7,2 %, contre 7,5 % l\'an dernier.', '7,2 %', { value: 7.2, previous: 7.5, when: "l'an dernier" }],
  ['en', 'Unemployment rose to 4.2%, up from 3.9% in 2022.', '4.2%', { value: 4.2, previous: 3.9, when: 'in 2022' }],
  // "aout", the 1990 spelling, is a month like "août"
  ['fr', 'L\'indice a baissé jusqu\'à 100,4 points, par rapport à 100,8 en aout.', '100,4', { value: 100.4, previous: 100.8, when: 'en aout' }],
  ['en', 'Waiting times fell from 4 to 3 weeks.', '4 to 3 weeks', { value: 3, previous: 4, unit: 'week' }],
  ['en', 'Core CPI rose by 6.1%, down from 6.2%.', '6.1%', { value: 6.1, previous: 6.2, kind: 'change' }],
  ['fr', 'Les prix de l\'énergie accélèrent (+4,5 % après +3,7 %).', '+4,5 %', { value: 4.5, previous: 3.7 }],
  // changes as the value
  ['fr', 'Les ventes sont en hausse de 4 % sur un an.', '4 %', { value: 4, kind: 'change', unit: '%' }],
  ['en', 'The party saw a fall of 3 points.', '3 points', { value: -3, kind: 'change', unit: 'pp' }],
  ['en', 'Shares rose 4% on Monday.', '4%', { value: 4, kind: 'change' }],
  ['fr', 'La fréquentation a doublé depuis 2020.', 'doublé', { value: 2, kind: 'ratio' }],
  ['en', 'The bill has tripled since 2019.', 'tripled', { value: 3, kind: 'ratio' }],
  // multiplying verbs by stem, any tense, and the noun after a determiner
  ['fr', "Le nombre de salariés doublera d'ici 2015.", 'doublera', { value: 2, kind: 'ratio' }],
  ['fr', 'Les loyers triplaient chaque décennie.', 'triplaient', { value: 3, kind: 'ratio' }],
  ['fr', 'Le doublement des effectifs est prévu.', 'doublement', { value: 2, kind: 'ratio' }],
  ['en', 'Profits halved in a year.', 'halved', { value: 0.5, kind: 'ratio' }],
  ['en', 'Rents are doubling every decade.', 'doubling', { value: 2, kind: 'ratio' }],
  ['en', 'Prices rose twice as fast as wages.', 'twice', { value: 2, kind: 'ratio' }],
  // "one"/"un" before a percent is the figure, not an article ("un pour cent" is 1 %, never 100)
  ['en', 'The index closed at 1251 points, down one percent.', 'one percent', { value: -1, kind: 'change', unit: '%' }],
  ['fr', "Les actions ont augmenté d'un pour cent.", 'un pour cent', { value: 1, kind: 'change', unit: '%' }],
  ['fr', 'Les effectifs ont été divisés par deux.', 'deux', { value: 0.5, kind: 'ratio' }],
  ['fr', 'soit deux fois plus qu\'en 2012', 'deux fois plus', { value: 2, kind: 'ratio' }],
  // approximations
  ['fr', 'Près de 3 000 personnes ont manifesté.', '3 000 personnes', { value: 3000, approx: 'Près de' }],
  ['fr', 'Il y avait environ 200 policiers.', '200 policiers', { value: 200, approx: 'environ' }],
  ['fr', 'Quelque 1 100 pompiers sont mobilisés.', '1 100 pompiers', { value: 1100, approx: 'Quelque' }],
  ['fr', 'Plus de 7 400 hectares ont brûlé.', '7 400 hectares', { value: 7400, approx: 'Plus de', unit: 'ha' }],
  ['fr', 'Au moins trois pompiers ont été blessés.', 'trois pompiers', { value: 3, approx: 'Au moins' }],
  ['en', 'Nearly 7,000 extra nurses were hired.', '7,000 extra nurses', { value: 7000, approx: 'Nearly' }],
  ['en', 'It created up to 1,500 jobs.', '1,500 jobs', { value: 1500, approx: 'up to' }],
  ['en', 'More than 100 people were injured.', '100 people', { value: 100, approx: 'More than' }],
  ['en', 'At least 23 people were killed.', '23 people', { value: 23, approx: 'At least' }],
  // ratios
  ['fr', 'La SNCF fera rouler un TGV sur cinq.', 'un TGV sur cinq', { value: 0.2, kind: 'ratio' }],
  ['en', 'That is one in four pensioners.', 'one in four pensioners', { value: 0.25, kind: 'ratio' }],
  ['en', 'Roughly 1 in 8 planned to switch.', '1 in 8', { value: 0.125, approx: 'Roughly' }]
]

describe('shapes: ranges, changes, previous values, approximations, ratios', () => {
  for (const [lang, text, quote, e] of rows) {
    it(`${lang}: ${text}`, () => {
      const claims = extractClaims(text, { lang, date: '2023-10-05' })
      const c = claims.find((x) => figureText(x).includes(quote))
      expect(c, `claims: ${JSON.stringify(claims.map((x) => figureText(x)))}`).toBeDefined()
      if (!c) return
      if (e.value !== undefined) expect(c.value).toBeCloseTo(e.value, 9)
      if (e.valueHigh !== undefined) expect(c.valueHigh).toBeCloseTo(e.valueHigh, 9)
      if (e.kind !== undefined) expect(c.kind).toBe(e.kind)
      if (e.unit !== undefined) expect(c.unit).toBe(e.unit)
      if (e.approx !== undefined) expect(c.approx).toBe(e.approx)
      if (e.previous !== undefined) expect(c.previous?.value).toBe(e.previous)
      if (e.when !== undefined) expect(c.previous?.when).toBe(e.when)
      // the previous value is not a claim of its own
      if (e.previous !== undefined) expect(claims.filter((x) => x.value === e.previous && x !== c)).toEqual([])
    })
  }

  it('keeps a counter-figure from another source as its own claim', () => {
    const claims = extractClaims('La police a compté 1,28 million de manifestants, contre 3,5 millions selon la CGT.', { lang: 'fr' })
    expect(claims.map((c) => c.value)).toEqual([1.28e6, 3.5e6])
    expect(claims[0].previous).toBeUndefined()
  })

  it('gives "ce nombre s\'est élevé à 28", "that number rose to 28" the figure of the sentence before as previous value and subject', () => {
    const read = (text: string, lang: 'fr' | 'en'): unknown => extractClaims(text, { lang }).map((c) => [c.value, c.previous?.value, c.subject])
    expect(read('The trial began with 17 plaintiffs. That number rose to 28 within months.', 'en')).toEqual([[17, undefined, 'plaintiffs'], [28, 17, 'plaintiffs']])
    expect(read('Le procès impliquait 17 plaignants. Ce nombre s\'est élevé à 28 ensuite.', 'fr')).toEqual([[17, undefined, 'plaignants'], [28, 17, 'plaignants']])
    expect(read('Le taux de chômage était de 5 %. Ce taux a baissé à 3 % en 2023.', 'fr')).toEqual([[5, undefined, 'taux de chômage'], [3, 5, 'taux de chômage']])
    // no verb of change, or another unit: no previous value
    const previous = (text: string, lang: 'fr' | 'en'): unknown => extractClaims(text, { lang }).map((c) => [c.value, c.previous?.value])
    expect(previous('The trial began with 17 plaintiffs. That number is 28 today.', 'en')).toEqual([[17, undefined], [28, undefined]])
    expect(previous('Le budget était de 5 millions d\'euros. Ce chiffre est passé à 3 % du total.', 'fr')).toEqual([[5e6, undefined], [3, undefined]])
  })

  it('reads no multiplication in an adverb, a plural adjective or an idiom', () => {
    for (const [lang, text] of [
      ['fr', "La surface de l'eau renforce doublement l'architecture."],
      ['fr', 'Il faut des pétroliers à doubles coques.'],
      ['en', 'People will think twice before buying.'],
      ['fr', "C'est un double meurtre."]
    ] as const) expect(extractClaims(text, { lang }).map((c) => c.quote), text).toEqual([])
  })

  it('does not take the total after "sur" for a claim', () => {
    const claims = extractClaims('La RATP annonce un trafic perturbé sur 14 lignes de métro sur 16.', { lang: 'fr' })
    expect(claims.map((c) => c.value)).toEqual([14])
  })
})
