import { memo, type ReactNode } from 'react'
import type { Source } from '../../../../shared/model'
import type { Route } from '../../app/route'
import type { SourceListItem } from '../../db/repositories/sources'
import { useI18n } from '../../i18n'
import { kindLabel } from './kindLabel'

/** The Library's sources. Memoised: import progress re-renders the view many times a second. */
export const SourceList = memo(function SourceList({ sources, navigate, onEdit, onDelete }: { sources: SourceListItem[]; navigate: (r: Route) => void; onEdit: (s: Source) => void; onDelete: (s: Source) => void }): ReactNode {
  const { t, lang } = useI18n()
  const fmtDate = (iso: string): string => new Date(iso).toLocaleDateString(lang)
  return (
    <ul className="card-list source-list" aria-label={t('sources')}>
      {sources.map((s) => (
        <li key={s.id} className="card source-card">
          <div className="source-main">
            <a href={`#/reader/${s.id}`} onClick={(e) => { e.preventDefault(); navigate({ view: 'reader', sourceId: s.id }) }} className="source-title">{s.title}</a>
            <div className="muted source-meta">
              {[s.outlet, s.publishedAt, kindLabel(t, s.kind), s.lang.toUpperCase(), s.speakers.join(', ')].filter(Boolean).join(' · ')}
            </div>
            <div className="muted small-text">{t('importedOn', { date: fmtDate(s.importedAt) })}{s.fileName ? ` · ${s.fileName}` : ''}</div>
          </div>
          <span className="badge">{t('claimsCount', { n: s.claimCount })}</span>
          <div className="toolbar">
            <button type="button" className="small" onClick={() => onEdit(s)} aria-label={`${t('editMetadata')}: ${s.title}`}>{t('editMetadata')}</button>
            <button type="button" className="small danger" onClick={() => onDelete(s)} aria-label={`${t('deleteSource')}: ${s.title}`}>{t('delete')}</button>
          </div>
        </li>
      ))}
    </ul>
  )
})
