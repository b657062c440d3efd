/**
 * What the series chart draws, computed without chart.js or a DOM so it can be tested in Node:
 * points on a numeric time axis, colour keys, a marker shape per source, approx markers, ranges,
 * periods (a month, quarter or year drawn over its days), before-values and their links, which
 * series can share the y axis, and the axis bounds. The app's canvas (chart.js) and the exported
 * SVG (chartSvg.ts) both draw from it.
 */
import { type Verdict } from '../model'
import { dateSpan } from './dates'
import { type PointSpan, type SeriesPoint } from './types'

const DAY_MS = 86_400_000

/** Marker shapes, one per source in the model's source order (then reused with the next colour). */
export const POINT_SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const
export type PointShape = (typeof POINT_SHAPES)[number]

/** How points are coloured. */
export type ColorBy = 'verdict' | 'speaker' | 'source'

/** One series handed to the chart. */
export interface ChartSeriesInput {
  id: string
  name: string
  unit?: string
  points: SeriesPoint[]
}

/** A drawn point. x is UTC ms. */
export interface ChartPointModel {
  claimId: string
  x: number
  y: number
  yHigh?: number
  approx: boolean
  /**
   * The calendar period the figure covers, from its first day to the end of its last (exclusive,
   * UTC ms): drawn as a step over it. x is then its middle, only where the marker sits on the step.
   */
  span?: { from: number; to: number; unit: PointSpan['unit'] }
  /** Index into ChartModel.sources: picks the marker shape (POINT_SHAPES) of the point's source. */
  sourceIndex: number
  /** "verdict:accurate", "speaker:laurent nunez", "source:<id>": what picks the colour. */
  colorKey: string
  /** Index into the stable palette for speaker/source keys (verdicts use their own colours). */
  colorIndex: number
  verdict: Verdict
  /**
   * The before value, drawn hollow. With a stated date (xStated) it sits at that date, linked by a
   * dashed line; without one it is the claim's baseline, at the claim's own x with an arrow to it.
   */
  previous?: { x: number; y: number; yHigh?: number; xStated: boolean }
  point: SeriesPoint
}

/** Everything the chart needs. */
export interface ChartModel {
  series: { id: string; name: string; unit?: string; index: number; points: ChartPointModel[] }[]
  /** Series left out because their unit differs from the first series'. */
  skipped: { id: string; name: string; unit?: string }[]
  /** Colour legend: one entry per key in use, in palette order. */
  legend: { key: string; label: string; colorIndex: number }[]
  /** Every cited source of the drawn points, oldest first: the shape legend and the source line. */
  sources: ChartSourceModel[]
  /** Points with no date (not drawn; listed in the text alternative). */
  undated: SeriesPoint[]
  /** Bounds over drawn values, before-values and range tops. */
  yMin?: number
  yMax?: number
  xMin?: number
  xMax?: number
  /** Whether every drawn value is > 0 (a log scale needs it). */
  allPositive: boolean
}

/** One cited source: its marker shape, and what the source line says of it. */
export interface ChartSourceModel {
  sourceId: string
  /** The outlet, else the source's title. */
  label: string
  title: string
  outlet?: string
  /** When the figures were stated (partial ISO), the earliest of its points. */
  statedAt?: string
  shape: PointShape
}

/** The shape of the n-th source. */
export function shapeOf(index: number): PointShape {
  return POINT_SHAPES[index % POINT_SHAPES.length]
}

function dayMs(iso: string): number | undefined {
  return dateSpan(iso)?.from
}

function keyOf(p: SeriesPoint, by: ColorBy): { key: string; label: string } {
  switch (by) {
    case 'verdict':
      return { key: `verdict:${p.verdict}`, label: p.verdict }
    case 'speaker': {
      const name = (p.speaker ?? '').replace(/\s+/g, ' ').trim()
      return { key: `speaker:${name.toLowerCase()}`, label: name }
    }
    case 'source':
      return { key: `source:${p.sourceId}`, label: p.sourceTitle || p.sourceId }
    default: {
      const never: never = by
      return { key: String(never), label: String(never) }
    }
  }
}

