import { useState, type ReactNode } from 'react'
import { CLAIM_KINDS, type Claim, type ClaimKind } from '../../../../shared/model'
import type { ClaimPatch } from '../../db/repositories/claims'
import { useI18n } from '../../i18n'

/** Parses a number typed in either locale ("1 234,5", "1,234.5", "12.5"); NaN when it is not one. */
export function parseTypedNumber(raw: string): number {
  const s = raw.replace(/[\s\u00a0\u202f']/g, '')
  if (!s) return NaN
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''))
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'))
  return Number(s.replace(',', '.'))
}

/** Correcting a claim's value, range, previous value, unit, kind, subject, speaker and period. */
export function ClaimEditForm({ claim, onSave, onCancel }: { claim: Claim; onSave: (patch: ClaimPatch) => Promise<void>; onCancel: () => void }): ReactNode {
  const { t } = useI18n()
  const [f, setF] = useState({
    value: String(claim.value),
    valueHigh: claim.valueHigh === undefined ? '' : String(claim.valueHigh),
    previous: claim.previous ? String(claim.previous.value) : '',
    unit: claim.unit ?? '',
    kind: claim.kind,
    subject: claim.subject,
    speaker: claim.speaker ?? '',
    period: claim.period?.text ?? ''
  })
  const [error, setError] = useState('')
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }))
  return (
    <form
      className="form claim-edit"
      aria-label={t('edit')}
      onSubmit={async (e) => {
        e.preventDefault()
        const value = parseTypedNumber(f.value)
        const high = f.valueHigh.trim() ? parseTypedNumber(f.valueHigh) : undefined
        const prev = f.previous.trim() ? parseTypedNumber(f.previous) : undefined
        if (!Number.isFinite(value)) return setError(`${t('value')}: "${f.value}" is not a number.`)
        if (high !== undefined && !Number.isFinite(high)) return setError(`${t('valueHigh')}: "${f.valueHigh}" is not a number.`)
        if (prev !== undefined && !Number.isFinite(prev)) return setError(`${t('previous')}: "${f.previous}" is not a number.`)
        const patch: ClaimPatch = {
          value,
          valueHigh: high,
          previous: prev === undefined ? undefined : { ...claim.previous, value: prev },
          unit: f.unit.trim() || undefined,
          kind: f.kind,
          subject: f.subject.trim(),
          speaker: f.speaker.trim() || undefined,
          period: f.period.trim() ? (f.period.trim() === claim.period?.text ? claim.period : { text: f.period.trim() }) : undefined
        }
        try {
          await onSave(patch)
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err))
        }
      }}
    >
      <div className="form-row">
        <label>{t('value')}<input value={f.value} onChange={set('value')} autoFocus /></label>
        <label>{t('valueHigh')}<input value={f.valueHigh} onChange={set('valueHigh')} /></label>
        <label>{t('previous')}<input value={f.previous} onChange={set('previous')} /></label>
      </div>
      <div className="form-row">
        <label>{t('unit')}<input value={f.unit} onChange={set('unit')} placeholder="%, EUR, km…" /></label>
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
        <button type="button" className="ghost" onClick={onCancel}>{t('cancel')}</button>
        <button type="submit" className="primary">{t('save')}</button>
      </div>
    </form>
  )
}
