import { describe, expect, it } from 'vitest'
import { extractClaims, extractNumbers } from '../../../shared/extract/index'
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

  it('reads "a third" before a noun of sequence as an ordinal, not a fraction', () => {
    expect(extractNumbers('spending fell for a third month', { lang: 'en' }).filter((n) => n.value === 1 / 3)).toEqual([])
    expect(extractNumbers('a third more money', { lang: 'en' })[0].value).toBeCloseTo(1 / 3, 9)
  })

  it('does not read a lone article as one', () => {
    expect(extractNumbers('un homme et une femme', { lang: 'fr' })).toEqual([])
    expect(extractNumbers('a man and an apple', { lang: 'en' })).toEqual([])
  })
})

type Want = { text: string; value: number; valueHigh?: number; unit?: string }

/** The expression that covers `want.text`, checked for its value and unit. */
function expectReading(lang: Lang, text: string, want: Want): void {
  const found = extractNumbers(text, { lang })
  const n = found.find((m) => m.text === want.text)
  expect(n, `${want.text} in ${JSON.stringify(found.map((m) => m.text))}`).toBeDefined()
  if (!n) return
  expect(n.value).toBeCloseTo(want.value, 9)
  expect(n.valueHigh).toBe(want.valueHigh)
  expect(n.unit).toBe(want.unit)
}

