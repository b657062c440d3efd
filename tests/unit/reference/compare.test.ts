/** The official figure for a claim's period and place, the deviation and the suggested verdict. */
import { describe, expect, it } from 'vitest'
import { type Claim, type ReferenceSeries } from '../../../shared/model'
import { claimPeriodIn, compareWithReference } from '../../../shared/reference/compare'

const insee: Pick<ReferenceSeries, 'periodicity' | 'observations' | 'unit' | 'place'> = {
  periodicity: 'quarter',
  unit: '%',
  place: 'France',
  observations: [
    { period: '2022-Q4', value: 7.2 },
    { period: '2023-Q1', value: 7.1, status: 'provisional' }
  ]
}

function claim(over: Partial<Claim>): Pick<Claim, 'value' | 'valueHigh' | 'unit' | 'kind' | 'period' | 'subject' | 'sentence' | 'quote'> {
  return { value: 7.8, unit: '%', kind: 'percent', subject: 'taux de chômage', sentence: 'le taux de chômage est de 7,8 %', quote: 'le taux de chômage est de 7,8 %', period: { text: 'au premier trimestre 2023', start: '2023-Q1' }, ...over }
}

describe('compareWithReference', () => {
  it('a rate: the deviation in points, beyond the 0.5 pt default → misleading suggested', () => {
    const r = compareWithReference(claim({}), insee)
    expect(r).toEqual({ ok: true, value: { observation: { period: '2023-Q1', value: 7.1, status: 'provisional' }, deviation: 0.7, kind: 'pp', tolerance: 0.5, withinTolerance: false, suggestedVerdict: 'misleading' } })
  })

  it('within the series tolerance → accurate suggested; a month inside the quarter compares to it', () => {
    const r = compareWithReference(claim({ value: 7.3, period: { text: 'en février 2023', start: '2023-02' } }), insee)
    expect(r.ok && [r.value.deviation, r.value.suggestedVerdict]).toEqual([0.2, 'accurate'])
    const strict = compareWithReference(claim({ value: 7.3, period: { text: 'T1 2023', start: '2023-Q1' } }), insee, 0.1)
    expect(strict.ok && strict.value.suggestedVerdict).toBe('misleading')
  })

  it('counts and money compare relatively', () => {
    const counts = { periodicity: 'year' as const, unit: undefined, observations: [{ period: '2023', value: 2_000_000 }] }
    const r = compareWithReference(claim({ value: 2_300_000, unit: undefined, kind: 'count', period: { text: 'en 2023', start: '2023' } }), counts)
    expect(r.ok && [r.value.kind, r.value.deviation, r.value.suggestedVerdict]).toEqual(['relative', 0.15, 'misleading'])
  })

  it('says why when it cannot compare: no period, a year against quarters, no observation, another place, another unit', () => {
    expect(compareWithReference(claim({ period: undefined }), insee)).toEqual({ ok: false, reason: 'no-period' })
    expect(compareWithReference(claim({ period: { text: 'en 2023', start: '2023' } }), insee)).toEqual({ ok: false, reason: 'period-too-wide' })
    expect(compareWithReference(claim({ period: { text: 'T3 2023', start: '2023-Q3' } }), insee)).toEqual({ ok: false, reason: 'no-observation' })
    expect(compareWithReference(claim({ sentence: 'le taux de chômage en Allemagne est de 3 %' }), insee)).toEqual({ ok: false, reason: 'other-place' })
    expect(compareWithReference(claim({ unit: undefined, kind: 'count' }), insee)).toEqual({ ok: false, reason: 'other-unit' })
  })

  it('a claim period from start to end inside one period of the series', () => {
    expect(claimPeriodIn({ period: { text: 'de janvier à mars 2023', start: '2023-01', end: '2023-03' } }, insee)).toEqual({ ok: true, value: '2023-Q1' })
    expect(claimPeriodIn({ period: { text: 'de mars à avril 2023', start: '2023-03', end: '2023-04' } }, insee)).toEqual({ ok: false, reason: 'period-too-wide' })
  })
})
