/**
 * The chart's colours, shared by the app's canvas and the exported SVG so both draw the same
 * chart. Okabe–Ito throughout, which stays distinguishable with the common colour-vision
 * deficiencies; the verdict colours avoid the red/green pair that reads as one colour to many.
 */
import { type Verdict } from '../model'

/** Okabe–Ito, minus its yellow (unreadable on white) and black (reads as an axis), for speakers and sources. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#8a6d3b', '#4d4d4d'] as const

/** Verdict colours on the chart (bluish green, orange, vermillion, reddish purple; grey when unrated). */
export const VERDICT_COLORS: Readonly<Record<Verdict, string>> = {
  unverified: '#8a8f98',
  accurate: '#009E73',
  misleading: '#E69F00',
  false: '#D55E00',
  unsupported: '#CC79A7'
}

/** The colour of a colour key ("verdict:false", "source:…") and its palette index. */
export function keyColor(colorKey: string, colorIndex: number): string {
  if (colorKey.startsWith('verdict:')) return VERDICT_COLORS[colorKey.slice('verdict:'.length) as Verdict] ?? VERDICT_COLORS.unverified
  return PALETTE[colorIndex % PALETTE.length]
}
