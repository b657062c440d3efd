import type { PeriodLexicon } from './period.types'

/** English words of the period stage (see period.types.ts). */
export const PERIOD_LEXICON_EN: PeriodLexicon = {
  perUnits: {
    day: 'day', days: 'day', night: 'night', nights: 'night', week: 'week', weeks: 'week', month: 'month', months: 'month',
    year: 'year', years: 'year', quarter: 'quarter', annum: 'year'
  },
  perAdverbs: { daily: 'day', nightly: 'night', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year' },
  ordinals: { first: 1, second: 2, third: 3, fourth: 4, last: 4 }
}
