import { useEffect, useState, type ReactNode } from 'react'
import type { Span } from '../../../../shared/claimSpan'
import { VERDICTS, type Claim, type Lang, type Source } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import type { Route } from '../../app/route'
import { useSeriesList } from '../../db/hooks'
import { getDb } from '../../db/context'
import { addTags, confirmClaim, rejectClaim, removeTag, setVerdict, updateClaim, type ClaimPatch } from '../../db/repositories/claims'
import { useI18n } from '../../i18n'
import { useNotify } from '../../ui/notices'
import { QuoteWithFigure } from '../../ui/QuoteWithFigure'
import { formatClaimValue, formatPeriod } from '../claims/format'
import { OfficialFigure } from '../reference/OfficialFigure'
import { ClaimEditForm } from './ClaimEditForm'
import { HistoryList } from './HistoryList'
import { SpanAdjust } from './SpanAdjust'

/** Review of one claim: confirm, edit, reject, verdict, note, tags, and its history. */

export function ClaimPanel({ claim, lang, editing, setEditing, navigate, source, selection }: {
  claim: Claim
  lang: Lang
  editing: boolean
  setEditing: (v: boolean) => void
  navigate: (r: Route) => void
  /** The claim's source, whose text the span correction moves in; the selection in it, if any. */
  source: Pick<Source, 'text' | 'lang'>
  selection: Span | null
}): ReactNode {
  const { t } = useI18n()
  const seriesList = useSeriesList()
  const series = claim.seriesId ? seriesList.data?.find((s) => s.id === claim.seriesId) : undefined
  const by = useActor()
  const notify = useNotify()
  const [note, setNote] = useState(claim.note)
  const [tag, setTag] = useState('')
  // Shown at once; the stored verdict follows a moment later through the live query.
  const [verdict, setVerdictShown] = useState(claim.verdict)
  useEffect(() => setNote(claim.note), [claim.id, claim.note])
  useEffect(() => setVerdictShown(claim.verdict), [claim.id, claim.verdict])

  const run = (work: Promise<unknown>): void => {
    work.catch((error: unknown) => notify(error instanceof Error ? error.message : String(error), { tone: 'error' }))
  }
  // With `base` (the claim as the form read it), a field another window changed meanwhile is refused, not reverted.
  const save = async (patch: ClaimPatch, base?: Claim): Promise<void> => {
    await updateClaim(getDb(), claim.id, patch, by, { base })
    setEditing(false)
  }

  return (
    <aside className="claim-panel" aria-label={t('claimPanel')}>
      <blockquote className="panel-quote">“<QuoteWithFigure claim={claim} />”</blockquote>
      <dl className="claim-facts">
        <dt>{t('value')}</dt><dd className="claim-value">{formatClaimValue(claim, lang)}{claim.previous ? ` (${t('previous').toLowerCase()}: ${formatClaimValue({ value: claim.previous.value, valueHigh: claim.previous.valueHigh, unit: claim.unit }, lang)})` : ''}</dd>
        <dt>{t('subject')}</dt><dd>{claim.subject || '—'}</dd>
        <dt>{t('speaker')}</dt><dd>{claim.speaker || '—'}</dd>
        <dt>{t('period')}</dt><dd>{formatPeriod(claim.period) || '—'}</dd>
        <dt>{t('status')}</dt><dd><span className={`badge status-badge status-${claim.status}`}>{t(`status_${claim.status}`)}</span></dd>
        {/* The series this claim belongs to, one click away; its claim list links back here. */}
        <dt>{t('fieldSeries')}</dt>
        <dd>{series ? <a href={`#/series/${encodeURIComponent(series.id)}`} onClick={(e) => { e.preventDefault(); navigate({ view: 'series', seriesId: series.id }) }}>{series.name}</a> : t('claimNoSeries')}</dd>
        <OfficialFigure claim={claim} series={series} />
      </dl>
      {editing ? (
        <ClaimEditForm claim={claim} onSave={save} onCancel={() => setEditing(false)} />
      ) : (
        <div className="toolbar">
          <button type="button" onClick={() => run(confirmClaim(getDb(), claim.id, by))} aria-keyshortcuts="c">{t('confirm')}</button>
          <button type="button" onClick={() => setEditing(true)} aria-keyshortcuts="e">{t('edit')}</button>
          <button type="button" className="danger" onClick={() => run(rejectClaim(getDb(), claim.id, by))} aria-keyshortcuts="r">{t('reject')}</button>
        </div>
      )}
      <SpanAdjust claim={claim} text={source.text} lang={source.lang} selection={selection} />
      <fieldset className="verdicts">
        <legend>{t('verdict')}</legend>
        {VERDICTS.map((v, i) => (
          <label key={v} className={`verdict-option verdict-${v}`}>
            <input type="radio" name={`verdict-${claim.id}`} checked={verdict === v} onChange={() => { setVerdictShown(v); run(setVerdict(getDb(), [claim.id], v, by)) }} aria-keyshortcuts={String(i + 1)} />
            {t(`verdict_${v}`)} <kbd>{i + 1}</kbd>
          </label>
        ))}
      </fieldset>
      <label className="panel-field">{t('note')}
        <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} onBlur={() => { if (note !== claim.note) run(updateClaim(getDb(), claim.id, { note }, by)) }} />
      </label>
      <div className="panel-field">
        <span>{t('tags')}</span>
        <ul className="tags" aria-label={t('tags')}>
          {claim.tags.map((tg) => (
            <li key={tg} className="badge">{tg} <button type="button" className="tag-remove" aria-label={`${t('remove')} ${tg}`} onClick={() => run(removeTag(getDb(), [claim.id], tg, by))}>×</button></li>
          ))}
        </ul>
        <form className="tag-form" onSubmit={(e) => { e.preventDefault(); if (tag.trim()) { run(addTags(getDb(), [claim.id], [tag.trim()], by)); setTag('') } }}>
          <input aria-label={t('addTag')} value={tag} onChange={(e) => setTag(e.target.value)} placeholder={t('addTag')} />
          <button type="submit" className="small">{t('add')}</button>
        </form>
      </div>
      <HistoryList claimId={claim.id} />
    </aside>
  )
}
