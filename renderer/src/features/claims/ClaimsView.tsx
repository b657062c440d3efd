import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { VERDICTS, type Verdict } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import type { Route } from '../../app/route'
import { setSelectedClaims, useSelectedClaims } from '../../app/selection'
import { getDb } from '../../db/context'
import { useSeriesList } from '../../db/hooks'
import { addTags, setVerdict, type ClaimQuery, type ClaimRow, type ClaimSortField } from '../../db/repositories/claims'
import { addClaimsToSeries, createSeries } from '../../db/repositories/series'
import { useI18n } from '../../i18n'
import { EmptyState } from '../../ui/EmptyState'
import { useNotify } from '../../ui/notices'
import { usePrompt } from '../../ui/usePrompt'
import { ClaimFilters } from './ClaimFilters'
import { exportClaimsCsv } from './exportCsv'
import { formatClaimValue, formatPeriod } from './format'
import { useClaimWindow } from './useClaimWindow'
import './claims.css'

const ROW_HEIGHT = 40
const COLUMNS: { field: ClaimSortField | null; label: 'value' | 'subject' | 'speaker' | 'source' | 'date' | 'period' | 'verdict' | 'status' }[] = [
  { field: 'value', label: 'value' },
  { field: 'subject', label: 'subject' },
  { field: 'speaker', label: 'speaker' },
  { field: 'source', label: 'source' },
  { field: 'statedAt', label: 'date' },
  { field: 'period', label: 'period' },
  { field: 'verdict', label: 'verdict' },
  { field: 'status', label: 'status' }
]

