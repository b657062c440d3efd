import { useEffect, useMemo, useState } from 'react'
import type { Claim, Series, Source } from '../../../../shared/model'
import { seriesPoints, type SeriesPoint, type SeriesSuggestion } from '../../../../shared/series/index'
import { getDb } from '../../db/context'
import { useLiveResult } from '../../db/hooks'
import { stripToClaim } from '../../db/records'
import { listSeries } from '../../db/repositories/series'
import { suggestInWorker } from '../../workers/suggestClient'

/** Every series, the claims and sources they need, and suggestions for new ones — live. */
export function useSeriesData(): {
  isLoading: boolean
  error?: Error
  series: Series[]
  claims: Map<string, Claim>
  sources: Map<string, Source>
  suggestions: SeriesSuggestion[]
  suggesting: boolean
  pointsOf: (s: Series) => SeriesPoint[]
} {
  const live = useLiveResult(async () => {
    const db = getDb()
    const [series, claims, sources] = await Promise.all([listSeries(db), db.claims.toArray(), db.sources.toArray()])
    return { series, claims: claims.map(stripToClaim), sources }
  }, [])
  const [suggestions, setSuggestions] = useState<SeriesSuggestion[]>([])
  const [suggesting, setSuggesting] = useState(false)

  // Grouping is pairwise: it runs in a worker, and only for the newest data (stale answers are dropped).
  useEffect(() => {
    if (!live.data) return
    let current = true
    const { claims, sources, series } = live.data
    const usable = claims.filter((c) => c.status !== 'rejected' && !c.seriesId)
    setSuggesting(true)
    suggestInWorker(usable, sources, series).then(
      (s) => { if (current) setSuggestions(s) },
      () => { if (current) setSuggestions([]) }
    ).finally(() => { if (current) setSuggesting(false) })
    return () => { current = false }
  }, [live.data])

  return useMemo(() => {
    const claims = new Map<string, Claim>((live.data?.claims ?? []).map((c) => [c.id, c]))
    const sources = new Map<string, Source>((live.data?.sources ?? []).map((s) => [s.id, s]))
    return {
      isLoading: live.isLoading,
      error: live.error,
      series: live.data?.series ?? [],
      claims,
      sources,
      suggestions,
      suggesting,
      pointsOf: (s: Series) => seriesPoints(s, claims, sources)
    }
  }, [live.data, live.isLoading, live.error, suggestions, suggesting])
}
