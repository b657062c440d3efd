import { describe, expect, it } from 'vitest'
import { MAX_CLAUSE, citableClause } from '../../../shared/extract/clause'
import type { Lang } from '../../../shared/model'

function clauseOf(lang: Lang, text: string, figure: string, until?: string): string {
  const from = text.indexOf(figure)
  const to = until ? text.indexOf(until) + until.length : from + figure.length
  const { start, end } = citableClause(text, 0, text.length, from, to, lang)
  expect(start).toBeLessThanOrEqual(from)
  expect(end).toBeGreaterThanOrEqual(to)
  return text.slice(start, end)
}

describe('citableClause: the part of the sentence a fact-checker cites', () => {
  it('cuts at a clause opened by a conjunction or an attribution after a comma', () => {
    expect(clauseOf('fr', 'Le chômage a baissé de 2 % sur un an, mais la précarité progresse.', '2 %')).toBe('Le chômage a baissé de 2 % sur un an')
    expect(clauseOf('en', 'Unemployment fell to 4.1%, the lowest since 2008, said the minister.', '4.1%')).toBe('Unemployment fell to 4.1%, the lowest since 2008')
    expect(clauseOf('fr', 'Il y a 610 consommateurs accueillis, assure le préfet.', '610')).toBe('Il y a 610 consommateurs accueillis')
  })

  it('keeps a previous value in the clause when the caller passes its span', () => {
    const text = '610 consommateurs sont accueillis toutes les nuits, c\'était 200 avant.'
    expect(clauseOf('fr', text, '610', '200')).toBe('610 consommateurs sont accueillis toutes les nuits, c\'était 200 avant')
  })

  it('stops at semicolons, brackets, quotation marks and spaced dashes', () => {
    expect(clauseOf('fr', 'Les ventes progressent de 11 % ; les marges reculent.', '11 %')).toBe('Les ventes progressent de 11 %')
    expect(clauseOf('fr', '« Nous avons accueilli 610 consommateurs », a déclaré Laurent Nuñez.', '610')).toBe('Nous avons accueilli 610 consommateurs')
    expect(clauseOf('en', 'The aid fell (a 13% drop in the total) last year.', '13%')).toBe('a 13% drop in the total')
    // a bracket met from outside the figure is an aside inside its clause, passed whole
    expect(clauseOf('en', 'Unemployment fell by 79 000 (-2.8%) to 7.1% in May; wages rose.', '7.1%')).toBe('Unemployment fell by 79 000 (-2.8%) to 7.1% in May')
    expect(clauseOf('fr', 'Le chômage a reculé de 79 000 (-2,8 %) sur un an (données CVS) ; les salaires montent.', '79 000')).toBe('Le chômage a reculé de 79 000 (-2,8 %) sur un an (données CVS)')
    // an unclosed bracket still ends the clause
    expect(clauseOf('en', 'The aid fell (see below to 7% last year.', '7%')).toBe('see below to 7% last year')
    expect(clauseOf('en', 'Prices rose – by 5% in May – after the strike.', '5%')).toBe('by 5% in May')
    // a colon between digits joins a score, it ends no clause; a colon before words does
    expect(clauseOf('fr', 'Nani a tiré de loin pour faire 2 : 0, puis il est sorti.', '0')).toBe('Nani a tiré de loin pour faire 2 : 0')
    expect(clauseOf('fr', 'Une seule conclusion : 12 % des élèves échouent.', '12 %')).toBe('12 % des élèves échouent')
  })

  it('never leaves its sentence and narrows a very long clause to whole words around the figure', () => {
    const long = 'mot '.repeat(200) + 'soit 42 personnes ' + 'encore '.repeat(200)
    const c = clauseOf('fr', long, '42 personnes')
    expect(c.length).toBeLessThanOrEqual(MAX_CLAUSE)
    expect(c).toContain('42 personnes')
    expect(c.startsWith(' ') || c.endsWith(' ')).toBe(false)
    const text = 'Première phrase. Ici 12 chats. Fin.'
    const from = text.indexOf('12')
    expect(text.slice(...Object.values(citableClause(text, 17, 30, from, from + 7, 'fr')) as [number, number])).toBe('Ici 12 chats')
  })
})