/** Cut a quote for a tooltip at a word boundary. */
export function truncate(text: string, max = 140): string {
  const t = text.replace(/\s+/g, ' ').trim()
  if (t.length <= max) return t
  const cut = t.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`
}

/**
 * Build the chart model. Series whose unit differs from the first series' are skipped (one y
 * axis cannot carry two units). A before-value with no stated date ("c'était 200 avant") stays at
 * its claim's x: any other x would be a date nobody said.
 */
export function buildChartModel(input: readonly ChartSeriesInput[], colorBy: ColorBy): ChartModel {
  const unitOf = (s: ChartSeriesInput): string => s.unit ?? s.points.find((p) => p.unit)?.unit ?? ''
  const first = input[0]
  const kept = first ? input.filter((s) => unitOf(s) === unitOf(first)) : []
  const skipped = input.filter((s) => !kept.includes(s)).map((s) => ({ id: s.id, name: s.name, unit: s.unit }))

  const undated: SeriesPoint[] = []
  const labels = new Map<string, string>()
  let xMin = Infinity
  let xMax = -Infinity
  for (const s of kept) {
    for (const p of s.points) {
      const x = dayMs(p.x)
      if (x === undefined) {
        undated.push(p)
        continue
      }
      xMin = Math.min(xMin, x)
      xMax = Math.max(xMax, x)
      const px = p.previous?.x ? dayMs(p.previous.x) : undefined
      if (px !== undefined) xMin = Math.min(xMin, px)
      const k = keyOf(p, colorBy)
      if (!labels.has(k.key)) labels.set(k.key, k.label)
    }
  }
  const keys = [...labels.keys()].sort()
  const colorIndex = new Map(keys.map((k, i) => [k, i]))
  const sources = sourcesOf(kept)
  const sourceIndex = new Map(sources.map((s, i) => [s.sourceId, i]))

  let yMin = Infinity
  let yMax = -Infinity
  let allPositive = true
  const see = (v: number | undefined): void => {
    if (v === undefined || !Number.isFinite(v)) return
    yMin = Math.min(yMin, v)
    yMax = Math.max(yMax, v)
    if (v <= 0) allPositive = false
  }
  const series = kept.map((s, index) => {
    const points: ChartPointModel[] = []
    for (const p of s.points) {
      const x = dayMs(p.x)
      if (x === undefined) continue
      const k = keyOf(p, colorBy)
      const m: ChartPointModel = {
        claimId: p.claimId,
        x,
        y: p.value,
        approx: !!p.approx,
        colorKey: k.key,
        colorIndex: colorIndex.get(k.key) ?? 0,
        sourceIndex: sourceIndex.get(p.sourceId) ?? 0,
        verdict: p.verdict,
        point: p
      }
      const from = dateSpan(p.span?.from)?.from
      const last = dateSpan(p.span?.to)?.to
      if (p.span && from !== undefined && last !== undefined) {
        m.span = { from, to: last + DAY_MS, unit: p.span.unit }
        xMin = Math.min(xMin, from)
        xMax = Math.max(xMax, last + DAY_MS)
      }
      see(p.value)
      if (p.valueHigh !== undefined) {
        m.yHigh = p.valueHigh
        see(p.valueHigh)
      }
      if (p.previous) {
        const stated = p.previous.x ? dayMs(p.previous.x) : undefined
        m.previous = { x: stated ?? x, y: p.previous.value, xStated: stated !== undefined }
        if (p.previous.valueHigh !== undefined) m.previous.yHigh = p.previous.valueHigh
        see(p.previous.value)
        see(p.previous.valueHigh)
        xMin = Math.min(xMin, m.previous.x)
      }
      points.push(m)
    }
    points.sort((a, b) => a.x - b.x || (a.claimId < b.claimId ? -1 : 1))
    const out: ChartModel['series'][number] = { id: s.id, name: s.name, index, points }
    const unit = unitOf(s)
    if (unit) out.unit = unit
    return out
  })
  const model: ChartModel = {
    series,
    skipped,
    legend: keys.map((key) => ({ key, label: labels.get(key) ?? key, colorIndex: colorIndex.get(key) ?? 0 })),
    sources,
    undated,
    allPositive
  }
  if (Number.isFinite(yMin)) {
    model.yMin = yMin
    model.yMax = yMax
  }
  if (Number.isFinite(xMin)) {
    model.xMin = xMin
    model.xMax = xMax
  }
  return model
}

/** The cited sources of dated points, by first stated date then label, each with its shape. */
function sourcesOf(series: readonly ChartSeriesInput[]): ChartSourceModel[] {
  const byId = new Map<string, Omit<ChartSourceModel, 'shape'>>()
  for (const s of series) {
    for (const p of s.points) {
      if (dayMs(p.x) === undefined) continue
      const known = byId.get(p.sourceId)
      if (known) {
        if (p.statedAt && (!known.statedAt || p.statedAt < known.statedAt)) known.statedAt = p.statedAt
        continue
      }
      const title = p.sourceTitle || p.sourceId
      const entry: Omit<ChartSourceModel, 'shape'> = { sourceId: p.sourceId, label: p.outlet?.trim() || title, title }
      if (p.outlet) entry.outlet = p.outlet
      if (p.statedAt) entry.statedAt = p.statedAt
      byId.set(p.sourceId, entry)
    }
  }
  const list = [...byId.values()].sort((a, b) => {
    const da = a.statedAt ?? '9999'
    const db = b.statedAt ?? '9999'
    return da < db ? -1 : da > db ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : a.sourceId < b.sourceId ? -1 : 1
  })
  return list.map((s, i) => ({ ...s, shape: shapeOf(i) }))
}
