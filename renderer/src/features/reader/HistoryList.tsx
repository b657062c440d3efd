import { useMemo, type ReactNode } from 'react'
import { useHistory, useSeriesList, useSetting } from '../../db/hooks'
import { useI18n } from '../../i18n'
import { historyView, type HistoryValue } from './historyText'
import { RevertButton } from './RevertButton'

function Value({ value }: { value: HistoryValue }): ReactNode {
  if ('text' in value) return value.text
  return (
    <span className="tags">
      {value.tags.map((tag) => <span key={tag} className="badge">{tag}</span>)}
    </span>
  )
}

/** Every change made to one claim, newest first: who, when, field, before → after, in the UI's language. */
export function HistoryList({ claimId, unit }: { claimId: string; unit?: string }): ReactNode {
  const { t, lang } = useI18n()
  const history = useHistory('claim', claimId)
  const series = useSeriesList()
  const userName = useSetting('userName', '')
  const seriesNames = useMemo(() => new Map((series.data ?? []).map((s) => [s.id, s.name])), [series.data])
  const entries = history.data ?? []
  return (
    <section aria-label={t('history')} className="history">
      <h2>{t('history')}</h2>
      {entries.length === 0 ? <p className="muted">{t('noHistory')}</p> : (
        <ol className="history-list">
          {entries.map((e) => {
            const view = historyView(e, { t, lang, seriesNames, userName: userName.data ?? '', unit })
            return (
              <li key={e.id}>
                <span className="muted">{new Date(e.at).toLocaleString(lang)} · {view.who}{e.origin === 'bundle' ? ` · ${t('historyFromBundle')}` : ''}</span>
                {view.action && <div>{view.action}</div>}
                {view.lines.map((l) => (
                  <div key={l.field}>{l.field}{lang === 'fr' ? ' : ' : ': '}<Value value={l.before} /> → <Value value={l.after} /></div>
                ))}
                <RevertButton entry={e} lines={(x) => historyView(x, { t, lang, seriesNames, userName: userName.data ?? '', unit }).lines} />
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
