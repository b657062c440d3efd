import { useCallback, useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react'
import { ingestPastedText } from '../../../../shared/ingest/index'
import type { Source } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import { useAppCommand } from '../../app/commands'
import type { Route } from '../../app/route'
import { getDb } from '../../db/context'
import { useSetting, useSourceSummaries, useSourceWords } from '../../db/hooks'
import { undoLast } from '../../db/repositories/history'
import { setSetting } from '../../db/repositories/settings'
import { deleteSources, getSource, updateSourcesMeta, type SourceMetaPatch } from '../../db/repositories/sources'
import type { SourceSummaryRow } from '../../db/sourceSummary'
import { useI18n } from '../../i18n'
import { countText } from '../../i18n/plural'
import { importSummaryText } from './importSummary'
import { getPlatform, readBrowserFiles } from '../../platform'
import { EmptyState } from '../../ui/EmptyState'
import { useNotify } from '../../ui/notices'
import { ImportReviewDialog } from './ImportReviewDialog'
import { commitDrafts, prepareFiles, saveDraft, type ImportCandidate, type ImportProgress, type ImportSummary } from './importPipeline'
import { ingestInBrowser } from './browserIngestHost'
import { PasteTextDialog, type PastedFields } from './PasteTextDialog'
import { loadSample } from './sample'
import { SelectionBar } from './SelectionBar'
import { SourceFilters } from './SourceFilters'
import { SourceList } from './SourceList'
import { DEFAULT_SOURCE_QUERY, outletsOf, querySources, type SourceQuery } from './sourceQuery'
import { SourceMetaDialog } from './SourceMetaDialog'
import './library.css'

const NO_SOURCES: SourceSummaryRow[] = []

const EXTENSIONS = ['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'srt', 'vtt']

export function LibraryView({ navigate }: { navigate: (r: Route) => void }): ReactNode {
  const { t, lang } = useI18n()
  const notify = useNotify()
  const by = useActor()
  const sources = useSourceSummaries()
  const [query, setQuery] = useState<SourceQuery>(DEFAULT_SOURCE_QUERY)
  // Typing stays responsive: the list follows the deferred query.
  const shownQuery = useDeferredValue(query)
  // The texts' words are read once a search is typed, not to draw the list.
  const words = useSourceWords(shownQuery.search.trim() !== '')
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set())
  const anchor = useRef<number | null>(null)
  const sampleOffered = useSetting('sampleOffered', false)
  const [pasteOpen, setPasteOpen] = useState(false)
  const [candidates, setCandidates] = useState<ImportCandidate[] | null>(null)
  const [progress, setProgress] = useState<(ImportProgress & { phase: 'read' | 'save' }) | null>(null)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const [editing, setEditing] = useState<Source | null>(null)
  const [dragging, setDragging] = useState(false)
  const [url, setUrl] = useState('')
  const [busy, setBusy] = useState(false)

  // The import being read, so Cancel can stop it (between PDF pages, or by ending the page's worker).
  const reading = useRef<AbortController | null>(null)

  const review = useCallback(async (files: Parameters<typeof prepareFiles>[1], rejected: Parameters<typeof prepareFiles>[2]) => {
    setSummary(null)
    setProgress({ done: 0, total: files.length, phase: 'read' })
    reading.current?.abort()
    const controller = new AbortController()
    reading.current = controller
    try {
      const prepared = await prepareFiles(getDb(), files, rejected, (p) => setProgress({ ...p, phase: 'read' }), controller.signal)
      if (prepared) setCandidates(prepared)
      else notify(t('importCancelled'))
    } finally {
      if (reading.current === controller) reading.current = null
      setProgress(null)
    }
  }, [notify, t])

  const pickFiles = useCallback(async () => {
    const result = await getPlatform().openFiles({ extensions: EXTENSIONS, multiple: true, title: t('importFiles') })
    if (!result.ok) return notify(result.error, { tone: 'error' })
    if (result.value.canceled) return
    await review(result.value.files, result.value.rejected)
  }, [notify, review, t])

  useAppCommand(['paste-text', 'import'], useCallback((command) => {
    if (command === 'paste-text') setPasteOpen(true)
    else void pickFiles()
  }, [pickFiles]))

  const runImport = async (list: ImportCandidate[]): Promise<void> => {
    setCandidates(null)
    setProgress({ done: 0, total: list.length, phase: 'save' })
    try {
      const result = await commitDrafts(getDb(), list, (p) => setProgress({ ...p, phase: 'save' }))
      setSummary(result)
      if (result.sourceIds.length === 1 && result.failures.length === 0) notify(importSummaryText(t, lang, 1, result.claims, result.duplicates.length, 0), { tone: 'success' })
    } finally {
      setProgress(null)
    }
  }

  const onPaste = async (fields: PastedFields): Promise<void> => {
    const draft = await ingestPastedText({ text: fields.text, title: fields.title, date: fields.date, speaker: fields.speaker, outlet: fields.outlet })
    if (!draft.ok) throw new Error(draft.error)
    const saved = await saveDraft(getDb(), draft.value)
    if (!saved) throw new Error(t('alreadyInLibrary'))
    notify(importSummaryText(t, lang, 1, saved.claims, 0, 0), { tone: 'success' })
    if (saved.found > saved.claims) notify(t('importClaimsCapped', { name: fields.title, found: saved.found, kept: saved.claims }))
  }

  const onUrl = async (): Promise<void> => {
    if (!url.trim()) return
    setBusy(true)
    try {
      const fetched = await getPlatform().fetchUrl(url.trim())
      if (!fetched.ok) {
        setCandidates([{ key: url, name: url, error: fetched.error }])
        return
      }
      const name = new URL(fetched.value.url).pathname.split('/').pop() || fetched.value.url
      const draft = await ingestInBrowser({ name, bytes: fetched.value.bytes, mime: fetched.value.contentType.split(';')[0], url: fetched.value.url })
      setCandidates([draft.ok ? { key: url, name: fetched.value.url, draft: draft.value, warnings: draft.warnings, notices: draft.notices } : { key: url, name: fetched.value.url, error: draft.error }])
      setUrl('')
    } finally {
      setBusy(false)
    }
  }

  const onSample = async (): Promise<void> => {
    setBusy(true)
    try {
      await setSetting(getDb(), 'sampleOffered', true)
      const saved = await loadSample(getDb())
      if (saved) navigate({ view: 'reader', sourceId: saved.sourceId })
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
    } finally {
      setBusy(false)
    }
  }

  const fail = useCallback((error: unknown) => notify(error instanceof Error ? error.message : String(error), { tone: 'error' }), [notify])
  const undo = useCallback(() => {
    undoLast(getDb(), by).catch(fail)
  }, [by, fail])

  /** Deletes sources as one action, so one Undo brings them all back. */
  const removeSources = useCallback((ids: readonly string[], message: string): void => {
    deleteSources(getDb(), ids, by).then(() => {
      setSelection((sel) => new Set([...sel].filter((id) => !ids.includes(id))))
      notify(message, { action: { label: t('undo'), run: undo } })
    }, fail)
  }, [by, fail, notify, t, undo])

  const onDelete = useCallback((source: SourceSummaryRow): void => removeSources([source.id], t('sourceDeleted', { title: source.title })), [removeSources, t])

  const onEdit = useCallback((summary: SourceSummaryRow): void => {
    getSource(getDb(), summary.id).then((source) => source && setEditing(source), fail)
  }, [fail])

  const all = sources.data ?? NO_SOURCES
  const outlets = useMemo(() => outletsOf(all), [all])
  const result = useMemo(() => querySources(all, shownQuery, words.data ?? undefined), [all, shownQuery, words.data])
  const list = result.rows
  // The selection keeps only sources still stored (another window may delete some).
  const selected = useMemo(() => new Set(all.filter((s) => selection.has(s.id)).map((s) => s.id)), [all, selection])

  const hiddenSelected = useMemo(() => {
    const shown = new Set(list.map((s) => s.id))
    let n = 0
    for (const id of selected) if (!shown.has(id)) n++
    return n
  }, [list, selected])

  const onToggle = useCallback((index: number, shift: boolean): void => {
    const row = list[index]
    if (!row) return
    // The range is read now: the updater runs later, after the anchor has moved.
    const last = shift ? anchor.current : null
    const from = last !== null ? Math.min(last, index) : index
    const to = last !== null ? Math.max(last, index) : index
    setSelection((sel) => {
      const next = new Set(sel)
      const on = !sel.has(row.id)
      for (let i = from; i <= to; i++) {
        if (on) next.add(list[i].id)
        else next.delete(list[i].id)
      }
      return next
    })
    anchor.current = index
  }, [list])

  const onPatch = (patch: SourceMetaPatch): void => {
    const ids = [...selected]
    updateSourcesMeta(getDb(), ids, patch, by).then((n) => notify(countText(t, lang, 'librarySourcesUpdated', n), { action: n > 0 ? { label: t('undo'), run: undo } : undefined }), fail)
  }

  const showSample = !sources.isLoading && all.length === 0 && sampleOffered.data === false

  return (
    <section
      className={dragging ? 'page library-page drop-target dragging' : 'page library-page drop-target'}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false)
      }}
      onDrop={async (e) => {
        e.preventDefault()
        setDragging(false)
        const read = await readBrowserFiles(Array.from(e.dataTransfer.files))
        if (read.files.length || read.rejected.length) await review(read.files, read.rejected)
      }}
    >
      <div className="page-header">
        <h1>{t('libraryTitle')}</h1>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => void pickFiles()} aria-keyshortcuts="Control+O">{t('importFiles')}</button>
          <button type="button" onClick={() => setPasteOpen(true)}>{t('pasteText')}</button>
          <form className="url-form" onSubmit={(e) => { e.preventDefault(); void onUrl() }}>
            <label className="visually-hidden" htmlFor="url-input">{t('urlLabel')}</label>
            <input id="url-input" type="url" placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} />
            <button type="submit" disabled={busy || !url.trim()}>{t('fromUrl')}</button>
          </form>
        </div>
      </div>

      {progress && (
        <div className="progress-row">
          <div className="progress" role="progressbar" aria-label={t('importProgress', { done: progress.done, total: progress.total })} aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
            {/* A long PDF moves the bar page by page within its file. */}
            <div className="progress-bar" style={{ width: `${progress.total ? (100 * (progress.done + (progress.pages ? progress.pages.done / progress.pages.total : 0))) / progress.total : 0}%` }} />
            <span>{t('importProgress', { done: Math.min(progress.done + 1, progress.total), total: progress.total })} {progress.pages ? '' : (progress.current ?? '')}</span>
            {progress.pages && <span className="progress-pages">{t('importPages', { name: progress.current ?? '', done: progress.pages.done.toLocaleString(lang), total: progress.pages.total.toLocaleString(lang) })}</span>}
          </div>
          {progress.phase === 'read' && <button type="button" onClick={() => reading.current?.abort()}>{t('importCancel')}</button>}
        </div>
      )}

      {summary && (
        <section className="card import-summary" aria-label={importSummaryText(t, lang, summary.added, summary.claims, summary.duplicates.length, summary.failures.length)}>
          <p><strong>{importSummaryText(t, lang, summary.added, summary.claims, summary.duplicates.length, summary.failures.length)}</strong></p>
          {summary.failures.length > 0 && (
            <>
              <h3>{t('failures')}</h3>
              <ul>{summary.failures.map((f) => <li key={f.name + f.error} className="error">{f.error}</li>)}</ul>
            </>
          )}
          {summary.warnings.length > 0 && (
            <>
              <h3>{t('importWarnings')}</h3>
              <ul className="import-warnings">{summary.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </>
          )}
          {summary.capped.length > 0 && (
            <ul className="import-claims-capped">{summary.capped.map((c) => <li key={c.name}>{t('importClaimsCapped', { name: c.name, found: c.found, kept: c.kept })}</li>)}</ul>
          )}
          <button type="button" className="small ghost" onClick={() => setSummary(null)}>{t('dismiss')}</button>
        </section>
      )}

      {showSample && (
        <section className="card sample-offer" aria-label={t('loadSample')}>
          <p>{t('sampleOffer')}</p>
          <div className="toolbar">
            <button type="button" className="primary" disabled={busy} onClick={() => void onSample()}>{t('loadSample')}</button>
            <button type="button" className="ghost" onClick={() => void setSetting(getDb(), 'sampleOffered', true)}>{t('dismiss')}</button>
          </div>
        </section>
      )}

      {sources.error && <p className="error" role="alert">{sources.error.message}</p>}
      {!sources.isLoading && all.length === 0 && !sources.error && (
        <EmptyState title={t('libraryEmptyTitle')} text={t('libraryEmptyText')}>
          <span className="muted">{t('dropHere')}</span>
        </EmptyState>
      )}

      {all.length > 0 && (
        <>
          <SourceFilters query={query} outlets={outlets} onChange={setQuery} />
          <SelectionBar
            shown={list.length}
            total={all.length}
            selected={selected.size}
            hidden={hiddenSelected}
            onSelectAll={() => setSelection(new Set([...selected, ...list.map((s) => s.id)]))}
            onClear={() => setSelection(new Set())}
            onDelete={() => removeSources([...selected], countText(t, lang, 'librarySourcesDeleted', selected.size))}
            onPatch={onPatch}
          />
          {result.textPending && <p className="muted small-text" role="status">{t('librarySearchingTexts')}</p>}
          {list.length === 0 ? <p className="muted empty-row">{t('libraryNoMatch')}</p> : (
            <SourceList sources={list} selected={selected} onToggle={onToggle} navigate={navigate} onEdit={onEdit} onDelete={onDelete} />
          )}
        </>
      )}
      {dragging && <div className="drop-overlay" aria-hidden="true">{t('dropHere')}</div>}

      <PasteTextDialog open={pasteOpen} onClose={() => setPasteOpen(false)} onSubmit={onPaste} />
      <ImportReviewDialog candidates={candidates} onCancel={() => setCandidates(null)} onImport={(c) => void runImport(c)} />
      <SourceMetaDialog source={editing} onClose={() => setEditing(null)} />
    </section>
  )
}
