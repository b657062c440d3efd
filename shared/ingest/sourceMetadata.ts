import { z } from 'zod'
import { LANGS, type Result, SOURCE_KINDS } from '../model'
import { normaliseDate } from './dates'
import type { SourceDraft } from './types'

/**
 * Metadata kept beside a text file, as the corpus does (`NAME.json` next to `NAME.txt`):
 * `{ "title", "outlet", "publishedAt", "kind", "lang", "speakers", "authors", "url" }`.
 * Unknown keys ("file", "note"...) are ignored.
 */
export const sourceMetadataSchema = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  outlet: z.string().trim().min(1).max(300).optional(),
  url: z.string().url().optional(),
  publishedAt: z.string().optional(),
  kind: z.enum(SOURCE_KINDS as unknown as [string, ...string[]]).optional(),
  lang: z.enum(LANGS as unknown as [string, ...string[]]).optional(),
  speakers: z.array(z.string().trim().min(1).max(200)).max(100).optional(),
  authors: z.array(z.string().trim().min(1).max(200)).max(100).optional()
})

export type SourceMetadata = z.infer<typeof sourceMetadataSchema>

/**
 * Applies sidecar metadata (validated: it crosses a file boundary) over a draft: what the
 * metadata states wins over what the importer guessed. The text, segments and hash are
 * untouched. `name` names the metadata file in error messages.
 */
export function applySourceMetadata(draft: SourceDraft, metadata: unknown, name = 'metadata'): Result<SourceDraft> {
  const parsed = sourceMetadataSchema.safeParse(metadata)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, error: `${name}: invalid metadata (${issue.path.join('.') || 'root'}: ${issue.message})` }
  }
  const m = parsed.data
  const out: SourceDraft = { ...draft }
  if (m.publishedAt !== undefined) {
    const date = normaliseDate(m.publishedAt)
    if (!date) return { ok: false, error: `${name}: invalid metadata (publishedAt: "${m.publishedAt}" is not a date)` }
    out.publishedAt = date
  }
  if (m.title) out.title = m.title
  if (m.outlet) out.outlet = m.outlet
  if (m.url) out.url = m.url
  if (m.kind) out.kind = m.kind as SourceDraft['kind']
  if (m.lang) out.lang = m.lang as SourceDraft['lang']
  if (m.speakers) out.speakers = m.speakers
  if (m.authors) out.authors = m.authors
  return { ok: true, value: out }
}
