/**
 * A series' official reference: import a file as the publisher serves it (CSV, INSEE, SDMX-CSV,
 * JSON-stat), choose the series when the file holds several, and attach it; or attach one already
 * imported, or detach. Attaching is a series change kept in History.
 */
import { type ReactNode, useState } from 'react'
import { type Series } from '../../../../shared/model'
import { referenceFromSlice } from '../../../../shared/reference/fromSlice'
import { periodLabel } from '../../../../shared/reference/officialLine'
import { readReferenceFile } from '../../../../shared/reference/read'
import { type ReferenceTable, defaultSlice, dimensionsToChoose, sliceTable } from '../../../../shared/reference/table'
import { newId, runtime } from '../../../../shared/runtime'
import { useActor } from '../../app/actor'
import { getDb } from '../../db/context'
import { attachReference, saveReference } from '../../db/repositories/references'
import { useI18n } from '../../i18n'
import { getPlatform } from '../../platform'
import { useNotify } from '../../ui/notices'
import { useReference, useReferenceList } from './useReferences'

const EXTENSIONS = ['csv', 'tsv', 'txt', 'json']

export function ReferenceSection({ series }: { series: Series }): ReactNode {
  const { t, lang } = useI18n()
  const by = useActor()
  const notify = useNotify()
  const attached = useReference(series.referenceId).data
  const all = useReferenceList().data ?? []
  const [table, setTable] = useState<ReferenceTable | undefined>()
  const [choice, setChoice] = useState<Record<string, string>>({})
  const fail = (e: unknown): void => notify(e instanceof Error ? e.message : String(e), { tone: 'error' })

  const attach = async (read: ReferenceTable, picked: Record<string, string>): Promise<void> => {
    const slice = sliceTable(read, picked)
    if (!slice.ok) return fail(new Error(slice.error))
    const now = new Date().toISOString()
    const saved = await saveReference(getDb(), referenceFromSlice(read, slice.value, { id: newId(), now }))
    await attachReference(getDb(), series.id, saved.id, by)
    setTable(undefined)
  }

  const importFile = async (): Promise<void> => {
    const picked = await getPlatform().openFiles({ extensions: EXTENSIONS, multiple: false, title: t('refImport') })
    if (!picked.ok) return fail(new Error(picked.error))
    for (const r of picked.value.rejected) fail(new Error(r.error))
    const file = picked.value.files[0]
    if (!file) return
    const read = readReferenceFile(file.name, new runtime.TextDecoder().decode(file.bytes))
    if (!read.ok) return fail(new Error(read.error))
    // A file of one series is attached at once; otherwise the user says which.
    if (dimensionsToChoose(read.value).length === 0) return attach(read.value, {})
    setTable(read.value)
    setChoice(defaultSlice(read.value))
  }

  const first = attached?.observations[0]?.period
  const last = attached?.observations.at(-1)?.period
  const others = all.filter((r) => r.id !== series.referenceId)
  return (
    <section className="reference-section" aria-label={t('refSection')}>
      <h2>{t('refSection')}</h2>
      {attached && first && last ? (
        <p>
          {t('refAttached', { name: attached.name, publisher: attached.publisher, first: periodLabel(first, lang, t('cmpQuarterFormat')), last: periodLabel(last, lang, t('cmpQuarterFormat')) })}{' '}
          <button type="button" className="small ghost" onClick={() => void attachReference(getDb(), series.id, undefined, by).catch(fail)}>{t('refDetach')}</button>
        </p>
      ) : (
        <p className="muted">{t('refNone')}</p>
      )}
      <div className="toolbar">
        <button type="button" onClick={() => void importFile().catch(fail)}>{t('refImport')}</button>
        {others.length > 0 && (
          <select aria-label={t('refPickExisting')} value="" onChange={(e) => { if (e.target.value) attachReference(getDb(), series.id, e.target.value, by).catch(fail) }}>
            <option value="">{t('refPickExisting')}…</option>
            {others.map((r) => <option key={r.id} value={r.id}>{r.name} ({r.publisher})</option>)}
          </select>
        )}
      </div>
      {table && (
        <form className="reference-choice" onSubmit={(e) => { e.preventDefault(); void attach(table, choice).catch(fail) }}>
          <p className="muted">{table.fileName}</p>
          {dimensionsToChoose(table).map((d) => (
            <label key={d.id}>
              {t('refChoose', { dimension: d.label })}
              <select value={choice[d.id] ?? ''} onChange={(e) => setChoice((c) => ({ ...c, [d.id]: e.target.value }))}>
                {d.values.map((v) => <option key={v.id} value={v.id}>{v.label.includes(v.id) ? v.label : `${v.label} (${v.id})`}</option>)}
              </select>
            </label>
          ))}
          <button type="submit" className="primary">{t('refAttach')}</button>
        </form>
      )}
    </section>
  )
}
