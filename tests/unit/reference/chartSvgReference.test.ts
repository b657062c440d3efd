/**
 * The exported chart (SVG, and the PNG drawn from it) shows a series' official reference as the
 * app does: a dashed step line over its periods, named in the legend, cited under the chart,
 * inside axes that hold it.
 */
import { DOMParser } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { EN_CHART_TEXTS, buildChartModel, renderChartSvg, seriesPoints } from '../../../shared/series'
import { referenceSteps } from '../../../shared/reference/steps'
import { fourSourceSeries } from '../series/fourSources'

function draw(withReference: boolean) {
  const { claims, sources, claimIds } = fourSourceSeries()
  const series = { id: 'night', name: 'Places de nuit', unit: 'places', claimIds, notes: '', createdAt: '', updatedAt: '' }
  const points = seriesPoints(series, claims, sources)
  const model = buildChartModel([{ id: series.id, name: series.name, unit: series.unit, points }], 'verdict')
  const top = Math.max(...points.map((p) => p.valueHigh ?? p.value)) * 3
  const steps = referenceSteps({ observations: [{ period: '2023-Q3', value: top }, { period: '2023-Q4', value: top / 2 }] })
  const out = renderChartSvg(model, {
    title: 'Overnight places', locale: 'en', texts: EN_CHART_TEXTS, colorBy: 'verdict', unit: 'places',
    reference: withReference ? { label: 'Official: Préfecture', cite: 'Official series: Préfecture de police, places, 2024-05-02', steps } : undefined
  })
  return { doc: new DOMParser().parseFromString(out.svg, 'image/svg+xml'), top }
}

const maxTick = (doc: ReturnType<typeof draw>['doc']): number => Math.max(...[...doc.querySelectorAll('.y-tick')].map((t) => Number((t.textContent ?? '').replace(/,/g, ''))))

describe('renderChartSvg with a reference', () => {
  it('draws the steps, names them in the legend, cites them and widens the y axis to hold them', () => {
    const { doc } = draw(true)
    const line = doc.querySelector('polyline.reference-line')
    expect(line?.getAttribute('points')?.split(' ')).toHaveLength(4)
    expect(line?.getAttribute('stroke-dasharray')).toBe('6 3')
    expect([...doc.querySelectorAll('.legend-item')].map((g) => g.textContent)).toContain('Official: Préfecture')
    expect(doc.querySelector('.chart-reference')?.textContent).toContain('Préfecture de police')
    // The steps stand at three times the highest claim: the axis grows to them.
    expect(maxTick(doc)).toBeGreaterThan(2 * maxTick(draw(false).doc))
  })

  it('draws nothing of the kind without one', () => {
    const { doc } = draw(false)
    expect(doc.querySelector('polyline.reference-line')).toBeNull()
    expect(doc.querySelector('.chart-reference')).toBeNull()
  })
})
