/**
 * How a History entry reads in the Reader: field names in the UI's language, values as a reader
 * of that language writes them, series by name, tags as tags, and the user's name instead of the
 * "me" older entries were recorded with. Pure, so it is tested without a DOM.
 */
import { type ClaimKind, type ClaimStatus, type HistoryEntry, type Lang, type Period, type Previous, type Verdict, CLAIM_KINDS, CLAIM_STATUSES, VERDICTS } from '../../../../shared/model'
import type { Translate } from '../../i18n'
import type { MessageKey } from '../../i18n/en'
import { formatClaimValue } from '../claims/format'

/** One side of a change: plain text, or a list of tags shown as tags. */
export type HistoryValue = { text: string } | { tags: string[] }

/** One changed field of an entry, ready to show. */
export interface HistoryLine {
  field: string
  before: HistoryValue
  after: HistoryValue
}

/** What the History panel shows for one entry. */
export interface HistoryView {
  who: string
  /** The action in words when the entry changed a whole record (create, delete). */
  action?: string
  lines: HistoryLine[]
}

// Claim fields by the UI word for them. subjectKey, updatedAt… are bookkeeping derived from
// what the reviewer changed: showing them would only repeat that change in internal terms.
const FIELD_LABELS: Record<string, MessageKey> = {
  value: 'value',
  valueHigh: 'valueHigh',
  previous: 'previous',
  kind: 'kind',
  unit: 'unit',
  approx: 'fieldApprox',
  subject: 'subject',
  speaker: 'speaker',
  period: 'period',
  statedAt: 'date',
  status: 'status',
  verdict: 'verdict',
  note: 'note',
  tags: 'tags',
  seriesId: 'fieldSeries',
  quote: 'quote',
  sentence: 'fieldSentence',
  start: 'fieldPosition',
  end: 'fieldPosition',
  figureStart: 'fieldFigurePosition',
  figureEnd: 'fieldFigurePosition'
}
const HIDDEN = new Set(['subjectKey', 'updatedAt', 'createdAt', 'extractorVersion', 'id', 'sourceId'])

const ACTIONS: Record<HistoryEntry['action'], MessageKey> = {
  create: 'historyCreate',
  update: 'historyUpdate',
  delete: 'historyDelete',
  merge: 'historyMerge'
}

/** What the panel needs beside the entry. */
export interface HistoryContext {
  t: Translate
  lang: Lang
  /** Series names by id, for entries that moved a claim in or out of a series. */
  seriesNames: ReadonlyMap<string, string>
  /** The name set in Settings ('' when none). */
  userName: string
  /** The claim's unit, so a value reads "12 %" rather than "12". */
  unit?: string
}

const EMPTY: HistoryValue = { text: '—' }

function isPeriod(v: unknown): v is Period {
  return typeof v === 'object' && v !== null && typeof (v as Period).text === 'string'
}

function isPrevious(v: unknown): v is Previous {
  return typeof v === 'object' && v !== null && typeof (v as Previous).value === 'number'
}

function valueOf(field: string, v: unknown, ctx: HistoryContext): HistoryValue {
  if (v === undefined || v === null || v === '') return EMPTY
  const { t, lang } = ctx
  switch (field) {
    case 'tags':
      return Array.isArray(v) ? (v.length ? { tags: v.map(String) } : EMPTY) : { text: String(v) }
    case 'seriesId':
      return { text: typeof v === 'string' ? (ctx.seriesNames.get(v) ?? t('historyDeletedSeries')) : String(v) }
    case 'status':
      return { text: (CLAIM_STATUSES as readonly unknown[]).includes(v) ? t(`status_${v as ClaimStatus}`) : String(v) }
    case 'verdict':
      return { text: (VERDICTS as readonly unknown[]).includes(v) ? t(`verdict_${v as Verdict}`) : String(v) }
    case 'kind':
      return { text: (CLAIM_KINDS as readonly unknown[]).includes(v) ? t(`claimKind_${v as ClaimKind}`) : String(v) }
    case 'value':
    case 'valueHigh':
      return { text: typeof v === 'number' ? formatClaimValue({ value: v, unit: ctx.unit }, lang) : String(v) }
    case 'previous':
      return isPrevious(v) ? { text: formatClaimValue({ value: v.value, valueHigh: v.valueHigh, unit: ctx.unit }, lang) } : { text: String(v) }
    case 'period':
      return isPeriod(v) ? { text: v.text } : { text: String(v) }
    default:
      if (typeof v === 'number') return { text: new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(v) }
      if (typeof v === 'string') return { text: v }
      if (Array.isArray(v)) return { text: v.map(String).join(', ') }
      return isPeriod(v) ? { text: v.text } : { text: JSON.stringify(v) }
  }
}

/** Who made the change: "me" (no name was set then) is the user of this library. */
export function historyActor(by: string, userName: string, t: Translate): string {
  if (by.trim() && by !== 'me') return by
  return userName.trim() || t('historyYou')
}

/** An entry as the panel shows it. */
export function historyView(entry: HistoryEntry, ctx: HistoryContext): HistoryView {
  const before = (entry.before ?? {}) as Record<string, unknown>
  const after = (entry.after ?? {}) as Record<string, unknown>
  const who = historyActor(entry.by, ctx.userName, ctx.t)
  const fields = entry.fields.filter((f) => !HIDDEN.has(f))
  // start and end move together: one "position" line; so do the figure's.
  const shown = fields.filter((f) => !(f === 'end' && fields.includes('start')) && !(f === 'figureEnd' && fields.includes('figureStart')))
  if (shown.length === 0) return { who, action: ctx.t(ACTIONS[entry.action]), lines: [] }
  const lines = shown.map((f) => {
    const key = FIELD_LABELS[f]
    return { field: key ? ctx.t(key) : f, before: valueOf(f, before[f], ctx), after: valueOf(f, after[f], ctx) }
  })
  return { who, lines }
}
