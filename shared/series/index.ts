/**
 * shared/series: follow one figure across sources and months — grouping suggestions, time
 * placement, the compare table, contradictions, CSV, and series edits. Pure: no DOM, no Node.
 */
export type { SeriesSuggestion, SeriesPoint, PointSpan, CompareRow, CompareOptions, Contradiction } from './types'
export { type SuggestOptions, suggestSeries, DEFAULT_MIN_SCORE, BEFORE_AFTER_SCORE } from './suggest'
export { seriesPoints, claimPoint, comparePoints } from './points'
export { placeClaim, previousDay, periodSpan, type Placement } from './placement'
export { compareTable, median } from './compare'
export { findContradictions, relativeGap } from './contradictions'
export { seriesToCsv, CSV_BOM, SERIES_CSV_COLUMNS } from './csv'
export { suggestionToSeries, mergeSeries, splitSeries } from './edit'
export { type Granularity, periodKey, dateSpan } from './dates'
export { dimensionOf } from './units'
export { conceptTokens } from './concepts'
export { buildChartModel, POINT_SHAPES, type ChartModel, type ChartPointModel, type ChartSourceModel, type ColorBy, type PointShape } from './chartModel'
export { renderChartSvg, type ChartSvg, type ChartSvgOptions } from './chartSvg'
export { EN_CHART_TEXTS, creditLine, dateFormat, formatPartialDate, formatSpan, formatValue, pointDetails, sourceLine, type ChartTexts } from './chartText'
export { PALETTE, VERDICT_COLORS, keyColor } from './palette'
export { reasonText, reasonPartText, formatReasonValue, type ReasonPart } from './reasons'
export { type ToleranceKind, DEFAULT_TOLERANCE, toleranceKind, effectiveTolerance, gapOf, pointGap } from './tolerance'
export { type ClaimScope, claimScope, scopeConflict } from './scope'
export { type CompareRules } from './compare'
