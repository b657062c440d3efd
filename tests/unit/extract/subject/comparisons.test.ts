import { describe, expect, it } from 'vitest'
import { changedObjectAfter, gappedRateOwner, groupAntecedent, pronounAntecedent, timesComparison } from '../../../../shared/extract/subject/comparisons'
import { read } from './helpers'

describe('timesComparison: the subject of a factor', () => {
  it('takes what there is more of after "de"/"of", and the clause subject before an adjective', () => {
    const a = read("L'hôpital soigne trois fois plus de patients.", 'fr')
    const e = a.at('de patients')
    expect(a.show(timesComparison(a.t, e, a.at('trois'), 'fr', a.t.count, 0, new Map())?.span)).toBe('patients')
    const b = read("Le taux de chômage n'était pas deux mais trois fois plus élevé.", 'fr')
    expect(b.show(timesComparison(b.t, b.at('élevé'), b.at('trois'), 'fr', b.t.count, 0, new Map())?.span)).toBe('taux de chômage')
  })
  it('reads nothing when the figure is no factor', () => {
    const a = read('Il y a trois patients de plus.', 'fr')
    expect(timesComparison(a.t, a.at('patients'), a.at('trois'), 'fr', a.t.count, 0, new Map())).toBeUndefined()
  })
})

describe('gappedRateOwner: a name whose verb is left out before its rate', () => {
  it('takes the name after "and"/"et" or a comma, nothing after a verb', () => {
    const a = read('The Dax fell 0,4% and London 0,1%.', 'en')
    expect(a.show(gappedRateOwner(a.t, a.at('0,1'), 'en', 0))).toBe('London')
    const b = read('The Dax fell 0,4%.', 'en')
    expect(gappedRateOwner(b.t, b.at('0,4'), 'en', 0)).toBeUndefined()
  })
})

describe('changedObjectAfter: the object after a French verb of change and its figure', () => {
  it('takes the object, past a restatement in brackets when given, and no time', () => {
    const a = read('Elle cherche à accroître de 2 % son potentiel énergétique.', 'fr')
    expect(a.show(changedObjectAfter(a.t, a.at('de 2'), a.at('son'), -1, 'fr', a.t.count))).toBe('potentiel énergétique')
    const b = read('Le chômage a baissé de 2 % le mois dernier.', 'fr')
    expect(changedObjectAfter(b.t, b.at('de 2'), b.at('le mois'), -1, 'fr', b.t.count)).toBeUndefined()
    const c = read('Il a parlé de 2 % son potentiel.', 'fr')
    expect(changedObjectAfter(c.t, c.at('de 2'), c.at('son'), -1, 'fr', c.t.count)).toBeUndefined()
  })
})

describe('groupAntecedent: a part "of them" of the last group named', () => {
  it('takes the plural noun named before, in this sentence or the one before', () => {
    const a = read('Most Canadians wish to die at home, but 68.6% of them end up in hospital.', 'en')
    expect(a.show(groupAntecedent(a.t, a.at('68.6'), a.at('of them'), 'en'))).toBe('Canadians')
    const b = read("La plupart des Canadiens veulent mourir chez eux. Mais 68,6 % d'entre eux meurent à l'hôpital.", 'fr')
    expect(b.show(groupAntecedent(b.t, b.at('68,6'), b.at("d'entre"), 'fr'))).toBe('Canadiens')
  })
  it('reads nothing without "of them" or with no group named', () => {
    const a = read('Most Canadians wish to die at home, but 68.6% end up in hospital.', 'en')
    expect(groupAntecedent(a.t, a.at('68.6'), a.at('end'), 'en')).toBeUndefined()
    const b = read('It rained. It was cold. 68.6% of them stayed home.', 'en')
    expect(groupAntecedent(b.t, b.at('68.6'), b.at('of them'), 'en')).toBeUndefined()
  })
})

describe('pronounAntecedent: a pronoun opening the figure\'s clause stands for the subject the sentence before opens on', () => {
  const antecedent = (text: string, figure: string, lang: 'fr' | 'en') => {
    const a = read(text, lang)
    const dot = text.indexOf('. ') + 2
    const second = a.at(text.slice(dot, dot + 2))
    return a.show(pronounAntecedent(a.t, { first: second, end: a.t.count }, a.at(figure), { first: 0, end: second }, lang))
  }
  it('passes an opening phrase or adverb and reads a name as its capitalised words', () => {
    expect(antecedent('In this infrared photo, the Helix Nebula looks back at us. It is located 700 light years away.', '700', 'en')).toBe('Helix Nebula')
    expect(antecedent('Larry Hagman, whose role became a symbol of greed, has died. He was 81.', '81', 'en')).toBe('Larry Hagman')
    expect(antecedent("Troisièmement, une limitation de l'âge doit être fixée. Elle pourrait être de quinze ans.", 'quinze', 'fr')).toBe("limitation de l'âge")
  })
  it('reads nothing when the figure is in another clause than the pronoun', () => {
    expect(antecedent('This image was put together from X-rays. It shows a ring of black holes, 430 million light years away.', '430', 'en')).toBeUndefined()
    expect(antecedent('The handicapped face obstacles. They are rather old: 37% are over 50.', '37', 'en')).toBeUndefined()
  })
})
