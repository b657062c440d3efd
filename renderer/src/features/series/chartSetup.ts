/**
 * chart.js registration for the series chart: only the pieces it uses (tree-shaken bundle),
 * the date-fns adapter for the time axis, the date-fns locale per UI language, and the
 * chart's colours. Verdict colours come from the theme's CSS variables (--verdict-accurate …)
 * so light and dark themes apply; speakers and sources take a colour-blind-safe palette
 * (Okabe–Ito) in the chart model's stable order.
 */
import {
  Chart,
  Decimation,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  ScatterController,
  TimeScale,
  Tooltip
} from 'chart.js'
import 'chartjs-adapter-date-fns'
import { enUS, fr } from 'date-fns/locale'
import { type Verdict } from '../../../../shared/model'

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, TimeScale, Tooltip, Decimation)

/** The date-fns locale of a UI language (axis tick labels). */
export function dateLocale(locale: 'en' | 'fr'): typeof enUS {
  return locale === 'fr' ? fr : enUS
}

export { Chart }

/** Verdict colours when the theme's CSS variables are absent (the app's light theme values). */
export const VERDICT_FALLBACK: Record<Verdict, string> = {
  unverified: '#8a8f98',
  accurate: '#1e8a45',
  misleading: '#c77700',
  false: '#c62828',
  unsupported: '#7b3fb5'
}

/** Okabe–Ito, minus its yellow (unreadable on white) and black (reads as an axis). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#8a6d3b', '#4d4d4d']

/** The theme colours the chart needs, read once per draw from the canvas' computed style. */
export interface ChartColors {
  verdict: Record<Verdict, string>
  fg: string
  muted: string
  grid: string
  background: string
}

/** Read the theme from CSS variables, with fallbacks when the app's stylesheet is absent. */
export function readColors(el: Element | null): ChartColors {
  const style = el ? getComputedStyle(el) : undefined
  const v = (name: string, fallback: string): string => style?.getPropertyValue(name).trim() || fallback
  const verdict = { ...VERDICT_FALLBACK }
  for (const key of Object.keys(verdict) as Verdict[]) verdict[key] = v(`--verdict-${key}`, VERDICT_FALLBACK[key])
  return { verdict, fg: v('--fg', '#1d1f23'), muted: v('--muted', '#5d6470'), grid: v('--border', '#d9dce1'), background: v('--panel', '#ffffff') }
}

/** The colour of a legend entry / point: verdict keys by theme, others by palette index. */
export function colorFor(colorKey: string, colorIndex: number, colors: ChartColors): string {
  if (colorKey.startsWith('verdict:')) {
    const verdict = colorKey.slice('verdict:'.length) as Verdict
    return colors.verdict[verdict] ?? VERDICT_FALLBACK.unverified
  }
  return PALETTE[colorIndex % PALETTE.length]
}
