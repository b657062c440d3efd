import { useEffect, useState, type ReactNode } from 'react'
import { SOURCE_KINDS, type Source, type SourceKind } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import { getDb } from '../../db/context'
import { updateSourceMeta } from '../../db/repositories/sources'
import { useI18n } from '../../i18n'
import { Dialog } from '../../ui/Dialog'
import { kindLabel } from './kindLabel'

/** Corrects a stored source's details; its claims follow (date, speaker fallback). */
export function SourceMetaDialog({ source, onClose }: { source: Source | null; onClose: () => void }): ReactNode {
  const { t } = useI18n()
  const by = useActor()
  const [form, setForm] = useState({ title: '', outlet: '', publishedAt: '', speakers: '', kind: 'article' as SourceKind, url: '' })
  const [error, setError] = useState('')
  useEffect(() => {
    if (source) setForm({ title: source.title, outlet: source.outlet ?? '', publishedAt: source.publishedAt ?? '', speakers: source.speakers.join(', '), kind: source.kind, url: source.url ?? '' })
    setError('')
  }, [source])
  if (!source) return null
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }))
  return (
    <Dialog title={t('editMetadata')} open onClose={onClose}>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault()
          if (form.publishedAt && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(form.publishedAt.trim())) {
            setError(t('badDate'))
            return
          }
          try {
            await updateSourceMeta(getDb(), source.id, {
              title: form.title.trim() || source.title,
              outlet: form.outlet.trim() || undefined,
              publishedAt: form.publishedAt.trim() || undefined,
              speakers: form.speakers.split(',').map((s) => s.trim()).filter(Boolean),
              kind: form.kind,
              url: form.url.trim() || undefined
            }, by)
            onClose()
          } catch (err) {
            setError(err instanceof Error ? err.message : String(err))
          }
        }}
      >
        <label>{t('title')}<input value={form.title} onChange={set('title')} /></label>
        <div className="form-row">
          <label>{t('outlet')}<input value={form.outlet} onChange={set('outlet')} /></label>
          <label>{t('date')}<input value={form.publishedAt} placeholder="2023-10-05" onChange={set('publishedAt')} /></label>
        </div>
        <div className="form-row">
          <label>{t('speaker')}<input value={form.speakers} onChange={set('speakers')} /></label>
          <label>{t('kind')}
            <select value={form.kind} onChange={set('kind')}>
              {SOURCE_KINDS.map((k) => <option key={k} value={k}>{kindLabel(t, k)}</option>)}
            </select>
          </label>
        </div>
        <label>URL<input value={form.url} onChange={set('url')} /></label>
        {error && <p className="error" role="alert">{error}</p>}
        <div className="form-actions">
          <button type="button" className="ghost" onClick={onClose}>{t('cancel')}</button>
          <button type="submit" className="primary">{t('save')}</button>
        </div>
      </form>
    </Dialog>
  )
}
