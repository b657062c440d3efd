import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'

/** A message at the bottom of the window, with an optional action such as Undo. */
export interface Notice {
  id: number
  text: string
  tone: 'info' | 'error' | 'success'
  action?: { label: string; run: () => void }
}

interface Notices {
  notify(text: string, options?: { tone?: Notice['tone']; action?: Notice['action']; sticky?: boolean }): void
}

const NoticeContext = createContext<Notices>({ notify: () => undefined })

export function NoticeProvider({ children }: { children: ReactNode }): ReactNode {
  const [notices, setNotices] = useState<Notice[]>([])
  const counter = useRef(0)
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), [])
  const notify = useCallback<Notices['notify']>((text, options) => {
    const id = ++counter.current
    setNotices((list) => [...list.slice(-3), { id, text, tone: options?.tone ?? 'info', action: options?.action }])
    if (!options?.sticky && options?.tone !== 'error') setTimeout(() => dismiss(id), options?.action ? 10_000 : 6_000)
  }, [dismiss])
  const value = useMemo(() => ({ notify }), [notify])
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.tone}`}>
            <span>{n.text}</span>
            {n.action && (
              <button type="button" onClick={() => { n.action?.run(); dismiss(n.id) }}>{n.action.label}</button>
            )}
            <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => dismiss(n.id)}>×</button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  )
}

/** Shows a notice; errors stay until dismissed. */
export function useNotify(): Notices['notify'] {
  return useContext(NoticeContext).notify
}
