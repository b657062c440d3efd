import type { ReactNode } from 'react'
import type { Route } from '../../app/route'
import { useI18n } from '../../i18n'

export function ExportView(_props: { navigate: (r: Route) => void }): ReactNode {
  const { t } = useI18n()
  return (
    <section className="page">
      <h1>{t('exportTitle')}</h1>
      <p>{t('exportEmptyText')}</p>
      <button type="button" disabled>{t('exportBundle')}</button>
    </section>
  )
}
