/**
 * Browser side of the series chart benchmark: the real SeriesChart component, bundled into a
 * page that tests/bench/series/run.ts opens in headless Chromium. Exposes `window.seriesBench`.
 */
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { type Verdict } from '../../../shared/model'
import { type SeriesPoint } from '../../../shared/series'
import { Chart } from '../../../renderer/src/features/series/chartSetup'
import { SeriesChart, type SeriesChartHandle, type SeriesChartSeries } from '../../../renderer/src/features/series/SeriesChart'

const VERDICTS: Verdict[] = ['unverified', 'accurate', 'misleading', 'false', 'unsupported']

function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
}

/** n points, one a day from 2000 on, a random walk with ranges, before values and approximations. */
export function makeSeries(n: number, seed: number): SeriesChartSeries {
  const r = rng(seed)
  const points: SeriesPoint[] = []
  let v = 500
  const start = Date.UTC(2000, 0, 1)
  for (let i = 0; i < n; i++) {
    v = Math.max(1, v + (r() - 0.5) * 40)
    const x = new Date(start + i * 86_400_000).toISOString().slice(0, 10)
    const p: SeriesPoint = {
      claimId: `c${i}`, sourceId: `s${i % 300}`, x, xFrom: 'source', value: Math.round(v), verdict: VERDICTS[Math.floor(r() * 5)],
      speaker: `Speaker ${Math.floor(r() * 20)}`, sourceTitle: `Source ${i % 300}`, quote: `${Math.round(v)} places d'hébergement de nuit, dit la source ${i}`, figure: `${Math.round(v)} places`
    }
    if (r() < 0.1) p.valueHigh = Math.round(v * 1.2)
    if (r() < 0.05) p.previous = { value: Math.round(v * 0.6) }
    if (r() < 0.1) p.approx = 'environ'
    points.push(p)
  }
  return { id: `bench-${seed}`, name: 'Bench series', points }
}

let lastDraw = 0
Chart.register({ id: 'benchTimer', afterRender: () => { lastDraw = performance.now() } })

const host = document.createElement('div')
host.style.width = '1000px'
document.body.append(host)
let root: Root | undefined
let clicked: string[] = []
let handle: SeriesChartHandle | null = null

function mount(series: SeriesChartSeries[], colorBy: 'verdict' | 'speaker' | 'source' = 'verdict'): void {
  flushSync(() => {
    root?.render(
      <SeriesChart ref={(h) => { handle = h }} series={series} colorBy={colorBy} scale="linear" locale="fr" onPointClick={(id) => clicked.push(id)} />
    )
  })
}

function countInk(): number {
  const canvas = host.querySelector('canvas')
  const ctx = canvas?.getContext('2d')
  if (!canvas || !ctx) return 0
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data
  const [r0, g0, b0] = [data[0], data[1], data[2]]
  let ink = 0
  for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r0) + Math.abs(data[i + 1] - g0) + Math.abs(data[i + 2] - b0) > 60) ink++
  return ink
}

declare global {
  interface Window {
    seriesBench: typeof api
  }
}

const api = {
  /** Mount a fresh chart of n points; ms from render call to the chart's first draw. */
  renderOnce(n: number, seed: number): { ms: number; ink: number; canvasName: string | null } {
    root?.unmount()
    root = createRoot(host)
    const data = [makeSeries(n, seed)]
    lastDraw = 0
    const t0 = performance.now()
    mount(data)
    const ms = (lastDraw || performance.now()) - t0
    return { ms, ink: countInk(), canvasName: host.querySelector('canvas')?.getAttribute('aria-label') ?? null }
  },
  /** Update the mounted chart with new data of n points and a new colouring: ms to redraw. */
  recolor(n: number, colorBy: 'verdict' | 'speaker' | 'source'): number {
    const current = host.querySelector('canvas')
    if (!current) return -1
    const data = [makeSeries(n, 7)]
    lastDraw = 0
    const t0 = performance.now()
    mount(data, colorBy)
    return (lastDraw || performance.now()) - t0
  },
  /** Mount a small chart with every mark (ranges, before values, approx) for a screenshot. */
  showcase(): void {
    root?.unmount()
    root = createRoot(host)
    const s = makeSeries(40, 11)
    s.points.forEach((p, i) => {
      p.x = new Date(Date.UTC(2021, i, 1)).toISOString().slice(0, 10)
      if (i % 9 === 4) p.previous = { value: Math.round(p.value * 0.5) }
    })
    mount([s], 'verdict')
    host.querySelector('details')?.setAttribute('open', '')
    // Hover a point that has a before value, so the screenshot shows the tooltip too.
    const canvas = host.querySelector('canvas')
    const chart = canvas ? Chart.getChart(canvas) : undefined
    const i = s.points.findIndex((p) => p.previous)
    if (canvas && chart && i >= 0) {
      for (let d = 0; d < chart.data.datasets.length; d++) {
        const meta = chart.getDatasetMeta(d)
        const data = chart.data.datasets[d].data as { x: number; y: number }[]
        const k = data.findIndex((q) => q.x === Date.parse(s.points[i].x) && q.y === s.points[i].value)
        const el = k >= 0 ? meta.data[k] : undefined
        if (el && meta.type === 'scatter') {
          const rect = canvas.getBoundingClientRect()
          canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: rect.left + el.x, clientY: rect.top + el.y, bubbles: true }))
          break
        }
      }
    }
  },
  /** Small sanity run: click the first point, export PNG; returns what happened. */
  async smoke(): Promise<{ clicked: string[]; pngSignature: number[]; ink: number; destroyed: boolean }> {
    root?.unmount()
    root = createRoot(host)
    clicked = []
    const s = makeSeries(12, 3)
    mount([s])
    const canvas = host.querySelector('canvas')
    const chart = canvas ? Chart.getChart(canvas) : undefined
    const el = chart?.getDatasetMeta(0).data[0]
    if (canvas && el) {
      const rect = canvas.getBoundingClientRect()
      for (const type of ['mousemove', 'click'] as const) {
        canvas.dispatchEvent(new MouseEvent(type, { clientX: rect.left + el.x, clientY: rect.top + el.y, bubbles: true }))
      }
    }
    await new Promise((r) => setTimeout(r, 50))
    const png = handle ? await handle.toPngBytes() : new Uint8Array()
    const ink = countInk()
    root.unmount()
    root = undefined
    return { clicked, pngSignature: [...png.slice(0, 8)], ink, destroyed: canvas ? Chart.getChart(canvas) === undefined : false }
  }
}
window.seriesBench = api
