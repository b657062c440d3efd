import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'

const figures = (text: string, lang: Lang): Array<[number, string]> => extractClaims(text, { lang }).map((c) => [c.value, c.kind])

describe('match scores: each side is a count', () => {
  it('reads both sides of a colon or dash score where the sentence speaks of a match, unsigned', () => {
    expect(figures('The visitors lost 2: 3 after a penalty shoot-out.', 'en')).toEqual([[2, 'count'], [3, 'count']])
    expect(figures('It was a 4-0 victory for the home side.', 'en')).toEqual([[4, 'count'], [0, 'count']])
    expect(figures("L'équipe a perdu par 2 : 3 après les tirs au but.", 'fr')).toEqual([[2, 'count'], [3, 'count']])
    expect(figures('Ils ont gagné 1 : 0 au Monténégro.', 'fr')).toEqual([[1, 'count'], [0, 'count']])
    expect(figures('Le match nul (1-1) arrange tout le monde.', 'fr').map((f) => f[0])).toEqual([1, 1])
  })

  it('reads a score written with a spaced colon and one digit after it, after a team name too, without a word of the match', () => {
    expect(figures('Nani a tiré à une distance de 25 mètres pour faire 2 : 0.', 'fr')).toEqual([[25, 'quantity'], [2, 'count'], [0, 'count']])
    expect(figures('Les Tchèques ont battu le Monténégro 1 : 0 (0 : 0).', 'fr').map((f) => f[0])).toEqual([1, 0, 0, 0])
    expect(figures('Rien dans le match nul 0 : 0 entre la Turquie et la Croatie.', 'fr').map((f) => f[0])).toEqual([0, 0])
    expect(figures('Portugal rounded off their campaign after 0: 0 in the first leg.', 'en').map((f) => f[0])).toEqual([0, 0])
    // a clock time has two digits of minutes; a scale has a large side
    expect(figures('Le train part à 9 : 30.', 'fr')).toEqual([])
  })

  it('reads a score after "against"/"contre" and a pair alone in brackets', () => {
    expect(figures('Croatia drew 0: 0 against Turkey.', 'en').map((f) => f[0])).toEqual([0, 0])
    expect(figures('In view of the (0-0) on Friday, it is clear.', 'en').map((f) => f[0])).toEqual([0, 0])
    expect(figures('Read pages (12-14) first.', 'en').map((f) => f[0])).not.toEqual([12, 14])
  })

  it('keeps clock times, ranges of counted things, and pairs with no word of a match', () => {
    expect(figures('The match starts at 15:05 hours.', 'en')).toEqual([])
    expect(figures('Le match commence à 15 : 05 heures.', 'fr')).toEqual([])
    expect(figures('Between 10-15 people were hurt after the match.', 'en')).toEqual([[10, 'count']])
    expect(figures('Room 2-3 was booked for 40 guests.', 'en').map((f) => f[0])).toEqual([40])
  })
})
