import { useCallback, useRef, useState, type ReactNode } from 'react'
import { useI18n } from '../i18n'
import { Dialog } from './Dialog'

interface Asking {
  title: string
  label: string
  value: string
}

/**
 * Asks the user for one line of text in a dialog (Electron has no window.prompt). Returns the
 * dialog element to render and `ask`, which resolves with the text, or null when cancelled.
 */
export function usePrompt(): [ReactNode, (title: string, label: string, initial?: string) => Promise<string | null>] {
  const { t } = useI18n()
  const [asking, setAsking] = useState<Asking | null>(null)
  const resolver = useRef<((v: string | null) => void) | null>(null)
  const ask = useCallback((title: string, label: string, initial = '') => {
    resolver.current?.(null)
    setAsking({ title, label, value: initial })
    return new Promise<string | null>((resolve) => {
      resolver.current = resolve
    })
  }, [])
  const finish = (value: string | null): void => {
    resolver.current?.(value)
    resolver.current = null
    setAsking(null)
  }
  const element = asking && (
    <Dialog title={asking.title} open onClose={() => finish(null)}>
      <form className="form" onSubmit={(e) => { e.preventDefault(); finish(asking.value.trim() || null) }}>
        <label>{asking.label}<input value={asking.value} autoFocus onChange={(e) => setAsking({ ...asking, value: e.target.value })} /></label>
        <div className="form-actions">
          <button type="button" className="ghost" onClick={() => finish(null)}>{t('cancel')}</button>
          <button type="submit" className="primary" disabled={!asking.value.trim()}>{t('save')}</button>
        </div>
      </form>
    </Dialog>
  )
  return [element, ask]
}
