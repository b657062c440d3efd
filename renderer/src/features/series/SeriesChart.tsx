/**
 * The series chart: one or more series of claims on a time axis, every point a claim that
 * opens its quote when clicked, framed as it is published: title, description, legend (colour
 * and a marker shape per source), notes, source line and credit. Presentational: it takes plain
 * props and keeps no data of its own. The canvas is an image named by `labels.chartName`; a
 * table of the points is its text alternative. Exports (SVG, and PNG at 2×) are drawn from the
 * same chart model by shared/series/chartSvg.ts.
 */
import { type ReactNode, type Ref, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react'
import { type ChartConfiguration, type ChartEvent, type Plugin, type TooltipItem } from 'chart.js'
import { type Verdict } from '../../../../shared/model'
import {
  type ChartModel,
  type ChartPointModel,
  type ChartSvg,
  type ChartTexts,
  type ColorBy,
  type PointShape,
  type SeriesPoint,
  EN_CHART_TEXTS,
  buildChartModel,
  creditLine,
  formatSpan,
  formatValue,
  keyColor,
  pointDetails,
  renderChartSvg,
  sourceLine
} from '../../../../shared/series'
import { type ReferenceStep } from '../../../../shared/reference/steps'
import { truncate } from '../../../../shared/series/chartModel'
import { svgToPng } from './chartImage'
import { Chart, type ChartColors, PALETTE, colorFor, dateLocale, readColors } from './chartSetup'
import './series.css'

/** Localised strings of the chart (English defaults). */
export interface SeriesChartLabels {
  chartName: string
  tableSummary: string
  date: string
  value: string
  speaker: string
  source: string
  quote: string
  verdict: string
  before: string
  /** Legend of an undated before value drawn as its claim's baseline. */
  baseline: string
  approx: string
  range: string
  unknown: string
  /** "{n}" is replaced by the count. */
  undatedNote: string
  /** "{names}" is replaced by the series left out. */
  skippedNote: string
  logFallback: string
  openQuote: string
  unit: string
  period: string
  periodLegend: string
  outlet: string
  sourceOne: string
  sourceMany: string
  notes: string
  creditBy: string
  quarterFormat: string
  verdicts: Record<Verdict, string>
}

const DEFAULT_LABELS: SeriesChartLabels = {
  chartName: 'Series chart',
  tableSummary: 'Data table',
  date: 'Date',
  value: 'Value',
  speaker: 'Speaker',
  source: 'Source',
  quote: 'Quote',
  verdict: 'Verdict',
  before: 'Before',
  baseline: 'Before, no date stated (arrow to the claim)',
  approx: 'Approximate',
  range: 'Range',
  unknown: 'Unknown',
  undatedNote: '{n} claims without a date are not drawn (they are in the data table).',
  skippedNote: 'Not overlaid (different unit): {names}.',
  logFallback: 'A log scale needs values above zero: shown on a linear scale.',
  openQuote: 'Open the quote',
  unit: EN_CHART_TEXTS.unit,
  period: EN_CHART_TEXTS.period,
  periodLegend: EN_CHART_TEXTS.periodLegend,
  outlet: EN_CHART_TEXTS.outlet,
  sourceOne: EN_CHART_TEXTS.sourceOne,
  sourceMany: EN_CHART_TEXTS.sourceMany,
  notes: EN_CHART_TEXTS.notes,
  creditBy: EN_CHART_TEXTS.creditBy,
  quarterFormat: EN_CHART_TEXTS.quarterFormat,
  verdicts: { unverified: 'Unverified', accurate: 'Accurate', misleading: 'Misleading', false: 'False', unsupported: 'Unsupported' }
}

/** One series as the chart takes it. */
export interface SeriesChartSeries {
  id: string
  name: string
  unit?: string
  points: SeriesPoint[]
}

/** An official series drawn under the claims as a step line, one step per period (issue 14). */
export interface SeriesChartReference {
  /** The legend's words: "Official: INSEE". */
  label: string
  /** The reference cited under the chart, beside the sources. */
  cite: string
  steps: ReferenceStep[]
}

/** What a parent can do with the chart through its ref. */
export interface SeriesChartHandle {
  /** The published chart as PNG bytes, at 2× (the SVG rasterised), for export and the citation bundle. */
  toPngBytes(): Promise<Uint8Array>
  /** The published chart as an SVG document. */
  toSvg(): ChartSvg
}

/** The texts that frame a published chart (Series.title, description, notes; the author from Settings). */
export interface SeriesChartMeta {
  title?: string
  description?: string
  notes?: string
  author?: string
}

/** Sources named in the legend; past it shapes repeat anyway, and the source line lists them all. */
const LEGEND_SOURCES = 12

/** The chart.js point style of a model shape. */
const CHART_JS_SHAPE: Record<PointShape, 'circle' | 'rect' | 'rectRot' | 'triangle'> = { circle: 'circle', square: 'rect', diamond: 'rectRot', triangle: 'triangle' }
/** The same shapes as text, for the HTML legend. */
const SHAPE_GLYPH: Record<PointShape, string> = { circle: '●', square: '■', diamond: '◆', triangle: '▲' }

/** The shared chart words from the chart's labels. */
export function chartTexts(labels: SeriesChartLabels): ChartTexts {
  const { value, unit, period, periodLegend, speaker, outlet, date, verdict, before, baseline, approx, range, unknown, sourceOne, sourceMany, notes, creditBy, quarterFormat, verdicts } = labels
  return { value, unit, period, periodLegend, speaker, outlet, date, verdict, before, baseline, approx, range, unknown, sourceOne, sourceMany, notes, creditBy, quarterFormat, verdicts }
}

/** The SVG of a chart model, framed by its texts (used by the chart's handle and by bundle export). */
export function publishedSvg(model: ChartModel, meta: SeriesChartMeta & { fallbackTitle: string }, opts: { labels: SeriesChartLabels; locale: 'en' | 'fr'; colorBy: ColorBy; scale?: 'linear' | 'logarithmic'; range?: { from?: string; to?: string }; reference?: SeriesChartReference }): ChartSvg {
  return renderChartSvg(model, {
    title: meta.title?.trim() || meta.fallbackTitle,
    description: meta.description,
    notes: meta.notes,
    unit: model.series[0]?.unit,
    author: meta.author,
    locale: opts.locale,
    texts: chartTexts(opts.labels),
    colorBy: opts.colorBy,
    scale: opts.scale,
    range: { from: rangeMs(opts.range?.from, false), to: rangeMs(opts.range?.to, true) },
    reference: opts.reference
  })
}

export interface SeriesChartProps {
  series: SeriesChartSeries[]
  colorBy: ColorBy
  scale: 'linear' | 'logarithmic'
  /** Zoom: ISO dates (partial allowed) bounding the x axis. */
  range?: { from?: string; to?: string }
  onPointClick?: (claimId: string) => void
  labels?: Partial<SeriesChartLabels>
  locale?: 'en' | 'fr'
  /** Canvas height in CSS pixels (width follows the container). Default 360. */
  height?: number
  /** Title, description, notes and credit around the chart (and in its exports). */
  meta?: SeriesChartMeta
  /** The series' official reference, drawn as a step line. */
  reference?: SeriesChartReference
  ref?: Ref<SeriesChartHandle>
}

/** Which model point a chart element (dataset, index) stands for. */
interface DatasetRef {
  seriesIndex: number
  kind: 'points' | 'before' | 'line'
  points: ChartPointModel[]
}

interface Drawn {
  model: ChartModel
  refs: DatasetRef[]
  colors: ChartColors
}

function rangeMs(iso: string | undefined, end: boolean): number | undefined {
  if (!iso) return undefined
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso)
  if (!m) return undefined
  const y = Number(m[1])
  if (!m[2]) return end ? Date.UTC(y + 1, 0, 1) - 1 : Date.UTC(y, 0, 1)
  const mo = Number(m[2]) - 1
  if (!m[3]) return end ? Date.UTC(y, mo + 1, 1) - 1 : Date.UTC(y, mo, 1)
  return end ? Date.UTC(y, mo, Number(m[3]) + 1) - 1 : Date.UTC(y, mo, Number(m[3]))
}

