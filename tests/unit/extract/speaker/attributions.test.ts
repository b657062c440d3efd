import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../../shared/model'
import { findAttributions } from '../../../../shared/extract/speaker/index'
import { tokenize } from '../../../../shared/extract/tokens'

function attributions(lang: Lang, text: string): { at: string; name: string; weak?: boolean }[] {
  return findAttributions(tokenize(text, lang), lang).map((a) => ({ at: text.slice(a.pos, a.pos + 6), name: a.name, weak: a.weak }))
}

describe('findAttributions: who a speech verb names, in order', () => {
  it('reads the speaker after a verb or a preposition ("assure Laurent Nunez", "selon l\'Insee")', () => {
    expect(attributions('fr', '« Nous accueillons 610 personnes », assure Laurent Nunez. Selon l\'Insee, le chômage baisse.')).toEqual([
      { at: 'assure', name: 'Laurent Nunez', weak: false },
      { at: 'Selon ', name: 'Insee', weak: false }
    ])
  })

  it('reads verbs of calculating and believing, and organisation names with "for the" inside', () => {
    expect(attributions('en', 'Giovanni Peri has calculated that a rise of 1% causes 0.6% more pay.').map((a) => a.name)).toEqual(['Giovanni Peri'])
    expect(attributions('en', 'The Royal Society for the Protection of Birds believes that 400,000 birds died.').map((a) => a.name)).toEqual(['Royal Society for the Protection of Birds'])
    expect(attributions('fr', "L'économiste calcule que 2 % des emplois sont menacés, a dit Marc Durand.").map((a) => a.name)).toContain('Marc Durand')
  })

  it('reads the speaker before a verb and resolves a pronoun to the last name', () => {
    expect(attributions('en', 'Dana Whitfield said 40 jobs went. Prices rose 5%, he said.').map((a) => a.name)).toEqual(['Dana Whitfield', 'Dana Whitfield'])
  })

  it('keeps a role phrase that ends on a name whole, and reads the agent of a passive verb', () => {
    expect(attributions('fr', 'Le président de la République a dit que 40 % votent.').map((a) => a.name)).toEqual(['Le président de la République'])
    expect(attributions('en', 'As reported by the Office for National Statistics, 1,200 jobs were lost.').map((a) => a.name)).toEqual(['Office for National Statistics'])
  })

  it('marks a lower-case source after "d\'après" and a verb that only sometimes reports speech as weak', () => {
    expect(attributions('fr', "D'après la préfecture, 300 personnes sont venues.")).toEqual([{ at: 'après ', name: 'la préfecture', weak: true }])
    expect(attributions('en', 'Acme Holdings said sales fell. The group now expects a 5% rise.')).toEqual([
      { at: 'said s', name: 'Acme Holdings', weak: false },
      { at: 'expect', name: 'Acme Holdings', weak: true }
    ])
  })

  it('finds none where the verb reports no speech or the figure refutes it', () => {
    expect(attributions('en', 'Health care added 67,000 jobs.')).toEqual([])
    expect(attributions('fr', 'Contrairement à ce que dit le gouvernement, le chômage a augmenté de 2 %.')).toEqual([])
    // a capitalised form inside a sentence is a name ("the United States")
    expect(attributions('en', 'Exports to the United States fell.')).toEqual([])
  })

  it('reads a name before its role in apposition, not a place or a relative clause', () => {
    expect(attributions('en', '" We will hire thousands, " Bill McDermott, co-chief executive of SAP, said.').map((a) => a.name)).toEqual(['Bill McDermott'])
    expect(attributions('en', 'Mark Kelly, the astronaut, said 300 people came.').map((a) => a.name)).toEqual(['Mark Kelly'])
    expect(attributions('fr', "16 civils ont péri dans la région de Deraa, dans le sud de la Syrie, a annoncé l'Observatoire.").map((a) => a.name)).toEqual(['Observatoire'])
    expect(attributions('en', 'Gabrielle Giffords, who spends two hours with doctors, said she forgot.').map((a) => a.name)).toEqual([])
  })

  it('reads a plural subject before a base form, not a question or an infinitive', () => {
    expect(attributions('en', 'Officials say 40 people died.').map((a) => a.name)).toEqual(['Officials'])
    expect(attributions('en', 'Figures indicate that 41% of cases were dropped.').map((a) => a.name)).toEqual(['Figures'])
    expect(attributions('en', 'Mr Carr said no. Will he confirm that the cost has risen?').map((a) => a.name)).toEqual(['Mr Carr'])
  })

  it('reads a role after an article, with a possessive owner or a hyphen, and the regular forms of a listed French tense', () => {
    expect(attributions('en', 'The company hired 300 people, a spokesman said.').map((a) => a.name)).toEqual(['spokesman'])
    expect(attributions('en', "The mayor's office said 200 homes were damaged.").map((a) => a.name)).toEqual(["mayor's office"])
    expect(attributions('fr', 'Le porte-parole a confirmé que 300 postes seraient supprimés.').map((a) => a.name)).toEqual(['porte-parole'])
    expect(attributions('fr', 'Les syndicats estiment que 300 postes seront supprimés.').map((a) => a.name)).toEqual(['syndicats'])
    expect(attributions('fr', 'Le parc compte 56 réacteurs.')).toEqual([])
    expect(attributions('fr', "Interrogé par l'AFP, il a répondu.")).toEqual([])
  })
})
