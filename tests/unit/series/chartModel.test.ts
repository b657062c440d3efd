import { describe, expect, it } from 'vitest'
import { type SeriesPoint, buildChartModel } from '../../../shared/series'
import { truncate } from '../../../shared/series/chartModel'

function pt(claimId: string, x: string, value: number, extra: Partial<SeriesPoint> = {}): SeriesPoint {
  return { claimId, sourceId: `s-${claimId}`, x, xFrom: x ? 'source' : 'none', value, verdict: 'unverified', sourceTitle: `Source ${claimId}`, quote: 'q', figure: 'q', ...extra }
}

describe('buildChartModel', () => {
  const night = {
    id: 'night',
    name: 'Night places',
    points: [
      pt('b', '2024-03-12', 700, { approx: 'près de', verdict: 'misleading', speaker: 'Léa Fontaine' }),
      pt('a', '2023-10-05', 610, { previous: { value: 200 }, verdict: 'accurate', speaker: 'Laurent Nunez' }),
      pt('r', '2023-07-02', 100, { valueHigh: 150, speaker: 'laurent  nunez' }),
      pt('u', '', 5)
    ]
  }

  it('sorts points on a UTC time axis, keeps ranges and approx marks, and lists undated points apart', () => {
    const m = buildChartModel([night], 'verdict')
    const pts = m.series[0].points
    expect(pts.map((p) => p.claimId)).toEqual(['r', 'a', 'b'])
    expect(pts[0]).toMatchObject({ x: Date.UTC(2023, 6, 2), y: 100, yHigh: 150, approx: false })
    expect(pts[2].approx).toBe(true)
    expect(m.undated.map((p) => p.claimId)).toEqual(['u'])
    expect(m.yMin).toBe(100)
    expect(m.yMax).toBe(700)
    expect(m.allPositive).toBe(true)
  })

  it('keeps an undated before value at its claim\'s x (a baseline, never an invented date) and a dated one at its date', () => {
    const m = buildChartModel([night], 'verdict')
    const a = m.series[0].points[1]
    expect(a.previous).toEqual({ x: Date.UTC(2023, 9, 5), y: 200, xStated: false })
    expect(m.xMin).toBe(Date.UTC(2023, 6, 2))
    const alone = buildChartModel([{ id: 's', name: 's', points: [pt('a', '2023-10-05', 610, { previous: { value: 200 } })] }], 'verdict')
    expect(alone.xMin).toBe(Date.UTC(2023, 9, 5))
    expect(alone.xMax).toBe(Date.UTC(2023, 9, 5))
    const dated = buildChartModel([{ id: 's', name: 's', points: [pt('a', '2023-10-05', 610, { previous: { value: 200, x: '2019-07-02' } })] }], 'verdict')
    expect(dated.series[0].points[0].previous).toEqual({ x: Date.UTC(2019, 6, 2), y: 200, xStated: true })
    expect(dated.xMin).toBe(Date.UTC(2019, 6, 2))
  })

  it('colours by verdict, speaker (case and spacing ignored) or source, with a sorted, stable legend', () => {
    expect(buildChartModel([night], 'verdict').legend.map((l) => l.key)).toEqual(['verdict:accurate', 'verdict:misleading', 'verdict:unverified'])
    const bySpeaker = buildChartModel([night], 'speaker')
    expect(bySpeaker.legend.map((l) => l.key)).toEqual(['speaker:laurent nunez', 'speaker:léa fontaine'])
    const [r, a, b] = bySpeaker.series[0].points
    expect(r.colorIndex).toBe(a.colorIndex)
    expect(b.colorIndex).not.toBe(a.colorIndex)
    const shuffledInput = { ...night, points: [...night.points].reverse() }
    expect(buildChartModel([shuffledInput], 'source').legend).toEqual(buildChartModel([night], 'source').legend)
  })

  it('overlays series that share a unit and skips the others', () => {
    const other = { id: 'h', name: 'Hospital places', points: [pt('h', '2023-10-05', 50)] }
    const money = { id: 'm', name: 'Budget', unit: 'EUR', points: [pt('m', '2024-01-01', 3.5e6, { unit: 'EUR' })] }
    const m = buildChartModel([night, other, money], 'verdict')
    expect(m.series.map((s) => s.id)).toEqual(['night', 'h'])
    expect(m.skipped).toEqual([{ id: 'm', name: 'Budget', unit: 'EUR' }])
  })

  it('reports when a log scale cannot show every value', () => {
    expect(buildChartModel([{ id: 's', name: 's', points: [pt('a', '2023-01-01', 0)] }], 'verdict').allPositive).toBe(false)
    expect(buildChartModel([], 'verdict')).toMatchObject({ series: [], legend: [], allPositive: true })
  })
})

describe('truncate', () => {
  it('cuts long quotes at a word and keeps short ones', () => {
    expect(truncate('court')).toBe('court')
    const long = 'mot '.repeat(60)
    const t = truncate(long, 50)
    expect(t.length).toBeLessThanOrEqual(50)
    expect(t.endsWith('mot…')).toBe(true)
  })
})

describe('periods and sources on the chart', () => {
  it('draws a month, a quarter and a year over their whole days, not at their middle day', () => {
    const m = buildChartModel([{ id: 's', name: 's', points: [
      pt('m', '2023-10-16', 610, { xFrom: 'period', span: { from: '2023-10-01', to: '2023-10-31', unit: 'month' } }),
      pt('q', '2023-08-15', 540, { xFrom: 'period', span: { from: '2023-07-01', to: '2023-09-30', unit: 'quarter' } }),
      pt('y', '2022-07-02', 400, { xFrom: 'period', span: { from: '2022-01-01', to: '2022-12-31', unit: 'year' } }),
      pt('d', '2024-03-12', 700)
    ] }], 'verdict')
    const byId = new Map(m.series[0].points.map((p) => [p.claimId, p]))
    expect(byId.get('m')?.span).toEqual({ from: Date.UTC(2023, 9, 1), to: Date.UTC(2023, 10, 1), unit: 'month' })
    expect(byId.get('q')?.span).toEqual({ from: Date.UTC(2023, 6, 1), to: Date.UTC(2023, 9, 1), unit: 'quarter' })
    expect(byId.get('y')?.span).toEqual({ from: Date.UTC(2022, 0, 1), to: Date.UTC(2023, 0, 1), unit: 'year' })
    expect(byId.get('d')?.span).toBeUndefined()
    expect(m.xMin).toBe(Date.UTC(2022, 0, 1))
  })

  it('lists every cited source once, oldest first, each with its own marker shape', () => {
    const m = buildChartModel([{ id: 's', name: 's', points: [
      pt('a', '2023-10-05', 1, { sourceId: 'x', outlet: 'Le Monde', statedAt: '2023-10-05' }),
      pt('b', '2023-11-05', 2, { sourceId: 'x', outlet: 'Le Monde', statedAt: '2023-11-05' }),
      pt('c', '2023-01-05', 3, { sourceId: 'y', sourceTitle: 'Bilan', statedAt: '2023-01-05' }),
      pt('u', '', 4, { sourceId: 'z', outlet: 'Undated' })
    ] }], 'verdict')
    expect(m.sources.map((s) => [s.label, s.statedAt, s.shape])).toEqual([['Bilan', '2023-01-05', 'circle'], ['Le Monde', '2023-10-05', 'square']])
    expect(m.series[0].points.map((p) => [p.claimId, m.sources[p.sourceIndex].label])).toEqual([['c', 'Bilan'], ['a', 'Le Monde'], ['b', 'Le Monde']])
  })
})
