import { useState, type ReactNode } from 'react'
import type { Claim, Period, Previous } from '../../../../shared/model'
import { EditConflictError, type FieldConflict } from '../../db/errors'
import { changedPatch, type ClaimPatch } from '../../db/repositories/claims'
import { useI18n, type Translate } from '../../i18n'
import { ClaimFields, parseClaimFields, type ClaimFieldValues } from './ClaimFields'

/** The fields this form edits, with their labels. */
const LABELS = { value: 'value', valueHigh: 'valueHigh', previous: 'previous', unit: 'unit', kind: 'kind', subject: 'subject', speaker: 'speaker', period: 'period' } as const

/** A field's value as the person reads it in a conflict: the number, the previous figure, the period as written. */
function shown(field: string, value: unknown, lang: string): string {
  if (value === undefined || value === null || value === '') return '—'
  if (field === 'previous') return shown('value', (value as Previous).value, lang)
  if (field === 'period') return (value as Period).text
  if (typeof value === 'number') return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 6 }).format(value)
  return String(value)
}

function label(field: string, t: Translate): string {
  return field in LABELS ? t(LABELS[field as keyof typeof LABELS]) : field
}

/**
 * Correcting a claim's value, range, previous value, unit, kind, subject, speaker and period. The claim as it was
 * when the form opened is kept: the save sends only the fields changed from it, and if another window changed
 * one of them meanwhile the save is refused and both values are shown, to keep mine or theirs.
 */
export function ClaimEditForm({ claim, onSave, onCancel }: { claim: Claim; onSave: (patch: ClaimPatch, base?: Claim) => Promise<void>; onCancel: () => void }): ReactNode {
  const { t, lang } = useI18n()
  // The claim this form read; `claim` itself follows the database live (another window's save re-renders it).
  const [base] = useState(claim)
  const [f, setF] = useState<ClaimFieldValues>({
    value: String(base.value),
    valueHigh: base.valueHigh === undefined ? '' : String(base.valueHigh),
    previous: base.previous ? String(base.previous.value) : '',
    unit: base.unit ?? '',
    kind: base.kind,
    subject: base.subject,
    speaker: base.speaker ?? '',
    period: base.period?.text ?? ''
  })
  const [error, setError] = useState('')
  const [conflict, setConflict] = useState<{ patch: ClaimPatch; fields: FieldConflict[] } | null>(null)

  const attempt = async (patch: ClaimPatch, checkedAgainst?: Claim): Promise<void> => {
    try {
      await onSave(patch, checkedAgainst)
    } catch (err) {
      if (err instanceof EditConflictError) setConflict({ patch, fields: err.conflicts })
      else setError(err instanceof Error ? err.message : String(err))
    }
  }

  return (
    <form
      className="form claim-edit"
      aria-label={t('edit')}
      onSubmit={async (e) => {
        e.preventDefault()
        setError('')
        const parsed = parseClaimFields(f, t)
        if (!parsed.ok) return setError(parsed.error)
        const p = parsed.value
        const typed: ClaimPatch = {
          value: p.value,
          valueHigh: p.valueHigh,
          previous: p.previous === undefined ? undefined : p.previous === base.previous?.value ? base.previous : { ...base.previous, value: p.previous },
          unit: p.unit,
          kind: p.kind,
          subject: p.subject,
          speaker: p.speaker,
          // An unchanged period keeps its resolved dates.
          period: p.period === undefined ? undefined : p.period === base.period?.text ? base.period : { text: p.period }
        }
        const patch = changedPatch(base, typed)
        if (Object.keys(patch).length === 0) return onCancel()
        await attempt(patch, base)
      }}
    >
      <ClaimFields values={f} onChange={setF} />
      {error && <p className="error" role="alert">{error}</p>}
      {conflict ? (
        <section className="edit-conflict" role="alert" aria-label={t('editConflictTitle')}>
          <p>{t('editConflict')}</p>
          <table>
            <thead>
              <tr><th scope="col">{t('field')}</th><th scope="col">{t('editConflictYours')}</th><th scope="col">{t('editConflictTheirs')}</th></tr>
            </thead>
            <tbody>
              {conflict.fields.map((c) => (
                <tr key={c.field}><th scope="row">{label(c.field, t)}</th><td>{shown(c.field, c.yours, lang)}</td><td>{shown(c.field, c.theirs, lang)}</td></tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" className="ghost" onClick={onCancel}>{t('editConflictKeepTheirs')}</button>
            <button type="button" className="primary" onClick={() => void attempt(conflict.patch)}>{t('editConflictKeepMine')}</button>
          </div>
        </section>
      ) : (
        <div className="form-actions">
          <button type="button" className="ghost" onClick={onCancel}>{t('cancel')}</button>
          <button type="submit" className="primary">{t('save')}</button>
        </div>
      )}
    </form>
  )
}
