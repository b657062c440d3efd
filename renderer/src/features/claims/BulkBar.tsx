import { useState, type ReactNode } from 'react'
import { VERDICTS, type Verdict } from '../../../../shared/model'
import type { Route } from '../../app/route'
import { setSelectedClaims } from '../../app/selection'
import { getDb } from '../../db/context'
import { useSeriesList } from '../../db/hooks'
import { addTags, confirmClaims, rejectClaims, setVerdict } from '../../db/repositories/claims'
import { undoLast } from '../../db/repositories/history'
import { addClaimsToSeries, createSeries } from '../../db/repositories/series'
import { useI18n } from '../../i18n'
import { countText } from '../../i18n/plural'
import { useNotify } from '../../ui/notices'
import { usePrompt } from '../../ui/usePrompt'

/**
 * What can be done to the selected claims at once (issue 13, item 3): confirm, reject, a verdict, a tag,
 * a series. Each is one History batch, so one Undo (here, Ctrl+Z or the top bar) reverts all of it.
 */
export function BulkBar({ total, selected, by, navigate }: { total: number; selected: readonly string[]; by: string; navigate: (r: Route) => void }): ReactNode {
  const { t, lang } = useI18n()
  const notify = useNotify()
  const series = useSeriesList()
  const [tag, setTag] = useState('')
  const [promptDialog, ask] = usePrompt()
  const fail = (e: unknown): void => notify(e instanceof Error ? e.message : String(e), { tone: 'error' })
  const claimsWord = (n: number): string => t(new Intl.PluralRules(lang).select(n) === 'one' ? 'claimOne' : 'claimMany')
  // Says what was done, with the Undo that reverts the whole batch.
  const done = (what: string): void => {
    notify(t('bulkDone', { what }), { tone: 'success', action: { label: t('undoButton'), run: () => void undoLast(getDb(), by).catch(fail) } })
  }
  const status = (next: 'confirmed' | 'rejected'): void => {
    const change = next === 'confirmed' ? confirmClaims : rejectClaims
    change(getDb(), selected, by).then((n) => done(t('whatStatus', { status: t(`status_${next}`), n, claims: claimsWord(n) })), fail)
  }
  const verdict = (v: Verdict): void => {
    setVerdict(getDb(), selected, v, by).then((n) => done(t('whatVerdict', { verdict: t(`verdict_${v}`), n, claims: claimsWord(n) })), fail)
  }
  const addTag = (): void => {
    const name = tag.trim()
    if (!name) return
    addTags(getDb(), selected, [name], by).then((n) => {
      setTag('')
      done(t('whatTagAdded', { tag: name, n, claims: claimsWord(n) }))
    }, fail)
  }
  const toSeries = async (value: string): Promise<void> => {
    try {
      if (value === '__new') {
        const name = await ask(t('newSeries'), t('seriesName'))
        if (!name) return
        const created = await createSeries(getDb(), { name, claimIds: [...selected] }, by)
        navigate({ view: 'series', seriesId: created.id })
      } else if (value) {
        await addClaimsToSeries(getDb(), value, selected, by)
        navigate({ view: 'series', seriesId: value })
      }
    } catch (e) {
      fail(e)
    }
  }

  const count = countText(t, lang, 'rowsCount', total)
  const picked = countText(t, lang, 'selected', selected.length)
  return (
    <div className="bulk-bar" role="group" aria-label={selected.length > 0 ? picked : count}>
      <span aria-live="polite">{count}{selected.length > 0 && ` · ${picked}`}</span>
      {selected.length > 0 && (
        <>
          <button type="button" onClick={() => status('confirmed')}>{t('bulkConfirm')}</button>
          <button type="button" className="danger" onClick={() => status('rejected')}>{t('bulkReject')}</button>
          <label>{t('setVerdict')}
            <select value="" onChange={(e) => e.target.value && verdict(e.target.value as Verdict)}>
              <option value="">…</option>
              {VERDICTS.map((v) => <option key={v} value={v}>{t(`verdict_${v}`)}</option>)}
            </select>
          </label>
          <form className="tag-form" onSubmit={(e) => { e.preventDefault(); addTag() }}>
            <input aria-label={t('addTag')} placeholder={t('addTag')} value={tag} onChange={(e) => setTag(e.target.value)} />
            <button type="submit" className="small" disabled={!tag.trim()}>{t('bulkAddTag')}</button>
          </form>
          <label>{t('addToSeries')}
            <select value="" onChange={(e) => void toSeries(e.target.value)}>
              <option value="">…</option>
              {(series.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              <option value="__new">{t('newSeries')}</option>
            </select>
          </label>
          <button type="button" className="small ghost" onClick={() => setSelectedClaims([])}>{t('clearSelection')}</button>
        </>
      )}
      {promptDialog}
    </div>
  )
}
