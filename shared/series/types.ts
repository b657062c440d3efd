/** The public shapes of shared/series (re-exported by index.ts). */
import { type Verdict } from '../model'
import { type Granularity } from './dates'
import { type ReasonPart } from './reasons'

/** A proposed series: claims that look like the same figure, with why. */
export interface SeriesSuggestion {
  /** Deterministic id of the suggestion (a hash of its sorted claim ids). */
  key: string
  name: string
  unit?: string
  /** Claim ids in chronological order (undated last). */
  claimIds: string[]
  /** Confidence, 0..1. */
  score: number
  /** Human readable, e.g. "same unit (count); subjects share 'crack', 'place'; same speaker (Laurent Nunez)". */
  reason: string
  /** The same facts, for wording in the UI's language (reasonText). */
  reasons: ReasonPart[]
}

/** One claim placed on a series' time axis. */
export interface SeriesPoint {
  claimId: string
  sourceId: string
  /** ISO day the point is placed at ("" when xFrom is 'none'). */
  x: string
  /** Where x came from: the claim's period, the source's date, or nowhere. */
  xFrom: 'period' | 'source' | 'none'
  value: number
  valueHigh?: number
  approx?: string
  /** The "before" value of the claim ("c'était 200 avant"); x only when its date is stated. */
  previous?: { value: number; valueHigh?: number; x?: string }
  verdict: Verdict
  speaker?: string
  sourceTitle: string
  /** The clause the claim cites, and the figure's own words in it. */
  quote: string
  figure: string
  unit?: string
  /** The source's outlet, and the date the figure was stated (the claim's, else its source's). */
  outlet?: string
  statedAt?: string
  /** The period as written ("en octobre 2023"). */
  periodText?: string
  /** The whole month, quarter or year the figure is about: drawn over it, never at its middle day. */
  span?: PointSpan
}

/** Calendar periods a figure covers: "2023-10" is a month, "2023-Q4" a quarter, "2021"–"2023" a span of years. */
export interface PointSpan {
  /** First and last day, ISO. */
  from: string
  to: string
  unit: 'month' | 'quarter' | 'year' | 'span'
}

/** One period (month, quarter or year) of the compare table. */
export interface CompareRow {
  /** "2023-10", "2023-Q4" or "2023". */
  period: string
  /**
   * One cell per point. `xFrom` 'source' marks a claim without a stated period, placed at its
   * source's date; `approx` carries "près de", "about"… (both additive to the base contract).
   */
  cells: { sourceId: string; sourceTitle: string; claimId: string; value: number; valueHigh?: number; approx?: string; xFrom?: 'period' | 'source' }[]
  /** Relative change of this period's median from the previous row's median (0.5 = +50 %). */
  changeFromPrevious?: number
  contradiction: boolean
  /** Every contradicting pair, "; "-joined. */
  contradictionDetail?: string
  /** The same pairs one by one, so a view can show a few and count the rest. */
  contradictionDetails?: string[]
}

/** Options of the compare table. */
export interface CompareOptions {
  granularity: Granularity
  /** Relative tolerance before two values of one period contradict: 0.1 = 10 %. */
  tolerance: number
}

/** Two points of one period that disagree by more than the tolerance. */
export interface Contradiction {
  a: string
  b: string
  detail: string
}
