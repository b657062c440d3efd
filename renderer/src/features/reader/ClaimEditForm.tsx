import { useState, type ReactNode } from 'react'
import type { Claim } from '../../../../shared/model'
import type { ClaimPatch } from '../../db/repositories/claims'
import { useI18n } from '../../i18n'
import { ClaimFields, parseClaimFields, type ClaimFieldValues } from './ClaimFields'

/** Correcting a claim's value, range, previous value, unit, kind, subject, speaker and period. */
export function ClaimEditForm({ claim, onSave, onCancel }: { claim: Claim; onSave: (patch: ClaimPatch) => Promise<void>; onCancel: () => void }): ReactNode {
  const { t } = useI18n()
  const [f, setF] = useState<ClaimFieldValues>({
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
  return (
    <form
      className="form claim-edit"
      aria-label={t('edit')}
      onSubmit={async (e) => {
        e.preventDefault()
        const parsed = parseClaimFields(f, t)
        if (!parsed.ok) return setError(parsed.error)
        const p = parsed.value
        const patch: ClaimPatch = {
          value: p.value,
          valueHigh: p.valueHigh,
          previous: p.previous === undefined ? undefined : { ...claim.previous, value: p.previous },
          unit: p.unit,
          kind: p.kind,
          subject: p.subject,
          speaker: p.speaker,
          // An unchanged period keeps its resolved dates.
          period: p.period === undefined ? undefined : p.period === claim.period?.text ? claim.period : { text: p.period }
        }
        try {
          await onSave(patch)
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err))
        }
      }}
    >
      <ClaimFields values={f} onChange={setF} />
      {error && <p className="error" role="alert">{error}</p>}
      <div className="form-actions">
        <button type="button" className="ghost" onClick={onCancel}>{t('cancel')}</button>
        <button type="submit" className="primary">{t('save')}</button>
      </div>
    </form>
  )
}