function fmtValue(n: number, high: number | undefined, nf: Intl.NumberFormat): string {
  return high !== undefined ? `${nf.format(n)}–${nf.format(high)}` : nf.format(n)
}

/**
 * A solid arrow from a baseline (an undated before value, same x) to its claim, stopping short of
 * both markers so they stay readable.
 */
function arrow(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number, color: string): void {
  const len = Math.hypot(x1 - x0, y1 - y0)
  if (len < 16) return
  const ux = (x1 - x0) / len
  const uy = (y1 - y0) / len
  const sx = x0 + ux * 7
  const sy = y0 + uy * 7
  const ex = x1 - ux * 7
  const ey = y1 - uy * 7
  ctx.setLineDash([])
  ctx.strokeStyle = color
  ctx.fillStyle = color
  ctx.beginPath()
  ctx.moveTo(sx, sy)
  ctx.lineTo(ex, ey)
  ctx.stroke()
  ctx.beginPath()
  ctx.moveTo(ex, ey)
  ctx.lineTo(ex - ux * 8 - uy * 4, ey - uy * 8 + ux * 4)
  ctx.lineTo(ex - ux * 8 + uy * 4, ey - uy * 8 - ux * 4)
  ctx.closePath()
  ctx.fill()
}

/**
 * Periods as steps over their days; ranges as bars with caps; before-values linked to their point by
 * a dashed line, or by an arrow when they are a baseline; "≈" beside approximate figures.
 */
