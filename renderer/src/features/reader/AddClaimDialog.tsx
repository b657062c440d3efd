import { useEffect, useState, type ReactNode } from 'react'
import { extractClaims, extractNumbers } from '../../../../shared/extract/index'
import type { Source } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import { getDb } from '../../db/context'
import { addManualClaim } from '../../db/repositories/claims'
import { useI18n } from '../../i18n'
import { Dialog } from '../../ui/Dialog'
import { ClaimFields, parseClaimFields, type ClaimFieldValues } from './ClaimFields'

/** Records a claim the extractor missed, at the exact offsets the user selected, prefilled from the selection. */
export function AddClaimDialog({ source, range, onClose, onAdded }: { source: Source; range: { start: number; end: number } | null; onClose: () => void; onAdded: (id: string) => void }): ReactNode {
  const { t } = useI18n()
  const by = useActor()
  const [f, setF] = useState<ClaimFieldValues>({ value: '', valueHigh: '', previous: '', unit: '', kind: 'count', subject: '', speaker: '', period: '' })
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
      previous: found?.previous ? String(found.previous.value) : '',
      unit: found?.unit ?? number?.unit ?? '',
      kind: found?.kind ?? number?.kind ?? 'count',
      subject: found?.subject ?? '',
      speaker: found?.speaker ?? source.speakers[0] ?? '',
      period: found?.period?.text ?? ''
    })
  }, [range, source])
  if (!range) return null
  return (
    <Dialog title={t('addClaim')} open onClose={onClose}>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault()
          const parsed = parseClaimFields(f, t)
          if (!parsed.ok) return setError(parsed.error)
          const p = parsed.value
          const result = await addManualClaim(getDb(), source.id, {
            start: range.start,
            end: range.end,
            value: p.value,
            valueHigh: p.valueHigh,
            previous: p.previous === undefined ? undefined : { value: p.previous },
            unit: p.unit,
            kind: p.kind,
            subject: p.subject,
            speaker: p.speaker,
            period: p.period ? { text: p.period } : undefined
          }, by)
          if (!result.ok) return setError(result.error)
          onAdded(result.value.id)
          onClose()
        }}
      >
        <blockquote className="panel-quote">“{quote}”</blockquote>
        <ClaimFields values={f} onChange={setF} />
        {error && <p className="error" role="alert">{error}</p>}
        <div className="form-actions">
          <button type="button" className="ghost" onClick={onClose}>{t('cancel')}</button>
          <button type="submit" className="primary">{t('add')}</button>
        </div>
      </form>
    </Dialog>
  )
}
