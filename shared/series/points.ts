/** A series' claims as points on a time axis. */
import { figureText } from '../figureSpan'
import { type Claim, type Series, type SourceMeta } from '../model'
import { periodSpan, placeClaim, previousDay } from './placement'
import { type SeriesPoint } from './types'

/** One claim as a point (the source may be missing from the map: its title is then ""). */
export function claimPoint(claim: Claim, source: SourceMeta | undefined): SeriesPoint {
  const { x, xFrom } = placeClaim(claim, source)
  const point: SeriesPoint = {
    claimId: claim.id,
    sourceId: claim.sourceId,
    x,
    xFrom,
    value: claim.value,
    verdict: claim.verdict,
    sourceTitle: source?.title ?? '',
    quote: claim.quote,
    figure: figureText(claim)
  }
  if (claim.valueHigh !== undefined) point.valueHigh = claim.valueHigh
  if (claim.approx) point.approx = claim.approx
  if (claim.speaker) point.speaker = claim.speaker
  if (claim.unit) point.unit = claim.unit
  if (source?.outlet) point.outlet = source.outlet
  const statedAt = claim.statedAt ?? source?.publishedAt
  if (statedAt) point.statedAt = statedAt
  if (claim.period?.text) point.periodText = claim.period.text
  const span = periodSpan(claim.period)
  if (span) point.span = span
  if (claim.previous) {
    const prevX = previousDay(claim.previous, x)
    point.previous = { value: claim.previous.value }
    if (claim.previous.valueHigh !== undefined) point.previous.valueHigh = claim.previous.valueHigh
    if (prevX) point.previous.x = prevX
  }
  return point
}

/** Order of points: by day, undated last, then by claim id so equal days stay stable. */
export function comparePoints(a: SeriesPoint, b: SeriesPoint): number {
  if (a.x !== b.x) {
    if (!a.x) return 1
    if (!b.x) return -1
    return a.x < b.x ? -1 : 1
  }
  return a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0
}

/**
 * The points of a series, sorted by x (undated last). Claim ids the map does not hold
 * (deleted claims) are skipped rather than failing the whole chart.
 */
export function seriesPoints(series: Series, claims: Map<string, Claim>, sources: ReadonlyMap<string, SourceMeta>): SeriesPoint[] {
  const points: SeriesPoint[] = []
  const seen = new Set<string>()
  for (const id of series.claimIds) {
    const claim = claims.get(id)
    if (!claim || seen.has(id)) continue
    seen.add(id)
    points.push(claimPoint(claim, sources.get(claim.sourceId)))
  }
  return points.sort(comparePoints)
}