export function ClaimsView({ navigate }: { navigate: (r: Route) => void }): ReactNode {
  const { t, lang } = useI18n()
  const by = useActor()
  const notify = useNotify()
  const [query, setQuery] = useState<ClaimQuery>({ sort: { field: 'statedAt', dir: 'desc' } })
  const [searchText, setSearchText] = useState('')
  const selected = useSelectedClaims()
  const selectedSet = new Set(selected)
  const anchor = useRef<number | null>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const series = useSeriesList()
  const [tag, setTag] = useState('')
  const [promptDialog, ask] = usePrompt()

  // Search as you type, without a query per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => ({ ...q, search: searchText.trim() || undefined })), 150)
    return () => clearTimeout(timer)
  }, [searchText])

  const [range, setRange] = useState({ first: 0, last: 50 })
  const { result, offset, error } = useClaimWindow(query, range.first, range.last)
  const total = result?.total ?? 0
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 50
  useEffect(() => {
    setRange((r) => (r.first === first && r.last === last ? r : { first, last }))
  }, [first, last])

  const rowAt = (index: number): ClaimRow | undefined => result?.rows[index - offset]
  const toggle = (index: number, shift: boolean): void => {
    const row = rowAt(index)
    if (!row) return
    if (shift && anchor.current !== null) {
      const [a, b] = [Math.min(anchor.current, index), Math.max(anchor.current, index)]
      const ids = [] as string[]
      for (let i = a; i <= b; i++) {
        const r = rowAt(i)
        if (r) ids.push(r.id)
      }
      setSelectedClaims([...selected, ...ids])
    } else {
      setSelectedClaims(selectedSet.has(row.id) ? selected.filter((id) => id !== row.id) : [...selected, row.id])
    }
    anchor.current = index
  }
  const sortBy = (field: ClaimSortField): void => {
    setQuery((q) => ({ ...q, sort: { field, dir: q.sort?.field === field && q.sort.dir === 'asc' ? 'desc' : 'asc' } }))
  }
  const fail = (e: unknown): void => notify(e instanceof Error ? e.message : String(e), { tone: 'error' })
  const bulkVerdict = (v: Verdict): void => {
    setVerdict(getDb(), selected, v, by).then((n) => notify(`${t(`verdict_${v}`)}: ${n}`), fail)
  }
  const toSeries = async (value: string): Promise<void> => {
    try {
      if (value === '__new') {
        const name = await ask(t('newSeries'), t('seriesName'))
        if (!name) return
        const created = await createSeries(getDb(), { name, claimIds: [...selected] }, by)
        navigate({ view: 'series', seriesId: created.id })
      } else if (value) {
        await addClaimsToSeries(getDb(), value, selected, by)
        navigate({ view: 'series', seriesId: value })
      }
    } catch (e) {
      fail(e)
    }
  }

  const sortDir = (field: ClaimSortField | null): 'ascending' | 'descending' | 'none' =>
    field && query.sort?.field === field ? (query.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'
  const noFilters = !query.search && !query.lang && !query.speaker && !query.verdict && !query.status && !query.sourceId && !query.tag && !query.dateFrom && !query.dateTo

  return (
    <section className="page claims-page">
      <div className="page-header">
        <h1>{t('claimsTitle')}</h1>
        <div className="toolbar">
          <label className="search">
            <span className="visually-hidden">{t('search')}</span>
            <input type="search" placeholder={t('searchPlaceholder')} aria-label={t('search')} value={searchText} onChange={(e) => setSearchText(e.target.value)} />
          </label>
          <button type="button" onClick={() => exportClaimsCsv(query).catch(fail)} disabled={total === 0}>{t('exportCsv')}</button>
          <button type="button" onClick={() => navigate(selected.length ? { view: 'export', scope: 'claims' } : { view: 'export' })}>{t('exportBundle')}</button>
        </div>
      </div>
      <ClaimFilters query={query} onChange={setQuery} />
      <div className="bulk-bar" aria-label={t('selected', { n: selected.length })}>
        <span aria-live="polite">{t('rowsCount', { n: total.toLocaleString(lang) })}{selected.length > 0 && ` · ${t('selected', { n: selected.length })}`}</span>
        {selected.length > 0 && (
          <>
            <label>{t('setVerdict')}
              <select value="" onChange={(e) => e.target.value && bulkVerdict(e.target.value as Verdict)}>
                <option value="">…</option>
                {VERDICTS.map((v) => <option key={v} value={v}>{t(`verdict_${v}`)}</option>)}
              </select>
            </label>
            <form className="tag-form" onSubmit={(e) => { e.preventDefault(); if (tag.trim()) addTags(getDb(), selected, [tag.trim()], by).then(() => setTag(''), fail) }}>
              <input aria-label={t('addTag')} placeholder={t('addTag')} value={tag} onChange={(e) => setTag(e.target.value)} />
            </form>
            <label>{t('addToSeries')}
              <select value="" onChange={(e) => void toSeries(e.target.value)}>
                <option value="">…</option>
                {(series.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                <option value="__new">{t('newSeries')}</option>
              </select>
            </label>
            <button type="button" className="small ghost" onClick={() => setSelectedClaims([])}>{t('clearSelection')}</button>
          </>
        )}
      </div>
      {error && <p className="error" role="alert">{error.message}</p>}
      <div className="claims-table" role="table" aria-label={t('claimsTitle')} aria-rowcount={total + 1}>
        <div className="claims-row claims-head" role="row" aria-rowindex={1}>
          <span role="columnheader" className="cell-check"><span className="visually-hidden">{t('selected', { n: '' })}</span></span>
          {COLUMNS.map((c) => (
            <span key={c.label} role="columnheader" aria-sort={sortDir(c.field)}>
              {c.field ? <button type="button" className="sort" onClick={() => sortBy(c.field as ClaimSortField)}>{t(c.label)}{sortDir(c.field) === 'ascending' ? ' ▲' : sortDir(c.field) === 'descending' ? ' ▼' : ''}</button> : t(c.label)}
            </span>
          ))}
        </div>
        <div ref={scrollRef} className="claims-body" role="rowgroup">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rowAt(item.index)
              return (
                <div key={item.key} role="row" aria-rowindex={item.index + 2} className={row && selectedSet.has(row.id) ? 'claims-row selected' : 'claims-row'} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}>
                  {row ? (
                    <>
                      <span role="cell" className="cell-check">
                        <input type="checkbox" aria-label={row.quote} checked={selectedSet.has(row.id)} onChange={() => undefined} onClick={(e) => toggle(item.index, e.shiftKey)} />
                      </span>
                      <span role="cell" className="cell-value">{formatClaimValue(row, lang)}</span>
                      <span role="cell" title={row.quote}>
                        <a href={`#/reader/${row.sourceId}/${row.id}`} onClick={(e) => { e.preventDefault(); navigate({ view: 'reader', sourceId: row.sourceId, claimId: row.id }) }}>{row.subject || row.quote}</a>
                      </span>
                      <span role="cell">{row.speaker ?? '—'}</span>
                      <span role="cell" title={row.sourceTitle}>{row.sourceTitle}</span>
                      <span role="cell">{row.statedAt ?? '—'}</span>
                      <span role="cell" title={formatPeriod(row.period)}>{row.period?.text ?? '—'}</span>
                      <span role="cell"><span className={`badge verdict-badge verdict-${row.verdict}`}>{t(`verdict_${row.verdict}`)}</span></span>
                      <span role="cell">{t(`status_${row.status}`)}</span>
                    </>
                  ) : (
                    <span role="cell" className="muted">{t('loading')}</span>
                  )}
                </div>
              )
            })}
          </div>
        </div>
      </div>
      {result && total === 0 && (noFilters ? (
        <EmptyState title={t('claimsEmptyTitle')} text={t('claimsEmptyText')}>
          <button type="button" onClick={() => navigate({ view: 'library' })}>{t('navLibrary')}</button>
        </EmptyState>
      ) : <p className="muted empty-row">{t('noMatch')}</p>)}
      {promptDialog}
    </section>
  )
}
