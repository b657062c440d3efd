/**
 * The series chart as a standalone SVG a newsroom can publish: title, description, legend, the
 * plot (unit on the y axis, periods drawn over their days, a shape per source, ranges, before
 * values), notes, the source line and the credit, all inside the image. Drawn from the same
 * chart model as the app's canvas, as a string, so it is testable in Node and the PNG export is
 * this SVG rasterised (at 2×) by the host. Text widths are estimated (no font metrics here),
 * generously, so lines wrap before they would overflow.
 */
import { type ChartModel, type ChartPointModel, type ColorBy, type PointShape } from './chartModel'
import { type ChartTexts, creditLine, pointDetails, sourceLine } from './chartText'
import { PALETTE, keyColor } from './palette'

const DAY_MS = 86_400_000
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
const INK = '#1d1f23'
const MUTED = '#5d6470'
const GRID = '#e3e5e8'
const PAD = 24
const LEGEND_SOURCES = 12

/** An official series drawn as a dashed step line, named in the legend and cited under the chart (issue 14). */
export interface ChartSvgReference {
  label: string
  cite: string
  /** One step per period, UTC ms, already cut to around the claims. */
  steps: { from: number; to: number; value: number }[]
}

/** What the image says besides the points. */
export interface ChartSvgOptions {
  title: string
  description?: string
  notes?: string
  /** Shown on the y axis. */
  unit?: string
  /** The author's name (Settings), in the credit. */
  author?: string
  locale: 'en' | 'fr'
  texts: ChartTexts
  colorBy: ColorBy
  scale?: 'linear' | 'logarithmic'
  /** Zoom, UTC ms. */
  range?: { from?: number; to?: number }
  /** Width in CSS pixels (the PNG is twice this). Default 960. */
  width?: number
  /** Height of the plot area. Default 360. */
  plotHeight?: number
  reference?: ChartSvgReference
}

export interface ChartSvg {
  svg: string
  width: number
  height: number
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
}

/** An overestimate of a line's width in px, from its length (0.58 em a character, 0.62 bold). */
function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? 0.62 : 0.58)
}

/** Greedy word wrap to maxWidth; a word longer than a line is cut. */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = []
  for (const paragraph of text.split(/\r?\n/)) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word
      if (textWidth(next, size, bold) <= maxWidth || !line) line = next
      else {
        lines.push(line)
        line = word
      }
      while (textWidth(line, size, bold) > maxWidth && [...line].length > 1) {
        const chars = [...line]
        const fit = Math.max(1, Math.floor(maxWidth / (size * (bold ? 0.62 : 0.58))))
        lines.push(chars.slice(0, fit).join(''))
        line = chars.slice(fit).join('')
      }
    }
    if (line) lines.push(line)
  }
  return lines
}

/** A block of wrapped text; returns its markup and height. */
function textBlock(lines: string[], x: number, y: number, size: number, cls: string, attrs: string): { svg: string; height: number } {
  if (lines.length === 0) return { svg: '', height: 0 }
  const lh = Math.round(size * 1.35)
  // A space ends every wrapped line but the last, so the text reads whole when copied or parsed.
  const spans = lines.map((l, i) => `<tspan x="${x}" y="${y + size + i * lh}">${escapeXml(l)}${i < lines.length - 1 ? ' ' : ''}</tspan>`).join('')
  return { svg: `<text class="${cls}" font-size="${size}" ${attrs}>${spans}</text>`, height: lines.length * lh }
}

/** Round tick values covering [lo, hi] (1, 2, 2.5, 5 × 10^k steps). */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) {
    const d = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1
    return niceTicks(lo - d, hi + d, count)
  }
  const raw = (hi - lo) / count
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag
  const out: number[] = []
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 0.5; v += step) out.push(Number(v.toPrecision(12)))
  return out.filter((v, i) => i === 0 || i === out.length - 1 || (v >= lo - step && v <= hi + step))
}

