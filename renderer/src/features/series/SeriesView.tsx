import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { claimScope, compareTable, effectiveTolerance, reasonText, seriesToCsv, toleranceKind, CSV_BOM, type ClaimScope, type SeriesSuggestion } from '../../../../shared/series/index'
import type { Series } from '../../../../shared/model'
import { newId, runtime } from '../../../../shared/runtime'
import { useActor } from '../../app/actor'
import type { Route } from '../../app/route'
import { getDb } from '../../db/context'
import { useSetting } from '../../db/hooks'
import { createSeries, deleteSeries, mergeSeries, removeClaimsFromSeries, renameSeries, splitSeries, updateSeriesMeta } from '../../db/repositories/series'
import { undoLast } from '../../db/repositories/history'
import { useI18n } from '../../i18n'
import { getPlatform } from '../../platform'
import { EmptyState } from '../../ui/EmptyState'
import { useNotify } from '../../ui/notices'
import { usePrompt } from '../../ui/usePrompt'
import { ChartTextsEditor } from './ChartTextsEditor'
import { CompareTable } from './CompareTable'
import { SeriesChart, type SeriesChartHandle } from './SeriesChart'
import { useSeriesClaims, useSeriesList, useSeriesSuggestions } from './useSeriesData'
import { loadSeriesClaims, type SeriesClaims } from '../../db/repositories/seriesClaims'
import { ReferenceSection } from '../reference/ReferenceSection'
import { useReferenceChart } from '../reference/useReferenceChart'
import { seriesChartLabels, compareLabels } from './labels'
import './seriesView.css'

function fileSafe(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'series'
}

