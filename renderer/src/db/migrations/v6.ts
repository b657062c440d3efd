/**
 * Version 6: official reference series (issue 14, item 1). A new table of ReferenceSeries (INSEE,
 * Eurostat, ONS… series with their citation and observations), keyed by id; a series points to
 * the one it is checked against with Series.referenceId, which needs no index. Nothing stored
 * before changes, so there is no upgrade function.
 */
import { type SeriesV1 } from './v1'

export const VERSION = 6

export const STORES = {
  references: 'id'
} as const

/** A reference series as version 6 stores it. */
export interface ReferenceSeriesV6 {
  id: string
  name: string
  publisher: string
  datasetTitle: string
  url?: string
  retrievedAt: string
  licence?: string
  unit?: string
  periodicity: 'day' | 'month' | 'quarter' | 'year'
  place?: string
  observations: { period: string; value: number; status?: string }[]
  format: 'csv' | 'sdmx-csv' | 'json-stat' | 'insee-csv'
  fileName?: string
  slice?: string[]
  createdAt: string
  updatedAt: string
}

/** A series as version 6 may store it: with the id of its reference series. */
export type SeriesV6 = SeriesV1 & { referenceId?: string }
