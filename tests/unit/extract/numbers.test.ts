import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'

type Row = [lang: Lang, text: string, expected: { text: string; value: number; valueHigh?: number; unit?: string }]

// One row per feature of the "Numbers" and "Units" lists: the first number expression found.
const rows: Row[] = [
  // separators
  ['fr', 'soit 1 234,5 tonnes', { text: '1 234,5 tonnes', value: 1234.5, unit: 't' }],
  ['fr', 'soit 1\u00a0234,5 personnes', { text: '1\u00a0234,5', value: 1234.5 }],
  ['fr', 'soit 1\u202f234,5 personnes', { text: '1\u202f234,5', value: 1234.5 }],
  ['fr', 'soit 1.234,5 personnes', { text: '1.234,5', value: 1234.5 }],
  ['en', 'some 1,234.5 people', { text: '1,234.5', value: 1234.5 }],
  ['en', 'some 1,234,567 people', { text: '1,234,567', value: 1234567 }],
  ['fr', 'un salaire de 12\'500 francs', { text: "12'500 francs", value: 12500, unit: 'CHF' }],
  ['en', 'a rate of 3.75 per', { text: '3.75', value: 3.75 }],
  ['fr', 'un taux de 3,75 sur', { text: '3,75', value: 3.75 }],
  ['fr', 'une baisse de -2,5 points', { text: '-2,5 points', value: -2.5, unit: 'pp' }],
  // scales
  ['fr', 'il faut 3,5 milliards d\'euros', { text: "3,5 milliards d'euros", value: 3.5e9, unit: 'EUR' }],
  ['fr', '1,2 million de personnes', { text: '1,2 million', value: 1.2e6 }],
  ['fr', 'trois mille personnes', { text: 'trois mille', value: 3000 }],
  ['fr', 'un budget de 10 M€', { text: '10 M€', value: 1e7, unit: 'EUR' }],
  ['fr', 'un budget de 3 Md€', { text: '3 Md€', value: 3e9, unit: 'EUR' }],
  ['fr', 'une dette de un billion', { text: 'un billion', value: 1e12 }],
  ['en', 'a debt of $2.3bn', { text: '$2.3bn', value: 2.3e9, unit: 'USD' }],
  ['en', 'spending of £79 billion', { text: '£79 billion', value: 7.9e10, unit: 'GBP' }],
  ['en', 'a debt of one trillion dollars', { text: 'one trillion dollars', value: 1e12, unit: 'USD' }],
  ['en', 'some 10k runners', { text: '10k', value: 1e4 }],
  ['en', 'a £2.5m grant', { text: '£2.5m', value: 2.5e6, unit: 'GBP' }],
  ['en', '3 million people', { text: '3 million', value: 3e6 }],
  // written-out numbers
  ['fr', 'deux cents personnes', { text: 'deux cents', value: 200 }],
  ['fr', 'trois mille cinq cents personnes', { text: 'trois mille cinq cents', value: 3500 }],
  ['fr', 'soixante-dix personnes', { text: 'soixante-dix', value: 70 }],
  ['fr', 'quatre-vingt-dix-sept personnes', { text: 'quatre-vingt-dix-sept', value: 97 }],
  ['fr', 'quatre-vingts personnes', { text: 'quatre-vingts', value: 80 }],
  ['fr', 'vingt et un pays', { text: 'vingt et un', value: 21 }],
  ['en', 'one hundred and twenty families', { text: 'one hundred and twenty', value: 120 }],
  ['en', 'a dozen trees', { text: 'a dozen', value: 12 }],
  ['fr', 'une dizaine de blessés', { text: 'une dizaine', value: 10 }],
  ['fr', 'des centaines de personnes', { text: 'des centaines', value: 100 }],
  ['en', 'hundreds of people', { text: 'hundreds', value: 100 }],
  ['en', 'tens of thousands of people', { text: 'tens of thousands', value: 1e4 }],
  ['en', 'a third of children', { text: 'a third', value: 1 / 3 }],
  ['fr', 'un tiers des enfants', { text: 'un tiers', value: 1 / 3 }],
  ['fr', 'la moitié des enfants', { text: 'la moitié', value: 0.5 }],
  ['en', 'half of the staff', { text: 'half', value: 0.5 }],
  ['fr', 'deux tiers des votants', { text: 'deux tiers', value: 2 / 3 }],
  ['en', 'three-quarters of voters', { text: 'three-quarters', value: 0.75 }],
  ['en', 'nearly half a million people', { text: 'half a million', value: 5e5 }],
  // percent
  ['fr', 'un taux de 12,5 %', { text: '12,5 %', value: 12.5, unit: '%' }],
  ['en', 'a rate of 12.5%', { text: '12.5%', value: 12.5, unit: '%' }],
  ['fr', 'de 7 pour cent', { text: '7 pour cent', value: 7, unit: '%' }],
  ['en', 'by 7 per cent', { text: '7 per cent', value: 7, unit: '%' }],
  ['en', 'up 2 percentage points', { text: '2 percentage points', value: 2, unit: 'pp' }],
  ['fr', 'recule de 2 points de pourcentage', { text: '2 points de pourcentage', value: 2, unit: 'pp' }],
  // money
  ['fr', 'pour 5 000 euros', { text: '5 000 euros', value: 5000, unit: 'EUR' }],
  ['fr', 'pour 20 €', { text: '20 €', value: 20, unit: 'EUR' }],
  ['en', 'for $20', { text: '$20', value: 20, unit: 'USD' }],
  ['en', 'for USD 5 million', { text: 'USD 5 million', value: 5e6, unit: 'USD' }],
  ['fr', '5 millions de dollars', { text: '5 millions de dollars', value: 5e6, unit: 'USD' }],
  ['en', '40 pounds', { text: '40 pounds', value: 40, unit: 'GBP' }],
  ['fr', '300 livres sterling', { text: '300 livres sterling', value: 300, unit: 'GBP' }],
  // measures
  ['fr', 'sur 42 km', { text: '42 km', value: 42, unit: 'km' }],
  ['en', 'weighing 5kg', { text: '5kg', value: 5, unit: 'kg' }],
  ['fr', 'près de 3 tonnes', { text: '3 tonnes', value: 3, unit: 't' }],
  ['fr', 'un logement de 68 m²', { text: '68 m²', value: 68, unit: 'm²' }],
  ['fr', 'sur 7 400 hectares', { text: '7 400 hectares', value: 7400, unit: 'ha' }],
  ['fr', 'il a fait 41 °C', { text: '41 °C', value: 41, unit: '°C' }],
  ['en', 'a 1.2 GW wind farm', { text: '1.2 GW', value: 1.2, unit: 'GW' }],
  ['fr', '320,4 TWh produits', { text: '320,4 TWh', value: 320.4, unit: 'TWh' }],
  ['en', 'at 128 km/h', { text: '128 km/h', value: 128, unit: 'km/h' }],
  // ranges
  ['fr', '100 à 150 consommateurs', { text: '100 à 150', value: 100, valueHigh: 150 }],
  ['fr', 'entre 100 et 800 policiers', { text: '100 et 800', value: 100, valueHigh: 800 }],
  ['en', 'between 900 and 1,000 troops', { text: '900 and 1,000', value: 900, valueHigh: 1000 }],
  ['en', '100-150 people', { text: '100-150', value: 100, valueHigh: 150 }],
  ['fr', '2 à 3 millions de personnes', { text: '2 à 3 millions', value: 2e6, valueHigh: 3e6 }],
  ['fr', 'de 10 à 20 %', { text: '10 à 20 %', value: 10, valueHigh: 20, unit: '%' }],
  ['en', 'from 3 to 4 per cent', { text: '3 to 4 per cent', value: 3, valueHigh: 4, unit: '%' }]
]

