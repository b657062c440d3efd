import { useCallback, useEffect, useState } from 'react'

/** Where the user is. Kept in the URL hash so a reload returns to the same place. */
export type Route =
  | { view: 'library' }
  | { view: 'reader'; sourceId?: string; claimId?: string }
  | { view: 'claims' }
  | { view: 'series'; seriesId?: string }
  | { view: 'export'; scope?: 'all' | 'claims' | 'series'; seriesId?: string }

export function parseRoute(hash: string): Route {
  const [view, a, b] = hash.replace(/^#\/?/, '').split('/').map((s) => decodeURIComponent(s))
  switch (view) {
    case 'reader':
      return { view: 'reader', sourceId: a || undefined, claimId: b || undefined }
    case 'claims':
      return { view: 'claims' }
    case 'series':
      return { view: 'series', seriesId: a || undefined }
    case 'export':
      return a === 'series' ? { view: 'export', scope: 'series', seriesId: b || undefined } : a === 'claims' ? { view: 'export', scope: 'claims' } : { view: 'export' }
    default:
      return { view: 'library' }
  }
}

export function routeToHash(route: Route): string {
  switch (route.view) {
    case 'reader':
      return `#/reader${route.sourceId ? `/${encodeURIComponent(route.sourceId)}` : ''}${route.claimId ? `/${encodeURIComponent(route.claimId)}` : ''}`
    case 'series':
      return `#/series${route.seriesId ? `/${encodeURIComponent(route.seriesId)}` : ''}`
    case 'export':
      return route.scope === 'series' ? `#/export/series${route.seriesId ? `/${encodeURIComponent(route.seriesId)}` : ''}` : route.scope === 'claims' ? '#/export/claims' : '#/export'
    default:
      return `#/${route.view}`
  }
}

const LAST_READ = 'claimledger.lastRead'

/** The source (and claim) the Reader showed last, kept so going back to the Reader reopens it. */
export function lastRead(): { sourceId: string; claimId?: string } | undefined {
  try {
    const raw = JSON.parse(localStorage.getItem(LAST_READ) ?? 'null') as unknown
    if (!raw || typeof raw !== 'object') return undefined
    const { sourceId, claimId } = raw as Record<string, unknown>
    if (typeof sourceId !== 'string' || !sourceId) return undefined
    return { sourceId, claimId: typeof claimId === 'string' && claimId ? claimId : undefined }
  } catch {
    // Damaged by hand: the Reader opens empty, as it did before anything was read.
    return undefined
  }
}

/** Forgets the last source read (it was deleted). */
export function forgetLastRead(sourceId: string): void {
  if (lastRead()?.sourceId === sourceId) localStorage.removeItem(LAST_READ)
}

/** The Reader with no source named reopens the last one read (issue 13, item 5). */
function withLastRead(route: Route): Route {
  if (route.view !== 'reader') return route
  if (route.sourceId) {
    localStorage.setItem(LAST_READ, JSON.stringify({ sourceId: route.sourceId, claimId: route.claimId }))
    return route
  }
  const last = lastRead()
  return last ? { view: 'reader', ...last } : route
}

/** The current route and a navigate function (pushes history, so Back works). */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => withLastRead(parseRoute(window.location.hash)))
  useEffect(() => {
    const onHash = (): void => setRoute(withLastRead(parseRoute(window.location.hash)))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  const navigate = useCallback((to: Route) => {
    const next = withLastRead(to)
    const hash = routeToHash(next)
    if (window.location.hash !== hash) window.location.hash = hash
    else setRoute(next)
  }, [])
  return [route, navigate]
}
