import type { ReactNode } from 'react'
import type { HistoryEntry } from '../../../../shared/model'
import { useHistory } from '../../db/hooks'
import { useI18n } from '../../i18n'

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'object') {
    const v = value as { text?: string; value?: number }
    if (typeof v.text === 'string') return v.text
    if (typeof v.value === 'number') return String(v.value)
    return JSON.stringify(value)
  }
  return String(value)
}

function lines(entry: HistoryEntry): string[] {
  const before = (entry.before ?? {}) as Record<string, unknown>
  const after = (entry.after ?? {}) as Record<string, unknown>
  if (entry.fields.length === 0) return [entry.action]
  return entry.fields.map((f) => `${f}: ${show(before[f])} → ${show(after[f])}`)
}

/** Every change made to one claim, newest first: who, when, field, before → after. */
export function HistoryList({ claimId }: { claimId: string }): ReactNode {
  const { t, lang } = useI18n()
  const history = useHistory('claim', claimId)
  const entries = history.data ?? []
  return (
    <section aria-label={t('history')} className="history">
      <h3>{t('history')}</h3>
      {entries.length === 0 ? <p className="muted">{t('noHistory')}</p> : (
        <ol className="history-list">
          {entries.map((e) => (
            <li key={e.id}>
              <span className="muted">{new Date(e.at).toLocaleString(lang)} · {e.by}{e.origin === 'bundle' ? ` · ${t('historyFromBundle')}` : ''}</span>
              {lines(e).map((l) => <div key={l}>{l}</div>)}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