// Issue 10, the numbers layer: one group per class of grammar, each row an example written for this test.
const grammar: Record<string, [Lang, string, Want][]> = {
  'spoken thousands and transcript corrections': [
    ['fr', 'ils étaient 5 mille 352 selon la préfecture', { text: '5 mille 352', value: 5352 }],
    ['en', 'we counted 12 thousand 400 ballots', { text: '12 thousand 400', value: 12400 }],
    ['en', 'a deficit of 12 thousand [million] dollars', { text: '12 thousand [million] dollars', value: 12e6, unit: 'USD' }],
    ['en', 'exports worth 6 thousand million euros', { text: '6 thousand million euros', value: 6e9, unit: 'EUR' }],
    // translated text: "5.000 million" groups with a dot, "27,5 thousand" has a decimal comma
    ['en', 'the bank buys 5.000 million yen of bonds', { text: '5.000 million yen', value: 5e9, unit: 'JPY' }],
    ['en', 'an increase of between 0,6 and 0,9% in pay', { text: '0,6 and 0,9%', value: 0.6, valueHigh: 0.9, unit: '%' }],
    ['en', 'Russia ships 27,5 thousand million cubic metres', { text: '27,5 thousand million cubic metres', value: 27.5e9, unit: 'm³' }]
  ],
  'exact decimal scales': [
    ['fr', 'un budget de 16,4 millions', { text: '16,4 millions', value: 16400000 }],
    ['en', 'about 0.07 million', { text: '0.07 million', value: 70000 }]
  ],
  'decimals split by tokenisation': [
    ['fr', 'le chômage atteint 6, 8 % cette année', { text: '6, 8 %', value: 6.8, unit: '%' }],
    ['en', 'output rose 6 . 2 % last year', { text: '6 . 2 %', value: 6.2, unit: '%' }],
    ['en', 'rates fell by .5% overnight', { text: '.5%', value: 0.5, unit: '%' }]
  ],
  'spoken decimals and signs': [
    ['en', 'inflation hit three point four percent', { text: 'three point four percent', value: 3.4, unit: '%' }],
    ['en', 'the reading was minus five point five', { text: 'minus five point five', value: -5.5 }],
    ['en', 'a margin of nought point two', { text: 'nought point two', value: 0.2 }],
    ['en', 'exactly seven point seventy-five', { text: 'seven point seventy-five', value: 7.75 }],
    ['fr', 'deux virgule cinq millions d\'habitants', { text: 'deux virgule cinq millions', value: 2.5e6 }],
    ['en', 'the score was fifty - two', { text: 'fifty - two', value: 52 }]
  ],
  'fractions in words': [
    ['fr', 'un huitième des votes', { text: 'un huitième', value: 0.125 }],
    ['fr', 'trois quarts des salariés', { text: 'trois quarts', value: 0.75 }],
    ['en', 'five eighths of the budget', { text: 'five eighths', value: 0.625 }],
    ['en', 'a thousandth of a second', { text: 'a thousandth', value: 0.001 }],
    ['en', 'one and a half million people', { text: 'one and a half million', value: 1.5e6 }],
    ['en', 'it costs two and a half thousand', { text: 'two and a half thousand', value: 2500 }],
    ['en', 'two and a half kilometres away', { text: 'two and a half kilometres', value: 2.5, unit: 'km' }],
    ['fr', 'cinq et un quart', { text: 'cinq et un quart', value: 5.25 }],
    ['en', 'half a dozen eggs', { text: 'half a dozen', value: 6 }],
    ['en', 'nine twentieths of it', { text: 'nine twentieths', value: 0.45 }]
  ],
  'shares (one convention: numerator / denominator, a ratio)': [
    ['en', 'one in three adults', { text: 'one in three', value: 1 / 3 }],
    ['fr', 'un sur cinq', { text: 'un sur cinq', value: 0.2 }],
    ['en', '8 out of 10 owners', { text: '8 out of 10', value: 0.8 }],
    ['en', 'the chance is one over twenty.', { text: 'one over twenty', value: 0.05 }]
  ],
  'digit fractions and powers': [
    ['en', 'a 3/4 majority', { text: '3/4', value: 0.75 }],
    ['en', 'a walk of 10 1/2 miles', { text: '10 1/2 miles', value: 10.5, unit: 'mi' }],
    ['en', 'about 6e23 atoms', { text: '6e23', value: 6e23 }],
    ['fr', 'environ 1,5e6 cellules', { text: '1,5e6', value: 1.5e6 }],
    ['en', 'it grows as 2^10', { text: '2^10', value: 1024 }]
  ],
  'scales after digits': [
    ['en', 'a payout of 13 lakh', { text: '13 lakh', value: 1.3e6 }],
    ['en', '3 dozens of roses', { text: '3 dozens', value: 36 }],
    ['fr', '4 douzaines d\'huîtres', { text: '4 douzaines', value: 48 }],
    ['en', 'they raised 10M last year', { text: '10M', value: 1e7 }],
    ['en', 'a 1.2b valuation', { text: '1.2b', value: 1.2e9 }],
    ['en', 'between 2 bln and 3 bln', { text: '2 bln and 3 bln', value: 2e9, valueHigh: 3e9 }]
  ],
  'units of measure': [
    ['en', 'he weighs 200lbs', { text: '200lbs', value: 200, unit: 'lb' }],
    ['fr', 'une clôture de trois pieds', { text: 'trois pieds', value: 3, unit: 'ft' }],
    ['fr', 'un pot de 68 onces', { text: '68 onces', value: 68, unit: 'oz' }],
    ['en', 'a 2.5 million gallon tank', { text: '2.5 million gallon', value: 2.5e6, unit: 'gal' }],
    ['fr', '1,5 million de gallons', { text: '1,5 million de gallons', value: 1.5e6, unit: 'gal' }],
    ['en', 'a 5 MW turbine', { text: '5 MW', value: 5, unit: 'MW' }],
    ['en', 'at 60 miles an hour', { text: '60 miles an hour', value: 60, unit: 'mph' }],
    ['fr', '200 000 barils par jour', { text: '200 000 barils par jour', value: 200000, unit: 'bbl/d' }],
    ['en', 'a 3-inch pipe', { text: '3-inch', value: 3, unit: 'in' }],
    ['en', 'a six-mile loop', { text: 'six-mile', value: 6, unit: 'mi' }],
    ['en', 'she is 1.8m tall', { text: '1.8m', value: 1.8, unit: 'm' }],
    ['fr', 'un mur de 5 m de haut', { text: '5 m', value: 5, unit: 'm' }],
    ['en', 'it was 40 degrees fahrenheit', { text: '40 degrees fahrenheit', value: 40, unit: '°F' }],
    ['en', 'a dose of 120 μg', { text: '120 μg', value: 120, unit: 'µg' }],
    ['fr', 'un réservoir de 75 L', { text: '75 L', value: 75, unit: 'l' }]
  ],
  'currencies': [
    ['en', 'tickets cost ₹500', { text: '₹500', value: 500, unit: 'INR' }],
    ['en', 'a bill of ¥1,200', { text: '¥1,200', value: 1200, unit: 'JPY' }],
    ['en', 'a fee of CHF 40', { text: 'CHF 40', value: 40, unit: 'CHF' }],
    ['en', 'a 99p loaf', { text: '99p', value: 0.99, unit: 'GBP' }],
    ['fr', 'une amende de 75 millions de $', { text: '75 millions de $', value: 75e6, unit: 'USD' }],
    ['fr', 'un contrat de 16 millions de $ c signé hier', { text: '16 millions de $ c', value: 16e6, unit: 'CAD' }],
    ['en', 'a loan of c $ 30 million', { text: 'c $ 30 million', value: 30e6, unit: 'CAD' }],
    ['en', 'exports of hk $ 2 billion', { text: 'hk $ 2 billion', value: 2e9, unit: 'HKD' }],
    ['en', 'it cost 3 dollars 50 cents.', { text: '3 dollars 50 cents', value: 3.5, unit: 'USD' }],
    ['en', 'it pays 5 euro cents per kilo', { text: '5 euro cents', value: 0.05, unit: 'EUR' }],
    ['en', 'four dollars and twenty cents', { text: 'four dollars and twenty cents', value: 4.2, unit: 'USD' }],
    ['fr', '2 millions de couronnes suédoises', { text: '2 millions de couronnes suédoises', value: 2e6, unit: 'SEK' }],
    ['fr', '125 millions de dollars australiens', { text: '125 millions de dollars australiens', value: 125e6, unit: 'AUD' }],
    ['en', 'priced at 500 million pesos', { text: '500 million pesos', value: 5e8, unit: 'MXN' }],
    ['en', 'it sells for one dollar', { text: 'one dollar', value: 1, unit: 'USD' }],
    ['fr', 'le ticket coûte un euro', { text: 'un euro', value: 1, unit: 'EUR' }],
    ['en', 'a 12-cent dividend', { text: '12-cent', value: 0.12, unit: 'USD' }],
    ['en', 'a price of 100₾', { text: '100₾', value: 100, unit: 'GEL' }]
  ],
  'percent words': [
    ['en', 'a tax of per cent of twenty-two.', { text: 'per cent of twenty-two', value: 22, unit: '%' }],
    ['fr', 'une hausse de 10 pourcents', { text: '10 pourcents', value: 10, unit: '%' }],
    ['en', 'one hundred percentage', { text: 'one hundred percentage', value: 100, unit: '%' }]
  ],
  'index points and percentage points': [
    ['fr', 'le CAC a clôturé à 7 412 points', { text: '7 412', value: 7412 }],
    ['fr', 'il a fini à 3.064 points', { text: '3.064', value: 3064 }],
    ['fr', 'le taux recule de 0,4 point', { text: '0,4 point', value: 0.4, unit: 'pp' }],
    ['fr', 'en baisse de 0,6 % à 12.078 points', { text: '0,6 %', value: 0.6, unit: '%' }]
  ]
}