/** Powers of ten (and 2×, 5× within a decade or two) for a log axis. */
function logTicks(lo: number, hi: number): number[] {
  const a = Math.floor(Math.log10(lo))
  const b = Math.ceil(Math.log10(hi))
  const out: number[] = []
  for (let k = a; k <= b; k++) {
    out.push(10 ** k)
    if (b - a <= 2 && k < b) out.push(2 * 10 ** k, 5 * 10 ** k)
  }
  return out
}

/** Month-aligned (or day) ticks over [lo, hi], at most eight, with labels in the locale. */
export function timeTicks(lo: number, hi: number, locale: string): { x: number; label: string }[] {
  const days = (hi - lo) / DAY_MS
  if (days < 62) {
    const step = [1, 2, 7, 14].find((s) => days / s <= 8) ?? 14
    const df = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
    const out: { x: number; label: string }[] = []
    for (let t = Math.ceil(lo / DAY_MS) * DAY_MS; t <= hi; t += step * DAY_MS) out.push({ x: t, label: df.format(new Date(t)) })
    return out
  }
  const months = days / 30.44
  const step = [1, 2, 3, 6, 12, 24, 60, 120, 240].find((s) => months / s <= 8) ?? 240
  const start = new Date(lo)
  let y = start.getUTCFullYear()
  let m = start.getUTCMonth()
  if (Date.UTC(y, m, 1) < lo) m += 1
  const yearly = step >= 12
  const df = new Intl.DateTimeFormat(locale, yearly ? { year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' })
  const out: { x: number; label: string }[] = []
  for (let i = 0; i < 400; i++) {
    const t = Date.UTC(y, m, 1)
    if (t > hi) break
    const index = y * 12 + m
    if (yearly ? m === 0 && y % (step / 12) === 0 : index % step === 0) out.push({ x: t, label: df.format(new Date(t)) })
    m += 1
    if (m === 12) {
      m = 0
      y += 1
    }
  }
  return out
}

function fmt(n: number): string {
  return Number(n.toFixed(2)).toString()
}

/** A marker of the given shape centred on (cx, cy). */
function marker(shape: PointShape, cx: number, cy: number, r: number, fill: string, stroke: string, extra = ''): string {
  const a = `fill="${fill}" stroke="${stroke}" stroke-width="1.5" ${extra}`
  switch (shape) {
    case 'circle':
      return `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${r}" ${a}/>`
    case 'square':
      return `<rect x="${fmt(cx - r * 0.9)}" y="${fmt(cy - r * 0.9)}" width="${fmt(r * 1.8)}" height="${fmt(r * 1.8)}" ${a}/>`
    case 'diamond':
      return `<path d="M${fmt(cx)} ${fmt(cy - r * 1.2)}L${fmt(cx + r * 1.2)} ${fmt(cy)}L${fmt(cx)} ${fmt(cy + r * 1.2)}L${fmt(cx - r * 1.2)} ${fmt(cy)}Z" ${a}/>`
    case 'triangle':
      return `<path d="M${fmt(cx)} ${fmt(cy - r * 1.2)}L${fmt(cx + r * 1.15)} ${fmt(cy + r * 0.85)}L${fmt(cx - r * 1.15)} ${fmt(cy + r * 0.85)}Z" ${a}/>`
    default: {
      const never: never = shape
      return String(never)
    }
  }
}

/** A solid arrow from a baseline to its claim, stopping short of both markers. */
function arrow(x0: number, y0: number, x1: number, y1: number, color: string): string {
  const len = Math.hypot(x1 - x0, y1 - y0)
  if (len < 16) return ''
  const ux = (x1 - x0) / len
  const uy = (y1 - y0) / len
  const [sx, sy, ex, ey] = [x0 + ux * 7, y0 + uy * 7, x1 - ux * 7, y1 - uy * 7]
  const head = `M${fmt(ex)} ${fmt(ey)}L${fmt(ex - ux * 8 - uy * 4)} ${fmt(ey - uy * 8 + ux * 4)}L${fmt(ex - ux * 8 + uy * 4)} ${fmt(ey - uy * 8 - ux * 4)}Z`
  return `<line class="baseline-arrow" x1="${fmt(sx)}" y1="${fmt(sy)}" x2="${fmt(ex)}" y2="${fmt(ey)}" stroke="${color}" stroke-width="2"/><path d="${head}" fill="${color}"/>`
}

interface Scales {
  x: (ms: number) => number
  y: (v: number) => number
}

/** One point: its period step, range bar, before value and link, marker and approx mark, with its details as a <title>. */
function pointSvg(p: ChartPointModel, shape: PointShape, s: Scales, unit: string | undefined, opts: ChartSvgOptions): string {
  const color = keyColor(p.colorKey, p.colorIndex)
  const cx = s.x(p.x)
  const cy = s.y(p.y)
  const parts: string[] = [`<title>${escapeXml(pointDetails(p, unit, opts.locale, opts.texts).join('\n'))}</title>`]
  if (p.span) {
    const a = s.x(p.span.from)
    const b = s.x(p.span.to)
    parts.push(`<path class="period" d="M${fmt(a)} ${fmt(cy - 5)}V${fmt(cy + 5)}M${fmt(a)} ${fmt(cy)}H${fmt(b)}M${fmt(b)} ${fmt(cy - 5)}V${fmt(cy + 5)}" stroke="${color}" stroke-width="3" fill="none"/>`)
  }
  const bar = (y1: number, y2: number, x: number): string =>
    `<path class="range" d="M${fmt(x)} ${fmt(s.y(y1))}V${fmt(s.y(y2))}M${fmt(x - 5)} ${fmt(s.y(y1))}h10M${fmt(x - 5)} ${fmt(s.y(y2))}h10" stroke="${color}" stroke-width="2" fill="none"/>`
  if (p.yHigh !== undefined) parts.push(bar(p.y, p.yHigh, cx))
  if (p.previous) {
    const px = s.x(p.previous.x)
    const py = s.y(p.previous.y)
    if (p.previous.yHigh !== undefined) parts.push(bar(p.previous.y, p.previous.yHigh, px))
    parts.push(
      p.previous.xStated
        ? `<line class="before-link" x1="${fmt(px)}" y1="${fmt(py)}" x2="${fmt(cx)}" y2="${fmt(cy)}" stroke="${color}" stroke-width="1.5" stroke-dasharray="4 4"/>`
        : arrow(px, py, cx, cy, color)
    )
    parts.push(`<circle class="before" cx="${fmt(px)}" cy="${fmt(py)}" r="5" fill="#ffffff" stroke="${color}" stroke-width="2"/>`)
  }
  parts.push(marker(shape, cx, cy, 5.5, color, '#ffffff', 'class="marker"'))
  if (p.approx) parts.push(`<text class="approx" x="${fmt(cx + 7)}" y="${fmt(cy - 6)}" font-size="13" fill="${INK}">≈</text>`)
  return `<g class="point" data-claim-id="${escapeXml(p.claimId)}" data-source-id="${escapeXml(p.point.sourceId)}" data-value="${p.y}" data-x="${fmt(cx)}">${parts.join('')}</g>`
}

interface LegendItem {
  label: string
  symbol: string
}

/** The legend: colours (or sources when colouring by source), source shapes, then the marks used. */
function legendItems(model: ChartModel, opts: ChartSvgOptions): LegendItem[] {
  const t = opts.texts
  const items: LegendItem[] = []
  const colorOf = new Map(model.legend.map((l) => [l.key, keyColor(l.key, l.colorIndex)]))
  if (opts.colorBy !== 'source') {
    for (const l of model.legend) {
      const label = l.key.startsWith('verdict:') ? (t.verdicts[l.key.slice('verdict:'.length) as keyof ChartTexts['verdicts']] ?? l.label) : l.label || t.unknown
      items.push({ label, symbol: `<rect x="0" y="-5" width="10" height="10" rx="2" fill="${colorOf.get(l.key) ?? MUTED}"/>` })
    }
  }
  // Past a dozen sources shapes repeat: the legend names the first ones, the source line every one.
  for (const src of model.sources.slice(0, LEGEND_SOURCES)) {
    const fill = opts.colorBy === 'source' ? (colorOf.get(`source:${src.sourceId}`) ?? MUTED) : '#ffffff'
    items.push({ label: src.label, symbol: marker(src.shape, 5, 0, 5, fill, opts.colorBy === 'source' ? '#ffffff' : INK) })
  }
  if (model.sources.length > LEGEND_SOURCES) items.push({ label: `+${model.sources.length - LEGEND_SOURCES}`, symbol: '' })
  const pts = model.series.flatMap((s) => s.points)
  if (pts.some((p) => p.span)) items.push({ label: t.periodLegend, symbol: `<path d="M0 -4V4M0 0H12M12 -4V4" stroke="${INK}" stroke-width="2" fill="none"/>` })
  if (pts.some((p) => p.yHigh !== undefined)) items.push({ label: t.range, symbol: `<path d="M5 -6V6M1 -6h8M1 6h8" stroke="${INK}" stroke-width="1.5" fill="none"/>` })
  if (pts.some((p) => p.previous?.xStated)) items.push({ label: t.before, symbol: `<circle cx="5" cy="0" r="4" fill="#fff" stroke="${INK}" stroke-width="1.5"/>` })
  if (pts.some((p) => p.previous && !p.previous.xStated)) items.push({ label: t.baseline, symbol: `<circle cx="5" cy="3" r="3" fill="#fff" stroke="${INK}" stroke-width="1.5"/><path d="M5 -1V-7" stroke="${INK}" stroke-width="1.5"/>` })
  if (pts.some((p) => p.approx)) items.push({ label: t.approx, symbol: `<text x="0" y="5" font-size="14" fill="${INK}">≈</text>` })
  return items
}

/** Lays legend items out in rows within maxWidth. */
function legendSvg(items: LegendItem[], x0: number, y0: number, maxWidth: number): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 }
  const size = 13
  const row = 22
  let x = 0
  let y = 0
  const parts: string[] = []
  for (const item of items) {
    const label = item.label.length > 90 ? `${item.label.slice(0, 89)}…` : item.label
    const w = 18 + textWidth(label, size) + 16
    if (x > 0 && x + w > maxWidth) {
      x = 0
      y += row
    }
    parts.push(`<g class="legend-item" transform="translate(${fmt(x0 + x)} ${fmt(y0 + y + row / 2)})">${item.symbol}<text x="18" y="4.5" font-size="${size}" fill="${INK}">${escapeXml(label)}</text></g>`)
    x += w
  }
  return { svg: `<g class="chart-legend">${parts.join('')}</g>`, height: y + row }
}

