import { claimFromExtracted } from '../../../../shared/claimRecord'
import type { SourceDraft } from '../../../../shared/ingest/index'
import type { PickedFile, RejectedFile } from '../../../../shared/ipc'
import type { Source, SourceKind } from '../../../../shared/model'
import { newId, nowIso } from '../../../../shared/runtime'
import type { ClaimLedgerDB } from '../../db/database'
import { addSourceWithClaims, findByContentHash } from '../../db/repositories/sources'
import { extractInWorker } from '../../workers/extractClient'
import { ingestInBrowser } from './browserIngestHost'

/** One file on its way in: parsed into a draft the user can correct, or refused with a reason. */
export interface ImportCandidate {
  key: string
  name: string
  draft?: SourceDraft
  error?: string
  /** Title of the stored source with the same text, when it is a duplicate. */
  duplicateOf?: string
}

export interface ImportProgress {
  done: number
  total: number
  current?: string
}

export interface ImportSummary {
  added: number
  claims: number
  duplicates: string[]
  failures: { name: string; error: string }[]
  sourceIds: string[]
}

/** Editable details of a draft, shown before saving. */
export interface DraftMeta {
  title: string
  outlet: string
  publishedAt: string
  speakers: string
  kind: SourceKind
}

export function metaOf(draft: SourceDraft): DraftMeta {
  return { title: draft.title, outlet: draft.outlet ?? '', publishedAt: draft.publishedAt ?? '', speakers: draft.speakers.join(', '), kind: draft.kind }
}

export function withMeta(draft: SourceDraft, meta: DraftMeta): SourceDraft {
  const speakers = meta.speakers.split(',').map((s) => s.trim()).filter(Boolean)
  return {
    ...draft,
    title: meta.title.trim() || draft.title,
    outlet: meta.outlet.trim() || undefined,
    publishedAt: meta.publishedAt.trim() || undefined,
    speakers,
    kind: meta.kind
  }
}

/** Parses picked or dropped files into drafts (or reasons), flagging texts already in the library. */
export async function prepareFiles(db: ClaimLedgerDB, files: PickedFile[], rejected: RejectedFile[], onProgress?: (p: ImportProgress) => void): Promise<ImportCandidate[]> {
  const out: ImportCandidate[] = rejected.map((r) => ({ key: newId(), name: r.name, error: r.error }))
  const seen = new Map<string, string>()
  for (const [i, file] of files.entries()) {
    onProgress?.({ done: i, total: files.length, current: file.name })
    const result = await ingestInBrowser({ name: file.name, bytes: file.bytes, mime: file.type || undefined })
    if (!result.ok) {
      out.push({ key: newId(), name: file.name, error: result.error })
      continue
    }
    const draft = result.value
    const existing = await findByContentHash(db, draft.contentHash)
    const duplicateOf = existing?.title ?? seen.get(draft.contentHash)
    seen.set(draft.contentHash, draft.title)
    out.push({ key: newId(), name: file.name, draft, duplicateOf })
  }
  onProgress?.({ done: files.length, total: files.length })
  return out
}

/**
 * Extracts claims from each draft (in the worker) and stores each source with its claims in one
 * transaction, so a failure leaves nothing half-written; the other files go on.
 */
export async function commitDrafts(db: ClaimLedgerDB, candidates: ImportCandidate[], onProgress?: (p: ImportProgress) => void): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, claims: 0, duplicates: [], failures: [], sourceIds: [] }
  const todo = candidates.filter((c) => c.draft && !c.duplicateOf)
  for (const c of candidates) {
    if (c.error) summary.failures.push({ name: c.name, error: c.error })
    else if (c.duplicateOf) summary.duplicates.push(c.name)
  }
  for (const [i, candidate] of todo.entries()) {
    onProgress?.({ done: i, total: todo.length, current: candidate.name })
    try {
      const id = await saveDraft(db, candidate.draft as SourceDraft)
      if (id === null) {
        summary.duplicates.push(candidate.name)
        continue
      }
      summary.added++
      summary.claims += id.claims
      summary.sourceIds.push(id.sourceId)
    } catch (error) {
      summary.failures.push({ name: candidate.name, error: `${candidate.name}: ${error instanceof Error ? error.message : String(error)}` })
    }
  }
  onProgress?.({ done: todo.length, total: todo.length })
  return summary
}

/** Stores one draft with its extracted claims; null when the same text is already stored. */
export async function saveDraft(db: ClaimLedgerDB, draft: SourceDraft): Promise<{ sourceId: string; claims: number } | null> {
  if (await findByContentHash(db, draft.contentHash)) return null
  const now = nowIso()
  const source: Source = { ...draft, id: newId(), importedAt: now }
  const extracted = await extractInWorker(source.text, {
    lang: source.lang,
    date: source.publishedAt,
    speakers: source.speakers,
    segments: source.segments
  })
  const claims = extracted.map((e) => claimFromExtracted(e, source, now))
  await addSourceWithClaims(db, source, claims)
  return { sourceId: source.id, claims: claims.length }
}