describe('the numbers layer reads each class of number grammar (issue 10)', () => {
  for (const [name, rows] of Object.entries(grammar)) {
    describe(name, () => {
      for (const [lang, text, want] of rows) it(`${lang}: ${text}`, () => expectReading(lang, text, want))
    })
  }

  it('leaves dates, durations, years and ordinals alone', () => {
    expect(extractNumbers('le 12/05/2023 à Paris', { lang: 'fr' }).some((m) => m.value < 1)).toBe(false)
    expect(extractNumbers('in 5 in 10 years', { lang: 'en' }).some((m) => m.value === 0.5)).toBe(false)
    expect(extractNumbers('ouvert 24 heures sur 24', { lang: 'fr' }).some((m) => m.value === 1)).toBe(false)
    expect(extractNumbers('le vingt-cinquième anniversaire', { lang: 'fr' })).toEqual([])
    expect(extractNumbers('a fifth term in office', { lang: 'en' })).toEqual([])
    expect(extractNumbers('the two millionth visitor', { lang: 'en' }).map((m) => m.value)).toEqual([2])
    expect(extractNumbers('an Objective 5b region', { lang: 'en' }).map((m) => m.value)).toEqual([5])
    expect(extractNumbers('a $5 bill', { lang: 'en' })[0].unit).toBe('USD')
    expect(extractNumbers('it cost $ 1.34 a share', { lang: 'en' })[0].unit).toBe('USD')
    expect(extractNumbers('après le 1 janvier 1990 à 1015 francs', { lang: 'fr' }).find((m) => m.unit === 'CHF')?.value).toBe(1015)
    expect(extractNumbers('5 mm of rain', { lang: 'en' })[0].unit).toBe('mm')
  })
})

