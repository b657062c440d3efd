import { useState, type ReactNode } from 'react'
import { LANGS, SOURCE_KINDS, type Lang, type SourceKind } from '../../../../shared/model'
import { useI18n, type Translate } from '../../i18n'
import { kindLabel } from './kindLabel'
import { DEFAULT_SOURCE_QUERY, isFiltered, SOURCE_SORT_FIELDS, type SourceQuery, type SourceSortField } from './sourceQuery'

export function sortLabel(t: Translate, field: SourceSortField): string {
  switch (field) {
    case 'importedAt': return t('librarySortImported')
    case 'publishedAt': return t('librarySortPublished')
    case 'title': return t('librarySortTitle')
    case 'outlet': return t('librarySortOutlet')
    case 'claimCount': return t('librarySortClaims')
  }
}

export function langLabel(t: Translate, lang: Lang): string {
  return lang === 'fr' ? t('libraryLangFr') : t('libraryLangEn')
}

/** Search, sort and (behind a toggle) the filters of the Library; every control changes the list at once. */
export function SourceFilters({ query, outlets, onChange }: { query: SourceQuery; outlets: readonly string[]; onChange: (q: SourceQuery) => void }): ReactNode {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const set = (patch: Partial<SourceQuery>): void => onChange({ ...query, ...patch })
  const active = [query.kind, query.lang, query.outlet, query.dateFrom, query.dateTo].filter(Boolean).length
  return (
    <div className="library-controls">
      <div className="library-bar">
        <label className="search">
          <span className="visually-hidden">{t('librarySearch')}</span>
          <input type="search" aria-label={t('librarySearch')} placeholder={t('librarySearchPlaceholder')} value={query.search} onChange={(e) => set({ search: e.target.value })} />
        </label>
        <label className="inline-label">{t('librarySort')}
          <select value={query.sort} onChange={(e) => set({ sort: e.target.value as SourceSortField })}>
            {SOURCE_SORT_FIELDS.map((f) => <option key={f} value={f}>{sortLabel(t, f)}</option>)}
          </select>
        </label>
        <button type="button" className="small" onClick={() => set({ dir: query.dir === 'asc' ? 'desc' : 'asc' })} aria-label={`${t('librarySort')}: ${query.dir === 'asc' ? t('librarySortAsc') : t('librarySortDesc')}`}>
          {query.dir === 'asc' ? `▲ ${t('librarySortAsc')}` : `▼ ${t('librarySortDesc')}`}
        </button>
        <button type="button" className="small" aria-expanded={open} aria-controls="library-filters" onClick={() => setOpen((o) => !o)}>
          {t('libraryFilters')}{active > 0 ? ` (${active})` : ''}
        </button>
        {isFiltered(query) && (
          <button type="button" className="small ghost" onClick={() => onChange({ ...DEFAULT_SOURCE_QUERY, sort: query.sort, dir: query.dir })}>{t('libraryClearFilters')}</button>
        )}
      </div>
      {open && (
        <fieldset id="library-filters" className="filters library-filters">
          <legend className="visually-hidden">{t('libraryFilters')}</legend>
          <label>{t('kind')}
            <select value={query.kind} onChange={(e) => set({ kind: e.target.value as SourceKind | '' })}>
              <option value="">{t('libraryAnyKind')}</option>
              {SOURCE_KINDS.map((k) => <option key={k} value={k}>{kindLabel(t, k)}</option>)}
            </select>
          </label>
          <label>{t('lang')}
            <select value={query.lang} onChange={(e) => set({ lang: e.target.value as Lang | '' })}>
              <option value="">{t('libraryAnyLang')}</option>
              {LANGS.map((l) => <option key={l} value={l}>{langLabel(t, l)}</option>)}
            </select>
          </label>
          <label>{t('outlet')}
            <select value={query.outlet} onChange={(e) => set({ outlet: e.target.value })}>
              <option value="">{t('libraryAnyOutlet')}</option>
              {outlets.map((o) => <option key={o} value={o}>{o}</option>)}
            </select>
          </label>
          {/* Text, not type=date: a source's date may be a year or a month ("2023", "2023-10"). */}
          <label>{t('libraryPublishedFrom')}
            <input value={query.dateFrom} placeholder="2023" pattern="\d{4}(-\d{2}(-\d{2})?)?" size={10} onChange={(e) => set({ dateFrom: e.target.value.trim() })} />
          </label>
          <label>{t('libraryPublishedTo')}
            <input value={query.dateTo} placeholder="2024-06" pattern="\d{4}(-\d{2}(-\d{2})?)?" size={10} onChange={(e) => set({ dateTo: e.target.value.trim() })} />
          </label>
        </fieldset>
      )}
    </div>
  )
}