function extrasPlugin(drawn: { current: Drawn | undefined }): Plugin<SeriesChartType> {
  return {
    id: 'seriesExtras',
    beforeDraw(chart) {
      // An opaque background, so the exported PNG is readable outside the app.
      const colors = drawn.current?.colors
      if (!colors) return
      const { ctx, width, height } = chart
      ctx.save()
      ctx.fillStyle = colors.background
      ctx.fillRect(0, 0, width, height)
      ctx.restore()
    },
    afterDatasetsDraw(chart) {
      const d = drawn.current
      if (!d) return
      const { ctx, chartArea } = chart
      const xScale = chart.scales.x
      const yScale = chart.scales.y
      ctx.save()
      ctx.beginPath()
      ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top)
      ctx.clip()
      ctx.lineWidth = 2
      const bar = (x: number, y1: number, y2: number, color: string): void => {
        const px = xScale.getPixelForValue(x)
        const a = yScale.getPixelForValue(y1)
        const b = yScale.getPixelForValue(y2)
        ctx.strokeStyle = color
        ctx.setLineDash([])
        ctx.beginPath()
        ctx.moveTo(px, a)
        ctx.lineTo(px, b)
        ctx.moveTo(px - 5, a)
        ctx.lineTo(px + 5, a)
        ctx.moveTo(px - 5, b)
        ctx.lineTo(px + 5, b)
        ctx.stroke()
      }
      const step = (from: number, to: number, y: number, color: string): void => {
        const a = xScale.getPixelForValue(from)
        const b = xScale.getPixelForValue(to)
        const py = yScale.getPixelForValue(y)
        ctx.strokeStyle = color
        ctx.setLineDash([])
        ctx.lineWidth = 3
        ctx.beginPath()
        ctx.moveTo(a, py - 5)
        ctx.lineTo(a, py + 5)
        ctx.moveTo(a, py)
        ctx.lineTo(b, py)
        ctx.moveTo(b, py - 5)
        ctx.lineTo(b, py + 5)
        ctx.stroke()
        ctx.lineWidth = 2
      }
      ctx.font = '13px system-ui, sans-serif'
      for (const s of d.model.series) {
        for (const p of s.points) {
          const color = colorFor(p.colorKey, p.colorIndex, d.colors)
          if (p.span) step(p.span.from, p.span.to, p.y, color)
          if (p.approx) {
            ctx.fillStyle = d.colors.fg
            ctx.fillText('≈', xScale.getPixelForValue(p.x) + 7, yScale.getPixelForValue(p.y) - 6)
          }
          if (p.yHigh !== undefined) bar(p.x, p.y, p.yHigh, color)
          if (!p.previous) continue
          if (p.previous.yHigh !== undefined) bar(p.previous.x, p.previous.y, p.previous.yHigh, color)
          ctx.strokeStyle = color
          const x0 = xScale.getPixelForValue(p.previous.x)
          const y0 = yScale.getPixelForValue(p.previous.y)
          const x1 = xScale.getPixelForValue(p.x)
          const y1 = yScale.getPixelForValue(p.y)
          if (p.previous.xStated) {
            ctx.setLineDash([4, 4])
            ctx.beginPath()
            ctx.moveTo(x0, y0)
            ctx.lineTo(x1, y1)
            ctx.stroke()
          } else {
            arrow(ctx, x0, y0, x1, y1, color)
          }
        }
      }
      ctx.restore()
    }
  }
}