describe('a decimal comma in English text before a percent sign', () => {
  it('reads "0,4%" as 0.4 % (translated or quoted French), and keeps "1,234" a thousand', () => {
    const n = (s: string): number[] => extractNumbers(s, { lang: 'en' }).map((x) => x.value)
    expect(n('Growth was 0,4% after 0,35 % last quarter.')).toEqual([0.4, 0.35])
    expect(n('It rose by 1,234 units.')).toEqual([1234])
    // four digits after a comma never make a group of thousands
    expect(n('The euro is worth 1,3570 dollars.')).toEqual([1.357])
    // a dot and three digits before "points" is an index level in thousands (translated text); 0.125 stays a decimal
    expect(n('The CAC 40 ended at 3.064 points.').slice(-1)).toEqual([3064])
    expect(n('The rate rose 0.125 points.')).toEqual([0.125])
    // a factor with a glued "x"; not a vehicle or a resolution
    expect(extractNumbers('Sales grew 3x in a year.', { lang: 'en' })).toMatchObject([{ value: 3, kind: 'ratio' }])
    expect(extractNumbers('The screen is 1920x1080 pixels.', { lang: 'en' }).map((x) => x.kind)).not.toContain('ratio')
    // feet and inches, spaced or glued
    expect(extractNumbers('A strong player for you, 6 \' 7 " tall.', { lang: 'en' })).toMatchObject([{ value: 6 + 7 / 12, unit: 'ft' }])
    expect(extractNumbers('He is 6\'7" tall.', { lang: 'en' })).toMatchObject([{ value: 6 + 7 / 12, unit: 'ft' }])
  })
})

describe('a duration with its half or its smaller unit is one duration', () => {
  it('reads "two hours and a half", "deux heures et demie", "3 hours and 20 minutes"', () => {
    const n = (s: string, lang: 'fr' | 'en'): Array<[number, string | undefined]> => extractNumbers(s, { lang }).map((x) => [x.value, x.unit])
    expect(n('He waited two hours and a half.', 'en')).toEqual([[2.5, 'hour']])
    expect(n('Il a attendu deux heures et demie.', 'fr')).toEqual([[2.5, 'hour']])
    expect(n('The talks lasted 3 hours and 30 minutes.', 'en')).toEqual([[3.5, 'hour']])
    expect(n('La réunion a duré 2 heures et 15 minutes.', 'fr')).toEqual([[2.25, 'hour']])
    // a written one before a unit of time shorter than a year is a figure; "un jour", "a year" are not
    expect(n('We will dedicate approximately one hour and fifteen minutes to Question Time.', 'en')).toEqual([[1.25, 'hour']])
    expect(n('Il s\'assoit pendant plus d\'une heure avec lui.', 'fr')).toEqual([[1, 'hour']])
    expect(n('Un jour il viendra, dans une année peut-être.', 'fr')).toEqual([])
    // "an hour" after a bound or a verb of duration is one hour; "over a month" is a period, no figure
    expect(n('He sat down for more than an hour with Jobs.', 'en')).toEqual([[1, 'hour']])
    expect(n('It used to take me an hour to unload a delivery.', 'en')).toEqual([[1, 'hour']])
    expect(n('Prices rose over a month.', 'en')).toEqual([])
    // two durations of the same unit stay two
    expect(n('It took 3 hours and 4 hours.', 'en').map((x) => x[0])).toEqual([3, 4])
  })
})

describe('an alternative of two figures is a range ("15 or 20 euros", "20 ou 30 %")', () => {
  it('reads "or"/"ou" between two figures like "to"/"à"', () => {
    expect(extractNumbers('For 15 or 20 euros per month.', { lang: 'en' })).toMatchObject([{ value: 15, valueHigh: 20, unit: 'EUR' }])
    expect(extractNumbers('Une hausse de 20 ou 30 %.', { lang: 'fr' })).toMatchObject([{ value: 20, valueHigh: 30, unit: '%' }])
    // a year then the amount reached by then is no range; a year-like low end of a range of money still is
    expect(extractNumbers("Le chiffre d'affaires passera d'ici 2015 à 20 milliards d'euros.", { lang: 'fr' }).map((x) => x.value)).toEqual([2015, 20e9])
    expect(extractNumbers('Le loyer varie de 1500 à 2000 euros.', { lang: 'fr' })).toMatchObject([{ value: 1500, valueHigh: 2000, unit: 'EUR' }])
    // a written one opening the alternative is its low end, not an article
    expect(extractNumbers('She can hold up one or two fingers.', { lang: 'en' })).toMatchObject([{ value: 1, valueHigh: 2 }])
    expect(extractNumbers('Elle utilise un ou deux doigts.', { lang: 'fr' })).toMatchObject([{ value: 1, valueHigh: 2 }])
    // "un seul", "seulement un": only one is a figure
    expect(extractNumbers('Un seul député a voté contre.', { lang: 'fr' }).map((x) => x.value)).toEqual([1])
    expect(extractNumbers('Víctor Bolívar en a seulement un.', { lang: 'fr' }).map((x) => x.value)).toEqual([1])
  })
})

