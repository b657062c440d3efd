import type { ReactNode } from 'react'
import type { Route } from '../../app/route'
import { useI18n } from '../../i18n'
import { EmptyState } from '../../ui/EmptyState'

export function ReaderView({ sourceId, navigate }: { sourceId?: string; claimId?: string; navigate: (r: Route) => void }): ReactNode {
  const { t } = useI18n()
  if (!sourceId) {
    return (
      <EmptyState title={t('readerEmptyTitle')} text={t('readerEmptyText')}>
        <button type="button" onClick={() => navigate({ view: 'library' })}>{t('navLibrary')}</button>
      </EmptyState>
    )
  }
  return <h1>{t('navReader')}</h1>
}
