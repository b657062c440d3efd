import { describe, expect, it } from 'vitest'
import { subjectAfter } from '../../../../shared/extract/subject/index'
import { read } from './helpers'

describe('subjectAfter: the noun phrase a figure counts, read after it', () => {
  it('reads the counted phrase with its "de"/"of" complement, past a scale or a unit', () => {
    const a = read('357 interpellations de trafiquants depuis début 2023', 'fr')
    expect(a.show(subjectAfter(a.t, a.at('interpellations'), 'fr', a.t.count, false))).toBe('interpellations de trafiquants')
    const b = read('3 millions de personnes vivent ici', 'fr')
    expect(b.show(subjectAfter(b.t, b.at('de'), 'fr', b.t.count, true))).toBe('personnes')
    const c = read('12 % of voters said no', 'en')
    expect(c.show(subjectAfter(c.t, c.at('of'), 'en', c.t.count, true))).toBe('voters')
  })

  it('finds none where the words after measure, not count ("5985 points")', () => {
    const a = read('closed at 5985 points', 'en')
    expect(subjectAfter(a.t, a.at('points'), 'en', a.t.count, false)).toBeUndefined()
  })
})

describe('subjectAfter: complements after the counted noun', () => {
  const after = (text: string, word: string, lang: 'fr' | 'en'): string | undefined => {
    const a = read(text, lang)
    return a.show(subjectAfter(a.t, a.at(word), lang, a.t.count, false))
  }

  it('keeps a present participle with its object', () => {
    expect(after('142 crimes using firearms were recorded', 'crimes', 'en')).toBe('crimes using firearms')
    expect(after('25 % des navires faisant escale dans les ports', 'navires', 'fr')).toBe('navires faisant escale')
  })

  it('keeps a "from" or "within" complement of the noun', () => {
    expect(after('three guests from the field were invited', 'guests', 'en')).toBe('guests from the field')
    expect(after('50 million poor people within the Union', 'poor', 'en')).toBe('poor people within the Union')
  })
})
