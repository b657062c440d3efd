import type { Lang, SourceKind } from '../model'
import { contentHashOf } from './contentHash'
import { dateFromContent, dateFromFileName } from './dates'
import { IngestError } from './ingestError'
import { detectLang, langFromTag } from './lang'
import type { TextAssembler } from './textAssembler'
import type { DocMeta, IngestNotice, SourceDraft } from './types'

/** What a format parser hands over: the assembled text and what it learned about the document. */
export interface ParsedDoc {
  assembler: TextAssembler
  meta: DocMeta
  /** The kind when the document does not say (article for web pages, transcript for subtitles...). */
  defaultKind: SourceKind
  /** The MIME type recorded on the Source. */
  mime: string
  /** What in the file could not be used and was left out (a cue's unusable time code...), one line each. */
  warnings?: string[]
  /** How the file was read differently from usual (see IngestNotice). */
  notices?: IngestNotice[]
}

/** The file name without folders and extension, for a title of last resort. */
export function baseTitle(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '')
  return stem.replace(/[_]+/g, ' ').trim() || base
}

/** The first line of a text when it reads like a title: short, not ending like a sentence. */
export function titleFromFirstLine(text: string): string | undefined {
  const first = text.trimStart().split('\n', 1)[0]?.trim()
  if (!first || first.length > 150) return undefined
  if (/[.;,:]$/.test(first) && !/\.\.\.$|…$/.test(first)) return undefined
  return first
}

/**
 * Builds the SourceDraft every importer returns: fills the language (declared, else
 * detected), the date (declared, else stated near the top of the text — "Publié le 15 juin 2020" —,
 * else written in the file name or URL; a file time is never one: it goes to fileDate), the title (declared,
 * else the file name), the speakers seen in segments, and the content hash.
 */
export async function finishDraft(
  doc: ParsedDoc,
  fileName: string | undefined,
  fallbackTitle: string,
  nameForDate: string | undefined = fileName
): Promise<SourceDraft> {
  const text = doc.assembler.text()
  if (!text.trim()) throw new IngestError('no text found in it')
  const { meta } = doc
  const lang: Lang = langFromTag(meta.lang) ?? detectLang(text)
  const speakers = uniq([...(meta.speakers ?? []), ...doc.assembler.segments.map((s) => s.speaker ?? '')])
  const draft: SourceDraft = {
    kind: meta.kind ?? doc.defaultKind,
    title: (meta.title?.trim() || fallbackTitle).slice(0, 500),
    authors: uniq(meta.authors ?? []),
    speakers,
    lang,
    text,
    segments: doc.assembler.segments,
    contentHash: await contentHashOf(text),
    mime: doc.mime
  }
  const publishedAt = meta.publishedAt ?? dateFromContent(text) ?? (nameForDate ? dateFromFileName(nameForDate) : undefined)
  if (publishedAt) draft.publishedAt = publishedAt
  if (meta.fileDate) draft.fileDate = meta.fileDate
  if (meta.outlet?.trim()) draft.outlet = meta.outlet.trim()
  if (meta.url?.trim()) draft.url = meta.url.trim()
  if (fileName) draft.fileName = fileName
  return draft
}

function uniq(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const v of values) {
    const t = v.trim()
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase())
      out.push(t)
    }
  }
  return out
}
