import { describe, expect, it } from 'vitest'
import { findTurns } from '../../../../shared/extract/speaker/index'
import { tokenize } from '../../../../shared/extract/tokens'

describe('findTurns: transcript lines that open with a speaker and a colon', () => {
  it('reads labels in capitals, known names and a titled name in brackets, matched to known speakers', () => {
    const text = 'NUNEZ : Nous avons 610 places.\nJOURNALISTE : Combien ?\nLaurent Nunez: 200 avant.\nThe Minister for Housing (Ms Rachel Lowe): 300 homes.'
    expect(findTurns(tokenize(text, 'fr'), ['Laurent Nunez']).map((t) => [text.slice(t.pos, t.pos + 5), t.name])).toEqual([
      ['NUNEZ', 'Laurent Nunez'],
      ['JOURN', 'Journaliste'],
      ['Laure', 'Laurent Nunez'],
      ['The M', 'Ms Rachel Lowe']
    ])
  })

  it('leaves a one-word heading used once ("Summary:") and a constituency in brackets out', () => {
    expect(findTurns(tokenize('Summary: 3 points.\nNote: 4 more.', 'en'), [])).toEqual([])
    expect(findTurns(tokenize('Mr Daniel Carr (Blyth Valley) (Lab): 12 schools.', 'en'), []).map((t) => t.name)).toEqual(['Mr Daniel Carr'])
  })

  it('reads the turns of parliamentary records: a surname in capitals before a stop or a dash, a header line', () => {
    const names = (text: string) => findTurns(tokenize(text, 'en'), []).map((t) => t.name)
    expect(names('Mr. DURBIN. Madam President, 40 States agree.\nMr HOLT —Today 3 bills passed.')).toEqual(['Mr. DURBIN', 'Mr HOLT'])
    expect(names('Mrs. Gray\n\nasked how many wards closed.\n\nMr. Hale\n\nSeven wards closed.')).toEqual(['Mrs. Gray', 'Mr. Hale'])
    expect(names('Jane Porter (Ryde, Labor, Treasurer) Share this | Hansard source\n\nWe added 9,000 jobs.')).toEqual(['Jane Porter'])
  })

  it('takes no heading in capitals, no address to the chair and no name in running text for a turn', () => {
    const names = (text: string) => findTurns(tokenize(text, 'en'), []).map((t) => t.name)
    expect(names('OPIOID EPIDEMIC\nMadam President, 2 million people suffer.')).toEqual([])
    expect(names('Mr. Hale said 7 wards closed.\nThe Town Council (Ryde) met twice.')).toEqual([])
  })
})
