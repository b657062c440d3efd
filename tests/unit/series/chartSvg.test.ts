import { DOMParser } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { EN_CHART_TEXTS, buildChartModel, renderChartSvg, seriesPoints, type ChartTexts } from '../../../shared/series'
import { fourSourceSeries } from './fourSources'

const FR: ChartTexts = {
  ...EN_CHART_TEXTS,
  sourceOne: 'Source : {list}',
  sourceMany: 'Sources : {list}',
  notes: 'Notes : {text}',
  creditBy: 'Graphique : {name}',
  quarterFormat: 'T{q} {year}',
  period: 'Période'
}

function chart(locale: 'en' | 'fr', colorBy: 'verdict' | 'source' = 'verdict') {
  const { claims, sources, claimIds } = fourSourceSeries()
  const series = { id: 'night', name: 'Places de nuit', unit: 'places', claimIds, notes: '', createdAt: '', updatedAt: '' }
  const model = buildChartModel([{ id: series.id, name: series.name, unit: series.unit, points: seriesPoints(series, claims, sources) }], colorBy)
  const out = renderChartSvg(model, {
    title: 'Overnight places for crack users in Paris',
    description: 'Places open each night, as four outlets reported them & <quoted> them.',
    notes: 'A range is drawn as a bar.',
    unit: 'places',
    author: 'Marie Dupont',
    locale,
    texts: locale === 'fr' ? FR : EN_CHART_TEXTS,
    colorBy
  })
  const doc = new DOMParser().parseFromString(out.svg, 'image/svg+xml')
  return { out, model, doc }
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('renderChartSvg', () => {
  it('carries the title, description, unit on the axis, every point, the source line and the credit inside the image', () => {
    const { doc, out } = chart('en')
    const svg = doc.querySelector('svg')
    expect(svg?.getAttribute('width')).toBe(String(out.width))
    expect(text(doc.querySelector('.chart-title'))).toBe('Overnight places for crack users in Paris')
    expect(text(doc.querySelector('.chart-description'))).toBe('Places open each night, as four outlets reported them & <quoted> them.')
    expect(text(doc.querySelector('.axis-unit'))).toBe('places')
    const points = [...doc.querySelectorAll('g.point')]
    expect(points.map((p) => p.getAttribute('data-claim-id')).sort()).toEqual(['c-day', 'c-month', 'c-quarter', 'c-year'])
    expect(text(doc.querySelector('.chart-source'))).toBe('Sources: France Bleu Paris (Jan 15, 2023); Le Parisien (Oct 20, 2023); Le Monde (Nov 2, 2023); Drug Policy Observatory (Mar 12, 2024)')
    expect(text(doc.querySelector('.chart-notes'))).toBe('Notes: A range is drawn as a bar.')
    expect(text(doc.querySelector('.chart-credit'))).toBe('Chart: Marie Dupont · ClaimLedger')
    // Each point's details, as the app's tooltip gives them.
    const month = points.find((p) => p.getAttribute('data-claim-id') === 'c-month')
    expect(text(month?.querySelector('title'))).toContain('Value: 610 places')
    expect(text(month?.querySelector('title'))).toContain('Period: October 2023 (en octobre 2023)')
    expect(text(month?.querySelector('title'))).toContain('Speaker: Laurent Nunez')
    expect(text(month?.querySelector('title'))).toContain('Outlet: Le Monde')
    expect(text(month?.querySelector('title'))).toContain('Date: Nov 2, 2023')
  })

  it('draws a month, a quarter and a year over their days, in proportion, and a dated point as a point', () => {
    const { doc } = chart('en')
    const width = (id: string): number | undefined => {
      const d = doc.querySelector(`g.point[data-claim-id="${id}"] path.period`)?.getAttribute('d') ?? ''
      const xs = [...d.matchAll(/M(-?[\d.]+) /g)].map((m) => Number(m[1]))
      return xs.length >= 2 ? Math.max(...xs) - Math.min(...xs) : undefined
    }
    const month = width('c-month') ?? 0
    const quarter = width('c-quarter') ?? 0
    const year = width('c-year') ?? 0
    expect(month).toBeGreaterThan(0)
    expect(quarter / month).toBeCloseTo(92 / 31, 1)
    expect(year / month).toBeCloseTo(365 / 31, 1)
    expect(doc.querySelector('g.point[data-claim-id="c-day"] path.period')).toBeNull()
    // The range is a bar, the approximate figure is marked, the undated before value is the claim's baseline.
    expect(doc.querySelector('g.point[data-claim-id="c-year"] path.range')).not.toBeNull()
    expect(doc.querySelector('g.point[data-claim-id="c-day"] .approx')).not.toBeNull()
    expect(doc.querySelector('g.point[data-claim-id="c-day"] .baseline-arrow')).not.toBeNull()
    const before = doc.querySelector('g.point[data-claim-id="c-day"] circle.before')
    expect(before?.getAttribute('cx')).toBe(doc.querySelector('g.point[data-claim-id="c-day"]')?.getAttribute('data-x'))
  })

  it('gives each source its own marker shape and lists them all in the legend', () => {
    const { doc, model } = chart('en')
    expect(new Set(model.sources.map((s) => s.shape)).size).toBe(4)
    const tags = [...doc.querySelectorAll('g.point .marker')].map((m) => `${m.tagName}:${(m.getAttribute('d') ?? '').split('L').length}`)
    expect(new Set(tags).size).toBe(4)
    const legend = text(doc.querySelector('.chart-legend'))
    for (const outlet of ['Le Monde', 'Le Parisien', 'France Bleu Paris', 'Drug Policy Observatory', 'Accurate', 'Misleading', 'Unverified', 'Period (a month', 'Range', 'Approximate']) expect(legend).toContain(outlet)
  })

  it('writes French dates, numbers and words in French', () => {
    const { doc } = chart('fr')
    expect(text(doc.querySelector('.chart-source'))).toBe('Sources : France Bleu Paris (15 janv. 2023); Le Parisien (20 oct. 2023); Le Monde (2 nov. 2023); Drug Policy Observatory (12 mars 2024)')
    expect(text(doc.querySelector('.chart-credit'))).toBe('Graphique : Marie Dupont · ClaimLedger')
    const quarter = doc.querySelector('g.point[data-claim-id="c-quarter"] title')
    expect(text(quarter)).toContain('Période: T3 2023')
    expect(doc.querySelector('svg')?.getAttribute('lang')).toBe('fr')
  })

  it('escapes every text, so a title cannot inject markup', () => {
    const { out } = chart('en')
    expect(out.svg).toContain('&amp; &lt;quoted&gt;')
    expect(out.svg).not.toContain('<quoted>')
  })
})
