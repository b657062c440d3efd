import { useState, type ReactNode } from 'react'
import { LANGS, SOURCE_KINDS, type Lang, type SourceKind } from '../../../../shared/model'
import type { SourceMetaPatch } from '../../db/repositories/sources'
import { useI18n } from '../../i18n'
import { countText } from '../../i18n/plural'
import { kindLabel } from './kindLabel'
import { langLabel } from './SourceFilters'

/** What the Library can do to the selected sources: delete them (undoable) or set one detail on all. */
export function SelectionBar({ shown, total, selected, hidden, onSelectAll, onClear, onDelete, onPatch }: {
  shown: number
  total: number
  selected: number
  /** Selected sources the search or filters hide: Delete and the setters act on them too, so the bar says so. */
  hidden: number
  onSelectAll: () => void
  onClear: () => void
  onDelete: () => void
  onPatch: (patch: SourceMetaPatch) => void
}): ReactNode {
  const { t, lang } = useI18n()
  const [outlet, setOutlet] = useState('')
  return (
    <div className="bulk-bar library-bulk" aria-label={countText(t, lang, 'librarySelected', selected)}>
      <span aria-live="polite">
        {countText(t, lang, 'libraryShown', shown, { total: total.toLocaleString(lang) })}
        {selected > 0 && ` · ${countText(t, lang, 'librarySelected', selected)}`}
        {hidden > 0 && `, ${countText(t, lang, 'librarySelectedHidden', hidden)}`}
      </span>
      {shown > 0 && selected < shown && <button type="button" className="small" onClick={onSelectAll}>{t('librarySelectAll')}</button>}
      {selected > 0 && (
        <>
          <button type="button" className="small ghost" onClick={onClear}>{t('libraryClearSelection')}</button>
          <button type="button" className="small danger" onClick={onDelete}>{t('libraryDeleteSelected')}</button>
          <form className="tag-form" onSubmit={(e) => { e.preventDefault(); onPatch({ outlet: outlet.trim() || undefined }); setOutlet('') }}>
            <input aria-label={t('librarySetOutlet')} placeholder={t('librarySetOutlet')} value={outlet} onChange={(e) => setOutlet(e.target.value)} />
            <button type="submit" className="small">{t('libraryApply')}</button>
          </form>
          <label>{t('librarySetKind')}
            <select value="" onChange={(e) => e.target.value && onPatch({ kind: e.target.value as SourceKind })}>
              <option value="">…</option>
              {SOURCE_KINDS.map((k) => <option key={k} value={k}>{kindLabel(t, k)}</option>)}
            </select>
          </label>
          <label>{t('librarySetLang')}
            <select value="" onChange={(e) => e.target.value && onPatch({ lang: e.target.value as Lang })}>
              <option value="">…</option>
              {LANGS.map((l) => <option key={l} value={l}>{langLabel(t, l)}</option>)}
            </select>
          </label>
        </>
      )}
    </div>
  )
}