function yDomain(model: ChartModel, log: boolean): { lo: number; hi: number; ticks: number[] } {
  if (model.yMin === undefined || model.yMax === undefined) return { lo: 0, hi: 1, ticks: [0, 1] }
  if (log) {
    const ticks = logTicks(model.yMin, model.yMax)
    return { lo: ticks[0], hi: ticks[ticks.length - 1], ticks }
  }
  const ticks = niceTicks(model.allPositive ? 0 : model.yMin, model.yMax)
  return { lo: ticks[0], hi: ticks[ticks.length - 1], ticks }
}

function xDomain(model: ChartModel, range: ChartSvgOptions['range']): { lo: number; hi: number } {
  const now = Date.UTC(2000, 0, 1)
  const min = model.xMin ?? now
  const max = model.xMax ?? min
  const pad = Math.max(7 * DAY_MS, (max - min) * 0.03)
  return { lo: range?.from ?? min - pad, hi: range?.to ?? max + pad }
}

/** The line through each series' points in time order; a period point contributes its step. */
function seriesLines(model: ChartModel, s: Scales): string {
  const many = model.series.length > 1
  return model.series
    .map((series) => {
      const coords: string[] = []
      for (const p of series.points) {
        if (p.span) coords.push(`${fmt(s.x(p.span.from))},${fmt(s.y(p.y))}`, `${fmt(s.x(p.span.to))},${fmt(s.y(p.y))}`)
        else coords.push(`${fmt(s.x(p.x))},${fmt(s.y(p.y))}`)
      }
      const color = many ? PALETTE[series.index % PALETTE.length] : '#9aa0a8'
      return coords.length > 1 ? `<polyline class="series-line" data-series-id="${escapeXml(series.id)}" points="${coords.join(' ')}" fill="none" stroke="${color}" stroke-width="1.5"/>` : ''
    })
    .join('')
}

