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

/** The current route and a navigate function (pushes history, so Back works). */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  const navigate = useCallback((next: Route) => {
    const hash = routeToHash(next)
    if (window.location.hash !== hash) window.location.hash = hash
    else setRoute(next)
  }, [])
  return [route, navigate]
}
