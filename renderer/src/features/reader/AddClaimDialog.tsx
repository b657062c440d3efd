import { useEffect, useState, type ReactNode } from 'react'
import { extractClaims, extractNumbers } from '../../../../shared/extract/index'
import { CLAIM_KINDS, type ClaimKind, type Source } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import { getDb } from '../../db/context'
import { addManualClaim } from '../../db/repositories/claims'
import { useI18n } from '../../i18n'
import { Dialog } from '../../ui/Dialog'
import { parseTypedNumber } from './ClaimEditForm'

/** Records a claim the extractor missed, at the exact offsets the user selected, prefilled from the selection. */
export function AddClaimDialog({ source, range, onClose, onAdded }: { source: Source; range: { start: number; end: number } | null; onClose: () => void; onAdded: (id: string) => void }): ReactNode {
  const { t } = useI18n()
  const by = useActor()
  const [f, setF] = useState({ value: '', valueHigh: '', unit: '', kind: 'count' as ClaimKind, subject: '', speaker: '', period: '' })
  const [error, setError] = useState('')
  const quote = range ? source.text.slice(range.start, range.end) : ''
  useEffect(() => {
    if (!range) return
    setError('')
    const text = source.text.slice(range.start, range.end)
    const found = extractClaims(text, { lang: source.lang, date: source.publishedAt, speakers: source.speakers })[0]
    const number = found ? undefined : extractNumbers(text, { lang: source.lang })[0]
    setF({
      value: found ? String(found.value) : number ? String(number.value) : '',
      valueHigh: found?.valueHigh !== undefined ? String(found.valueHigh) : '',
      unit: found?.unit ?? number?.unit ?? '',
      kind: found?.kind ?? number?.kind ?? 'count',
      subject: found?.subject ?? '',
      speaker: found?.speaker ?? source.speakers[0] ?? '',
      period: found?.period?.text ?? ''
    })
  }, [range, source])
  if (!range) return null
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }))
  return (
    <Dialog title={t('addClaim')} open onClose={onClose}>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault()
          const value = parseTypedNumber(f.value)
          const high = f.valueHigh.trim() ? parseTypedNumber(f.valueHigh) : undefined
          if (!Number.isFinite(value)) return setError(`${t('value')}: "${f.value}" is not a number.`)
          const result = await addManualClaim(getDb(), source.id, {
            start: range.start,
            end: range.end,
            value,
            valueHigh: high !== undefined && Number.isFinite(high) ? high : undefined,
            unit: f.unit.trim() || undefined,
            kind: f.kind,
            subject: f.subject.trim(),
            speaker: f.speaker.trim() || undefined,
            period: f.period.trim() ? { text: f.period.trim() } : undefined
          }, by)
          if (!result.ok) return setError(result.error)
          onAdded(result.value.id)
          onClose()
        }}
      >
        <blockquote className="panel-quote">“{quote}”</blockquote>
        <div className="form-row">
          <label>{t('value')}<input value={f.value} onChange={set('value')} autoFocus /></label>
          <label>{t('valueHigh')}<input value={f.valueHigh} onChange={set('valueHigh')} /></label>
          <label>{t('unit')}<input value={f.unit} onChange={set('unit')} /></label>
          <label>{t('kind')}
            <select value={f.kind} onChange={(e) => setF((x) => ({ ...x, kind: e.target.value as ClaimKind }))}>
              {CLAIM_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
            </select>
          </label>
        </div>
        <label>{t('subject')}<input value={f.subject} onChange={set('subject')} /></label>
        <div className="form-row">
          <label>{t('speaker')}<input value={f.speaker} onChange={set('speaker')} /></label>
          <label>{t('period')}<input value={f.period} onChange={set('period')} /></label>
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        <div className="form-actions">
          <button type="button" className="ghost" onClick={onClose}>{t('cancel')}</button>
          <button type="submit" className="primary">{t('add')}</button>
        </div>
      </form>
    </Dialog>
  )
}
