import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Claim, Series, SourceMeta } from '../../../../shared/model'
import { seriesPoints, type SeriesPoint, type SeriesSuggestion } from '../../../../shared/series/index'
import { getDb } from '../../db/context'
import { useLiveResult, type LiveResult } from '../../db/hooks'
import { listSeries } from '../../db/repositories/series'
import { loadSeriesClaims, suggestionSignal, type SeriesClaims } from '../../db/repositories/seriesClaims'
import { suggestInWorker } from '../../workers/suggestClient'

/** Every series (names, units, claim ids), live. */
export function useSeriesList(): LiveResult<Series[]> {
  return useLiveResult(() => listSeries(getDb()), [])
}

export interface SeriesClaimsData {
  isLoading: boolean
  error?: Error
  claims: Map<string, Claim>
  sources: Map<string, SourceMeta>
  pointsOf: (s: Series) => SeriesPoint[]
}

/**
 * The claims of the series shown and their sources' summaries, live: the query reads those claims by
 * key, so an edit elsewhere in a library of 100 000 claims does not re-run it.
 */
export function useSeriesClaims(shown: readonly Series[], preloaded?: SeriesClaims): SeriesClaimsData {
  const ids = shown.flatMap((s) => s.claimIds)
  // By set, not order: an accepted suggestion shown while written, then its stored self in date order, read once.
  const key = [...ids].sort().join(',')
  const live = useLiveResult(async () => ({ key, ...(await loadSeriesClaims(getDb(), ids)) }), [key])
  // A live query keeps its last answer while the next one runs: another series' claims are no answer.
  // Read before its series was written (an accepted suggestion): shown until the live query answers.
  const data = live.data?.key === key ? live.data : preloaded
  return useMemo(() => {
    const claims = data?.claims ?? new Map<string, Claim>()
    const sources = data?.sources ?? new Map<string, SourceMeta>()
    return { isLoading: data === undefined && live.isLoading, error: live.error, claims, sources, pointsOf: (s: Series) => seriesPoints(s, claims, sources) }
  }, [data, live.isLoading, live.error])
}

export interface SuggestionsData {
  suggestions: SeriesSuggestion[]
  suggesting: boolean
  error?: Error
  /** Hides at once every suggestion holding one of these claims (just put in a series), until the next answer. */
  hide: (claimIds: readonly string[]) => void
  /** Shows again what hide() hid (the series could not be written). */
  unhide: () => void
}

const NOTHING_HIDDEN = { ids: new Set<string>(), after: 0 }
// After an edit, wait this long for the next one before grouping again: a burst of edits costs one run.
const SETTLE_MS = 300

/**
 * Suggestions for new series, computed by the suggestion worker from the database itself. The view
 * only watches a signature of changes (digest revisions: index keys, no claims; the series), so grouping a
 * large library never sits on the path of opening a series or accepting a suggestion.
 */
export function useSeriesSuggestions(): SuggestionsData {
  const signal = useLiveResult(() => suggestionSignal(getDb()), [])
  const [suggestions, setSuggestions] = useState<SeriesSuggestion[]>([])
  const [suggesting, setSuggesting] = useState(true)
  const [error, setError] = useState<Error>()
  const [hidden, setHidden] = useState(NOTHING_HIDDEN)
  const sent = useRef(0)

  useEffect(() => {
    if (signal.data === undefined) return
    let current = true
    // Busy from the change on, not from the request: what is listed may be out of date already.
    setSuggesting(true)
    const timer = setTimeout(() => {
      const mine = ++sent.current
      suggestInWorker(getDb().name).then(
        (answer) => {
          if (!current || !answer) return
          setSuggestions(answer.suggestions)
          setError(undefined)
          setHidden((h) => (mine > h.after ? NOTHING_HIDDEN : h))
          setSuggesting(false)
        },
        (e: unknown) => {
          if (!current) return
          setError(e instanceof Error ? e : new Error(String(e)))
          setSuggesting(false)
        }
      )
    }, sent.current === 0 ? 0 : SETTLE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [signal.data])

  const hide = useCallback((claimIds: readonly string[]) => setHidden((h) => ({ ids: new Set([...h.ids, ...claimIds]), after: sent.current })), [])
  const unhide = useCallback(() => setHidden(NOTHING_HIDDEN), [])
  const shown = useMemo(
    () => (hidden.ids.size ? suggestions.filter((s) => !s.claimIds.some((id) => hidden.ids.has(id))) : suggestions),
    [suggestions, hidden]
  )
  return { suggestions: shown, suggesting, error: error ?? signal.error, hide, unhide }
}