describe('extractNumbers reads both locales\' numbers, scales, words, units and ranges', () => {
  for (const [lang, text, expected] of rows) {
    it(`${lang}: ${text}`, () => {
      const found = extractNumbers(text, { lang })
      expect(found.length).toBeGreaterThan(0)
      const n = found.find((m) => m.text === expected.text) ?? found[0]
      expect(n.text).toBe(expected.text)
      expect(n.value).toBeCloseTo(expected.value, 9)
      expect(n.valueHigh).toBe(expected.valueHigh)
      expect(n.unit).toBe(expected.unit)
      expect(text.slice(n.start, n.end)).toBe(n.text)
    })
  }

  it('reads "1,234" as a thousand in English and as a decimal in French', () => {
    expect(extractNumbers('exactly 1,234 people', { lang: 'en' })[0].value).toBe(1234)
    expect(extractNumbers('exactement 1,234 tonne', { lang: 'fr' })[0].value).toBe(1.234)
    expect(extractNumbers('exactement 1.234 personnes', { lang: 'fr' })[0].value).toBe(1234)
    expect(extractNumbers('exactly 1.234 tonnes', { lang: 'en' })[0].value).toBe(1.234)
  })

  it('keeps a sentence-final full stop out of the number', () => {
    const [n] = extractNumbers('Ils étaient 300.', { lang: 'fr' })
    expect(n.text).toBe('300')
  })

  it('does not read a lone article as one', () => {
    expect(extractNumbers('un homme et une femme', { lang: 'fr' })).toEqual([])
    expect(extractNumbers('a man and an apple', { lang: 'en' })).toEqual([])
  })
})
