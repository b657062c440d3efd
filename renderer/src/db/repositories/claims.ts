/**
 * Claims: reading one source's claims, the reviewer's changes (each one recorded in History),
 * manual claims, and the Claims table query (claimQuery.ts).
 */
import {
  CLAIM_KINDS, VERDICTS, type Claim, type ClaimKind, type Period, type Previous, type Result, type Source, type Verdict
} from '../../../../shared/model'
import { newId } from '../../../../shared/runtime'
import { sentenceExcerpt } from '../../../../shared/sentenceExcerpt'
import { type ClaimLedgerDB } from '../database'
import { DatabaseError, EditConflictError, type FieldConflict, guarded } from '../errors'
import { stripToClaim, toStoredClaim } from '../records'
import { foldText, foldedWords, speakerKey } from '../search'
import { ChangeBatch, sameValue } from './changes'
import { deleteClaimRows, loadStoredClaim, patched, writeClaimChange, writeClaimChanges } from './claimStore'

export { queryClaimIds, queryClaims, warmClaimIndex, type ClaimQuery, type ClaimQueryResult, type ClaimSortField } from './claimQuery'
export { type ClaimRow } from '../records'

/** What a reviewer may change on a claim. A key present with `undefined` clears the field. */
export type ClaimPatch = Partial<
  Pick<Claim, 'value' | 'valueHigh' | 'previous' | 'kind' | 'unit' | 'approx' | 'subject' | 'subjectKey' | 'speaker' | 'period' | 'note' | 'tags' | 'verdict'>
>

/** Changing any of these is a correction: the claim becomes 'edited' (a 'manual' claim stays 'manual'). */
const CORRECTION_FIELDS: readonly (keyof ClaimPatch)[] = [
  'value', 'valueHigh', 'previous', 'kind', 'unit', 'approx', 'subject', 'subjectKey', 'speaker', 'period'
]

/** A source's claims in text order. */
export async function listClaimsForSource(db: ClaimLedgerDB, sourceId: string): Promise<Claim[]> {
  const rows = await db.claims.where('[sourceId+start]').between([sourceId, -Infinity], [sourceId, Infinity]).toArray()
  return rows.map(stripToClaim)
}

export async function getClaim(db: ClaimLedgerDB, id: string): Promise<Claim | undefined> {
  const row = await db.claims.get(id)
  return row && stripToClaim(row)
}

/** A plain folded key, used when a subject changes and the caller did not pass the extractor's key. */
function fallbackSubjectKey(subject: string): string {
  return foldedWords(subject).join(' ')
}

function validatePatch(patch: ClaimPatch): void {
  for (const f of ['value', 'valueHigh'] as const)
    if (f in patch && patch[f] !== undefined && !Number.isFinite(patch[f])) throw DatabaseError.invalid(`${f} must be a finite number.`)
  if ('value' in patch && patch.value === undefined) throw DatabaseError.invalid('A claim must keep a value.')
  if (patch.kind !== undefined && !CLAIM_KINDS.includes(patch.kind)) throw DatabaseError.invalid(`Unknown claim kind "${patch.kind}".`)
  if (patch.verdict !== undefined && !VERDICTS.includes(patch.verdict)) throw DatabaseError.invalid(`Unknown verdict "${patch.verdict}".`)
  if ('subject' in patch && typeof patch.subject !== 'string') throw DatabaseError.invalid('A claim must keep a subject.')
}

/** The fields of `patch` whose value differs from `base`: what an edit form opened on `base` really changes. */
export function changedPatch(base: Claim, patch: ClaimPatch): ClaimPatch {
  const out: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(patch)) if (!sameValue(base[field as keyof Claim], value)) out[field] = value
  return out as ClaimPatch
}

/**
 * The fields of `patch` that another window changed between `base` (the claim as this window read it) and
 * `current` (as stored now) to something other than what the patch writes. None when nothing was written since
 * (same updatedAt), or when the other window changed only other fields, or the same ones to the same values.
 */
export function editConflicts(base: Claim, current: Claim, patch: ClaimPatch): FieldConflict[] {
  if (base.updatedAt === current.updatedAt) return []
  const conflicts: FieldConflict[] = []
  for (const [field, yours] of Object.entries(patch)) {
    const theirs = current[field as keyof Claim]
    if (!sameValue(theirs, base[field as keyof Claim]) && !sameValue(theirs, yours)) conflicts.push({ field, yours, theirs })
  }
  return conflicts
}

/** How a save knows what it started from. */
export interface UpdateClaimOptions {
  /**
   * The claim as the edit form read it when it opened. The patch is then checked, inside the write's transaction,
   * against what is stored: a field another window changed meanwhile throws EditConflictError and nothing is written.
   */
  base?: Claim
}

/**
 * Applies a reviewer's change to one claim and records it in History (fields, before, after).
 * A correction (value, unit, subject, speaker, period…) sets status 'edited'. Returns the claim.
 * Only the fields in `patch` are written; with `options.base`, a field changed meanwhile by another window is a
 * conflict (EditConflictError) rather than silently reverted.
 */
