import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useRef, type ReactNode } from 'react'
import type { Route } from '../../app/route'
import type { SourceSummaryRow } from '../../db/sourceSummary'
import { useI18n } from '../../i18n'
import { countText } from '../../i18n/plural'
import { kindLabel } from './kindLabel'

/** Height of one card with its gap: the list is virtualised, so 5 000 sources draw only the visible few. */
const ROW_HEIGHT = 96

/**
 * The Library's sources, a window of them at a time. Memoised: import progress re-renders the
 * view many times a second. Shift-click on a checkbox selects the range since the last one clicked.
 */
export const SourceList = memo(function SourceList({ sources, selected, onToggle, navigate, onEdit, onDelete }: {
  sources: readonly SourceSummaryRow[]
  selected: ReadonlySet<string>
  onToggle: (index: number, shift: boolean) => void
  navigate: (r: Route) => void
  onEdit: (s: SourceSummaryRow) => void
  onDelete: (s: SourceSummaryRow) => void
}): ReactNode {
  const { t, lang } = useI18n()
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: sources.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 })
  const fmtDate = (iso: string): string => new Date(iso).toLocaleDateString(lang)
  return (
    <div ref={scrollRef} className="source-scroll">
      <ul className="source-list" aria-label={t('sources')} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const s = sources[item.index]
          return (
            <li key={s.id} className={selected.has(s.id) ? 'card source-card selected' : 'card source-card'} style={{ height: ROW_HEIGHT - 10, transform: `translateY(${item.start}px)` }} aria-setsize={sources.length} aria-posinset={item.index + 1}>
              <input type="checkbox" className="source-check" aria-label={t('librarySelectSource', { title: s.title })} checked={selected.has(s.id)} onChange={() => undefined} onClick={(e) => onToggle(item.index, e.shiftKey)} />
              <div className="source-main">
                <a href={`#/reader/${s.id}`} onClick={(e) => { e.preventDefault(); navigate({ view: 'reader', sourceId: s.id }) }} className="source-title" title={s.title}>{s.title}</a>
                <div className="muted source-meta">
                  {[s.outlet, s.publishedAt, kindLabel(t, s.kind), s.lang.toUpperCase(), s.speakers.join(', ')].filter(Boolean).join(' · ')}
                </div>
                <div className="muted small-text">{t('importedOn', { date: fmtDate(s.importedAt) })}{s.fileName ? ` · ${s.fileName}` : ''}</div>
              </div>
              <span className="badge">{countText(t, lang, 'claimsCount', s.claimCount)}</span>
              <div className="toolbar">
                <button type="button" className="small" onClick={() => onEdit(s)} aria-label={`${t('editMetadata')}: ${s.title}`}>{t('editMetadata')}</button>
                <button type="button" className="small danger" onClick={() => onDelete(s)} aria-label={`${t('deleteSource')}: ${s.title}`}>{t('delete')}</button>
              </div>
            </li>
          )
        })}
      </ul>
    </div>
  )
})
