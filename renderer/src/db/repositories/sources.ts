/**
 * Sources: import (one transaction per source, batches for large imports), the library list,
 * metadata edits that claims follow, and deletion (undoable: History keeps the records).
 */
import { type Claim, type Lang, type Source } from '../../../../shared/model'
import { claimIndexOf } from '../claimIndex'
import { type ClaimLedgerDB } from '../database'
import { DatabaseError, guarded } from '../errors'
import { digestRow, nextDigestRev } from '../digest'
import { stripToClaim, toStoredClaim } from '../records'
import { type SourceSummaryRow, summaryOf, wordsOf } from '../sourceSummary'
import { ChangeBatch } from './changes'
import { deleteClaimRows, patched, refreshSeriesClaims, writeClaimChange } from './claimStore'

/** A source in the library list. */
export type SourceListItem = Source & { claimCount: number }

/** Source fields a person may edit after import. */
export type SourceMetaPatch = Partial<Pick<Source, 'title' | 'outlet' | 'publishedAt' | 'speakers' | 'kind' | 'authors' | 'url' | 'lang'>>

const SOURCE_META_FIELDS = ['title', 'outlet', 'publishedAt', 'speakers', 'kind', 'authors', 'url', 'lang'] as const

function checkClaimsBelong(source: Source, claims: readonly Claim[]): void {
  for (const c of claims) {
    if (c.sourceId !== source.id) throw DatabaseError.invalid(`Claim ${c.id} belongs to source ${c.sourceId}, not ${source.id}.`)
    if (c.start < 0 || c.end > source.text.length || c.start > c.end)
      throw DatabaseError.invalid(`Claim ${c.id} points outside the text of "${source.title}".`)
  }
}

async function writeSource(db: ClaimLedgerDB, source: Source, claims: readonly Claim[]): Promise<void> {
  await db.sources.add(source)
  await db.claims.bulkAdd(claims.map((c) => toStoredClaim(c)))
  await db.claimDigests.put(digestRow(source, claims, await nextDigestRev(db)))
  await db.sourceSummaries.put(summaryOf(source, claims.length))
  await db.sourceWords.put(wordsOf(source))
}

/**
 * Stores a new source with its claims in one transaction: either all of it is saved or
 * nothing is. Imports are not review changes, so they write no History (Source.importedAt
 * and Claim.createdAt say when).
 */
export async function addSourceWithClaims(db: ClaimLedgerDB, source: Source, claims: readonly Claim[]): Promise<void> {
  checkClaimsBelong(source, claims)
  await guarded(() => db.transaction('rw', db.writeTables(), () => writeSource(db, source, claims)))
}

/** The source with this content hash (duplicate detection before import). */
export async function findByContentHash(db: ClaimLedgerDB, hash: string): Promise<Source | undefined> {
  return guarded(() => db.sources.where('contentHash').equals(hash).first())
}

/** Every source, newest import first, with how many claims each has (counted by the claim index). */
export async function listSources(db: ClaimLedgerDB): Promise<SourceListItem[]> {
  return guarded(() =>
    db.transaction('r', [db.sources, db.claimDigests], async () => {
      const index = claimIndexOf(db)
      await index.refresh(db)
      const sources = await db.sources.orderBy('importedAt').reverse().toArray()
      return sources.map((s) => ({ ...s, claimCount: index.sources.get(s.id)?.claimCount ?? 0 }))
    })
  )
}

/**
 * Every source as the Library draws it (no text: at 5 000 sources this reads a few hundred KB,
 * not every text), in no particular order; the Library sorts and filters in memory.
 */
export async function listSourceSummaries(db: ClaimLedgerDB): Promise<SourceSummaryRow[]> {
  return guarded(() => db.sourceSummaries.toArray())
}

/** The folded words of every source's text, by source id, for the Library's search. */
export async function listSourceWords(db: ClaimLedgerDB): Promise<Map<string, string>> {
  return guarded(async () => new Map((await db.sourceWords.toArray()).map((r) => [r.id, r.words])))
}

