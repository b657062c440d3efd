import type { ReactNode } from 'react'
import type { Route } from '../../app/route'
import { useI18n } from '../../i18n'
import { EmptyState } from '../../ui/EmptyState'

export function ClaimsView({ navigate }: { navigate: (r: Route) => void }): ReactNode {
  const { t } = useI18n()
  return (
    <section className="page">
      <h1>{t('claimsTitle')}</h1>
      <table aria-label={t('claimsTitle')} className="claims-table">
        <thead><tr><th>{t('value')}</th><th>{t('subject')}</th><th>{t('speaker')}</th><th>{t('source')}</th></tr></thead>
        <tbody />
      </table>
      <EmptyState title={t('claimsEmptyTitle')} text={t('claimsEmptyText')}>
        <button type="button" onClick={() => navigate({ view: 'library' })}>{t('navLibrary')}</button>
      </EmptyState>
    </section>
  )
}
