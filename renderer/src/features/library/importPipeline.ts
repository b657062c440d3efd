import { claimFromExtracted } from '../../../../shared/claimRecord'
import type { IngestNotice, SourceDraft } from '../../../../shared/ingest/index'
import type { PickedFile, RejectedFile } from '../../../../shared/ipc'
import type { Lang, Source, SourceKind } from '../../../../shared/model'
import { newId, nowIso } from '../../../../shared/runtime'
import type { ClaimLedgerDB } from '../../db/database'
import { addSourceWithClaims, findByContentHash, importBatch, type ImportItem } from '../../db/repositories/sources'
import { extractInWorker } from '../../workers/extractClient'
import { ingestInBrowser } from './browserIngestHost'

/** One file on its way in: parsed into a draft the user can correct, or refused with a reason. */
export interface ImportCandidate {
  key: string
  name: string
  draft?: SourceDraft
  error?: string
  /** What the file's import left out (an unusable time code...), each naming the file: shown, not refused. */
  warnings?: string[]
  /** Title of the stored source with the same text, when it is a duplicate. */
  duplicateOf?: string
  /** How the file was read differently from usual (a page as plain text, a PDF up to its page cap): shown in the UI's language. */
  notices?: IngestNotice[]
}

export interface ImportProgress {
  done: number
  total: number
  current?: string
  /** Pages of the current file read so far, for long PDFs. */
  pages?: { done: number; total: number }
}

export interface ImportSummary {
  added: number
  claims: number
  duplicates: string[]
  failures: { name: string; error: string }[]
  /** What the imported files left out (see ImportCandidate.warnings). */
  warnings: string[]
  /** Sources that had more claims than a source keeps (MAX_CLAIMS_PER_SOURCE): the first `kept` were stored. */
  capped: ClaimsCapped[]
  sourceIds: string[]
}

/** A file whose extractor found `found` claims, of which the first `kept` were stored. */
export interface ClaimsCapped {
  name: string
  found: number
  kept: number
}

/** The details "apply to all" sets on every draft of a review; a field left undefined is left as each draft has it. */
export interface MetaForAll {
  kind?: SourceKind
  lang?: Lang
  outlet?: string
  speakers?: string
}

/** `metas` with the filled fields of `all` set on every one. */
export function applyToAll(metas: Readonly<Record<string, DraftMeta>>, all: MetaForAll): Record<string, DraftMeta> {
  const patch: Partial<DraftMeta> = {}
  if (all.kind) patch.kind = all.kind
  if (all.lang) patch.lang = all.lang
  if (all.outlet?.trim()) patch.outlet = all.outlet.trim()
  if (all.speakers?.trim()) patch.speakers = all.speakers.trim()
  return Object.fromEntries(Object.entries(metas).map(([key, meta]) => [key, { ...meta, ...patch }]))
}

/** Editable details of a draft, shown before saving. */
export interface DraftMeta {
  title: string
  outlet: string
  publishedAt: string
  speakers: string
  kind: SourceKind
  lang: Lang
}

export function metaOf(draft: SourceDraft): DraftMeta {
  return { title: draft.title, outlet: draft.outlet ?? '', publishedAt: draft.publishedAt ?? '', speakers: draft.speakers.join(', '), kind: draft.kind, lang: draft.lang }
}

export function withMeta(draft: SourceDraft, meta: DraftMeta): SourceDraft {
  const speakers = meta.speakers.split(',').map((s) => s.trim()).filter(Boolean)
  return {
    ...draft,
    title: meta.title.trim() || draft.title,
    outlet: meta.outlet.trim() || undefined,
    publishedAt: meta.publishedAt.trim() || undefined,
    speakers,
    kind: meta.kind,
    lang: meta.lang
  }
}

/**
 * Parses picked or dropped files into drafts (or reasons), flagging texts already in the library.
 * Null when the signal stopped it: a cancelled import offers nothing to save.
 */
export async function prepareFiles(
  db: ClaimLedgerDB,
  files: PickedFile[],
  rejected: RejectedFile[],
  onProgress?: (p: ImportProgress) => void,
  signal?: AbortSignal
): Promise<ImportCandidate[] | null> {
  const out: ImportCandidate[] = rejected.map((r) => ({ key: newId(), name: r.name, error: r.error }))
  const seen = new Map<string, string>()
  for (const [i, file] of files.entries()) {
    if (signal?.aborted) return null
    onProgress?.({ done: i, total: files.length, current: file.name })
    const result = await ingestInBrowser(
      { name: file.name, bytes: file.bytes, mime: file.type || undefined },
      { signal, onProgress: (pages) => onProgress?.({ done: i, total: files.length, current: file.name, pages }) }
    )
    if (!result.ok && result.cancelled) return null
    if (!result.ok) {
      out.push({ key: newId(), name: file.name, error: result.error })
      continue
    }
    const draft = result.value
    const existing = await findByContentHash(db, draft.contentHash)
    const duplicateOf = existing?.title ?? seen.get(draft.contentHash)
    seen.set(draft.contentHash, draft.title)
    out.push({ key: newId(), name: file.name, draft, duplicateOf, warnings: result.warnings, notices: result.notices })
  }
  onProgress?.({ done: files.length, total: files.length })
  return out
}

