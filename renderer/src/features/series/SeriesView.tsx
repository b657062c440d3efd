import type { ReactNode } from 'react'
import type { Route } from '../../app/route'
import { useI18n } from '../../i18n'
import { EmptyState } from '../../ui/EmptyState'

export function SeriesView({ navigate }: { seriesId?: string; navigate: (r: Route) => void }): ReactNode {
  const { t } = useI18n()
  return (
    <section className="page">
      <h1>{t('seriesTitle')}</h1>
      <EmptyState title={t('seriesEmptyTitle')} text={t('seriesEmptyText')}>
        <button type="button" onClick={() => navigate({ view: 'claims' })}>{t('navClaims')}</button>
      </EmptyState>
    </section>
  )
}
