import type { ReactNode } from 'react'

/** What a view shows before there is anything in it: what it is for and what to do. */
export function EmptyState({ title, text, children }: { title: string; text: string; children?: ReactNode }): ReactNode {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <p>{text}</p>
      {children && <div className="empty-actions">{children}</div>}
    </section>
  )
}
