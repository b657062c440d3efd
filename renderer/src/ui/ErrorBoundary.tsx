import { Component, type ErrorInfo, type ReactNode } from 'react'

/** Keeps one broken view from blanking the window; offers a reload. Data is in IndexedDB, so nothing is lost. */
export class ErrorBoundary extends Component<{ title: string; reloadLabel: string; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('View crashed:', error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <section className="empty-state" role="alert">
        <h2>{this.props.title}</h2>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>{this.props.reloadLabel}</button>
      </section>
    )
  }
}
