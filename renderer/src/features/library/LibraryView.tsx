import { useCallback, useState, type ReactNode } from 'react'
import { useAppCommand } from '../../app/commands'
import type { Route } from '../../app/route'
import { useI18n } from '../../i18n'
import { EmptyState } from '../../ui/EmptyState'
import { PasteTextDialog } from './PasteTextDialog'

export function LibraryView(_props: { navigate: (r: Route) => void }): ReactNode {
  const { t } = useI18n()
  const [pasteOpen, setPasteOpen] = useState(false)
  useAppCommand(['paste-text'], useCallback(() => setPasteOpen(true), []))
  return (
    <section className="page">
      <div className="page-header">
        <h1>{t('libraryTitle')}</h1>
        <div className="toolbar">
          <button type="button">{t('importFiles')}</button>
          <button type="button" onClick={() => setPasteOpen(true)}>{t('pasteText')}</button>
        </div>
      </div>
      <EmptyState title={t('libraryEmptyTitle')} text={t('libraryEmptyText')} />
      <PasteTextDialog open={pasteOpen} onClose={() => setPasteOpen(false)} onSubmit={async () => undefined} />
    </section>
  )
}