export async function updateClaim(db: ClaimLedgerDB, id: string, patch: ClaimPatch, by: string, options: UpdateClaimOptions = {}): Promise<Claim> {
  validatePatch(patch)
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const row = await loadStoredClaim(db, id)
      const current = stripToClaim(row)
      if (options.base) {
        const conflicts = editConflicts(options.base, current, patch)
        if (conflicts.length > 0) throw new EditConflictError('Claim', id, conflicts)
      }
      const full: Partial<Claim> = { ...patch }
      if (patch.subject !== undefined && patch.subject !== current.subject && !('subjectKey' in patch))
        full.subjectKey = fallbackSubjectKey(patch.subject)
      if (full.tags) full.tags = normaliseTags(full.tags)
      let next = patched(current, full)
      const corrects = CORRECTION_FIELDS.some((f) => f in patch && JSON.stringify(current[f]) !== JSON.stringify(next[f]))
      if (corrects && current.status !== 'manual') next = { ...next, status: 'edited' }
      const batch = new ChangeBatch(by)
      await writeClaimChange(db, batch, row, next)
      await batch.write(db)
      return stripToClaim((await db.claims.get(id)) ?? row)
    })
  )
}

async function setStatus(db: ClaimLedgerDB, id: string, status: Claim['status'], by: string): Promise<Claim> {
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const row = await loadStoredClaim(db, id)
      const batch = new ChangeBatch(by)
      await writeClaimChange(db, batch, row, { ...stripToClaim(row), status })
      await batch.write(db)
      return stripToClaim((await db.claims.get(id)) ?? row)
    })
  )
}

/** The reviewer agrees the extractor read the claim right. */
export function confirmClaim(db: ClaimLedgerDB, id: string, by: string): Promise<Claim> {
  return setStatus(db, id, 'confirmed', by)
}

/** Not a claim (a misread number, a date…); kept, so the decision shows. */
export function rejectClaim(db: ClaimLedgerDB, id: string, by: string): Promise<Claim> {
  return setStatus(db, id, 'rejected', by)
}

/** Applies `change` to every claim in `ids` as one batch (undone together); returns how many changed. */
async function bulkChange(db: ClaimLedgerDB, ids: readonly string[], by: string, change: (c: Claim) => Claim): Promise<number> {
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const batch = new ChangeBatch(by)
      let count = 0
      const rows = (await db.claims.bulkGet([...new Set(ids)])).filter((r) => r !== undefined)
      for (const changed of await writeClaimChanges(db, batch, rows.map((row) => ({ row, next: change(stripToClaim(row)) })))) if (changed.length > 0) count++
      await batch.write(db)
      return count
    })
  )
}

/** Confirms many claims at once (one undoable batch); returns how many changed. */
export function confirmClaims(db: ClaimLedgerDB, ids: readonly string[], by: string): Promise<number> {
  return bulkChange(db, ids, by, (c) => ({ ...c, status: 'confirmed' }))
}

/** Rejects many claims at once (one undoable batch); returns how many changed. */
export function rejectClaims(db: ClaimLedgerDB, ids: readonly string[], by: string): Promise<number> {
  return bulkChange(db, ids, by, (c) => ({ ...c, status: 'rejected' }))
}

/** Sets the verdict of many claims at once (one undoable batch); returns how many changed. */
export function setVerdict(db: ClaimLedgerDB, ids: readonly string[], verdict: Verdict, by: string): Promise<number> {
  if (!VERDICTS.includes(verdict)) return Promise.reject(DatabaseError.invalid(`Unknown verdict "${verdict}".`))
  return bulkChange(db, ids, by, (c) => ({ ...c, verdict }))
}

function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))]
}

/** Adds tags to many claims (one undoable batch); returns how many changed. */
export function addTags(db: ClaimLedgerDB, ids: readonly string[], tags: readonly string[], by: string): Promise<number> {
  const add = normaliseTags(tags)
  return bulkChange(db, ids, by, (c) => ({ ...c, tags: normaliseTags([...c.tags, ...add]) }))
}

/** Removes one tag from many claims (one undoable batch); returns how many changed. */
export function removeTag(db: ClaimLedgerDB, ids: readonly string[], tag: string, by: string): Promise<number> {
  return bulkChange(db, ids, by, (c) => ({ ...c, tags: c.tags.filter((t) => t !== tag) }))
}

/** A claim the extractor missed, as the reviewer describes it after selecting its text. */
export interface ManualClaimDraft {
  /** Offsets of the selection in Source.text (UTF-16, end exclusive). */
  start: number
  end: number
  value: number
  valueHigh?: number
  previous?: Previous
  kind: ClaimKind
  unit?: string
  approx?: string
  subject: string
  /** The extractor's normalised key for the subject; a folded subject when absent. */
  subjectKey?: string
  /** Defaults to the speaker of the segment holding the selection, then the source's first speaker. */
  speaker?: string
  period?: Period
  note?: string
  tags?: string[]
}

