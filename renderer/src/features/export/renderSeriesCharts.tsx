import { createRef } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import type { ChartInput } from '../../../../shared/bundle/index'
import type { Claim, Source } from '../../../../shared/model'
import { seriesPoints } from '../../../../shared/series/index'
import type { ClaimLedgerDB } from '../../db/database'
import type { Translate } from '../../i18n'
import { SeriesChart, type SeriesChartHandle } from '../series/SeriesChart'
import { seriesChartLabels } from '../series/labels'

/**
 * Draws each series with the same chart component the Series view uses, off screen, and
 * returns the PNGs for the bundle's charts/ folder and report.html.
 */
export async function renderSeriesCharts(db: ClaimLedgerDB, seriesIds: string[], lang: 'en' | 'fr', t: Translate, leftOut: ReadonlySet<string> = new Set()): Promise<ChartInput[]> {
  const out: ChartInput[] = []
  for (const id of seriesIds) {
    const stored = await db.series.get(id)
    // A claim the export leaves out (a rejected one) is not drawn either.
    const series = stored && { ...stored, claimIds: stored.claimIds.filter((c) => !leftOut.has(c)) }
    if (!series || series.claimIds.length === 0) continue
    const claims = (await db.claims.bulkGet(series.claimIds)).filter((c): c is NonNullable<typeof c> => c !== undefined)
    const sources = (await db.sources.bulkGet([...new Set(claims.map((c) => c.sourceId))])).filter((s): s is Source => s !== undefined)
    const points = seriesPoints(series, new Map<string, Claim>(claims.map((c) => [c.id, c])), new Map(sources.map((s) => [s.id, s])))
    const host = document.createElement('div')
    host.setAttribute('aria-hidden', 'true')
    host.style.cssText = 'position:fixed;left:-10000px;top:0;width:960px;'
    document.body.appendChild(host)
    const root = createRoot(host)
    const ref = createRef<SeriesChartHandle>()
    try {
      flushSync(() => {
        root.render(<SeriesChart ref={ref} series={[{ id: series.id, name: series.name, unit: series.unit, points }]} colorBy="verdict" scale="linear" locale={lang} labels={seriesChartLabels(t)} height={420} />)
      })
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
      const png = await ref.current?.toPngBytes()
      if (png) out.push({ name: `series-${series.id}.png`, png, seriesId: series.id, title: series.name })
    } finally {
      root.unmount()
      host.remove()
    }
  }
  return out
}
