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
})
