import type { ReactNode } from 'react'
import { useI18n } from '../i18n'
import type { Route } from './route'

const ITEMS = [
  { view: 'library', label: 'navLibrary', key: '1' },
  { view: 'reader', label: 'navReader', key: '2' },
  { view: 'claims', label: 'navClaims', key: '3' },
  { view: 'series', label: 'navSeries', key: '4' },
  { view: 'export', label: 'navExport', key: '5' }
] as const

/** The navigation bar; Alt+1…5 jump between views. */
export function Nav({ route, navigate, onSettings, tools }: { route: Route; navigate: (r: Route) => void; onSettings: () => void; tools?: ReactNode }): ReactNode {
  const { t } = useI18n()
  return (
    <header className="topbar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">§</span> ClaimLedger
      </div>
      <nav aria-label={t('navMain')}>
        <ul className="nav-list">
          {ITEMS.map((item) => (
            <li key={item.view}>
              <a
                href={`#/${item.view}`}
                className={route.view === item.view ? 'nav-item active' : 'nav-item'}
                aria-current={route.view === item.view ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${item.key}`}
                onClick={(e) => {
                  e.preventDefault()
                  navigate({ view: item.view } as Route)
                }}
              >
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tools}
      <button type="button" className="ghost" onClick={onSettings} aria-keyshortcuts="Control+,">
        {t('settings')}
      </button>
    </header>
  )
}

/** Maps Alt+digit to a view. */
export function viewForShortcut(key: string): Route['view'] | null {
  return ITEMS.find((i) => i.key === key)?.view ?? null
}
