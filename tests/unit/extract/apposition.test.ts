import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'

const ages = (text: string, lang: Lang): Array<[number, string | undefined, string]> =>
  extractClaims(text, { lang }).map((c) => [c.value, c.unit, c.subject])

describe('an age in apposition is the age of the noun before it', () => {
  it('takes the name before a bracket or between commas', () => {
    expect(ages("Darina Rychtarova (53 ans) a dit que c'était terminé.", 'fr')).toEqual([[53, 'year', 'Darina Rychtarova']])
    expect(ages('Jean Dupont, 45 ans, a été arrêté.', 'fr')).toEqual([[45, 'year', 'Jean Dupont']])
  })

  it('takes the noun when no name stands there', () => {
    expect(ages('Le suspect, 19 ans, a fui.', 'fr')).toEqual([[19, 'year', 'suspect']])
    expect(ages('The driver, 25 years old, was hurt.', 'en')).toEqual([[25, 'year', 'driver']])
  })

  it('leaves a bare number after a name alone: in a sports list it counts matches', () => {
    expect(ages('Avec plus de 30 sélections figurent Gerard Piqué (37) et Sergio Busquets (36).', 'fr').map((a) => a[1])).not.toContain('year')
  })
})

describe('a bare age after a word of age or a person and a copula', () => {
  it('is an age in years: "aged 14", "âgé de 14", "turned forty", "he\'s 19."', () => {
    const first = (text: string, lang: 'fr' | 'en') => extractClaims(text, { lang })[0]
    expect(first('The case of Joseph, aged 14, is different.', 'en')).toMatchObject({ value: 14, unit: 'year', kind: 'quantity' })
    expect(first('Le garçon, âgé de 14, est rentré.', 'fr')).toMatchObject({ value: 14, unit: 'year' })
    expect(first('Since I have already turned forty, I stand for senator.', 'en')).toMatchObject({ value: 40, unit: 'year' })
    expect(first("I thought, no, he's 19.", 'en')).toMatchObject({ value: 19, unit: 'year' })
    // a count after the copula is counted: "He is 3 points ahead"
    expect(first('He is 3 points ahead.', 'en')?.unit).not.toBe('year')
  })
})

describe('press ages between commas and ages after a word of age', () => {
  it('reads "Giffords, 41, responded" and "Anthony Orozco, 19, a student" as ages of the name, not a list of names and counts', () => {
    expect(ages('Asked how she feels, Giffords, 41, responded.', 'en')).toEqual([[41, 'year', 'Giffords']])
    expect(ages('Anthony Orozco, 19, a community college student, is facing charges.', 'en')).toEqual([[19, 'year', 'Anthony Orozco']])
    expect(ages('Gerard Piqué, 37, Sergio Busquets, 36, and Xavi, 41.', 'en').map((a) => a[1])).toEqual([undefined, undefined, undefined])
    expect(ages('The driver, aged 25, was arrested.', 'en')).toEqual([[25, 'year', 'driver']])
    expect(ages('Le garçon, âgé de 14 ans, est rentré.', 'fr')).toEqual([[14, 'year', 'garçon']])
  })
})

describe('measures in apposition', () => {
  it('gives a measure between commas, with its adjective, to the noun before it', () => {
    expect(ages('The nebula, 1,400 light years away, consists of dust.', 'en')).toEqual([[1400, 'ly', 'nebula']])
    expect(ages('In the huge Trifid Nebula, 5,400 light years away from the Earth, new stars are born.', 'en')).toEqual([[5400, 'ly', 'huge Trifid Nebula']])
    expect(ages('The tower, 300 metres high, was built in 1889.', 'en')).toEqual([[300, 'm', 'tower']])
  })
})
