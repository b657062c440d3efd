/**
 * Source summaries (see migrations/v5.ts): what the Library draws, searches, sorts and filters
 * on, without the source text. A summary row is light (a few hundred bytes); the folded words
 * of a source's text sit in a row of their own (sourceWords), read only when a search is typed.
 * Rewritten with the claim digests (writeDigests), so every repository write, undo, bundle
 * merge and repair keeps them in step.
 */
import { type Lang, type Source, type SourceKind } from '../../../shared/model'
import { type ClaimLedgerDB } from './database'
import { foldText, foldedWords } from './search'

/** A row of the sourceSummaries table. '' stands for an absent outlet, date or file name. */
export interface SourceSummaryRow {
  id: string
  title: string
  outlet: string
  kind: SourceKind
  lang: Lang
  publishedAt: string
  importedAt: string
  speakers: string[]
  fileName: string
  claimCount: number
  /** Folded title, for sorting. */
  titleKey: string
  /** The folded words of title, outlet and speakers, each preceded by a space, for search. */
  find: string
}

/** A row of the sourceWords table: the folded distinct words of the text, each preceded by a space. */
export interface SourceWordsRow {
  id: string
  words: string
}

export function summaryOf(source: Source, claimCount: number): SourceSummaryRow {
  return {
    id: source.id, title: source.title, outlet: source.outlet ?? '', kind: source.kind, lang: source.lang, publishedAt: source.publishedAt ?? '',
    importedAt: source.importedAt, speakers: [...source.speakers], fileName: source.fileName ?? '', claimCount, titleKey: foldText(source.title),
    find: spaced(foldedWords([source.title, source.outlet ?? '', ...source.speakers].join(' ')))
  }
}

export function wordsOf(source: Pick<Source, 'id' | 'text'>): SourceWordsRow {
  return { id: source.id, words: spaced(foldedWords(source.text)) }
}

function spaced(words: readonly string[]): string {
  return words.length ? ' ' + words.join(' ') : ''
}

function sameSummary(a: SourceSummaryRow | undefined, b: SourceSummaryRow): boolean {
  if (!a) return false
  const x = a as unknown as Record<string, unknown>
  const y = b as unknown as Record<string, unknown>
  return Object.keys(y).every((k) => JSON.stringify(x[k]) === JSON.stringify(y[k])) && Object.keys(x).length === Object.keys(y).length
}

/**
 * Rewrites the summaries of these sources. Without `reloadSources` only claim counts can have
 * changed, so the source (and its text) is not read. A row left as it was is not written, so
 * the Library's live query does not re-run for a claim edit that keeps every count.
 * `counts` gives claim counts already known (else they are counted).
 * Call inside a rw transaction over sources, claims, sourceSummaries and sourceWords.
 */
export async function writeSummaries(db: ClaimLedgerDB, ids: readonly string[], reloadSources: boolean, counts?: ReadonlyMap<string, number>): Promise<void> {
  // Each source's steps in order, the sources side by side (one IndexedDB pass, not one per source).
  await Promise.all(ids.map(async (id) => {
    const [old, claimCount] = await Promise.all([db.sourceSummaries.get(id), counts?.get(id) ?? db.claims.where('sourceId').equals(id).count()])
    if (old && !reloadSources) {
      if (old.claimCount !== claimCount) await db.sourceSummaries.put({ ...old, claimCount })
      return
    }
    const source = await db.sources.get(id)
    if (!source) {
      if (old) await db.sourceSummaries.delete(id)
      await db.sourceWords.delete(id)
      return
    }
    const next = summaryOf(source, claimCount)
    if (!sameSummary(old, next)) await db.sourceSummaries.put(next)
    const words = wordsOf(source)
    if ((await db.sourceWords.get(id))?.words !== words.words) await db.sourceWords.put(words)
  }))
}
