import { useEffect, useRef, type ReactNode } from 'react'

/** A modal dialog on the native <dialog> element: focus trap, Escape to close and the dialog role for free. */
export function Dialog({ title, open, onClose, children, wide }: { title: string; open: boolean; onClose: () => void; children: ReactNode; wide?: boolean }): ReactNode {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    if (open && !el.open) el.showModal()
    if (!open && el.open) el.close()
  }, [open])
  return (
    <dialog ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} aria-label={title} onClose={onClose} onCancel={(e) => { e.preventDefault(); onClose() }}>
      {open && (
        <>
          <header className="dialog-header">
            <h2>{title}</h2>
          </header>
          <div className="dialog-body">{children}</div>
        </>
      )}
    </dialog>
  )
}