export function SeriesView({ seriesId, navigate }: { seriesId?: string; navigate: (r: Route) => void }): ReactNode {
  const { t, lang } = useI18n()
  const by = useActor()
  const notify = useNotify()
  const list = useSeriesList()
  // An accepted suggestion, shown with its claims (read before the write, which would hold the read) while it is written.
  const [pending, setPending] = useState<{ series: Series; claims: SeriesClaims } | null>(null)
  // Until the list holds it: from then on the series shows its stored self.
  useEffect(() => {
    if (pending && list.data?.some((s) => s.id === pending.series.id)) setPending(null)
  }, [list.data, pending])
  const allSeries = useMemo(() => {
    const stored = list.data ?? []
    return pending && !stored.some((s) => s.id === pending.series.id) ? [...stored, pending.series].sort((a, b) => a.name.localeCompare(b.name)) : stored
  }, [list.data, pending])
  const suggested = useSeriesSuggestions()
  const chartRef = useRef<SeriesChartHandle>(null)
  const [colorBy, setColorBy] = useState<'verdict' | 'speaker' | 'source'>('verdict')
  const [scale, setScale] = useState<'linear' | 'logarithmic'>('linear')
  const [range, setRange] = useState<{ from?: string; to?: string }>({})
  const [overlay, setOverlay] = useState<string[]>([])
  const [granularity, setGranularity] = useState<'month' | 'quarter' | 'year'>('month')
  const [picked, setPicked] = useState<string[]>([])
  const [promptDialog, ask] = usePrompt()
  const author = useSetting('userName', '')
  const fail = (e: unknown): void => notify(e instanceof Error ? e.message : String(e), { tone: 'error' })

  const current = allSeries.find((s) => s.id === seriesId) ?? (seriesId ? undefined : allSeries[0])
  const currentId = current?.id
  // An accepted suggestion not yet written: edits would reach no stored series, so they wait for it.
  const writing = pending !== null && pending.series.id === currentId
  useEffect(() => setPicked([]), [currentId])
  const compatible = current ? allSeries.filter((s) => s.id !== current.id && (s.unit ?? '') === (current.unit ?? '')) : []
  const shown = current ? [current, ...compatible.filter((s) => overlay.includes(s.id))] : []
  // What the chart draws of each series besides its points: a rename or a new unit redraws it.
  const shownKey = JSON.stringify(shown.map((s) => [s.id, s.name, s.unit ?? '', s.claimIds.length]))
  // Only the claims of the series drawn, and their sources' summaries: never the whole library.
  const data = useSeriesClaims(shown, pending && current?.id === pending.series.id ? pending.claims : undefined)
  // Recomputed only when the data or the overlaid series change, so the chart is not redrawn on every render.
  const chartSeries = useMemo(() => shown.map((s) => ({ id: s.id, name: s.name, unit: s.unit, points: data.pointsOf(s) })), [data, shownKey]) // eslint-disable-line react-hooks/exhaustive-deps
  const points = chartSeries[0]?.points
  // Each series keeps its own tolerance, in pp for rates and relative otherwise.
  const kind = toleranceKind(points ?? [])
  const tolerance = effectiveTolerance(current?.tolerance, kind)
  // Points about different places, populations or definitions are different figures, never a contradiction.
  const scopes = useMemo(() => {
    const out = new Map<string, ClaimScope>()
    for (const p of points ?? []) {
      const claim = data.claims.get(p.claimId)
      if (claim) out.set(p.claimId, claimScope(claim))
    }
    return out
  }, [points, data.claims])
  const compare = useMemo(() => compareTable(points ?? [], { granularity, tolerance }, { kind, scopes }), [points, granularity, tolerance, kind, scopes])
  const nf = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang])
  const official = useReferenceChart(current, points ?? [], data.claims)

  const accept = async (s: SeriesSuggestion): Promise<void> => {
    const id = newId()
    const now = new Date().toISOString()
    suggested.hide(s.claimIds)
    try {
      const claims = await loadSeriesClaims(getDb(), s.claimIds)
      setPending({ series: { id, name: s.name, unit: s.unit, claimIds: s.claimIds, notes: '', createdAt: now, updatedAt: now }, claims })
      navigate({ view: 'series', seriesId: id })
      const created = await createSeries(getDb(), { id, name: s.name, unit: s.unit, claimIds: s.claimIds }, by)
      // Again once written: an answer to a request sent before the write still holds these claims.
      suggested.hide(s.claimIds)
      notify(t('seriesCreated', { name: created.name }), { action: { label: t('undo'), run: () => void undoLast(getDb(), by) } })
    } catch (e) {
      setPending(null)
      suggested.unhide()
      navigate({ view: 'series' })
      fail(e)
    }
  }
  const exportPng = async (s: Series): Promise<void> => {
    const png = await chartRef.current?.toPngBytes()
    if (!png) return
    const saved = await getPlatform().saveFile({ suggestedName: `${fileSafe(s.name)}.png`, bytes: png, extensions: ['png'] })
    if (!saved.ok) fail(new Error(saved.error))
  }
  const exportSvg = async (s: Series): Promise<void> => {
    const chart = chartRef.current?.toSvg()
    if (!chart) return
    const saved = await getPlatform().saveFile({ suggestedName: `${fileSafe(s.name)}.svg`, bytes: new runtime.TextEncoder().encode(chart.svg), extensions: ['svg'] })
    if (!saved.ok) fail(new Error(saved.error))
  }
  const exportCsv = async (s: Series): Promise<void> => {
    const csv = CSV_BOM + seriesToCsv(data.pointsOf(s), s.name)
    const saved = await getPlatform().saveFile({ suggestedName: `${fileSafe(s.name)}.csv`, bytes: new runtime.TextEncoder().encode(csv), extensions: ['csv'] })
    if (!saved.ok) fail(new Error(saved.error))
  }

  return (
    <div className="series-layout">
      <aside className="series-side" aria-label={t('seriesTitle')}>
        <h2>{t('seriesTitle')}</h2>
        {allSeries.length === 0 ? <p className="muted">{list.isLoading ? t('loading') : t('seriesEmptyTitle')}</p> : (
          <ul className="series-list">
            {allSeries.map((s) => (
              <li key={s.id}>
                <a href={`#/series/${s.id}`} aria-current={current?.id === s.id ? 'page' : undefined} className={current?.id === s.id ? 'active' : ''} onClick={(e) => { e.preventDefault(); navigate({ view: 'series', seriesId: s.id }) }}>
                  {s.name} <span className="muted">({s.claimIds.length})</span>
                </a>
              </li>
            ))}
          </ul>
        )}
        <h2>{t('suggestions')}</h2>
        {suggested.error && <p role="alert" className="error small-text">{t('suggestionsFailed', { reason: suggested.error.message })}</p>}
        {suggested.suggestions.length === 0 ? (!suggested.error && <p className="muted">{suggested.suggesting ? t('loading') : t('noSuggestions')}</p>) : (
          <ul className="suggestions" aria-label={t('suggestions')} aria-busy={suggested.suggesting}>
            {suggested.suggestions.slice(0, 30).map((s) => (
              <li key={s.key} className="card suggestion" aria-label={s.name}>
                <strong>{s.name}</strong>
                <div className="muted small-text">{s.claimIds.length} · {Math.round(s.score * 100)} % · {reasonText(s.reasons, lang)}</div>
                <button type="button" className="small primary" onClick={() => void accept(s)} aria-label={`${t('accept')}: ${s.name}`}>{t('accept')}</button>
              </li>
            ))}
          </ul>
        )}
      </aside>
      <section className="series-main">
        {!current && list.isLoading ? <p className="muted" role="status">{t('loading')}</p> : !current ? (
          <>
          <h1>{t('seriesTitle')}</h1>
          <EmptyState title={t('seriesEmptyTitle')} text={t('seriesEmptyText')}>
            <button type="button" onClick={() => navigate({ view: 'claims' })}>{t('navClaims')}</button>
          </EmptyState>
          </>
        ) : (
          <>
            <div className="page-header">
              <h1>{current.name}</h1>
              <div className="toolbar">
                <button type="button" disabled={writing} onClick={() => void ask(t('rename'), t('seriesName'), current.name).then((name) => { if (name) renameSeries(getDb(), current.id, name, by).catch(fail) })}>{t('rename')}</button>
                <button type="button" onClick={() => void exportPng(current).catch(fail)}>{t('exportPng')}</button>
                <button type="button" onClick={() => void exportSvg(current).catch(fail)}>{t('exportSvg')}</button>
                <button type="button" onClick={() => void exportCsv(current)}>{t('exportCsv')}</button>
                <button type="button" onClick={() => navigate({ view: 'export', scope: 'series', seriesId: current.id })}>{t('exportBundle')}</button>
                {compatible.length > 0 && (
                  <select aria-label={t('merge')} value="" disabled={writing} onChange={(e) => e.target.value && mergeSeries(getDb(), current.id, [e.target.value], by).catch(fail)}>
                    <option value="">{t('merge')}…</option>
                    {compatible.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                  </select>
                )}
                <button type="button" className="danger" disabled={writing} onClick={() => deleteSeries(getDb(), current.id, by).then(() => { navigate({ view: 'series' }); notify(`${current.name}: ${t('delete')}`, { action: { label: t('undo'), run: () => void undoLast(getDb(), by) } }) }, fail)}>{t('delete')}</button>
              </div>
            </div>
            <div className="chart-controls">
              <label>{t('colorBy')}
                <select value={colorBy} onChange={(e) => setColorBy(e.target.value as typeof colorBy)}>
                  <option value="verdict">{t('verdict')}</option>
                  <option value="speaker">{t('speaker')}</option>
                  <option value="source">{t('source')}</option>
                </select>
              </label>
              <label>{t('scale')}
                <select value={scale} onChange={(e) => setScale(e.target.value as typeof scale)}>
                  <option value="linear">{t('linear')}</option>
                  <option value="logarithmic">{t('logarithmic')}</option>
                </select>
              </label>
              <label>{t('from')}<input type="date" value={range.from ?? ''} onChange={(e) => setRange((r) => ({ ...r, from: e.target.value || undefined }))} /></label>
              <label>{t('to')}<input type="date" value={range.to ?? ''} onChange={(e) => setRange((r) => ({ ...r, to: e.target.value || undefined }))} /></label>
              {compatible.length > 0 && (
                <fieldset className="overlay">
                  <legend>{t('overlay')}</legend>
                  {compatible.map((s) => (
                    <label key={s.id}><input type="checkbox" checked={overlay.includes(s.id)} onChange={(e) => setOverlay((o) => (e.target.checked ? [...o, s.id] : o.filter((x) => x !== s.id)))} />{s.name}</label>
                  ))}
                </fieldset>
              )}
            </div>
            <ChartTextsEditor series={current} onError={fail} />
            <SeriesChart
              ref={chartRef}
              meta={{ title: current.title, description: current.description, notes: current.notes, author: author.data ?? '' }}
              series={chartSeries}
              colorBy={colorBy}
              scale={scale}
              range={range}
              locale={lang}
              labels={seriesChartLabels(t)}
              reference={official.chart}
              onPointClick={(claimId) => {
                const claim = data.claims.get(claimId)
                if (claim) navigate({ view: 'reader', sourceId: claim.sourceId, claimId })
              }}
            />
            <h2>{t('compare')}</h2>
            <CompareTable
              rows={compare.rows}
              undated={compare.undated}
              granularity={granularity}
              tolerance={tolerance}
              kind={compare.kind}
              onGranularityChange={setGranularity}
              onToleranceChange={(value) => updateSeriesMeta(getDb(), current.id, { tolerance: value }, by).catch(fail)}
              onClaimClick={(claimId) => {
                const claim = data.claims.get(claimId)
                if (claim) navigate({ view: 'reader', sourceId: claim.sourceId, claimId })
              }}
              labels={compareLabels(t)}
              locale={lang}
              official={official.lineOf}
            />
            <ReferenceSection series={current} />
            <h2>{t('claimsTitle')}</h2>
            <div className="toolbar">
              <button
                type="button"
                disabled={writing || picked.length === 0 || picked.length === (points ?? []).length}
                onClick={() => void ask(t('split'), t('seriesName'), `${current.name} (2)`).then((name) => {
                  if (name) splitSeries(getDb(), current.id, picked, name, by).then((created) => { setPicked([]); navigate({ view: 'series', seriesId: created.id }) }, fail)
                })}
              >{t('split')} ({picked.length})</button>
            </div>
            <ul className="series-claims" aria-label={t('claimsTitle')}>
              {(points ?? []).map((p) => (
                <li key={p.claimId}>
                  <label>
                    <input type="checkbox" checked={picked.includes(p.claimId)} onChange={(e) => setPicked((list) => (e.target.checked ? [...list, p.claimId] : list.filter((id) => id !== p.claimId)))} aria-label={p.figure} />
                    {' '}{p.x || '—'} · <strong>{nf.format(p.value)}{p.valueHigh !== undefined ? `–${nf.format(p.valueHigh)}` : ''}</strong> · {p.sourceTitle}
                  </label>
                  {/* Back to the claim in its source; the Reader's claim panel links here. */}
                  {data.claims.get(p.claimId) && (
                    <a href={`#/reader/${encodeURIComponent(data.claims.get(p.claimId)?.sourceId ?? '')}/${encodeURIComponent(p.claimId)}`} aria-label={t('seriesOpenClaim', { figure: p.figure })} onClick={(e) => { e.preventDefault(); const c = data.claims.get(p.claimId); if (c) navigate({ view: 'reader', sourceId: c.sourceId, claimId: p.claimId }) }}>{t('chartOpenQuote')}</a>
                  )}
                  <button type="button" className="small ghost" disabled={writing} onClick={() => removeClaimsFromSeries(getDb(), current.id, [p.claimId], by).catch(fail)} aria-label={`${t('remove')}: ${p.figure}`}>{t('remove')}</button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {promptDialog}
    </div>
  )
}
