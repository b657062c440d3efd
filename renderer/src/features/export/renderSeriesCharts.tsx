import type { ChartInput } from '../../../../shared/bundle/index'
import type { Claim, Source } from '../../../../shared/model'
import { buildChartModel, seriesPoints } from '../../../../shared/series/index'
import type { ClaimLedgerDB } from '../../db/database'
import type { Translate } from '../../i18n'
import { svgToPng } from '../series/chartImage'
import { publishedSvg } from '../series/SeriesChart'
import { stepsAroundClaims } from '../../../../shared/reference/steps'
import { referenceCite } from '../reference/officialTexts'
import { seriesChartLabels } from '../series/labels'

/**
 * Draws each series as the Series view exports it (the same chart model and SVG: title,
 * description, legend, notes, source line and credit inside the image) and returns the SVG and
 * its PNG at 2× for the bundle's charts/ folder and report.html.
 */
export async function renderSeriesCharts(
  db: ClaimLedgerDB,
  seriesIds: string[],
  lang: 'en' | 'fr',
  t: Translate,
  leftOut: ReadonlySet<string> = new Set(),
  author = ''
): Promise<ChartInput[]> {
  const out: ChartInput[] = []
  const labels = seriesChartLabels(t)
  for (const id of seriesIds) {
    const stored = await db.series.get(id)
    // A claim the export leaves out (a rejected one) is not drawn either.
    const series = stored && { ...stored, claimIds: stored.claimIds.filter((c) => !leftOut.has(c)) }
    if (!series || series.claimIds.length === 0) continue
    const claims = (await db.claims.bulkGet(series.claimIds)).filter((c): c is NonNullable<typeof c> => c !== undefined)
    const sources = (await db.sources.bulkGet([...new Set(claims.map((c) => c.sourceId))])).filter((s): s is Source => s !== undefined)
    const points = seriesPoints(series, new Map<string, Claim>(claims.map((c) => [c.id, c])), new Map(sources.map((s) => [s.id, s])))
    const model = buildChartModel([{ id: series.id, name: series.name, unit: series.unit, points }], 'verdict')
    // The official series it is checked against is drawn and cited in the exported image too.
    const official = series.referenceId ? await db.references.get(series.referenceId) : undefined
    const reference = official && { label: t('refChartLabel', { publisher: official.publisher }), cite: t('refSourceLine', { cite: referenceCite(official) }), steps: stepsAroundClaims(official, points.map((p) => p.x).filter((x) => x !== '')) }
    const chart = publishedSvg(model, { title: series.title, description: series.description, notes: series.notes, author, fallbackTitle: series.name }, { labels, locale: lang, colorBy: 'verdict', reference })
    const png = await svgToPng(chart.svg, chart.width, chart.height, 2)
    out.push({ name: `series-${series.id}.png`, png, svg: chart.svg, seriesId: series.id, title: series.title?.trim() || series.name })
  }
  return out
}