/** A source as a picker shows it: no text, so listing 2 000 of them costs nothing. */
export interface SourceOption {
  id: string
  title: string
  lang: Lang
  claimCount: number
}

/**
 * Every source for a picker or filter (title order, accent- and case-insensitive), from the
 * claim index: unlike listSources it reads no source text.
 */
export async function listSourceOptions(db: ClaimLedgerDB): Promise<SourceOption[]> {
  return guarded(() =>
    db.transaction('r', [db.claimDigests], async () => {
      const index = claimIndexOf(db)
      await index.refresh(db)
      return [...index.sources.values()]
        .sort((a, b) => (a.titleKey < b.titleKey ? -1 : a.titleKey > b.titleKey ? 1 : a.id < b.id ? -1 : 1))
        .map(({ id, title, lang, claimCount }) => ({ id, title, lang, claimCount }))
    })
  )
}

export async function getSource(db: ClaimLedgerDB, id: string): Promise<Source | undefined> {
  return guarded(() => db.sources.get(id))
}

/**
 * Edits a source's metadata; its claims follow (statedAt takes the new date; claims whose
 * speaker was the old fallback — the first listed speaker — take the new one). One undoable
 * batch. Returns the updated source.
 */
export async function updateSourceMeta(db: ClaimLedgerDB, id: string, patch: SourceMetaPatch, by: string): Promise<Source> {
  if (patch.title !== undefined && patch.title.trim() === '') throw DatabaseError.invalid('A source needs a title.')
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const batch = new ChangeBatch(by)
      const { source } = await patchSource(db, batch, id, patch)
      await batch.write(db)
      return source
    })
  )
}

/**
 * The same patch on many sources (the Library's "set outlet / kind / language" on a selection):
 * one batch, so one undo puts every source back. Returns how many sources changed.
 */
export async function updateSourcesMeta(db: ClaimLedgerDB, ids: readonly string[], patch: SourceMetaPatch, by: string): Promise<number> {
  if (patch.title !== undefined) throw DatabaseError.invalid('Sources are retitled one at a time.')
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const batch = new ChangeBatch(by)
      let changed = 0
      for (const id of new Set(ids)) if ((await patchSource(db, batch, id, patch)).changed) changed++
      await batch.write(db)
      return changed
    })
  )
}

/** Applies a metadata patch to one source and its claims within `batch`; returns the source as stored after. */
async function patchSource(db: ClaimLedgerDB, batch: ChangeBatch, id: string, patch: SourceMetaPatch): Promise<{ source: Source; changed: boolean }> {
  const source = await db.sources.get(id)
  if (!source) throw DatabaseError.notFound('Source', id)
  const picked: Partial<Source> = {}
  for (const f of SOURCE_META_FIELDS) if (f in patch) (picked as Record<string, unknown>)[f] = patch[f]
  const next = patched(source, picked)
  if (batch.updated('source', id, source, next, SOURCE_META_FIELDS).length === 0) return { source, changed: false }
  const saved = { ...next, updatedAt: batch.at }
  await db.sources.put(saved)
  batch.touch(id, true)
  const oldFallback = source.speakers[0]
  const newFallback = next.speakers[0]
  const redated = source.publishedAt !== next.publishedAt
  const series = new Set<string>()
  for (const row of await db.claims.where('sourceId').equals(id).toArray()) {
    let claim = stripToClaim(row)
    if (redated) claim = patched(claim, { statedAt: next.publishedAt })
    if (oldFallback !== newFallback && claim.speaker === oldFallback) claim = patched(claim, { speaker: newFallback })
    const changed = await writeClaimChange(db, batch, row, claim)
    if (changed.includes('statedAt') && claim.seriesId) series.add(claim.seriesId)
  }
  // A new date can move the source's claims within their series' chronological order.
  for (const seriesId of series) await refreshSeriesClaims(db, batch, seriesId)
  return { source: saved, changed: true }
}

