import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { VERDICTS } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import { forgetLastRead, type Route } from '../../app/route'
import { getDb } from '../../db/context'
import { useClaimsForSource, useSource } from '../../db/hooks'
import { confirmClaim, rejectClaim, setVerdict } from '../../db/repositories/claims'
import { useI18n } from '../../i18n'
import { countText } from '../../i18n/plural'
import { EmptyState } from '../../ui/EmptyState'
import { VerdictBadge } from '../../ui/VerdictBadge'
import { useNotify } from '../../ui/notices'
import { kindLabel } from '../library/kindLabel'
import { AddClaimDialog } from './AddClaimDialog'
import { ClaimPanel } from './ClaimPanel'
import { isTyping } from './isTyping'
import { selectionOffsets, SourceText } from './SourceText'
import './reader.css'

export function ReaderView({ sourceId, claimId, navigate }: { sourceId?: string; claimId?: string; navigate: (r: Route) => void }): ReactNode {
  const { t, lang: uiLang } = useI18n()
  const by = useActor()
  const notify = useNotify()
  const source = useSource(sourceId)
  const claims = useClaimsForSource(sourceId)
  const [editing, setEditing] = useState(false)
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null)
  const [adding, setAdding] = useState<{ start: number; end: number } | null>(null)
  const textRef = useRef<HTMLDivElement>(null)

  const list = useMemo(() => claims.data ?? [], [claims.data])
  const selected = list.find((c) => c.id === claimId)
  // A claim just clicked, until the route says so: a key pressed at once acts on it, not on the one selected before
  // (the route changes on the next task, and a fast "r" after a click rejected the previous claim).
  const picked = useRef<string | undefined>(undefined)
  useEffect(() => {
    picked.current = undefined
  }, [claimId])
  const select = useCallback((id: string) => {
    setEditing(false)
    picked.current = id
    if (sourceId) navigate({ view: 'reader', sourceId, claimId: id })
  }, [navigate, sourceId])

  useEffect(() => {
    if (!claimId) return
    const el = textRef.current?.querySelector(`[data-claim-id="${CSS.escape(claimId)}"]`)
    el?.scrollIntoView({ block: 'center', behavior: 'auto' })
  }, [claimId, list.length])

  // A source deleted since it was last read: going back to the Reader no longer tries to reopen it.
  const missing = !!sourceId && !source.isLoading && !source.error && !source.data
  useEffect(() => {
    if (missing && sourceId) forgetLastRead(sourceId)
  }, [missing, sourceId])

  useEffect(() => {
    const onSelect = (): void => setSelection(selectionOffsets(textRef.current))
    document.addEventListener('selectionchange', onSelect)
    return () => document.removeEventListener('selectionchange', onSelect)
  }, [])

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || list.length === 0) return
      const current = (picked.current !== undefined ? list.find((c) => c.id === picked.current) : undefined) ?? selected
      const index = current ? list.indexOf(current) : -1
      const fail = (error: unknown): void => notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
      if (e.key === 'j' || e.key === 'k') {
        e.preventDefault()
        const next = e.key === 'j' ? Math.min(list.length - 1, index + 1) : Math.max(0, index === -1 ? 0 : index - 1)
        select(list[next].id)
        return
      }
      if (!current) return
      if (e.key === 'c') confirmClaim(getDb(), current.id, by).catch(fail)
      else if (e.key === 'r') rejectClaim(getDb(), current.id, by).catch(fail)
      else if (e.key === 'e') {
        e.preventDefault()
        setEditing(true)
      } else if (/^[1-5]$/.test(e.key)) setVerdict(getDb(), [current.id], VERDICTS[Number(e.key) - 1], by).catch(fail)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [list, selected, select, by, notify])

  if (!sourceId) {
    return (
      <EmptyState title={t('readerEmptyTitle')} text={t('readerEmptyText')}>
        <button type="button" onClick={() => navigate({ view: 'library' })}>{t('navLibrary')}</button>
      </EmptyState>
    )
  }
  if (source.isLoading) return <p className="page muted">{t('loading')}</p>
  if (!source.data) {
    return (
      <EmptyState title={t('readerEmptyTitle')} text={source.error?.message ?? t('readerEmptyText')}>
        <button type="button" onClick={() => navigate({ view: 'library' })}>{t('navLibrary')}</button>
      </EmptyState>
    )
  }
  const s = source.data
  return (
    <div className="reader">
      <article className="reader-main" aria-label={s.title}>
        <header className="reader-header">
          <h1>{s.title}</h1>
          <p className="muted">
            {[s.outlet, s.publishedAt, kindLabel(t, s.kind), s.speakers.join(', '), s.url].filter(Boolean).join(' · ')}
            {/* A file time is only a hint: marked, never shown as the publication date. */}
            {!s.publishedAt && s.fileDate && <> · <span className="date-uncertain" title={t('fileDateHint')}>{t('fileDateShort', { date: s.fileDate })}</span></>}
          </p>
          <div className="toolbar">
            <button type="button" disabled={!selection} onClick={() => setAdding(selection)} title={t('selectToAdd')}>{t('addClaim')}</button>
            <span className="muted small-text">{countText(t, uiLang, 'claimsCount', list.length)} · {t('shortcutsHint')}</span>
          </div>
          <ul className="legend" aria-label={t('legend')}>
            {VERDICTS.map((v) => <li key={v}><span className={`swatch claim verdict-${v}`} aria-hidden="true" /><VerdictBadge verdict={v} /></li>)}
            <li><span className="swatch claim status-rejected" />{t('status_rejected')}</li>
            <li><span className="swatch claim status-confirmed" />{t('status_confirmed')}</li>
          </ul>
        </header>
        <div ref={textRef} lang={s.lang}>
          <SourceText source={s} claims={list} selectedId={claimId} onSelect={select} />
        </div>
      </article>
      {selected ? (
        <ClaimPanel key={selected.id} claim={selected} lang={uiLang} editing={editing} setEditing={setEditing} navigate={navigate} source={s} selection={selection} />
      ) : (
        <aside className="claim-panel empty" aria-label={t('claimPanel')}>
          <p className="muted">{list.length ? t('shortcuts') : t('selectToAdd')}</p>
        </aside>
      )}
      <AddClaimDialog source={s} range={adding} onClose={() => setAdding(null)} onAdded={select} />
    </div>
  )
}
