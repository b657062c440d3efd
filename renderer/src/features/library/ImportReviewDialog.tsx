import { useEffect, useState, type ReactNode } from 'react'
import { LANGS, SOURCE_KINDS, type Lang, type SourceKind } from '../../../../shared/model'
import { useI18n } from '../../i18n'
import { countText } from '../../i18n/plural'
import { Dialog } from '../../ui/Dialog'
import { applyToAll, metaOf, withMeta, type DraftMeta, type ImportCandidate, type MetaForAll } from './importPipeline'
import { kindLabel } from './kindLabel'
import { noticeText } from './noticeText'
import { langLabel } from './SourceFilters'

/** Before saving: each parsed file with its details to correct, each refused file with its reason. */
export function ImportReviewDialog({ candidates, onCancel, onImport }: { candidates: ImportCandidate[] | null; onCancel: () => void; onImport: (c: ImportCandidate[]) => void }): ReactNode {
  const { t, lang } = useI18n()
  const [metas, setMetas] = useState<Record<string, DraftMeta>>({})
  const [forAll, setForAll] = useState<MetaForAll>({})
  useEffect(() => {
    const next: Record<string, DraftMeta> = {}
    for (const c of candidates ?? []) if (c.draft) next[c.key] = metaOf(c.draft)
    setMetas(next)
    setForAll({})
  }, [candidates])
  if (!candidates) return null
  const ready = candidates.filter((c) => c.draft && !c.duplicateOf)
  const set = (key: string, field: keyof DraftMeta, value: string): void => setMetas((m) => ({ ...m, [key]: { ...m[key], [field]: value } }))
  const reviewTitle = lang === 'fr' ? 'Vérifier avant d’importer' : 'Check before importing'
  const importLabel = countText(t, lang, 'importSources', ready.length)
  const setAll = (patch: MetaForAll): void => setForAll((f) => ({ ...f, ...patch }))
  return (
    <Dialog title={reviewTitle} open onClose={onCancel} wide>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          onImport(candidates.map((c) => (c.draft && metas[c.key] ? { ...c, draft: withMeta(c.draft, metas[c.key]) } : c)))
        }}
      >
        {ready.length > 1 && (
          <fieldset className="review-apply-all" aria-label={t('importApplyToAll')}>
            <legend>{t('importApplyToAll')}</legend>
            <label>{t('outlet')}<input value={forAll.outlet ?? ''} onChange={(e) => setAll({ outlet: e.target.value })} /></label>
            <label>{t('speaker')}<input value={forAll.speakers ?? ''} onChange={(e) => setAll({ speakers: e.target.value })} /></label>
            <label>{t('kind')}
              <select value={forAll.kind ?? ''} onChange={(e) => setAll({ kind: (e.target.value || undefined) as SourceKind | undefined })}>
                <option value="">…</option>
                {SOURCE_KINDS.map((k) => <option key={k} value={k}>{kindLabel(t, k)}</option>)}
              </select>
            </label>
            <label>{t('lang')}
              <select value={forAll.lang ?? ''} onChange={(e) => setAll({ lang: (e.target.value || undefined) as Lang | undefined })}>
                <option value="">…</option>
                {LANGS.map((l) => <option key={l} value={l}>{langLabel(t, l)}</option>)}
              </select>
            </label>
            <button type="button" onClick={() => setMetas((m) => applyToAll(m, forAll))} disabled={!forAll.kind && !forAll.lang && !forAll.outlet?.trim() && !forAll.speakers?.trim()}>
              {t('importApplyToAllButton')}
            </button>
          </fieldset>
        )}
        <ul className="review-list" aria-label={reviewTitle}>
          {candidates.map((c) => (
            <li key={c.key} className={c.error ? 'review-item review-error' : 'review-item'}>
              <div className="review-name"><strong>{c.name}</strong>{c.draft && <span className="muted"> · {c.draft.text.length.toLocaleString(lang)} {lang === 'fr' ? 'caractères' : 'characters'}</span>}</div>
              {c.error && <p className="error" role="alert">{c.error}</p>}
              {c.duplicateOf && <p className="muted">{t('duplicateOf', { name: c.name, title: c.duplicateOf })}</p>}
              {c.notices?.map((n) => <p key={n.code} className="notice import-notice" role="note">{noticeText(t, n, lang)}</p>)}
              {c.draft && !c.duplicateOf && metas[c.key] && (
                <fieldset className="review-fields" aria-label={c.name}>
                  <label>{t('title')}<input value={metas[c.key].title} onChange={(e) => set(c.key, 'title', e.target.value)} /></label>
                  <label>{t('outlet')}<input value={metas[c.key].outlet} onChange={(e) => set(c.key, 'outlet', e.target.value)} /></label>
                  <label>{t('date')}<input value={metas[c.key].publishedAt} placeholder="2023-10-05" onChange={(e) => set(c.key, 'publishedAt', e.target.value)} /></label>
                  {!metas[c.key].publishedAt.trim() && c.draft.fileDate && <p className="review-date-note date-uncertain" role="note">{t('fileDateUncertain', { date: c.draft.fileDate })}</p>}
                  <label>{t('speaker')}<input value={metas[c.key].speakers} onChange={(e) => set(c.key, 'speakers', e.target.value)} /></label>
                  <label>{t('kind')}
                    <select value={metas[c.key].kind} onChange={(e) => set(c.key, 'kind', e.target.value as SourceKind)}>
                      {SOURCE_KINDS.map((k) => <option key={k} value={k}>{kindLabel(t, k)}</option>)}
                    </select>
                  </label>
                  <label>{t('lang')}
                    <select value={metas[c.key].lang} onChange={(e) => set(c.key, 'lang', e.target.value as Lang)}>
                      {LANGS.map((l) => <option key={l} value={l}>{langLabel(t, l)}</option>)}
                    </select>
                  </label>
                </fieldset>
              )}
            </li>
          ))}
        </ul>
        <div className="form-actions">
          <button type="button" className="ghost" onClick={onCancel}>{t('cancel')}</button>
          <button type="submit" className="primary" disabled={ready.length === 0}>{importLabel}</button>
        </div>
      </form>
    </Dialog>
  )
}