type XY = { x: number; y: number }
type SeriesChartType = 'line' | 'scatter'
type SeriesChartConfig = ChartConfiguration<SeriesChartType, XY[]>

/**
 * Datasets: per series, one line through the points (decimated when long; not clickable), then
 * one scatter dataset per colour and marker (approx = triangle) and per colour for the hollow
 * before-values. Uniform styling per dataset lets chart.js share point options instead of
 * resolving them 10 000 times, which is what keeps a 10 000-point series under 200 ms.
 */
function buildConfig(
  model: ChartModel,
  colors: ChartColors,
  reference: SeriesChartReference | undefined,
  props: { scale: 'linear' | 'logarithmic'; range?: { from?: string; to?: string }; locale: 'en' | 'fr'; labels: SeriesChartLabels; tooltipEl?: () => HTMLElement | null}
): { config: SeriesChartConfig; refs: DatasetRef[]; logFallback: boolean } {
  const texts = chartTexts(props.labels)
  const shapeOfPoint = (p: ChartPointModel): PointShape => model.sources[p.sourceIndex]?.shape ?? 'circle'
  const refs: DatasetRef[] = []
  const pointSets: SeriesChartConfig['data']['datasets'] = []
  const lineSets: SeriesChartConfig['data']['datasets'] = []
  const lineRefs: DatasetRef[] = []
  const many = model.series.length > 1
  for (const s of model.series) {
    const big = s.points.length > 2000
    const groups = new Map<string, ChartPointModel[]>()
    const beforeGroups = new Map<string, ChartPointModel[]>()
    for (const p of s.points) {
      const key = `${p.colorKey}|${shapeOfPoint(p)}`
      const g = groups.get(key)
      if (g) g.push(p)
      else groups.set(key, [p])
      if (p.previous) {
        const b = beforeGroups.get(p.colorKey)
        if (b) b.push(p)
        else beforeGroups.set(p.colorKey, [p])
      }
    }
    for (const key of [...groups.keys()].sort()) {
      const pts = groups.get(key) ?? []
      const color = colorFor(pts[0].colorKey, pts[0].colorIndex, colors)
      pointSets.push({
        type: 'scatter',
        label: s.name,
        data: pts.map((p) => ({ x: p.x, y: p.y })),
        backgroundColor: color,
        borderColor: colors.background,
        pointBorderWidth: 1,
        pointStyle: CHART_JS_SHAPE[shapeOfPoint(pts[0])],
        pointRadius: big ? 2.5 : 6,
        pointHoverRadius: 8,
        showLine: false
      })
      refs.push({ seriesIndex: s.index, kind: 'points', points: pts })
    }
    for (const key of [...beforeGroups.keys()].sort()) {
      const pts = beforeGroups.get(key) ?? []
      const color = colorFor(pts[0].colorKey, pts[0].colorIndex, colors)
      pointSets.push({
        type: 'scatter',
        label: `${s.name} — ${props.labels.before}`,
        data: pts.map((p) => ({ x: p.previous?.x ?? p.x, y: p.previous?.y ?? p.y })),
        backgroundColor: colors.background,
        borderColor: color,
        pointStyle: 'circle',
        pointRadius: big ? 3 : 5,
        pointBorderWidth: 2,
        pointHoverRadius: 8,
        showLine: false
      })
      refs.push({ seriesIndex: s.index, kind: 'before', points: pts })
    }
    lineSets.push({
      type: 'line',
      label: s.name,
      // A period point joins the line over its whole step.
      data: s.points.flatMap((p) => (p.span ? [{ x: p.span.from, y: p.y }, { x: p.span.to, y: p.y }] : [{ x: p.x, y: p.y }])),
      borderColor: many ? PALETTE[s.index % PALETTE.length] : colors.muted,
      borderWidth: big ? 1 : 1.5,
      pointRadius: 0,
      pointHitRadius: 0,
      pointHoverRadius: 0,
      tension: 0,
      spanGaps: true
    })
    lineRefs.push({ seriesIndex: s.index, kind: 'line', points: [] })
  }
  if (reference && reference.steps.length > 0) {
    // Each step runs over its period's days; the next one starts where it ends, so the line climbs in steps.
    lineSets.push({
      type: 'line',
      label: reference.label,
      data: reference.steps.flatMap((st) => [{ x: st.from, y: st.value }, { x: st.to, y: st.value }]),
      borderColor: colors.fg,
      borderWidth: 2,
      borderDash: [6, 3],
      pointRadius: 0,
      pointHitRadius: 0,
      pointHoverRadius: 0,
      tension: 0,
      spanGaps: false
    })
    lineRefs.push({ seriesIndex: -1, kind: 'line', points: [] })
  }
  // Lines last: chart.js paints the first dataset on top, so points stay above the lines.
  const datasets = [...pointSets, ...lineSets]
  refs.push(...lineRefs)
  const logFallback = props.scale === 'logarithmic' && !model.allPositive
  const yType = props.scale === 'logarithmic' && !logFallback ? 'logarithmic' : 'linear'
  const nf = new Intl.NumberFormat(props.locale)
  const df = new Intl.DateTimeFormat(props.locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const pointOf = (item: TooltipItem<SeriesChartType>): { ref: DatasetRef; p: ChartPointModel } | undefined => {
    const ref = refs[item.datasetIndex]
    const p = ref?.points[item.dataIndex]
    return ref && p ? { ref, p } : undefined
  }
  const pad = model.xMin !== undefined && model.xMax !== undefined ? Math.max(7 * 86_400_000, (model.xMax - model.xMin) * 0.03) : 0
  // The official steps shown (already cut to around the claims) widen the axis so their context is seen.
  const steps = reference?.steps ?? []
  const stepsFrom = steps.length ? Math.min(steps[0].from, model.xMin ?? Infinity) : undefined
  const stepsTo = steps.length ? Math.max(steps[steps.length - 1].to, model.xMax ?? -Infinity) : undefined
  const xMin = rangeMs(props.range?.from, false) ?? stepsFrom ?? (model.xMin !== undefined ? model.xMin - pad : undefined)
  const xMax = rangeMs(props.range?.to, true) ?? stepsTo ?? (model.xMax !== undefined ? model.xMax + pad : undefined)
  const config: SeriesChartConfig = {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: true },
      scales: {
        x: {
          type: 'time',
          min: xMin,
          max: xMax,
          adapters: { date: { locale: dateLocale(props.locale) } },
          ticks: { color: colors.muted, maxRotation: 0, autoSkip: true },
          grid: { color: colors.grid }
        },
        y: {
          type: yType,
          beginAtZero: yType === 'linear' && model.allPositive,
          suggestedMin: model.yMin,
          suggestedMax: model.yMax,
          // Room above the highest point, so its marker is not cut by the chart's edge.
          grace: '6%',
          title: { display: !!model.series[0]?.unit, text: model.series[0]?.unit ?? '', color: colors.muted },
          ticks: { color: colors.muted, callback: (v) => (typeof v === 'number' ? nf.format(v) : v) },
          grid: { color: colors.grid }
        }
      },
      plugins: {
        decimation: { enabled: true, algorithm: 'min-max' },
        tooltip: {
          // Drawn as HTML beside the canvas: readable text (selectable, zoomable, read by screen readers), not pixels.
          enabled: false,
          external: ({ chart, tooltip }) => {
            const el = props.tooltipEl?.()
            if (!el) return
            if (tooltip.opacity === 0 || tooltip.dataPoints.length === 0) {
              el.hidden = true
              return
            }
            const lines = [...tooltip.title, ...tooltip.body.flatMap((b) => b.lines)]
            el.replaceChildren(...lines.map((line, i) => {
              const row = document.createElement(i === 0 && tooltip.title.length ? 'strong' : 'div')
              row.textContent = line
              return row
            }))
            el.hidden = false
            const leftHalf = tooltip.caretX < chart.width / 2
            el.style.left = leftHalf ? `${tooltip.caretX + 14}px` : ''
            el.style.right = leftHalf ? '' : `${chart.width - tooltip.caretX + 14}px`
            el.style.top = `${Math.max(0, Math.min(tooltip.caretY - 20, chart.height - 40))}px`
          },
          filter: (item) => refs[item.datasetIndex]?.kind !== 'line',
          callbacks: {
            title: (items) => {
              const hit = items[0] ? pointOf(items[0]) : undefined
              if (!hit) return ''
              const x = hit.ref.kind === 'before' ? (hit.p.previous?.x ?? hit.p.x) : hit.p.x
              if (hit.ref.kind === 'before' && !hit.p.previous?.xStated) return props.labels.before
              // A period point is titled by its period, never by the middle day it is drawn at.
              const span = hit.ref.kind !== 'before' ? hit.p.point.span : undefined
              return span ? formatSpan(span, props.locale, texts) : df.format(new Date(x))
            },
            label: (item) => {
              const hit = pointOf(item)
              if (!hit) return ''
              const { p, ref } = hit
              const unit = model.series.find((s) => s.index === ref.seriesIndex)?.unit
              const lines = pointDetails(p, unit, props.locale, texts)
              if (ref.kind === 'before' && p.previous) {
                lines.splice(0, 2, `${props.labels.before}: ${formatValue(p.previous.y, p.previous.yHigh, unit, props.locale)}`, `→ ${df.format(new Date(p.x))}: ${formatValue(p.y, p.yHigh, unit, props.locale)}`)
              }
              return lines
            }
          }
        }
      }
    }
  }
  return { config, refs, logFallback }
}