describe('French spaced symbols, the cent sign and square kilometres abbreviated', () => {
  it('reads them as units', () => {
    const one = (text: string, lang: Lang) => extractNumbers(text, { lang }).map((c) => [c.value, c.unit ?? null])
    expect(one('Il pèse 3,5 t.', 'fr')).toEqual([[3.5, 't']])
    expect(one('Il faut 500 g de farine.', 'fr')).toEqual([[500, 'g']])
    expect(one('It costs 5¢.', 'en')).toEqual([[0.05, 'USD']])
    expect(one('An area of 3,000 sq km.', 'en')).toEqual([[3000, 'km²']])
    expect(one("Il gagne 3 000 euros l'an.", 'fr')).toEqual([[3000, 'EUR']])
  })
})

describe('mixed numbers with a vulgar fraction sign or a spaced slash', () => {
  it('reads "5½", "2 ½" and "5 1 / 2" as one figure, not "20 / 20"', () => {
    const one = (text: string) => extractNumbers(text, { lang: 'en' }).map((c) => c.value)
    expect(one('It took 5½ hours.')).toEqual([5.5])
    expect(one('He is 2 ½ years old.')).toEqual([2.5])
    expect(one('a landmark 5 1 / 2-hour argument')).toEqual([5.5])
    expect(one('The show 20 / 20 aired.')).not.toContain(1)
  })

  it('reads a market quote in halves, quarters or eighths of its last unit ("$10.32-1/4", "10-1/4 cents")', () => {
    const money = (text: string) => extractNumbers(text, { lang: 'en' }).map((c) => [c.value, c.unit])
    expect(money('Soybeans settled at $14.56-3/4 a bushel.')).toEqual([[14.5675, 'USD']])
    expect(money('Corn gained 6-1/2 cents.')).toEqual([[0.065, 'USD']])
    expect(money('Oats lost 1/4 cent.')).toEqual([[0.0025, 'USD']])
  })
})

describe('a range whose high bound looks like a year', () => {
  it('reads "300-1000 people", "300 to 1000 people" as ranges, and keeps "from 2010 to 2015" years', () => {
    const ranges = (text: string) => extractClaims(text, { lang: 'en' }).map((c) => [c.value, c.valueHigh ?? null])
    expect(ranges('Between 300-1000 people came.')).toEqual([[300, 1000]])
    expect(ranges('Some 300 to 1000 people came.')).toEqual([[300, 1000]])
    expect(ranges('From 2010 to 2015, 300 people came.')).toEqual([[300, null]])
  })
})

describe('a local phone number', () => {
  it('reads "562-9174" as a phone number, not a range', () => {
    expect(extractClaims('For tickets call 562-9174 today.', { lang: 'en' })).toEqual([])
  })
})

