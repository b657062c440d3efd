// Ranks are claims (GUIDELINES §1: "the third largest", "onzième fois" is a rank; ordinals used as names are not).
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'
import { figureText } from '../../../shared/figureSpan'
import type { Lang } from '../../../shared/model'

const ranks = (text: string, lang: Lang): [string, number][] =>
  extractClaims(text, { lang }).filter((c) => c.kind === 'rank').map((c) => [figureText(c), c.value])

describe('ranks', () => {
  it('reads an ordinal before a word of rank, written or in digits', () => {
    expect(ranks('It finished in third place.', 'en')).toEqual([['third place', 3]])
    expect(ranks('Japan is the third largest economy.', 'en')).toEqual([['third largest economy', 3]])
    expect(ranks('She celebrated her 43rd birthday.', 'en')).toEqual([['43rd birthday', 43]])
    expect(ranks('Elle est la première femme à diriger le pays.', 'fr')).toEqual([['première femme', 1]])
    expect(ranks('Le club termine à la deuxième place.', 'fr')).toEqual([['deuxième place', 2]])
  })

  it('reads who holds a first within a scope ("the first woman in space", "the first Arab leader to"), not a first alone', () => {
    expect(ranks('The first woman in space gave birth to a daughter.', 'en')).toEqual([['first woman', 1]])
    expect(ranks('He became the first Arab leader to call on the president to resign.', 'en')).toEqual([['first Arab leader', 1]])
    expect(ranks('Elle fut la première femme en orbite.', 'fr')).toEqual([['première femme', 1]])
    expect(ranks('The first estimates were revised.', 'en')).toEqual([])
  })

  it('reads an event counted in its sequence above one, and "une cinquième fois"; not a first, a stage or "a second time"', () => {
    expect(ranks('Il a rendu parfaite sa cinquième participation au championnat européen.', 'fr')).toEqual([['cinquième participation', 5]])
    expect(ranks('Wayne Simmonds transforma un quatrième but.', 'fr')).toEqual([['quatrième but', 4]])
    expect(ranks('They rounded off their fifth Euro appearance perfectly.', 'en')).toEqual([['fifth Euro appearance', 5]])
    expect(ranks("Le champion d'Europe ira pour une cinquième fois à l'EM.", 'fr')).toEqual([['cinquième fois', 5]])
    expect(ranks("C'était sa première participation.", 'fr')).toEqual([])
    expect(ranks('Le candidat est qualifié pour le troisième tour.', 'fr')).toEqual([])
    expect(ranks('The bill was read a second time.', 'en')).toEqual([])
  })

  it('reads a placing ("is placed 10th", "is 4th in")', () => {
    expect(ranks('Whilst Canada is placed 10th, the study goes on.', 'en')).toEqual([['10th', 10]])
    expect(ranks('The state is 4th in the nation.', 'en')).toEqual([['4th', 4]])
  })

  it('reads a count of times, a scope or a superlative after the ordinal, and a placing shared by "and"', () => {
    expect(ranks('The team reached the final for the fourth time.', 'en')).toEqual([['fourth time', 4]])
    expect(ranks('Le festival a lieu pour la troisième fois.', 'fr')).toEqual([['troisième fois', 3]])
    expect(ranks('This oil slick, the seventh since 1967, is a disaster.', 'en')).toEqual([['seventh', 7]])
    expect(ranks('La troisième puissance économique mondiale a renoué avec la croissance.', 'fr')).toEqual([['troisième puissance économique mondiale', 3]])
    expect(ranks("C'était le deuxième patron le mieux payé de Suisse.", 'fr')).toEqual([['deuxième patron', 2]])
    expect(ranks('The state is 4th in the nation in new cases and 13th in HIV.', 'en')).toEqual([['4th', 4], ['13th', 13]])
  })

  it('leaves firsts, bill stages, clauses and names after the ordinal alone', () => {
    for (const [text, lang] of [
      ['Pour la première fois, le chômage baisse.', 'fr'], ['I beg to move that this Bill be now read a second time.', 'en'],
      ["C'est le quatrième qui inquiète le plus les économistes.", 'fr'], ['It is a matter of cooperation with the third world.', 'en'],
      ['Ils célèbrent leur première participation depuis 1988.', 'fr'], ['Il y a 412 interpellations dans le 18e arrondissement depuis 2024.', 'fr']
    ] as [string, Lang][]) expect(ranks(text, lang), text).toEqual([])
  })

  it('leaves idioms, periods, titles and names alone', () => {
    for (const [text, lang] of [
      ['This is not the first time that it happens.', 'en'], ["C'est la première fois.", 'fr'], ['Growth was 0.4% in the third quarter.', 'en'],
      ['Le Premier ministre est arrivé.', 'fr'], ['The Fifth Republic was founded.', 'en'], ['Il habite le 18e arrondissement.', 'fr'],
      ['The first estimates were wrong.', 'en']
    ] as [string, Lang][]) expect(ranks(text, lang), text).toEqual([])
  })
})
