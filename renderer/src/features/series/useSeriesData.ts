import { useMemo } from 'react'
import type { Claim, Series, Source } from '../../../../shared/model'
import { seriesPoints, suggestSeries, type SeriesPoint, type SeriesSuggestion } from '../../../../shared/series/index'
import { getDb } from '../../db/context'
import { useLiveResult } from '../../db/hooks'
import { listSeries } from '../../db/repositories/series'

/** Every series, every claim and source they need, and suggestions for new ones — live. */
export function useSeriesData(): {
  isLoading: boolean
  error?: Error
  series: Series[]
  claims: Map<string, Claim>
  sources: Map<string, Source>
  suggestions: SeriesSuggestion[]
  pointsOf: (s: Series) => SeriesPoint[]
} {
  const live = useLiveResult(async () => {
    const db = getDb()
    const [series, claims, sources] = await Promise.all([listSeries(db), db.claims.toArray(), db.sources.toArray()])
    return { series, claims, sources }
  }, [])
  return useMemo(() => {
    const claims = new Map<string, Claim>((live.data?.claims ?? []).map((c) => [c.id, c]))
    const sources = new Map<string, Source>((live.data?.sources ?? []).map((s) => [s.id, s]))
    const series = live.data?.series ?? []
    const usable = [...claims.values()].filter((c) => c.status !== 'rejected')
    const suggestions = live.data ? suggestSeries(usable, sources, { existing: series }) : []
    return {
      isLoading: live.isLoading,
      error: live.error,
      series,
      claims,
      sources,
      suggestions,
      pointsOf: (s: Series) => seriesPoints(s, claims, sources)
    }
  }, [live.data, live.isLoading, live.error])
}
