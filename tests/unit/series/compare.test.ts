import { describe, expect, it } from 'vitest'
import { type SeriesPoint, compareTable, findContradictions, relativeGap, seriesPoints } from '../../../shared/series'
import { loadFixture } from './fixture'

function pt(claimId: string, x: string, value: number, extra: Partial<SeriesPoint> = {}): SeriesPoint {
  return { claimId, sourceId: `src-${claimId}`, x, xFrom: x ? 'source' : 'none', value, verdict: 'unverified', sourceTitle: `Source ${claimId}`, quote: 'q', figure: 'q', ...extra }
}

describe('relativeGap', () => {
  it.each([
    [{ value: 100 }, { value: 100 }, 0],
    [{ value: 100, valueHigh: 150 }, { value: 140 }, 0],
    [{ value: 100, valueHigh: 150 }, { value: 200 }, 0.25],
    [{ value: 200 }, { value: 100, valueHigh: 150 }, 0.25],
    [{ value: 0 }, { value: 5 }, 1],
    [{ value: -10 }, { value: 10 }, 2]
  ])('%j vs %j → %d', (a, b, gap) => {
    expect(relativeGap(a, b)).toBeCloseTo(gap, 10)
  })
})

describe('findContradictions', () => {
  it('flags same-month values more than the tolerance apart, naming both sources', () => {
    const found = findContradictions([pt('a', '2023-10-05', 610), pt('b', '2023-10-20', 450), pt('c', '2023-11-01', 100)], 0.1)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ a: 'a', b: 'b' })
    expect(found[0].detail).toContain('610 (Source a) vs 450 (Source b) in 2023-10')
    expect(found[0].detail).toContain('26.2 %')
  })

  it('does not flag values within the tolerance, overlapping ranges or undated points', () => {
    expect(findContradictions([pt('a', '2023-10-05', 610), pt('b', '2023-10-20', 650)], 0.1)).toEqual([])
    expect(findContradictions([pt('a', '2023-10-05', 100, { valueHigh: 150 }), pt('b', '2023-10-20', 140)], 0)).toEqual([])
    expect(findContradictions([pt('a', '', 610), pt('b', '', 10)], 0.1)).toEqual([])
  })

  it('respects a coarser period and a stricter tolerance', () => {
    const points = [pt('a', '2023-07-02', 650), pt('b', '2023-10-05', 610)]
    expect(findContradictions(points, 0.05)).toEqual([])
    expect(findContradictions(points, 0.05, 'year')).toHaveLength(1)
    expect(findContradictions(points, 0.1, 'year')).toEqual([])
  })
})

describe('compareTable', () => {
  it('makes one row per period, oldest first, with cells, change of the median and contradictions', () => {
    const points = [
      pt('b', '2023-10-20', 450),
      pt('a', '2023-10-05', 610),
      pt('c', '2023-11-14', 610),
      pt('d', '2024-03-12', 700, { approx: 'près de' }),
      pt('e', '', 999)
    ]
    const { rows, undated } = compareTable(points, { granularity: 'month', tolerance: 0.1 })
    expect(rows.map((r) => r.period)).toEqual(['2023-10', '2023-11', '2024-03'])
    expect(rows[0].cells.map((c) => [c.claimId, c.value, c.sourceTitle])).toEqual([['a', 610, 'Source a'], ['b', 450, 'Source b']])
    expect(rows[0].contradiction).toBe(true)
    expect(rows[0].contradictionDetail).toContain('610')
    expect(rows[0].changeFromPrevious).toBeUndefined()
    expect(rows[1].changeFromPrevious).toBeCloseTo(610 / 530 - 1, 10)
    expect(rows[1].contradiction).toBe(false)
    expect(rows[1].contradictionDetail).toBeUndefined()
    expect(rows[2].changeFromPrevious).toBeCloseTo(700 / 610 - 1, 10)
    expect(rows[2].cells[0]).toMatchObject({ approx: 'près de', xFrom: 'source' })
    expect(undated.map((p) => p.claimId)).toEqual(['e'])
  })

  it('groups by quarter and year, and uses a range by its middle', () => {
    const points = [pt('a', '2023-01-10', 100, { valueHigh: 200 }), pt('b', '2023-05-01', 300), pt('c', '2024-02-01', 450)]
    expect(compareTable(points, { granularity: 'quarter', tolerance: 0.1 }).rows.map((r) => [r.period, r.changeFromPrevious])).toEqual([
      ['2023-Q1', undefined],
      ['2023-Q2', 1],
      ['2024-Q1', 0.5]
    ])
    const years = compareTable(points, { granularity: 'year', tolerance: 0.1 }).rows
    expect(years.map((r) => r.period)).toEqual(['2023', '2024'])
    expect(years[0].cells[0].valueHigh).toBe(200)
    expect(years[0].contradiction).toBe(true)
  })

  it('on the fixture night-places series, flags 2023 at 5 % but not at 10 %', () => {
    const { byId, sources } = loadFixture()
    const series = { id: 's', name: 'n', claimIds: ['c-obs-650', 'c-nunez-610', 'c-dispatch-610', 'c-mairie-700'], notes: '', createdAt: '', updatedAt: '' }
    const points = seriesPoints(series, byId, sources)
    expect(compareTable(points, { granularity: 'year', tolerance: 0.1 }).rows.map((r) => r.contradiction)).toEqual([false, false])
    const strict = compareTable(points, { granularity: 'year', tolerance: 0.05 }).rows
    expect(strict[0].contradiction).toBe(true)
    expect(strict[0].contradictionDetail).toContain('Drug policy observatory')
  })
})
