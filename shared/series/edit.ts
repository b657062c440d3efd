/** Accepting, merging and splitting series: pure record transforms (the store writes and logs them). */
import { type Series } from '../model'
import { type SeriesSuggestion } from './types'

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)]
}

/** The series a user gets by accepting a suggestion. */
export function suggestionToSeries(s: SeriesSuggestion, now: string, id: string): Series {
  const series: Series = { id, name: s.name, claimIds: unique(s.claimIds), notes: '', createdAt: now, updatedAt: now }
  if (s.unit) series.unit = s.unit
  return series
}

/**
 * `b` merged into `a`: a's id and name, a's claims then b's new ones (re-sort by date with
 * seriesPoints when showing), both notes, the earlier creation date.
 */
export function mergeSeries(a: Series, b: Series, now: string): Series {
  const merged: Series = {
    id: a.id,
    name: a.name,
    claimIds: unique([...a.claimIds, ...b.claimIds]),
    notes: [a.notes, b.notes].filter((n) => n.trim()).join('\n\n'),
    createdAt: a.createdAt <= b.createdAt ? a.createdAt : b.createdAt,
    updatedAt: now
  }
  const unit = a.unit ?? b.unit
  if (unit) merged.unit = unit
  return merged
}

/**
 * Move `claimIds` out of `s` into a new series `newId` (named after s, "(2)"), keeping s's
 * order in both. Ids that are not in s are ignored.
 */
export function splitSeries(s: Series, claimIds: string[], now: string, newId: string): [Series, Series] {
  const moving = new Set(claimIds)
  const kept: Series = { ...s, claimIds: s.claimIds.filter((id) => !moving.has(id)), updatedAt: now }
  const split: Series = {
    id: newId,
    name: `${s.name} (2)`,
    claimIds: unique(s.claimIds.filter((id) => moving.has(id))),
    notes: '',
    createdAt: now,
    updatedAt: now
  }
  if (s.unit) split.unit = s.unit
  return [kept, split]
}