/** Deletes a source and its claims; History keeps every deleted record, so undo restores them. */
export async function deleteSource(db: ClaimLedgerDB, id: string, by: string): Promise<void> {
  await deleteSources(db, [id], by)
}

/** Deletes many sources and their claims as one batch: one undo restores them all. */
export async function deleteSources(db: ClaimLedgerDB, ids: readonly string[], by: string): Promise<void> {
  await guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const batch = new ChangeBatch(by)
      for (const id of new Set(ids)) {
        const source = await db.sources.get(id)
        if (!source) throw DatabaseError.notFound('Source', id)
        batch.deleted('source', id, source)
        batch.touch(id, true)
        await deleteClaimRows(db, batch, await db.claims.where('sourceId').equals(id).toArray())
        await db.sources.delete(id)
      }
      await batch.write(db)
    })
  )
}

/** One source to import with its claims. */
export interface ImportItem {
  source: Source
  claims: Claim[]
}

export interface ImportProgress {
  /** Sources handled so far (written or skipped). */
  done: number
  total: number
}

export interface ImportBatchResult {
  /** Ids of the sources written. */
  imported: string[]
  /** Sources not written because one with the same content is already stored (or earlier in the batch). */
  duplicates: { id: string; title: string; existingId: string }[]
}

/** Claims per transaction: big enough to be fast, small enough that progress moves and a failure loses little. */
const CLAIMS_PER_TRANSACTION = 5000

/**
 * Imports many sources, a transaction per batch (each source whole or not at all), skipping
 * duplicates by content hash and reporting progress after each batch. If a batch fails, the
 * batches before it stay saved and the error (a DatabaseError) is thrown.
 */
export async function importBatch(
  db: ClaimLedgerDB,
  items: readonly ImportItem[],
  onProgress?: (p: ImportProgress) => void,
  options: { claimsPerTransaction?: number } = {}
): Promise<ImportBatchResult> {
  const perTransaction = options.claimsPerTransaction ?? CLAIMS_PER_TRANSACTION
  for (const item of items) checkClaimsBelong(item.source, item.claims)
  const result: ImportBatchResult = { imported: [], duplicates: [] }
  const seen = new Map<string, string>()
  let i = 0
  while (i < items.length) {
    let claimCount = 0
    const chunk: ImportItem[] = []
    while (i < items.length && (chunk.length === 0 || claimCount + items[i].claims.length <= perTransaction)) {
      claimCount += items[i].claims.length
      chunk.push(items[i++])
    }
    const written = await guarded(() =>
      db.transaction('rw', db.writeTables(), async () => {
        const existing = await db.sources.where('contentHash').anyOf(chunk.map((c) => c.source.contentHash)).toArray()
        const stored = new Map(existing.map((s) => [s.contentHash, s.id]))
        const sources: Source[] = []
        const claims: Claim[] = []
        const rev = await nextDigestRev(db)
        const digests = []
        const counts = new Map<string, number>()
        for (const { source, claims: cs } of chunk) {
          const dup = stored.get(source.contentHash) ?? seen.get(source.contentHash)
          if (dup) {
            result.duplicates.push({ id: source.id, title: source.title, existingId: dup })
            continue
          }
          seen.set(source.contentHash, source.id)
          sources.push(source)
          counts.set(source.id, cs.length)
          for (const c of cs) claims.push(toStoredClaim(c))
          digests.push(digestRow(source, cs, rev))
        }
        await db.sources.bulkAdd(sources)
        await db.claims.bulkAdd(claims)
        await db.claimDigests.bulkPut(digests)
        await db.sourceSummaries.bulkPut(sources.map((s) => summaryOf(s, counts.get(s.id) ?? 0)))
        await db.sourceWords.bulkPut(sources.map(wordsOf))
        return sources.map((s) => s.id)
      })
    )
    result.imported.push(...written)
    onProgress?.({ done: i, total: items.length })
  }
  return result
}
