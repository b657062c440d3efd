import { useState, type ReactNode } from 'react'
import type { CitationStyle, RejectedClaims } from '../../../../shared/bundle/index'
import type { Source } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import { useAppCommand } from '../../app/commands'
import type { Route } from '../../app/route'
import { useSelectedClaims } from '../../app/selection'
import { getDb } from '../../db/context'
import { useSeriesList, useSetting, useSources } from '../../db/hooks'
import { setSetting } from '../../db/repositories/settings'
import type { BundleScope } from '../../db/repositories/bundles'
import { useI18n } from '../../i18n'
import { countText } from '../../i18n/plural'
import { getPlatform } from '../../platform'
import { useNotify } from '../../ui/notices'
import { exportBundle, importBundle } from './bundleActions'
import { renderSeriesCharts } from './renderSeriesCharts'

export function ExportView({ navigate, scope: initialScope, seriesId: initialSeries }: { navigate: (r: Route) => void; scope?: 'all' | 'claims' | 'series'; seriesId?: string }): ReactNode {
  const { t, lang } = useI18n()
  const by = useActor()
  const notify = useNotify()
  const selected = useSelectedClaims()
  const series = useSeriesList()
  const sources = useSources()
  const userName = useSetting('userName', '')
  const style = useSetting('citationStyle', 'apa')
  const [scope, setScope] = useState<'all' | 'claims' | 'series'>(initialScope ?? 'all')
  const [seriesId, setSeriesId] = useState(initialSeries ?? '')
  const [rejected, setRejected] = useState<RejectedClaims>('mark')
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState('')
  const [name, setName] = useState<string | null>(null)

  const empty = !sources.isLoading && (sources.data ?? []).length === 0
  const chosenSeries = seriesId || series.data?.[0]?.id || ''
  const bundleScope: BundleScope = scope === 'claims' ? { kind: 'claims', ids: selected } : scope === 'series' ? { kind: 'series', id: chosenSeries } : { kind: 'all' }

  const doExport = async (): Promise<void> => {
    setBusy(true)
    setReport('')
    try {
      const result = await exportBundle(getDb(), {
        scope: bundleScope,
        citationStyle: (style.data === 'chicago' ? 'chicago' : 'apa') as CitationStyle,
        locale: lang,
        authorName: name ?? userName.data ?? '',
        rejectedClaims: rejected,
        nothingMessage: t('nothingToExport'),
        renderCharts: (ids, leftOut) => renderSeriesCharts(getDb(), ids, lang, t, leftOut, name ?? userName.data ?? '')
      })
      if (result) {
        const saved = `${t('bundleSaved', { path: result.path ?? '' })} (${countText(t, lang, 'claimsCount', result.claims)}, ${countText(t, lang, 'bundleSourcesCount', result.sources)})`
        const repairs = result.timecodeRepairs
        const titles = [...new Set(repairs.map((r) => `“${r.sourceTitle}”`))].join(', ')
        const text = repairs.length ? `${saved} ${t('exportTimecodesLeftOut', { n: repairs.length, titles })}` : saved
        setReport(text)
        notify(text, { tone: 'success' })
      }
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
    } finally {
      setBusy(false)
    }
  }
  useAppCommand(['export-bundle'], () => { if (!empty) void doExport() })

  const doImport = async (): Promise<void> => {
    const picked = await getPlatform().openFiles({ extensions: ['zip'], multiple: false, title: t('importBundle') })
    if (!picked.ok) return notify(picked.error, { tone: 'error' })
    if (picked.value.canceled) return
    for (const r of picked.value.rejected) notify(r.error, { tone: 'error' })
    for (const file of picked.value.files) {
      try {
        const versionTitle = (source: Source): string => t('bundleVersionTitle', { title: source.title, date: (source.updatedAt ?? source.importedAt).slice(0, 10) })
        const counts = await importBundle(getDb(), file.name, file.bytes, by, versionTitle)
        const text = [
          t('bundleImported', { name: file.name, added: counts.added, skipped: counts.skipped, merged: counts.merged }),
          counts.clamped > 0 ? t('bundleFutureDates', { n: counts.clamped }) : '',
          counts.reanchored > 0 ? t('bundleReanchored', { n: counts.reanchored }) : '',
          counts.versioned > 0 ? t('bundleTextVersions', { n: counts.versioned }) : '',
          // A bundle is held to the limits of an import: say what it could not bring whole.
          ...counts.capped.map((c) => t('importClaimsCapped', { name: c.title, found: c.found, kept: c.kept })),
          counts.excerpted > 0 ? t('bundleSentencesExcerpted', { n: counts.excerpted }) : ''
        ].filter(Boolean).join(' ')
        setReport(text)
        notify(text, { tone: 'success' })
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error)
        setReport(text)
        notify(text, { tone: 'error' })
      }
    }
  }

  return (
    <section className="page export-page">
      <h1>{t('exportTitle')}</h1>
      <p className="muted">{t('exportIntro')}</p>
      {empty && <p>{t('exportEmptyText')} <button type="button" onClick={() => navigate({ view: 'library' })}>{t('navLibrary')}</button></p>}
      <form className="form card" onSubmit={(e) => { e.preventDefault(); void doExport() }}>
        <fieldset className="scope">
          <legend>{t('exportWhat')}</legend>
          <label><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> {t('exportEverything')}</label>
          <label><input type="radio" name="scope" checked={scope === 'claims'} disabled={selected.length === 0} onChange={() => setScope('claims')} /> {t('exportSelection')} ({selected.length})</label>
          <label><input type="radio" name="scope" checked={scope === 'series'} disabled={(series.data ?? []).length === 0} onChange={() => setScope('series')} /> {t('exportSeries')}
            <select aria-label={t('exportSeries')} value={chosenSeries} disabled={scope !== 'series'} onChange={(e) => setSeriesId(e.target.value)}>
              {(series.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </label>
        </fieldset>
        <fieldset className="scope">
          <legend>{t('exportRejected')}</legend>
          <label><input type="radio" name="rejected" checked={rejected === 'mark'} onChange={() => setRejected('mark')} /> {t('exportRejectedMark')}</label>
          <label><input type="radio" name="rejected" checked={rejected === 'omit'} onChange={() => setRejected('omit')} /> {t('exportRejectedOmit')}</label>
          <p className="muted">{t('exportRejectedHint')}</p>
        </fieldset>
        <div className="form-row">
          <label>{t('userName')}
            <input value={name ?? userName.data ?? ''} onChange={(e) => setName(e.target.value)} onBlur={() => { if (name !== null) void setSetting(getDb(), 'userName', name.trim()) }} />
          </label>
          <label>{t('citationStyle')}
            <select value={style.data ?? 'apa'} onChange={(e) => void setSetting(getDb(), 'citationStyle', e.target.value)}>
              <option value="apa">APA</option>
              <option value="chicago">Chicago (author-date)</option>
            </select>
          </label>
        </div>
        <div className="form-actions">
          <button type="button" onClick={() => void doImport()}>{t('importBundle')}</button>
          <button type="submit" className="primary" disabled={busy || empty}>{t('exportBundle')}</button>
        </div>
      </form>
      {report && <p role="status" className="card">{report}</p>}
      <section className="muted small-text">
        <h2>{t('bundleContents')}</h2>
        <p>{t('bundleContentsText')}</p>
      </section>
    </section>
  )
}
