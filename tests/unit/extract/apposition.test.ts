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
