/**
 * chart.js registration for the series chart: only the pieces it uses (tree-shaken bundle),
 * the date-fns adapter for the time axis, the date-fns locale per UI language, and the
 * chart's colours. Points take the colour-blind-safe palette of shared/series/palette.ts
 * (Okabe–Ito, verdicts included) so the canvas and the exported images match; axes, grid and
 * background follow the theme's CSS variables.
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
import { PALETTE, VERDICT_COLORS, keyColor } from '../../../../shared/series/palette'

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, TimeScale, Tooltip, Decimation)

/** The date-fns locale of a UI language (axis tick labels). */
export function dateLocale(locale: 'en' | 'fr'): typeof enUS {
  return locale === 'fr' ? fr : enUS
}

export { Chart }

export { PALETTE }

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
  const verdict: Record<Verdict, string> = { ...VERDICT_COLORS }
  return { verdict, fg: v('--fg', '#1d1f23'), muted: v('--muted', '#5d6470'), grid: v('--border', '#d9dce1'), background: v('--panel', '#ffffff') }
}

/** The colour of a legend entry / point (see shared/series/palette.ts). */
export function colorFor(colorKey: string, colorIndex: number, colors: ChartColors): string {
  if (colorKey.startsWith('verdict:')) return colors.verdict[colorKey.slice('verdict:'.length) as Verdict] ?? keyColor(colorKey, colorIndex)
  return keyColor(colorKey, colorIndex)
}
