import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import type { MenuCommand } from '../../shared/ipc'
import { Nav, viewForShortcut } from './app/Nav'
import { usePrefs } from './app/prefs'
import { useRoute } from './app/route'
import { AppCommandsProvider, type AppCommand } from './app/commands'
import { ShortcutsDialog } from './app/ShortcutsDialog'
import { UndoRedoButtons, useUndoRedo } from './app/undoRedo'
import { getDb } from './db/context'
import { ensureOpen } from './db/database'
import { verifyDigests } from './db/digest'
import { warmClaimIndex } from './db/repositories/claims'
import { useDatabaseNotice } from './db/hooks'
import { ClaimsView } from './features/claims/ClaimsView'
import { ExportView } from './features/export/ExportView'
import { LibraryView } from './features/library/LibraryView'
import { ReaderView } from './features/reader/ReaderView'
import { SeriesView } from './features/series/SeriesView'
import { AboutDialog } from './features/settings/AboutDialog'
import { SettingsDialog } from './features/settings/SettingsDialog'
import { I18nProvider, useI18n } from './i18n'
import { getPlatform } from './platform'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { NoticeProvider, useNotify } from './ui/notices'

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
}

function Shell({ prefs, setPrefs }: { prefs: ReturnType<typeof usePrefs>['prefs']; setPrefs: ReturnType<typeof usePrefs>['setPrefs'] }): ReactNode {
  const { t } = useI18n()
  const [route, navigate] = useRoute()
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [aboutOpen, setAboutOpen] = useState(false)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const [pending, setPending] = useState<AppCommand | null>(null)
  const notify = useNotify()
  const dbNotice = useDatabaseNotice()
  const undoRedo = useUndoRedo()
  const step = undoRedo.run

  const run = useCallback((command: MenuCommand) => {
    switch (command) {
      case 'settings':
        setSettingsOpen(true)
        return
      case 'about':
        setAboutOpen(true)
        return
      case 'import':
      case 'paste-text':
        navigate({ view: 'library' })
        setPending({ command, at: Date.now() })
        return
      case 'export-bundle':
        navigate({ view: 'export' })
        setPending({ command, at: Date.now() })
        return
    }
  }, [navigate])

  useEffect(() => getPlatform().onMenuCommand(run), [run])

  // An import or a digest repair cut short by closing the app leaves the Claims table short of
  // claims: check the digests against the stored claims once per start, repair and say so.
  const verified = useRef(false)
  useEffect(() => {
    if (verified.current) return
    verified.current = true
    verifyDigests(getDb()).then(
      (repaired) => { if (repaired.length > 0) notify(t('digestsRepaired', { n: repaired.length }), { sticky: true }) },
      (error: unknown) => console.error('ClaimLedger: could not verify the claim digests', error)
    )
  }, [notify, t])

  // A file dropped outside the Library's drop area must not make the window open it.
  useEffect(() => {
    const stop = (e: DragEvent): void => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault()
    }
    window.addEventListener('dragover', stop)
    window.addEventListener('drop', stop)
    return () => {
      window.removeEventListener('dragover', stop)
      window.removeEventListener('drop', stop)
    }
  }, [])

  // The browser has no native menu: the same shortcuts work from the page (Electron's menu takes them first).
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey
      if (e.altKey && !mod) {
        const view = viewForShortcut(e.key)
        if (view) {
          e.preventDefault()
          navigate({ view } as never)
        }
        return
      }
      // Undo Ctrl+Z, redo Ctrl+Shift+Z or Ctrl+Y; in a text field they stay the field's own.
      const key = e.key.toLowerCase()
      if (mod && !e.altKey && (key === 'z' || (key === 'y' && !e.shiftKey)) && !isEditable(e.target)) {
        e.preventDefault()
        void step(key === 'z' && !e.shiftKey ? 'undo' : 'redo')
        return
      }
      // ? lists every shortcut, unless typed in a field or over another dialog.
      if (e.key === '?' && !mod && !e.altKey && !isEditable(e.target) && !document.querySelector('dialog[open]')) {
        e.preventDefault()
        setShortcutsOpen(true)
        return
      }
      if (getPlatform().kind === 'electron' || !mod) return
      if (e.key === ',') { e.preventDefault(); run('settings') }
      else if (e.key.toLowerCase() === 'o' && !e.shiftKey) { e.preventDefault(); run('import') }
      else if (e.key.toLowerCase() === 'e' && !e.shiftKey) { e.preventDefault(); run('export-bundle') }
      else if (e.key.toLowerCase() === 'v' && e.shiftKey) { e.preventDefault(); run('paste-text') }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate, run, step])

  let view: ReactNode
  switch (route.view) {
    case 'library':
      view = <LibraryView navigate={navigate} />
      break
    case 'reader':
      view = <ReaderView sourceId={route.sourceId} claimId={route.claimId} navigate={navigate} />
      break
    case 'claims':
      view = <ClaimsView navigate={navigate} />
      break
    case 'series':
      view = <SeriesView seriesId={route.seriesId} navigate={navigate} />
      break
    case 'export':
      view = <ExportView navigate={navigate} scope={route.scope} seriesId={route.seriesId} />
      break
  }

  return (
    <AppCommandsProvider pending={pending} clear={() => setPending(null)}>
      <div className="app">
        <Nav route={route} navigate={navigate} onSettings={() => setSettingsOpen(true)} tools={<><UndoRedoButtons undoRedo={undoRedo} /><button type="button" className="ghost" aria-keyshortcuts="?" aria-label={t('shortcutsButton')} title={t('shortcutsButton')} onClick={() => setShortcutsOpen(true)}>?</button></>} />
        {dbNotice && <div className="db-notice" role="alert">{dbNotice.message} <button type="button" onClick={() => window.location.reload()}>{t('errorReload')}</button></div>}
        <main className="view" id="main">
          <ErrorBoundary key={route.view} title={t('errorTitle')} reloadLabel={t('errorReload')}>
            {view}
          </ErrorBoundary>
        </main>
        <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} prefs={prefs} setPrefs={setPrefs} />
        <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
        <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      </div>
    </AppCommandsProvider>
  )
}

/**
 * Opens the database before any view queries it, so a database written by a newer app is refused
 * untouched (a view's query would otherwise open it first) and a blocked upgrade is said at once.
 */
function useDatabaseOpen(): { ready: boolean; fatal: string | null } {
  const [state, setState] = useState<{ ready: boolean; fatal: string | null }>({ ready: false, fatal: null })
  useEffect(() => {
    ensureOpen(getDb()).then(
      (db) => {
        setState({ ready: true, fatal: null })
        // The Claims table's in-memory index is built while the user looks at the Library.
        setTimeout(() => void warmClaimIndex(db).catch(() => undefined), 500)
      },
      (error: unknown) => setState({ ready: false, fatal: error instanceof Error ? error.message : String(error) })
    )
  }, [])
  return state
}

export function App(): ReactNode {
  const { prefs, lang, setPrefs } = usePrefs()
  const { ready, fatal } = useDatabaseOpen()
  return (
    <I18nProvider lang={lang}>
      <NoticeProvider>
        {fatal ? (
          <main className="page">
            <section className="empty-state" role="alert">
              <h1>ClaimLedger</h1>
              <p>{fatal}</p>
              <button type="button" onClick={() => window.location.reload()}>Reload</button>
            </section>
          </main>
        ) : ready ? (
          <Shell prefs={prefs} setPrefs={setPrefs} />
        ) : null}
      </NoticeProvider>
    </I18nProvider>
  )
}
