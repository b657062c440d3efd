import { useEffect, useId, useState, type ReactNode } from 'react'
import { useI18n } from '../i18n'
import { formatDateText, parseDateText } from './dateText'

/**
 * A date typed in the UI's language (jj/mm/aaaa, dd/mm/yyyy; a month or a year alone also works), for
 * filters. The value is an ISO date, possibly partial; it changes when the text is a date or empty.
 */
export function DateField({ label, value, onChange }: { label: string; value: string | undefined; onChange: (iso: string | undefined) => void }): ReactNode {
  const { t } = useI18n()
  const [text, setText] = useState(formatDateText(value))
  const [invalid, setInvalid] = useState(false)
  const errorId = useId()
  // Follows a value set from elsewhere (filters cleared) unless it is what the text already says.
  useEffect(() => {
    setText((old) => (parseDateText(old) === (value ?? '') ? old : formatDateText(value)))
  }, [value])
  const commit = (next: string): void => {
    const iso = parseDateText(next)
    setInvalid(iso === null)
    if (iso !== null && iso !== (value ?? '')) onChange(iso || undefined)
  }
  // The message sits outside the label, so the field's name stays its label.
  return (
    <span className="date-field">
      <label>{label}
        <input
          type="text"
          inputMode="numeric"
          placeholder={t('dateInputHint')}
          value={text}
          size={10}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => {
            setText(e.target.value)
            // A complete date applies at once; anything else waits for Enter or leaving the field.
            if (parseDateText(e.target.value) !== null) commit(e.target.value)
          }}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') commit(e.currentTarget.value) }}
        />
      </label>
      {invalid && <span id={errorId} className="error small-text" role="alert">{t('dateInvalid', { text })}</span>}
    </span>
  )
}
