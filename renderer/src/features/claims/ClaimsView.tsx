import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useActor } from '../../app/actor'
import type { Route } from '../../app/route'
import { setSelectedClaims, useSelectedClaims } from '../../app/selection'
import { getDb } from '../../db/context'
import { useLiveResult } from '../../db/hooks'
import { queryClaimIds, type ClaimQuery, type ClaimRow, type ClaimSortField } from '../../db/repositories/claims'
import { useI18n } from '../../i18n'
import { EmptyState } from '../../ui/EmptyState'
import { QuoteWithFigure } from '../../ui/QuoteWithFigure'
import { VerdictBadge } from '../../ui/VerdictBadge'
import { BulkBar } from './BulkBar'
import { ClaimFilters } from './ClaimFilters'
import { ColumnResizer } from './ColumnResizer'
import { COLUMNS, gridTemplate, totalWidth, useColumnWidths } from './columns'
import { exportClaimsCsv } from './exportCsv'
import { formatClaimValue, formatPeriod } from './format'
import { useClaimWindow } from './useClaimWindow'
import { useNotify } from '../../ui/notices'
import './claims.css'

const ROW_HEIGHT = 40

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
  const [widths, setWidth] = useColumnWidths()

  // Search as you type, without a query per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => ({ ...q, search: searchText.trim() || undefined })), 150)
    return () => clearTimeout(timer)
  }, [searchText])

  const [range, setRange] = useState({ first: 0, last: 50 })
  const { result, offset, error } = useClaimWindow(query, range.first, range.last)
  const total = result?.total ?? 0
  // Every id of the filtered set, for "select all" (read from the in-memory index, not the claims).
  const filteredIds = useLiveResult(() => queryClaimIds(getDb(), { ...query, sort: undefined }), [query])
  const shownIds = filteredIds.data ?? []
  const shownSelected = shownIds.filter((id) => selectedSet.has(id)).length
  const allShown = shownIds.length > 0 && shownSelected === shownIds.length
  // The header row sits inside the scroll area (it scrolls sideways with the rows): the rows start below it.
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12, scrollMargin: ROW_HEIGHT })
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
  const toggleAll = (): void => {
    const ids = new Set(shownIds)
    setSelectedClaims(allShown ? selected.filter((id) => !ids.has(id)) : [...selected, ...shownIds])
  }
  const sortBy = (field: ClaimSortField): void => {
    setQuery((q) => ({ ...q, sort: { field, dir: q.sort?.field === field && q.sort.dir === 'asc' ? 'desc' : 'asc' } }))
  }
  const fail = (e: unknown): void => notify(e instanceof Error ? e.message : String(e), { tone: 'error' })

  const sortDir = (field: ClaimSortField | null): 'ascending' | 'descending' | 'none' =>
    field && query.sort?.field === field ? (query.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'
  const noFilters = !query.search && !query.lang && !query.speaker && !query.verdict && !query.status && !query.sourceId && !query.tag && !query.dateFrom && !query.dateTo
  const grid = { gridTemplateColumns: gridTemplate(widths), minWidth: totalWidth(widths) }

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
      <BulkBar total={total} selected={selected} by={by} navigate={navigate} />
      {error && <p className="error" role="alert">{error.message}</p>}
      <div ref={scrollRef} className="claims-table" role="table" aria-label={t('claimsTitle')} aria-rowcount={total + 1}>
        <div className="claims-row claims-head" role="row" aria-rowindex={1} style={grid}>
          <span role="columnheader" className="cell-check">
            <input
              type="checkbox"
              aria-label={t('claimsSelectAll')}
              checked={allShown}
              ref={(el) => { if (el) el.indeterminate = shownSelected > 0 && !allShown }}
              disabled={shownIds.length === 0}
              onChange={toggleAll}
            />
          </span>
          {COLUMNS.map((c) => (
            <span key={c.key} role="columnheader" aria-sort={c.field ? sortDir(c.field) : undefined}>
              {c.field ? <button type="button" className="sort" onClick={() => sortBy(c.field as ClaimSortField)}>{t(c.key)}{sortDir(c.field) === 'ascending' ? ' ▲' : sortDir(c.field) === 'descending' ? ' ▼' : ''}</button> : t(c.key)}
              <ColumnResizer label={t('resizeColumn', { name: t(c.key) })} width={widths[c.key]} onResize={(w) => setWidth(c.key, w)} />
            </span>
          ))}
        </div>
        <div className="claims-body" role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth: grid.minWidth }}>
          {items.map((item) => {
            const row = rowAt(item.index)
            return (
              <div key={item.key} role="row" aria-rowindex={item.index + 2} aria-selected={row ? selectedSet.has(row.id) : undefined} className={row && selectedSet.has(row.id) ? 'claims-row selected' : 'claims-row'} style={{ ...grid, position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start - ROW_HEIGHT}px)` }}>
                {row ? (
                  <>
                    <span role="cell" className="cell-check">
                      <input type="checkbox" aria-label={t('claimsSelectRow', { quote: row.quote })} checked={selectedSet.has(row.id)} onChange={() => undefined} onClick={(e) => toggle(item.index, e.shiftKey)} />
                    </span>
                    <span role="cell" className="cell-value" title={formatClaimValue(row, lang)}>{formatClaimValue(row, lang)}</span>
                    <span role="cell" className="cell-quote" title={row.quote} lang={row.sourceLang}><QuoteWithFigure claim={row} /></span>
                    <span role="cell" title={row.subject}>
                      <a href={`#/reader/${row.sourceId}/${row.id}`} onClick={(e) => { e.preventDefault(); navigate({ view: 'reader', sourceId: row.sourceId, claimId: row.id }) }}>{row.subject || row.quote}</a>
                    </span>
                    <span role="cell">{row.speaker ?? '—'}</span>
                    <span role="cell" title={row.sourceTitle}>{row.sourceTitle}</span>
                    <span role="cell">{row.statedAt ?? '—'}</span>
                    <span role="cell" title={formatPeriod(row.period)}>{row.period?.text ?? '—'}</span>
                    <span role="cell"><VerdictBadge verdict={row.verdict} /></span>
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
      {result && total === 0 && (noFilters ? (
        <EmptyState title={t('claimsEmptyTitle')} text={t('claimsEmptyText')}>
          <button type="button" onClick={() => navigate({ view: 'library' })}>{t('navLibrary')}</button>
        </EmptyState>
      ) : <p className="muted empty-row">{t('noMatch')}</p>)}
    </section>
  )
}
