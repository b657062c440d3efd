import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../../shared/extract/index'

const sides = (text: string, lang: 'fr' | 'en'): [number, string][] => extractClaims(text, { lang }).map((c) => [c.value, c.subject])

describe('scoreTeam: each side of a score counts the goals of a team', () => {
  it('gives the first side the team of the clause and the second the team it played against', () => {
    expect(sides('Croatia did not miss a trick with 0: 0 against Turkey and Ireland managed an easy 1: 1 (1: 0) against Estonia.', 'en')).toEqual([
      [0, 'Croatia'], [0, 'Turkey'], [1, 'Ireland'], [1, 'Estonia'], [1, 'Ireland'], [0, 'Estonia']
    ])
    expect(sides("Portugal s'est fourvoyé contre la Bosnie-Herzégovine 6 : 2 (2 : 1).", 'fr')).toEqual([
      [6, 'Portugal'], [2, 'Bosnie-Herzégovine'], [2, 'Portugal'], [1, 'Bosnie-Herzégovine']
    ])
  })

  it('reads "par X" before the score and "entre X contre Y" after it', () => {
    expect(sides('Les Tchèques ont atteint le match retour par Monténégro 1 : 0.', 'fr')).toEqual([[1, 'Tchèques'], [0, 'Monténégro']])
    expect(sides('Rien ne brûlait dans le match nul 0 : 0 entre la Turquie contre la Croatie.', 'fr')).toEqual([[0, 'Turquie'], [0, 'Croatie']])
  })

  it('names no team from a capitalised function word', () => {
    expect(sides('After we won 4-0 at home against Troyes, we rested.', 'en')[1]).toEqual([0, 'Troyes'])
    expect(sides('After we won 4-0 at home against Troyes, we rested.', 'en')[0][1]).not.toBe('After')
  })

  it('reads the beaten team after a verb of winning, a team\'s own result, and a role word before the name', () => {
    expect(sides('Portugal beat Bosnia-Herzegovina 6: 2.', 'en')).toEqual([[6, 'Portugal'], [2, 'Bosnia-Herzegovina']])
    expect(sides("Jágr's two assists helped Philadelphia's victory 5: 3.", 'en').slice(1)[0]).toEqual([5, 'Philadelphia'])
    expect(sides('The Czechs only needed 1: 0 in the second leg against outsider Montenegro.', 'en')).toEqual([[1, 'Czechs'], [0, 'Montenegro']])
  })
})
