import type { ReactNode } from 'react'
import { CLAIM_STATUSES, VERDICTS, type ClaimStatus, type Lang, type Verdict } from '../../../../shared/model'
import { useLiveResult, useSourceOptions } from '../../db/hooks'
import { getDb } from '../../db/context'
import { distinctSpeakers, distinctTags, type ClaimQuery } from '../../db/repositories/claims'
import { useI18n } from '../../i18n'
import { DateField } from '../../ui/DateField'

/** Filters of the Claims view; every control is labelled and changes the query at once (a date once it is one). */
export function ClaimFilters({ query, onChange }: { query: ClaimQuery; onChange: (q: ClaimQuery) => void }): ReactNode {
  const { t } = useI18n()
  const speakers = useLiveResult(() => distinctSpeakers(getDb()), [])
  const tags = useLiveResult(() => distinctTags(getDb()), [])
  const sources = useSourceOptions()
  const set = (patch: Partial<ClaimQuery>): void => onChange({ ...query, ...patch })
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">{t('filters')}</legend>
      <label>{t('lang')}
        <select value={query.lang ?? ''} onChange={(e) => set({ lang: (e.target.value || undefined) as Lang | undefined })}>
          <option value="">{t('all')}</option>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>{t('speaker')}
        <select value={query.speaker ?? ''} onChange={(e) => set({ speaker: e.target.value || undefined })}>
          <option value="">{t('all')}</option>
          {(speakers.data ?? []).map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>{t('verdict')}
        <select value={query.verdict?.[0] ?? ''} onChange={(e) => set({ verdict: e.target.value ? [e.target.value as Verdict] : undefined })}>
          <option value="">{t('all')}</option>
          {VERDICTS.map((v) => <option key={v} value={v}>{t(`verdict_${v}`)}</option>)}
        </select>
      </label>
      <label>{t('status')}
        <select value={query.status?.[0] ?? ''} onChange={(e) => set({ status: e.target.value ? [e.target.value as ClaimStatus] : undefined })}>
          <option value="">{t('all')}</option>
          {CLAIM_STATUSES.map((s) => <option key={s} value={s}>{t(`status_${s}`)}</option>)}
        </select>
      </label>
      <label>{t('source')}
        <select value={query.sourceId ?? ''} onChange={(e) => set({ sourceId: e.target.value || undefined })}>
          <option value="">{t('all')}</option>
          {(sources.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
        </select>
      </label>
      <label>{t('tag')}
        <select value={query.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
          <option value="">{t('all')}</option>
          {(tags.data ?? []).map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <DateField label={t('from')} value={query.dateFrom} onChange={(dateFrom) => set({ dateFrom })} />
      <DateField label={t('to')} value={query.dateTo} onChange={(dateTo) => set({ dateTo })} />
    </fieldset>
  )
}
