import { DOMParser } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { buildBundle, readBundle, type BundleContent } from '../../../shared/bundle'
import { EN_CHART_TEXTS, buildChartModel, renderChartSvg, seriesPoints } from '../../../shared/series'
import { fixtureBytes, fixtureOptions, loadContent, unzipBytes, unzipText } from './fixture'

/** The fixture's series with its published-chart texts, and its chart drawn as SVG from the records. */
function withChartTexts(): { content: BundleContent; svg: string } {
  const content = loadContent()
  const series = content.series[0]
  series.title = 'Places de nuit pour les consommateurs de crack à Paris'
  series.description = 'Nombre de places ouvertes chaque nuit, selon les sources citées.'
  series.notes = 'Les périodes sont tracées sur toute leur durée.'
  const model = buildChartModel(
    [{ id: series.id, name: series.name, unit: series.unit, points: seriesPoints(series, new Map(content.claims.map((c) => [c.id, c])), new Map(content.sources.map((s) => [s.id, s]))) }],
    'verdict'
  )
  const { svg } = renderChartSvg(model, { title: series.title, description: series.description, notes: series.notes, unit: series.unit, author: 'Alex Martin', locale: 'fr', texts: EN_CHART_TEXTS, colorBy: 'verdict' })
  return { content, svg }
}

describe('charts in a bundle', () => {
  it('carries a series title and description through export and import, and each chart as PNG and SVG in charts/', async () => {
    const { content, svg } = withChartTexts()
    const options = fixtureOptions(content)
    const charts = (options.charts ?? []).map((c) => ({ ...c, svg }))
    const zip = await buildBundle(content, { ...options, charts })
    const files = unzipBytes(zip)
    const png = Object.keys(files).filter((n) => n.startsWith('charts/'))
    expect(png.sort()).toEqual([`charts/series-${content.series[0].id}.png`, `charts/series-${content.series[0].id}.svg`])
    const text = unzipText(zip)
    expect(text[`charts/series-${content.series[0].id}.svg`]).toBe(svg)
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('.chart-title')?.textContent).toBe('Places de nuit pour les consommateurs de crack à Paris')
    expect(doc.querySelectorAll('g.point').length).toBe(content.series[0].claimIds.length)
    // report.html shows the same PNG that charts/ holds.
    const pngBase64 = Buffer.from(files[`charts/series-${content.series[0].id}.png`]).toString('base64')
    expect(text['report.html']).toContain(`src="data:image/png;base64,${pngBase64}"`)

    const read = await readBundle(zip, 'export.zip')
    if (!read.ok) throw new Error(read.error)
    expect(read.value.manifest.counts.charts).toBe(2)
    const series = read.value.content.series[0]
    expect(series.title).toBe('Places de nuit pour les consommateurs de crack à Paris')
    expect(series.description).toBe('Nombre de places ouvertes chaque nuit, selon les sources citées.')
    expect(series.notes).toBe('Les périodes sont tracées sur toute leur durée.')
  })

  it('refuses a chart SVG that is not an SVG document, and a series title no chart could show', async () => {
    const { content } = withChartTexts()
    const options = fixtureOptions(content)
    const bad = (options.charts ?? []).map((c) => ({ ...c, svg: '<!DOCTYPE svg [<!ENTITY x "y">]><svg></svg>' }))
    await expect(buildBundle(content, { ...options, charts: bad })).rejects.toThrow(/series-.*\.svg" is not an SVG document/)
    content.series[0].title = 'x'.repeat(301)
    await expect(buildBundle(content, options)).rejects.toThrow(/series\[0\] is invalid: title/)
  })

  it('still reads a bundle whose charts/ holds only PNGs (made before SVGs were added)', async () => {
    const read = await readBundle(fixtureBytes('valid.zip'), 'valid.zip')
    expect(read.ok).toBe(true)
  })
})
