import type { ReactNode } from 'react'
import { CLAIM_KINDS } from '../../../../shared/model'
import { useI18n } from '../../i18n'
import type { ClaimFieldValues } from './claimFieldValues'

export { parseClaimFields, parseTypedNumber, type ClaimFieldValues, type ParsedClaimFields } from './claimFieldValues'

/** The inputs of a claim's figure, subject, speaker and period, shared by the edit form and "Add claim". */
export function ClaimFields({ values, onChange }: { values: ClaimFieldValues; onChange: (next: ClaimFieldValues) => void }): ReactNode {
  const { t } = useI18n()
  const set = (key: keyof ClaimFieldValues) => (e: { target: { value: string } }) => onChange({ ...values, [key]: e.target.value })
  return (
    <>
      <div className="form-row">
        <label>{t('value')}<input value={values.value} onChange={set('value')} autoFocus /></label>
        <label>{t('valueHigh')}<input value={values.valueHigh} onChange={set('valueHigh')} /></label>
        <label>{t('previous')}<input value={values.previous} onChange={set('previous')} /></label>
      </div>
      <div className="form-row">
        <label>{t('unit')}<input value={values.unit} onChange={set('unit')} placeholder="%, EUR, km…" /></label>
        <label>{t('kind')}
          <select value={values.kind} onChange={set('kind')}>
            {CLAIM_KINDS.map((k) => <option key={k} value={k}>{t(`claimKind_${k}`)}</option>)}
          </select>
        </label>
      </div>
      <label>{t('subject')}<input value={values.subject} onChange={set('subject')} /></label>
      <div className="form-row">
        <label>{t('speaker')}<input value={values.speaker} onChange={set('speaker')} /></label>
        <label>{t('period')}<input value={values.period} onChange={set('period')} /></label>
      </div>
    </>
  )
}
