import { describe, expect, it } from 'vitest'
import { subjectBefore } from '../../../../shared/extract/subject/index'
import { read } from './helpers'

describe('subjectBefore: the subject opening the figure\'s clause', () => {
  it('reads the noun phrase at the clause start, past its determiner', () => {
    const a = read('Le taux de chômage a atteint 7,2 %', 'fr')
    expect(a.show(subjectBefore(a.t, a.at('7,2'), 'fr', 0))).toBe('taux de chômage')
    const b = read('Unemployment rose to 7.2%', 'en')
    expect(b.show(subjectBefore(b.t, b.at('7.2'), 'en', 0))).toBe('Unemployment')
  })

  it('stops at a clause break and finds none when the clause opens on a verb', () => {
    const a = read('Prices fell, rose to 7.2%', 'en')
    expect(subjectBefore(a.t, a.at('7.2'), 'en', 0)).toBeUndefined()
  })

  it('takes no verb form for the subject after a pronoun and its verb', () => {
    const a = read('It is located 700 light years away', 'en')
    expect(subjectBefore(a.t, a.at('700'), 'en', 0)).toBeUndefined()
    const b = read('Elle est située à 700 années-lumière', 'fr')
    expect(subjectBefore(b.t, b.at('700'), 'fr', 0)).toBeUndefined()
  })
})