/**
 * The sentence of `text` around [start, end): from after the previous . ! ? or newline to the next one,
 * cut to an excerpt around the selection when long, like every stored sentence (issue 11, item 9).
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--
  let to = end
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++
  if (to < text.length && text[to] !== '\n') to++
  const raw = text.slice(from, to)
  const lead = raw.length - raw.trimStart().length
  return sentenceExcerpt(raw.trim(), start - from - lead, end - start)
}

function validateDraft(source: Source, d: ManualClaimDraft): string | null {
  if (!Number.isInteger(d.start) || !Number.isInteger(d.end) || d.start < 0 || d.end > source.text.length || d.start >= d.end)
    return `The selection ${d.start}–${d.end} is not inside the text of "${source.title}" (${source.text.length} characters).`
  if (source.text.slice(d.start, d.end).trim() === '') return 'The selection is empty.'
  if (!Number.isFinite(d.value)) return 'A claim needs a numeric value.'
  if (d.valueHigh !== undefined && !Number.isFinite(d.valueHigh)) return 'The upper value must be a number.'
  if (!CLAIM_KINDS.includes(d.kind)) return `Unknown claim kind "${d.kind}".`
  return null
}

/**
 * Records a claim the extractor missed, with the exact offsets of the selection
 * (quote = Source.text.slice(start, end)); status 'manual', verdict 'unverified'.
 */
export async function addManualClaim(db: ClaimLedgerDB, sourceId: string, draft: ManualClaimDraft, by: string): Promise<Result<Claim>> {
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async (): Promise<Result<Claim>> => {
      const source = await db.sources.get(sourceId)
      if (!source) return { ok: false, error: `Source ${sourceId} no longer exists.` }
      const problem = validateDraft(source, draft)
      if (problem) return { ok: false, error: problem }
      const batch = new ChangeBatch(by)
      const segment = source.segments.find((s) => s.start <= draft.start && draft.start < s.end && s.speaker)
      const speaker = draft.speaker ?? segment?.speaker ?? source.speakers[0]
      const claim: Claim = patched<Claim>(
        {
          id: newId(),
          sourceId,
          quote: source.text.slice(draft.start, draft.end),
          start: draft.start,
          end: draft.end,
          sentence: sentenceAround(source.text, draft.start, draft.end),
          value: draft.value,
          valueHigh: draft.valueHigh,
          previous: draft.previous,
          kind: draft.kind,
          unit: draft.unit,
          approx: draft.approx,
          subject: draft.subject,
          subjectKey: draft.subjectKey ?? fallbackSubjectKey(draft.subject),
          speaker,
          period: draft.period,
          statedAt: source.publishedAt,
          status: 'manual',
          verdict: 'unverified',
          note: draft.note ?? '',
          tags: normaliseTags(draft.tags ?? []),
          extractorVersion: 'manual',
          createdAt: batch.at,
          updatedAt: batch.at
        },
        {}
      )
      await db.claims.add(toStoredClaim(claim))
      batch.created('claim', claim.id, claim)
      batch.touch(sourceId)
      await batch.write(db)
      return { ok: true, value: claim }
    })
  )
}

/** Deletes a claim (History keeps it whole, so undo restores it) and removes it from its series. */
export async function deleteClaim(db: ClaimLedgerDB, id: string, by: string): Promise<void> {
  await guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const row = await loadStoredClaim(db, id)
      const batch = new ChangeBatch(by)
      await deleteClaimRows(db, batch, [row])
      await batch.write(db)
    })
  )
}

/**
 * Every speaker named on a claim, once: spellings that differ only in case, accents or spacing ("Laurent Nuñez",
 * "laurent nunez") are one speaker, named by the spelling most claims use (spaces tidied). Sorted as the UI sorts (folded).
 */
export async function distinctSpeakers(db: ClaimLedgerDB): Promise<string[]> {
  return guarded(() =>
    db.transaction('r', [db.claims], async () => {
      const names = (await db.claims.orderBy('speaker').uniqueKeys()) as string[]
      const best = new Map<string, { name: string; n: number; marks: number }>()
      for (const raw of names) {
        const key = speakerKey(raw)
        if (!key) continue
        const name = raw.trim().replace(/\s+/g, ' ')
        const n = await db.claims.where('speaker').equals(raw).count()
        // On a tie, the spelling with capitals and accents ("Nuñez", not "nunez").
        const marks = [...name].filter((ch) => foldText(ch) !== ch).length
        const seen = best.get(key)
        if (!seen || n > seen.n || (n === seen.n && marks > seen.marks)) best.set(key, { name, n, marks })
      }
      return [...best.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v.name)
    })
  )
}

/** Every tag used on a claim, sorted. */
export async function distinctTags(db: ClaimLedgerDB): Promise<string[]> {
  return (await db.claims.orderBy('tags').uniqueKeys()) as string[]
}
