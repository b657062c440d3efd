import { useEffect, useState, type ReactNode } from 'react'
import type { Series } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import { getDb } from '../../db/context'
import { updateSeriesMeta } from '../../db/repositories/series'
import { useI18n } from '../../i18n'

type Field = 'title' | 'description' | 'notes' | 'unit'

/**
 * The texts that frame a series' published chart: title, description, the unit on its y axis and
 * notes. Each is saved
 * (with its History entry) when the field loses focus, so typing does not write a change per key.
 */
export function ChartTextsEditor({ series, onError }: { series: Series; onError: (e: unknown) => void }): ReactNode {
  const { t } = useI18n()
  const by = useActor()
  const [draft, setDraft] = useState<Partial<Record<Field, string>>>({})
  // Another series: drop the drafts. A field's own draft goes once it is saved, so the field then
  // shows what is stored (and follows an undo or another window).
  useEffect(() => setDraft({}), [series.id])
  const value = (field: Field): string => draft[field] ?? series[field] ?? ''
  const save = (field: Field): void => {
    const next = draft[field]
    if (next === undefined) return
    const trimmed = next.trim()
    const patch = field === 'notes' ? { notes: trimmed } : { [field]: trimmed || undefined }
    updateSeriesMeta(getDb(), series.id, patch, by).then(
      () => setDraft((d) => (d[field] === next ? { ...d, [field]: undefined } : d)),
      onError
    )
  }
  const bind = (field: Field) => ({
    value: value(field),
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value })),
    onBlur: () => save(field)
  })
  return (
    <details className="series-texts">
      <summary>{t('chartTexts')}</summary>
      <label>
        {t('chartTitleField')}
        <input {...bind('title')} placeholder={series.name} maxLength={300} aria-describedby="series-title-hint" />
        <span id="series-title-hint" className="muted small-text">{t('chartTitleHint')}</span>
      </label>
      <label>
        {t('chartDescriptionField')}
        <textarea {...bind('description')} rows={2} maxLength={2000} />
      </label>
      <label>
        {t('chartUnitField')}
        <input {...bind('unit')} maxLength={60} />
      </label>
      <label>
        {t('chartNotesField')}
        <textarea {...bind('notes')} rows={2} />
      </label>
    </details>
  )
}
