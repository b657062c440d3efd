/**
 * zod schemas for the records of shared/model.ts, used to validate anything that crosses a
 * file boundary (bundle import, CLI input). The renderer reuses them. Each is typed against
 * the model interface, so a model change that the schema misses fails to compile.
 */
import { z } from 'zod'
import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  LANGS,
  SOURCE_KINDS,
  VERDICTS,
  type Claim,
  type HistoryEntry,
  type Period,
  type Previous,
  type Segment,
  type Series,
  type Source
} from '../model'
import { MAX_TIMECODE_SECONDS } from '../timecode'
import { ID_PATTERN } from './format'

/** A record id: safe as a file name (see ID_PATTERN). */
export const idSchema = z.string().regex(ID_PATTERN, 'must be 1–128 letters, digits, ".", "_" or "-", starting with a letter or digit')

/** ISO date, possibly partial: "2023", "2023-10", "2023-10-05" (a time part is tolerated). */
export const partialIsoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'must be an ISO date such as 2023, 2023-10 or 2023-10-05')

/** ISO timestamp (date and time). */
export const isoTimestampSchema = z.iso.datetime({ offset: true, local: true })

const offset = z.number().int().nonnegative()

/** A media time in seconds: finite (zod numbers refuse Infinity, which "1e400" parses to), 0 to under 100 hours. */
const timecode = z.number().nonnegative().lt(MAX_TIMECODE_SECONDS, `must be under ${MAX_TIMECODE_SECONDS / 3600} hours`)

/** Schema of Segment (its time codes usable: see shared/timecode.ts). */
export const segmentSchema: z.ZodType<Segment> = z
  .object({
    start: offset,
    end: offset,
    speaker: z.string().optional(),
    startTime: timecode.optional(),
    endTime: timecode.optional(),
    page: z.number().int().positive().optional(),
    heading: z.number().int().min(1).max(6).optional()
  })
  .refine((s) => s.startTime === undefined || s.endTime === undefined || s.startTime <= s.endTime, { message: 'startTime is after endTime', path: ['endTime'] })

const sourceObject = z.object({
  id: idSchema,
  kind: z.enum(SOURCE_KINDS),
  title: z.string(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  authors: z.array(z.string()),
  speakers: z.array(z.string()),
  publishedAt: partialIsoDateSchema.optional(),
  fileDate: partialIsoDateSchema.optional(),
  importedAt: isoTimestampSchema,
  lang: z.enum(LANGS),
  text: z.string(),
  segments: z.array(segmentSchema),
  contentHash: z.string(),
  fileName: z.string().optional(),
  mime: z.string().optional(),
  updatedAt: isoTimestampSchema.optional()
})

/** Schema of Source. */
export const sourceSchema: z.ZodType<Source> = sourceObject

/** Schema of Period. */
export const periodSchema: z.ZodType<Period> = z.object({
  text: z.string(),
  start: partialIsoDateSchema.optional(),
  end: partialIsoDateSchema.optional(),
  per: z.enum(['day', 'night', 'week', 'month', 'quarter', 'year']).optional()
})

/** Schema of Previous. */
export const previousSchema: z.ZodType<Previous> = z.object({
  value: z.number(),
  valueHigh: z.number().optional(),
  when: z.string().optional()
})

const claimObject = z.object({
  id: idSchema,
  sourceId: idSchema,
  quote: z.string(),
  start: offset,
  end: offset,
  figureStart: offset.optional(),
  figureEnd: offset.optional(),
  sentence: z.string(),
  value: z.number(),
  valueHigh: z.number().optional(),
  previous: previousSchema.optional(),
  kind: z.enum(CLAIM_KINDS),
  unit: z.string().optional(),
  approx: z.string().optional(),
  subject: z.string(),
  subjectKey: z.string(),
  speaker: z.string().optional(),
  period: periodSchema.optional(),
  statedAt: partialIsoDateSchema.optional(),
  status: z.enum(CLAIM_STATUSES),
  verdict: z.enum(VERDICTS),
  note: z.string(),
  tags: z.array(z.string()),
  seriesId: idSchema.optional(),
  extractorVersion: z.string(),
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema
})

/** Schema of Claim (offsets checked against each other; against the text by the bundle reader). */
export const claimSchema: z.ZodType<Claim> = claimObject
  .refine((c) => c.end >= c.start, { message: 'end must not be before start', path: ['end'] })
  // the figure lies inside its quote, and both of its offsets are given or neither
  .refine((c) => (c.figureStart === undefined) === (c.figureEnd === undefined), { message: 'figureStart and figureEnd go together', path: ['figureEnd'] })
  .refine((c) => c.figureStart === undefined || c.figureEnd === undefined || (c.start <= c.figureStart && c.figureStart < c.figureEnd && c.figureEnd <= c.end), {
    message: 'the figure must lie inside the quote (start ≤ figureStart < figureEnd ≤ end)',
    path: ['figureStart']
  })

const seriesObject = z.object({
  id: idSchema,
  name: z.string(),
  unit: z.string().optional(),
  claimIds: z.array(idSchema),
  notes: z.string(),
  // Chart texts a reader sees in the exported image: bounded so a bundle cannot carry a novel as a title.
  title: z.string().max(300).optional(),
  description: z.string().max(2000).optional(),
  tolerance: z.number().nonnegative().finite().optional(),
  // The official series it is checked against; without it here an opened bundle dropped the attachment.
  referenceId: idSchema.optional(),
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema
})

/** Schema of Series. */
export const seriesSchema: z.ZodType<Series> = seriesObject

/**
 * The schema of each field of a Source, Claim and Series, to check the partial records that
 * History entries carry (the changed fields before and after) value by value.
 */
export const recordFieldSchemas: Record<'source' | 'claim' | 'series', Readonly<Record<string, z.ZodType>>> = {
  source: sourceObject.shape,
  claim: claimObject.shape,
  series: seriesObject.shape
}

/** Schema of HistoryEntry; before/after are any JSON value. */
export const historyEntrySchema: z.ZodType<HistoryEntry> = z.object({
  id: idSchema,
  entity: z.enum(['claim', 'series', 'source']),
  entityId: idSchema,
  action: z.enum(['create', 'update', 'delete', 'merge']),
  fields: z.array(z.string()),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  by: z.string(),
  at: isoTimestampSchema
})

/** A zod error as one line: the first issues with their paths. */
export function describeZodError(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const path = issue.path.length ? formatPath(issue.path) : '(record)'
    return `${path}: ${issue.message}`
  })
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : ''
  return parts.join('; ') + more
}

/** ["claims", 3, "value"] → "claims[3].value". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('')
}
