import type { Lang, Result, SourceKind } from '../model'
import { splitParagraphs } from './cleanText'
import { normaliseDate } from './dates'
import { baseTitle, finishDraft, titleFromFirstLine } from './draft'
import { reasonOf } from './ingestError'
import { paragraphsToDoc } from './plainText'
import type { SourceDraft } from './types'

/** What the "Paste text" form sends. */
export interface PastedTextFields {
  text: string
  title?: string
  /** As typed: "2024-03-12", "12/03/2024", "12 mars 2024"... */
  date?: string
  speaker?: string
  outlet?: string
  url?: string
  kind?: SourceKind
  lang?: Lang
}

/** Longest pasted text: the file cap, in characters. */
export const MAX_PASTED_CHARS = 50 * 1024 * 1024

/** The name pasted sources carry in messages. */
export const PASTED_NAME = 'Pasted text'

/**
 * Pasted text with what the user typed about it into a SourceDraft. The text is split into
 * paragraphs at blank lines (speaker labels recognised as in plain text files); a typed
 * speaker becomes the source's speaker and makes it an interview unless a kind is given;
 * the title defaults to the first line when it reads like one. An empty or oversized text, a
 * date that cannot be read and a URL that is not http(s) are refused.
 */
export async function ingestPastedText(fields: PastedTextFields): Promise<Result<SourceDraft>> {
  try {
    if (typeof fields?.text !== 'string' || !fields.text.trim()) return { ok: false, error: `${PASTED_NAME}: the text is empty` }
    if (fields.text.length > MAX_PASTED_CHARS) {
      return { ok: false, error: `${PASTED_NAME}: the text is ${fields.text.length} characters, over the ${MAX_PASTED_CHARS} limit` }
    }
    let publishedAt: string | undefined
    if (fields.date?.trim()) {
      publishedAt = normaliseDate(fields.date)
      if (!publishedAt) return { ok: false, error: `${PASTED_NAME}: "${fields.date}" is not a date (write it as 2024-03-12)` }
    }
    const url = fields.url?.trim()
    if (url && !/^https?:\/\/[^\s/]+/i.test(url)) return { ok: false, error: `${PASTED_NAME}: "${url}" is not a web address (http:// or https://)` }
    const speaker = fields.speaker?.trim()
    const doc = paragraphsToDoc(
      splitParagraphs(fields.text),
      {
        title: fields.title?.trim() || undefined,
        publishedAt,
        outlet: fields.outlet,
        url: url || undefined,
        lang: fields.lang,
        kind: fields.kind ?? (speaker ? 'interview' : undefined),
        speakers: speaker ? [speaker] : undefined
      },
      'text/plain'
    )
    const fallback = titleFromFirstLine(doc.assembler.text()) ?? baseTitle(PASTED_NAME)
    return { ok: true, value: await finishDraft(doc, undefined, fallback) }
  } catch (error) {
    return { ok: false, error: `${PASTED_NAME}: ${reasonOf(error)}` }
  }
}