/** What the chart draws from a model, as a string: equal strings draw equal charts. */
function fingerprint(model: ChartModel): string {
  const parts: string[] = []
  for (const s of model.series) {
    parts.push(`${s.id}:${s.name}:${s.unit ?? ''}`)
    for (const p of s.points) {
      parts.push(`${p.claimId},${p.x},${p.y},${p.yHigh ?? ''},${p.colorKey},${p.approx ? 1 : 0},${p.previous ? `${p.previous.x},${p.previous.y},${p.previous.yHigh ?? ''}` : ''},${p.verdict},${p.point.speaker ?? ''},${p.point.sourceTitle},${p.point.quote}`)
    }
  }
  return parts.join(';')
}

/** A legend swatch's colour: the chart's colour-blind-safe palette, as the points and the exports use. */
function swatchColor(key: string, index: number): string {
  return keyColor(key, index)
}

/** The series chart (see the file comment). */
export function SeriesChart(props: SeriesChartProps): ReactNode {
  const { series, colorBy, scale, range, onPointClick, locale = 'en', height = 360, meta, ref } = props
  const reference = props.reference
  const referenceKey = reference ? `${reference.label}|${reference.cite}|${reference.steps.map((st) => `${st.from},${st.value}`).join(';')}` : ''
  // Keyed by content: parents often pass a fresh labels object on every render.
  const labelsKey = JSON.stringify(props.labels ?? {})
  const labels = useMemo<SeriesChartLabels>(() => {
    const given = JSON.parse(labelsKey) as Partial<SeriesChartLabels>
    return { ...DEFAULT_LABELS, ...given, verdicts: { ...DEFAULT_LABELS.verdicts, ...given.verdicts } }
  }, [labelsKey])
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const tooltipRef = useRef<HTMLDivElement>(null)
  const chartRef = useRef<Chart<SeriesChartType, XY[]> | undefined>(undefined)
  const drawnRef = useRef<Drawn | undefined>(undefined)
  const drawnKeyRef = useRef('')
  const clickRef = useRef(onPointClick)
  const [logFallback, setLogFallback] = useState(false)
  const [tableOpen, setTableOpen] = useState(false)
  // Bumped when the theme changes (data-theme on <html>, or the OS scheme), so colours are re-read.
  const [themeTick, setThemeTick] = useState(0)
  const model = useMemo(() => buildChartModel(series, colorBy), [series, colorBy])

  useEffect(() => {
    clickRef.current = onPointClick
  }, [onPointClick])

  useEffect(() => {
    const bump = (): void => setThemeTick((t) => t + 1)
    const observer = new MutationObserver(bump)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] })
    const media = window.matchMedia?.('(prefers-color-scheme: dark)')
    media?.addEventListener('change', bump)
    return () => {
      observer.disconnect()
      media?.removeEventListener('change', bump)
    }
  }, [])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const colors = readColors(canvas)
    // Parents may rebuild equal props on every render; redraw only when what is drawn changed.
    const key = [fingerprint(model), referenceKey, scale, range?.from, range?.to, locale, labelsKey, JSON.stringify(colors)].join('|')
    if (chartRef.current && key === drawnKeyRef.current) return
    drawnKeyRef.current = key
    const existing = chartRef.current
    // The plugin reads the latest model through drawnRef, so one instance serves every update.
    const plugin = existing ? undefined : extrasPlugin(drawnRef)
    const built = buildConfig(model, colors, reference, { scale, range, locale, labels, tooltipEl: () => tooltipRef.current })
    drawnRef.current = { model, refs: built.refs, colors }
    setLogFallback(built.logFallback)
    const onClick = (event: ChartEvent, _elements: unknown, chart: Chart): void => {
      const native = event.native
      if (!native) return
      const hit = chart.getElementsAtEventForMode(native, 'nearest', { intersect: true }, true)[0]
      const ref = hit ? drawnRef.current?.refs[hit.datasetIndex] : undefined
      const p = hit ? ref?.points[hit.index] : undefined
      if (p) clickRef.current?.(p.claimId)
    }
    const onHover = (event: ChartEvent, elements: unknown[]): void => {
      const target = event.native?.target
      if (target instanceof HTMLElement) target.style.cursor = elements.length ? 'pointer' : 'default'
    }
    const options = { ...built.config.options, onClick, onHover }
    if (existing) {
      existing.data = built.config.data
      existing.options = options
      existing.update('none')
    } else {
      chartRef.current = new Chart(canvas, { ...built.config, options, plugins: plugin ? [plugin] : [] })
    }
  }, [model, scale, range, locale, labels, labelsKey, themeTick, referenceKey]) // eslint-disable-line react-hooks/exhaustive-deps -- reference is read through referenceKey

  // Destroy on unmount only: updates above reuse the instance, so nothing leaks between renders.
  useEffect(
    () => () => {
      chartRef.current?.destroy()
      chartRef.current = undefined
    },
    []
  )

  const fallbackTitle = series.map((s) => s.name).join(' · ')
  const svgOf = (): ChartSvg => publishedSvg(model, { ...meta, fallbackTitle }, { labels, locale, colorBy, scale, range, reference })
  useImperativeHandle(ref, () => ({
    toSvg: svgOf,
    toPngBytes: () => {
      const { svg, width, height: h } = svgOf()
      return svgToPng(svg, width, h, 2)
    }
  }))
  const texts = chartTexts(labels)
  const title = meta?.title?.trim() || fallbackTitle
  const sourceText = sourceLine(model, locale, texts)

  const nf = useMemo(() => new Intl.NumberFormat(locale), [locale])
  const df = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }), [locale])
  const legendLabel = (key: string, label: string): string => {
    if (key.startsWith('verdict:')) return labels.verdicts[key.slice('verdict:'.length) as Verdict] ?? label
    return label || labels.unknown
  }
  // Rows are built only while the table is open: a 10 000-point series should not cost a hidden table.
  const tableRows: { seriesId: string; point: SeriesPoint }[] = tableOpen
    ? [...model.series.flatMap((s) => s.points.map((p) => ({ seriesId: s.id, point: p.point }))), ...model.undated.map((point) => ({ seriesId: '-', point }))]
    : []

  return (
    <figure className="series-chart">
      <header className="series-chart__header">
        <p className="series-chart__title">{title}</p>
        {meta?.description?.trim() && <p className="series-chart__description">{meta.description.trim()}</p>}
      </header>
      <div className="series-chart__canvas" style={{ height }}>
        <canvas ref={canvasRef} role="img" aria-label={labels.chartName} />
        <div ref={tooltipRef} className="series-chart__tooltip" role="tooltip" hidden />
      </div>
      <figcaption>
        <ul className="series-chart__legend">
          {colorBy !== 'source' && model.legend.map((l) => (
            <li key={l.key}>
              <span className="series-chart__swatch" style={{ background: swatchColor(l.key, l.colorIndex) }} aria-hidden="true" />
              {legendLabel(l.key, l.label)}
            </li>
          ))}
          {model.sources.slice(0, LEGEND_SOURCES).map((src) => {
            const colour = model.legend.find((l) => l.key === `source:${src.sourceId}`)
            return (
              <li key={`shape:${src.sourceId}`} className="series-chart__source">
                <span aria-hidden="true" style={colorBy === 'source' && colour ? { color: swatchColor(colour.key, colour.colorIndex) } : undefined}>{SHAPE_GLYPH[src.shape]}</span> {src.label}
              </li>
            )
          })}
          {model.sources.length > LEGEND_SOURCES && <li className="muted">+{model.sources.length - LEGEND_SOURCES}</li>}
          <li className="muted"><span aria-hidden="true">⊢⊣</span> {labels.periodLegend}</li>
          <li className="muted"><span aria-hidden="true">≈</span> {labels.approx}</li>
          <li className="muted"><span aria-hidden="true">○┄</span> {labels.before}</li>
          <li className="muted"><span aria-hidden="true">○↑</span> {labels.baseline}</li>
          <li className="muted"><span aria-hidden="true">⊥</span> {labels.range}</li>
          {reference && reference.steps.length > 0 && <li className="series-chart__reference"><span aria-hidden="true">┅</span> {reference.label}</li>}
        </ul>
        {model.undated.length > 0 && <p className="muted">{labels.undatedNote.replace('{n}', String(model.undated.length))}</p>}
        {model.skipped.length > 0 && <p className="muted">{labels.skippedNote.replace('{names}', model.skipped.map((s) => s.name).join(', '))}</p>}
        {logFallback && <p className="muted">{labels.logFallback}</p>}
        {meta?.notes?.trim() && <p className="series-chart__notes">{labels.notes.replace('{text}', meta.notes.trim())}</p>}
        {sourceText && <p className="series-chart__sourceline">{sourceText}</p>}
        {reference && <p className="series-chart__sourceline">{reference.cite}</p>}
        <p className="series-chart__credit muted">{creditLine(meta?.author, texts)}</p>
      </figcaption>
      <details className="series-chart__data" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{labels.tableSummary}</summary>
        {tableOpen && (
          <table>
            <caption className="visually-hidden">{labels.chartName}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.date}</th>
                <th scope="col">{labels.value}</th>
                <th scope="col">{labels.speaker}</th>
                <th scope="col">{labels.source}</th>
                <th scope="col">{labels.quote}</th>
              </tr>
            </thead>
            <tbody>
              {tableRows.map(({ seriesId, point }) => (
                <tr key={`${seriesId}:${point.claimId}`}>
                  <td>{point.x ? df.format(new Date(`${point.x}T00:00:00Z`)) : '—'}</td>
                  <td>
                    {point.approx ? `≈ ` : ''}
                    {fmtValue(point.value, point.valueHigh, nf)}
                    {point.previous ? ` (${labels.before}: ${fmtValue(point.previous.value, point.previous.valueHigh, nf)})` : ''}
                  </td>
                  <td>{point.speaker || labels.unknown}</td>
                  <td>{point.sourceTitle}</td>
                  <td>
                    {onPointClick ? (
                      <button type="button" className="link" title={labels.openQuote} onClick={() => onPointClick(point.claimId)}>
                        {truncate(point.quote, 160)}
                      </button>
                    ) : (
                      truncate(point.quote, 160)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  )
}
