import { useState, type ReactNode } from 'react'
import { useI18n } from '../../i18n'
import { Dialog } from '../../ui/Dialog'

export interface PastedFields {
  title: string
  date: string
  speaker: string
  outlet: string
  text: string
}

const EMPTY: PastedFields = { title: '', date: '', speaker: '', outlet: '', text: '' }

/** "Paste text": a source typed or pasted by the user, with the details extraction needs. */
export function PasteTextDialog({ open, onClose, onSubmit }: { open: boolean; onClose: () => void; onSubmit: (fields: PastedFields) => Promise<void> }): ReactNode {
  const { t } = useI18n()
  const [fields, setFields] = useState<PastedFields>(EMPTY)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const set = (key: keyof PastedFields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }))
  const close = (): void => {
    setError('')
    onClose()
  }
  return (
    <Dialog title={t('pasteTitle')} open={open} onClose={close} wide>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault()
          if (!fields.text.trim()) {
            setError(t('textRequired'))
            return
          }
          setBusy(true)
          try {
            await onSubmit(fields)
            setFields(EMPTY)
            close()
          } catch (err) {
            setError(err instanceof Error ? err.message : String(err))
          } finally {
            setBusy(false)
          }
        }}
      >
        <p className="muted">{t('pasteHint')}</p>
        <div className="form-row">
          <label>{t('title')}<input value={fields.title} onChange={set('title')} /></label>
          <label>{t('date')}<input type="date" value={fields.date} onChange={set('date')} /></label>
        </div>
        <div className="form-row">
          <label>{t('speaker')}<input value={fields.speaker} onChange={set('speaker')} /></label>
          <label>{t('outlet')}<input value={fields.outlet} onChange={set('outlet')} /></label>
        </div>
        <label>{t('text')}<textarea rows={12} value={fields.text} onChange={set('text')} /></label>
        {error && <p className="error" role="alert">{error}</p>}
        <div className="form-actions">
          <button type="button" className="ghost" onClick={close}>{t('cancel')}</button>
          <button type="submit" className="primary" disabled={busy}>{t('add')}</button>
        </div>
      </form>
    </Dialog>
  )
}
