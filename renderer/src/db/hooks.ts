/**
 * The views' way in: live queries (re-run when the data they read changes, in this window or
 * another) over the repositories, each returning { data, isLoading, error }.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useSyncExternalStore } from 'react'
import { type Claim, type HistoryEntity, type HistoryEntry, type Series, type Source } from '../../../shared/model'
import { getDb } from './context'
import { type DatabaseNotice } from './database'
import { type DatabaseError, toDatabaseError } from './errors'
import { listClaimsForSource, queryClaims, type ClaimQuery, type ClaimQueryResult } from './repositories/claims'
import { historyFor } from './repositories/history'
import { getSeriesWithClaims, listSeries, type SeriesWithClaims } from './repositories/series'
import { type Settings, type SettingKey, getSetting } from './repositories/settings'
import { getSource, listSourceOptions, listSourceSummaries, listSourceWords, listSources, type SourceListItem, type SourceOption } from './repositories/sources'
import { type SourceSummaryRow } from './sourceSummary'

export interface LiveResult<T> {
  /** Undefined while loading or after an error. */
  data: T | undefined
  isLoading: boolean
  error: DatabaseError | undefined
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: DatabaseError }

/** useLiveQuery with errors caught inside the querier, so a failure is a value, not a thrown render. */
export function useLiveResult<T>(querier: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const outcome = useLiveQuery(async (): Promise<Outcome<T>> => {
    try {
      return { ok: true, value: await querier() }
    } catch (e) {
      return { ok: false, error: toDatabaseError(e) }
    }
  }, [...deps])
  if (outcome === undefined) return { data: undefined, isLoading: true, error: undefined }
  return outcome.ok ? { data: outcome.value, isLoading: false, error: undefined } : { data: undefined, isLoading: false, error: outcome.error }
}

export function useSources(): LiveResult<SourceListItem[]> {
  return useLiveResult(() => listSources(getDb()), [])
}

/** The Library's list: every source's summary, no text. */
export function useSourceSummaries(): LiveResult<SourceSummaryRow[]> {
  return useLiveResult(() => listSourceSummaries(getDb()), [])
}

/** The folded words of every source's text, read only once `wanted` (a search was typed). */
export function useSourceWords(wanted: boolean): LiveResult<ReadonlyMap<string, string> | null> {
  return useLiveResult(async () => (wanted ? listSourceWords(getDb()) : null), [wanted])
}

/** Sources for pickers and filters (id, title, language, claim count; no text): cheap at 2 000 sources. */
export function useSourceOptions(): LiveResult<SourceOption[]> {
  return useLiveResult(() => listSourceOptions(getDb()), [])
}

export function useSource(id: string | undefined): LiveResult<Source | undefined> {
  return useLiveResult(async () => (id ? getSource(getDb(), id) : undefined), [id])
}

export function useClaimsForSource(id: string | undefined): LiveResult<Claim[]> {
  return useLiveResult(async () => (id ? listClaimsForSource(getDb(), id) : []), [id])
}

/** The Claims table query; `query` is compared by value, so a fresh object each render is fine. */
export function useClaimQuery(query: ClaimQuery): LiveResult<ClaimQueryResult> {
  const key = JSON.stringify(query)
  return useLiveResult(() => queryClaims(getDb(), JSON.parse(key) as ClaimQuery), [key])
}

export function useSeriesList(): LiveResult<Series[]> {
  return useLiveResult(() => listSeries(getDb()), [])
}

export function useSeries(id: string | undefined): LiveResult<SeriesWithClaims | undefined> {
  return useLiveResult(async () => (id ? getSeriesWithClaims(getDb(), id) : undefined), [id])
}

export function useHistory(entity: HistoryEntity, id: string | undefined): LiveResult<HistoryEntry[]> {
  return useLiveResult(async () => (id ? historyFor(getDb(), entity, id) : []), [entity, id])
}

export function useSetting<K extends SettingKey>(key: K, fallback: Settings[K]): LiveResult<Settings[K]> {
  const fb = JSON.stringify(fallback)
  return useLiveResult(() => getSetting(getDb(), key, JSON.parse(fb) as Settings[K]), [key, fb])
}

/** The latest notice from the database (another window upgraded it, an upgrade is blocked), or null. */
export function useDatabaseNotice(): DatabaseNotice | null {
  const db = getDb()
  return useSyncExternalStore(
    (onChange) => db.onNotice(onChange),
    () => db.notice
  )
}
