import { describe, expect, it } from 'vitest'
import type { Lang, Period } from '../../../../shared/model'
import { findPeriods, parseSourceDate } from '../../../../shared/extract/period/index'
import { tokenize } from '../../../../shared/extract/tokens'

function periods(text: string, lang: Lang, date?: string): Period[] {
  const t = tokenize(text, lang)
  return findPeriods(t, 0, t.count, lang, parseSourceDate(date)).map((m) => m.period)
}

describe('parseSourceDate', () => {
  it('reads a full or partial ISO date and nothing else', () => {
    expect(parseSourceDate('2023-10-05')).toEqual({ year: 2023, month: 10, day: 5, iso: '2023-10-05' })
    expect(parseSourceDate('2023')).toEqual({ year: 2023, month: undefined, day: undefined, iso: '2023' })
    expect(parseSourceDate('5 octobre')).toEqual({})
    expect(parseSourceDate(undefined)).toEqual({})
  })
})

describe('findPeriods: when a figure holds, resolved against the source date', () => {
  it('reads rates ("chaque jour", "toutes les nuits", "a year") but not "a year ago"', () => {
    expect(periods('610 personnes chaque jour et 200 toutes les nuits', 'fr')).toEqual([{ text: 'chaque jour', per: 'day' }, { text: 'toutes les nuits', per: 'night' }])
    expect(periods('£9 billion a year, up from a year ago', 'en')).toEqual([{ text: 'a year', per: 'year' }])
  })

  it('reads "depuis début 2023" and "last year" up to or relative to the source date', () => {
    expect(periods('357 interpellations depuis début 2023', 'fr', '2023-10-05')).toEqual([{ text: 'depuis début 2023', start: '2023-01-01', end: '2023-10-05' }])
    expect(periods('sales rose last year', 'en', '2023-10-05')).toEqual([{ text: 'last year', start: '2022', end: '2022' }])
  })

  it('reads quarters, year ranges and "by 2030"', () => {
    expect(periods('au premier trimestre 2023', 'fr')).toEqual([{ text: 'au premier trimestre 2023', start: '2023-01', end: '2023-03-31' }])
    expect(periods('between 2019 and 2022, and 2019-2022', 'en')).toEqual([{ text: 'between 2019 and 2022', start: '2019', end: '2022' }, { text: '2019-2022', start: '2019', end: '2022' }])
    expect(periods('by 2030', 'en', '2023-10-05')).toEqual([{ text: 'by 2030', start: '2023-10-05', end: '2030' }])
  })
})