/** The official steps as one polyline: flat over each period, climbing where the next begins. */
function referenceLine(steps: ChartSvgReference['steps'], s: Scales): string {
  if (steps.length === 0) return ''
  const coords = steps.flatMap((st) => [`${fmt(s.x(st.from))},${fmt(s.y(st.value))}`, `${fmt(s.x(st.to))},${fmt(s.y(st.value))}`])
  return `<polyline class="reference-line" points="${coords.join(' ')}" fill="none" stroke="${INK}" stroke-width="2" stroke-dasharray="6 3"/>`
}

/** The whole chart as an SVG document (see the file comment). */
export function renderChartSvg(model: ChartModel, opts: ChartSvgOptions): ChartSvg {
  const width = opts.width ?? 960
  const plotHeight = opts.plotHeight ?? 360
  const inner = width - PAD * 2
  const log = opts.scale === 'logarithmic' && model.allPositive
  const nf = new Intl.NumberFormat(opts.locale, { maximumFractionDigits: 2 })
  const out: string[] = []
  let y = PAD

  const title = textBlock(wrapText(opts.title, inner, 22, true), PAD, y, 22, 'chart-title', `font-weight="700" fill="${INK}"`)
  out.push(title.svg)
  y += title.height + 4
  if (opts.description?.trim()) {
    const d = textBlock(wrapText(opts.description.trim(), inner, 15), PAD, y, 15, 'chart-description', `fill="${MUTED}"`)
    out.push(d.svg)
    y += d.height
  }
  y += 10
  const steps = opts.reference?.steps ?? []
  const items = legendItems(model, opts)
  if (opts.reference && steps.length) items.push({ label: opts.reference.label, symbol: `<path d="M0 0H14" stroke="${INK}" stroke-width="2" stroke-dasharray="4 2"/>` })
  const legend = legendSvg(items, PAD, y, inner)
  out.push(legend.svg)
  y += legend.height + 10

  // Plot: the y tick labels' width sets the left margin; the unit stands rotated beside them.
  // The axes hold the official steps too, as the chart in the app does.
  const values = steps.map((st) => st.value)
  const yd = yDomain(steps.length ? { ...model, yMin: Math.min(model.yMin ?? Infinity, ...values), yMax: Math.max(model.yMax ?? -Infinity, ...values), allPositive: model.allPositive && values.every((v) => v > 0) } : model, log)
  const tickLabels = yd.ticks.map((v) => nf.format(v))
  const unit = opts.unit?.trim()
  const labelWidth = Math.max(...tickLabels.map((l) => textWidth(l, 12)), 10)
  const left = PAD + labelWidth + 8 + (unit ? 22 : 0)
  const right = width - PAD - 8
  const top = y
  const bottom = y + plotHeight
  const xAuto = xDomain(model, opts.range)
  const xd = steps.length ? { lo: opts.range?.from ?? Math.min(xAuto.lo, steps[0].from), hi: opts.range?.to ?? Math.max(xAuto.hi, steps[steps.length - 1].to) } : xAuto
  const sx = (ms: number): number => left + ((ms - xd.lo) / (xd.hi - xd.lo || 1)) * (right - left)
  const ly = (v: number): number => (log ? Math.log10(Math.max(v, Number.MIN_VALUE)) : v)
  const sy = (v: number): number => bottom - ((ly(v) - ly(yd.lo)) / (ly(yd.hi) - ly(yd.lo) || 1)) * (bottom - top)
  const scales: Scales = { x: sx, y: sy }

  const axis: string[] = []
  yd.ticks.forEach((v, i) => {
    const py = sy(v)
    axis.push(`<line x1="${fmt(left)}" x2="${fmt(right)}" y1="${fmt(py)}" y2="${fmt(py)}" stroke="${i === 0 ? '#b9bec6' : GRID}" stroke-width="1"/>`)
    axis.push(`<text class="y-tick" x="${fmt(left - 8)}" y="${fmt(py + 4)}" font-size="12" fill="${MUTED}" text-anchor="end">${escapeXml(tickLabels[i])}</text>`)
  })
  if (unit) {
    const cy = (top + bottom) / 2
    axis.push(`<text class="axis-unit" x="${PAD + 12}" y="${fmt(cy)}" font-size="13" fill="${MUTED}" text-anchor="middle" transform="rotate(-90 ${PAD + 12} ${fmt(cy)})">${escapeXml(unit)}</text>`)
  }
  for (const tick of timeTicks(xd.lo, xd.hi, opts.locale)) {
    const px = sx(tick.x)
    axis.push(`<line x1="${fmt(px)}" x2="${fmt(px)}" y1="${fmt(bottom)}" y2="${fmt(bottom + 5)}" stroke="#b9bec6"/>`)
    axis.push(`<text class="x-tick" x="${fmt(px)}" y="${fmt(bottom + 19)}" font-size="12" fill="${MUTED}" text-anchor="middle">${escapeXml(tick.label)}</text>`)
  }
  const shapes = new Map(model.sources.map((src) => [src.sourceId, src.shape]))
  const unitOf = (s: ChartModel['series'][number]): string | undefined => s.unit ?? unit
  const points = model.series.flatMap((s) => s.points.map((p) => pointSvg(p, shapes.get(p.point.sourceId) ?? 'circle', scales, unitOf(s), opts)))
  out.push(
    `<g class="chart-plot">${axis.join('')}<clipPath id="plot-area"><rect x="${fmt(left - 8)}" y="${fmt(top - 8)}" width="${fmt(right - left + 16)}" height="${fmt(bottom - top + 16)}"/></clipPath>` +
      `<g clip-path="url(#plot-area)">${referenceLine(steps, scales)}${seriesLines(model, scales)}${points.join('')}</g></g>`
  )
  y = bottom + 36

  const foot = (text: string, cls: string, size: number, color: string): void => {
    if (!text.trim()) return
    const b = textBlock(wrapText(text, inner, size), PAD, y, size, cls, `fill="${color}"`)
    out.push(b.svg)
    y += b.height + 4
  }
  if (opts.notes?.trim()) foot(opts.texts.notes.replace('{text}', opts.notes.trim()), 'chart-notes', 13, INK)
  foot(sourceLine(model, opts.locale, opts.texts), 'chart-source', 13, MUTED)
  if (opts.reference) foot(opts.reference.cite, 'chart-reference', 13, MUTED)
  foot(creditLine(opts.author, opts.texts), 'chart-credit', 12, MUTED)
  const height = Math.ceil(y + PAD - 4)

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" lang="${opts.locale}">`,
    `<title>${escapeXml(opts.title)}</title>`,
    opts.description?.trim() ? `<desc>${escapeXml(opts.description.trim())}</desc>` : '',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
    ''
  ]
    .filter(Boolean)
    .join('\n')
  return { svg, width, height }
}
