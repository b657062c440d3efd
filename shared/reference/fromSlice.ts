/**
 * The ReferenceSeries a user keeps from a file: the series cut from the table, named by the values
 * chosen (or the file's title), cited with the publisher and title the file gives, else its name.
 */
import { type ReferenceSeries } from '../model'
import { type ReferenceTable, type Slice } from './table'

/** "series: ILO unemployment rate - …" → "ILO unemployment rate - …". */
const valueOf = (label: string): string => label.replace(/^[^:]*:\s*/, '')

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,6}$/i, '') || fileName
}

/** `id` and `now` (ISO timestamp) come from the caller, so the result is reproducible. */
export function referenceFromSlice(table: ReferenceTable, slice: Slice, opts: { id: string; now: string }): ReferenceSeries {
  const file = baseName(table.fileName)
  const chosen = slice.labels.map(valueOf).join(', ')
  const name = (chosen || table.meta.datasetTitle || file).slice(0, 300)
  const reference: ReferenceSeries = {
    id: opts.id,
    name,
    publisher: (table.meta.publisher?.trim() || file).slice(0, 200),
    datasetTitle: (table.meta.datasetTitle?.trim() || name).slice(0, 500),
    // The file does not say when it was downloaded: the day it was imported is the closest we know.
    retrievedAt: opts.now.slice(0, 10),
    periodicity: slice.periodicity,
    observations: slice.observations,
    format: table.format,
    fileName: table.fileName.slice(0, 500),
    createdAt: opts.now,
    updatedAt: opts.now
  }
  if (table.meta.url) reference.url = table.meta.url
  if (slice.unit) reference.unit = slice.unit
  if (slice.place) reference.place = slice.place
  if (slice.labels.length) reference.slice = slice.labels
  return reference
}
