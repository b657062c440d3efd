/**
 * The schema of a ReferenceSeries, to validate one before it is stored or when it crosses a file
 * boundary (a bundle's references/): observations one per period, in order, finite values.
 */
import { z } from 'zod'
import { type ReferenceSeries } from '../model'
import { idSchema, isoTimestampSchema } from '../bundle/schemas'
import { readPeriod } from './period'

const observation = z.object({
  period: z.string().refine((p) => readPeriod(p)?.period === p, { message: 'must be a period such as 2023, 2023-Q1, 2023-03 or 2023-03-15' }),
  value: z.number().finite(),
  status: z.string().max(40).optional()
})

export const referenceSeriesSchema: z.ZodType<ReferenceSeries> = z
  .object({
    id: idSchema,
    name: z.string().trim().min(1).max(300),
    publisher: z.string().trim().min(1).max(200),
    datasetTitle: z.string().max(500),
    url: z.string().max(2000).optional(),
    retrievedAt: z.iso.date(),
    licence: z.string().max(300).optional(),
    unit: z.string().max(40).optional(),
    periodicity: z.enum(['day', 'month', 'quarter', 'year']),
    place: z.string().max(200).optional(),
    observations: z.array(observation).min(1).max(200_000),
    format: z.enum(['csv', 'sdmx-csv', 'json-stat', 'insee-csv']),
    fileName: z.string().max(500).optional(),
    slice: z.array(z.string().max(500)).max(50).optional(),
    createdAt: isoTimestampSchema,
    updatedAt: isoTimestampSchema
  })
  .refine((r) => r.observations.every((o, i) => i === 0 || r.observations[i - 1].period < o.period), { message: 'observations must be one per period, oldest first', path: ['observations'] })
  .refine((r) => r.observations.every((o) => readPeriod(o.period)?.periodicity === r.periodicity), { message: 'every period must be of the series periodicity', path: ['observations'] })