describe('half a scale, centimes in a range, timecodes glued to a figure', () => {
  it('reads "un milliard et demi", "3 millions et demi", "a million and a half" as half the scale more', () => {
    const values = (text: string, lang: Lang) => extractNumbers(text, { lang }).map((c) => c.value)
    expect(values("Le budget atteint un milliard et demi d'euros.", 'fr')).toEqual([1.5e9])
    expect(values("La ville compte 2 millions et demi d'habitants.", 'fr')).toEqual([2.5e6])
    expect(values('It cost a million and a half dollars.', 'en')).toEqual([1.5e6])
    expect(values('It took one and a half hours.', 'en')).toEqual([1.5])
    expect(values('Le ticket coûte deux euros et demi.', 'fr')).toEqual([2.5])
  })

  it('gives a range\'s low bound the factor of the unit after its high bound ("de 40 à 50 centimes")', () => {
    const first = extractNumbers('Il coûte entre 20 et 30 centimes.', { lang: 'fr' })[0]
    expect([first.value, first.valueHigh, first.unit]).toEqual([0.2, 0.3, 'EUR'])
  })

  it('reads a transcript\'s hyphenated spoken decimals ("16-point-six percent", "two-point-44 billion") and "5-percent"', () => {
    const money = (text: string) => extractNumbers(text, { lang: 'en' }).map((c) => [c.value, c.unit])
    expect(money('Exports were 16-point-six percent lower.')).toEqual([[16.6, '%']])
    expect(money('Imports reached two-point-44 billion dollars.')).toEqual([[2.44e9, 'USD']])
    expect(money('It approved a 5-percent raise.')).toEqual([[5, '%']])
    expect(money('Rates were half a percent higher.')).toEqual([[0.5, '%']])
    expect(money('The rate is five point 8% now.')).toEqual([[5.8, '%']])
    // French: "pc" (Belgian press) is a percent; "trois cents personnes" stays 300
    const fr = (text: string) => extractNumbers(text, { lang: 'fr' }).map((c) => [c.value, c.unit ?? null])
    expect(fr('Les prix ont grimpé de 2,9 pc.')).toEqual([[2.9, '%']])
    expect(fr('Il y a trois cents personnes.')).toEqual([[300, null]])
  })

  it('keeps a transcript timecode\'s two digits apart from the figure glued after it ("00:16178 ministres")', () => {
    const values = (text: string) => extractNumbers(text, { lang: 'fr' }).map((c) => c.value)
    expect(values('00:12 On compte 42 communes. 00:16178 ministres en tout.')).toContain(178)
    expect(values('00:16178 ministres en tout.')).not.toContain(16178)
  })
})

describe('currency forms: a decimal point after the symbol, abbreviations before the figure', () => {
  it('reads "$.18", "Rs 46,605", "Rs. 500"', () => {
    const money = (text: string) => extractNumbers(text, { lang: 'en' }).map((c) => [c.value, c.unit])
    expect(money('Profit was $.23 a share.')).toEqual([[0.23, 'USD']])
    expect(money('A ticket costs Rs 1,250 now, Rs. 300 more than last year.')).toEqual([[1250, 'INR'], [300, 'INR']])
  })
})

describe('a stray degree sign before a percent sign', () => {
  it('reads "2,6 ° %" as a percentage, "25 °" as degrees', () => {
    const one = (text: string) => extractNumbers(text, { lang: 'fr' }).map((c) => [c.value, c.unit ?? null])
    expect(one('Les actions ont cédé 2,6 ° %.')).toEqual([[2.6, '%']])
    expect(one('Il fait 25 °.')).toEqual([[25, '°']])
  })
})

describe('words named like object properties', () => {
  it('reads no multiplier from "constructor" or "toString"', () => {
    expect(extractNumbers('The constructor and toString and valueOf and hasOwnProperty.', { lang: 'en' })).toEqual([])
  })
})

describe('written ranges and factors of less', () => {
  const pairs = (text: string, lang: Lang) => extractNumbers(text, { lang }).map((c) => [c.value, c.valueHigh ?? null])
  it('shares a written high bound\'s scale with the low one ("two to three million")', () => {
    expect(pairs('Two to three million people gathered.', 'en')).toEqual([[2e6, 3e6]])
    expect(pairs('de deux à trois millions de personnes', 'fr')).toEqual([[2e6, 3e6]])
    expect(pairs('Two hundred to 400 thousand people gathered.', 'en')).toEqual([[2e5, 4e5]])
  })
  it('ends a written number before a second hundred of the same group ("two hundred and four hundred thousand")', () => {
    expect(pairs('Between two hundred and four hundred thousand people gathered.', 'en')).toEqual([[2e5, 4e5]])
    expect(pairs('Entre deux cents et quatre cent mille personnes.', 'fr')).toEqual([[2e5, 4e5]])
    expect(pairs('two hundred and four people', 'en')).toEqual([[204, null]])
    // French joins with "et" only a ten and a unit or "onze"
    expect(pairs('vingt et un ans et soixante et onze ans', 'fr')).toEqual([[21, null], [71, null]])
  })
  it('reads "cinq fois moins", "five times lower" as the inverse factor', () => {
    const ratios = (text: string, lang: Lang) => extractNumbers(text, { lang }).map((c) => [c.value, c.kind])
    expect(ratios('Il coûte cinq fois moins cher.', 'fr')).toEqual([[0.2, 'ratio']])
    expect(ratios('Unemployment is five times lower there.', 'en')).toEqual([[0.2, 'ratio']])
    expect(ratios('It is three times more expensive.', 'en')).toEqual([[3, 'ratio']])
    expect(pairs('These particles are ten to one hundred times smaller than a hair.', 'en')).toEqual([[0.01, 0.1]])
  })
  it('reads a dash between two year-like numbers before a unit as a range of a measure', () => {
    expect(pairs('The vineyards lie at 1600-2040 m above sea level.', 'en')).toEqual([[1600, 2040]])
    expect(pairs('Les vignes sont à 1600-2040 m d\'altitude.', 'fr')).toEqual([[1600, 2040]])
    // with no unit after them they stay two years
    expect(extractNumbers('In 1990-2000 prices rose.', { lang: 'en' }).some((c) => c.valueHigh !== undefined)).toBe(false)
  })
})