/** Sources per write: each source is whole or absent, and few transactions keep live views from re-running per file. */
const SOURCES_PER_WRITE = 200

/**
 * Extracts claims from each draft (in the worker) and stores the sources with their claims in
 * batches: one transaction per batch, so a source is never half-written; a failed batch is
 * reported file by file and the other batches go on.
 */
export async function commitDrafts(db: ClaimLedgerDB, candidates: ImportCandidate[], onProgress?: (p: ImportProgress) => void): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, claims: 0, duplicates: [], failures: [], warnings: [], capped: [], sourceIds: [] }
  const todo = candidates.filter((c) => c.draft && !c.duplicateOf)
  for (const c of candidates) {
    if (c.error) summary.failures.push({ name: c.name, error: c.error })
    else if (c.duplicateOf) summary.duplicates.push(c.name)
  }
  type Pending = { name: string; item: ImportItem; found: number; warnings: string[] }
  let pending: Pending[] = []
  const write = async (batch: Pending[]): Promise<void> => {
    try {
      const result = await importBatch(db, batch.map((b) => b.item))
      const written = new Set(result.imported)
      for (const b of batch) {
        if (written.has(b.item.source.id)) {
          summary.added++
          summary.claims += b.item.claims.length
          summary.sourceIds.push(b.item.source.id)
          summary.warnings.push(...b.warnings)
          if (b.found > b.item.claims.length) summary.capped.push({ name: b.name, found: b.found, kept: b.item.claims.length })
        } else summary.duplicates.push(b.name)
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      for (const b of batch) summary.failures.push({ name: b.name, error: `${b.name}: not saved (${reason})` })
    }
  }
  // Extraction of the next files goes on while a batch is being written.
  let writing = Promise.resolve()
  const flush = (): void => {
    if (pending.length === 0) return
    const batch = pending
    pending = []
    writing = writing.then(() => write(batch))
  }
  // A few requests queued in the worker keep it busy without holding every text in flight.
  const window: { name: string; job: Promise<ExtractedDraft>; warnings: string[] }[] = []
  const settle = async (): Promise<void> => {
    const next = window.shift()
    if (!next) return
    try {
      const { found, ...item } = await next.job
      pending.push({ name: next.name, item, found, warnings: next.warnings })
    } catch (error) {
      summary.failures.push({ name: next.name, error: `${next.name}: ${error instanceof Error ? error.message : String(error)}` })
    }
    if (pending.length >= SOURCES_PER_WRITE) flush()
  }
  for (const [i, candidate] of todo.entries()) {
    onProgress?.({ done: i, total: todo.length, current: candidate.name })
    const job = extractDraft(candidate.draft as SourceDraft)
    job.catch(() => undefined) // handled in settle
    window.push({ name: candidate.name, job, warnings: candidate.warnings ?? [] })
    if (window.length >= 4) await settle()
  }
  while (window.length) await settle()
  flush()
  await writing
  onProgress?.({ done: todo.length, total: todo.length })
  return summary
}

/** A source with the claims it stores and how many the extractor found (more when capped). */
type ExtractedDraft = ImportItem & { found: number }

/** A draft made a source with its extracted claims, ready to store. */
async function extractDraft(draft: SourceDraft): Promise<ExtractedDraft> {
  const now = nowIso()
  const source: Source = { ...draft, id: newId(), importedAt: now }
  const { claims, found } = await extractInWorker(source.text, { lang: source.lang, date: source.publishedAt, speakers: source.speakers, segments: source.segments })
  return { source, claims: claims.map((e) => claimFromExtracted(e, source, now)), found }
}

/** Stores one draft with its extracted claims; null when the same text is already stored. */
export async function saveDraft(db: ClaimLedgerDB, draft: SourceDraft): Promise<{ sourceId: string; claims: number; found: number } | null> {
  if (await findByContentHash(db, draft.contentHash)) return null
  const { source, claims, found } = await extractDraft(draft)
  await addSourceWithClaims(db, source, claims)
  return { sourceId: source.id, claims: claims.length, found }
}
