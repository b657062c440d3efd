// A level stated for an earlier period, then again for a later one in a clause of its own: both are claims, and the
// later takes the earlier as its previous value (shared/extract/frame/earlierLevel.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'

describe('an earlier level of the same thing, in a clause of its own', () => {
  it('becomes the previous value of the later level, and stays a claim', () => {
    const claims = extractClaims('Le club comptait 1 200 adhérents en 2018, il en compte 950 cette année.', { lang: 'fr', date: '2022' })
    expect(claims.map((c) => c.value)).toEqual([1200, 950])
    expect(claims[1].previous).toMatchObject({ value: 1200 })
    const en = extractClaims('There were 320 pupils at the school last year and there are 290 this year.', { lang: 'en', date: '2020' })
    expect(en.map((c) => c.value)).toEqual([320, 290])
    expect(en[1].previous).toMatchObject({ value: 320, when: 'last year' })
  })

  it('links no levels of other things, other units or the same period', () => {
    const things = extractClaims('In 2019 there were 40 deaths, and this year 75 injuries were recorded.', { lang: 'en', date: '2021' })
    expect(things[1].previous).toBeUndefined()
    const units = extractClaims('Le taux était de 7 % en 2019 ; 300 personnes sont au chômage cette année.', { lang: 'fr', date: '2021' })
    expect(units.find((c) => c.value === 300)?.previous).toBeUndefined()
    const same = extractClaims('In 2019 the town had 5,000 residents and 2,000 homes.', { lang: 'en', date: '2021' })
    expect(same.every((c) => c.previous === undefined)).toBe(true)
  })

  it('keeps "ils étaient N" at a sentence start for the figure its own sentence compares it with', () => {
    const claims = extractClaims('Le lycée accueille 800 élèves. Ils étaient 900 en 2019, ils ne sont plus que 850 cette année.', { lang: 'fr', date: '2021' })
    expect(claims.map((c) => c.value)).toEqual([800, 900, 850])
    expect(claims[0].previous).toBeUndefined()
    expect(claims[2].previous).toMatchObject({ value: 900 })
  })
})