describe('currencies: codes that are words, currencies naming a kind, scales joined by a hyphen', () => {
  const one = (text: string) => extractNumbers(text, { lang: 'en' }).map((c) => [c.value, c.unit ?? null])
  it('reads "mad" as a word and "MAD" as the dirham', () => {
    expect(one('It is indifferent to thousands of mad cows.')).toEqual([[1000, null]])
    expect(one('It costs 1000 MAD.')).toEqual([[1000, 'MAD']])
    expect(one('It costs 40 rmb.')).toEqual([[40, 'CNY']])
  })
  it('reads "the 17 Euro countries" as a count, "50 dollar bills" as money', () => {
    expect(one('Industry in the 17 Euro countries has reduced production.')).toEqual([[17, null]])
    expect(one('He paid with 50 dollar bills.')).toEqual([[50, 'USD']])
  })
  it('reads "$18-billion" and "a 5-million-euro fund" with their scale', () => {
    expect(one('Boeing gets record $ 18-billion jetliner order')).toEqual([[18e9, 'USD']])
    expect(one('a 5-million-euro fund')).toEqual([[5e6, 'EUR']])
    expect(one('the 15-24 group')).toEqual([[15, null]])
  })
})

describe('French collectives after the "de" of a noun', () => {
  it('reads "la mort de dizaines de milliers de personnes", not a bare "de centaines"', () => {
    const one = (text: string) => extractNumbers(text, { lang: 'fr' }).map((c) => [c.text, c.value])
    expect(one('Elles ont causé la mort de dizaines de milliers de personnes.')).toEqual([['dizaines de milliers', 10000]])
    expect(one("La tempête a provoqué l'inondation de milliers d'acres.")).toEqual([["milliers d'acres", 1000]])
    expect(one('Il se plaint de centaines.')).toEqual([])
  })
})

describe('a dash opening an aside before a figure is no minus', () => {
  const one = (text: string, lang: Lang) => extractNumbers(text, { lang }).filter((c) => c.unit === '%').map((c) => c.value)
  it('reads "… quarter -1,5% compared with the previous quarter - for …" as +1.5', () => {
    expect(one('It resumed growth in the third quarter -1,5% compared with the previous quarter - for the first time.', 'en')).toEqual([1.5])
    expect(one('Elle a renoué avec la croissance au troisième trimestre -1,5 % par rapport au trimestre précédent- enfin.', 'fr')).toEqual([1.5])
  })
  it('keeps the minus after a verb, in brackets, or with no closing dash', () => {
    expect(one('Sales changed -2.8% in May - a bad month.', 'en')).toEqual([-2.8])
    expect(one('Le chômage a reculé de 79.000 (-2,8 %) sur un an.', 'fr')).toEqual([-2.8])
    expect(one('Growth in the quarter -1,5% against forecasts.', 'en')).toEqual([-1.5])
  })
})

describe('a hundred before a scale ordinal is one part in a hundred of that scale', () => {
  it('reads "the hundred millionth" as 1e-8 and "three thousandths" as 0.003', () => {
    const one = (text: string) => extractNumbers(text, { lang: 'en' }).map((c) => c.value)
    expect(one('They are divisible down to the hundred millionth, which leaves some margin.')).toEqual([1e-8])
    expect(one('It lasts a hundred-thousandth of a second.')).toEqual([1e-5])
    expect(one('three thousandths of the budget')).toEqual([0.003])
  })
})
