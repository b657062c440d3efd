import type { ParsedDoc } from './draft'
import { assignSpeakers } from './speakerTurns'
import { TextAssembler } from './textAssembler'
import type { DocMeta } from './types'

/**
 * Paragraphs of plain text into a document: one segment per paragraph, lines kept as
 * written. Interview write-ups get their speakers (see assignSpeakers).
 */
export function paragraphsToDoc(paragraphs: readonly string[], meta: DocMeta, mime: string): ParsedDoc {
  const assembler = new TextAssembler()
  for (const p of paragraphs) assembler.paragraph(p)
  const interview = assignSpeakers(assembler.text(), assembler.segments)
  return { assembler, meta, defaultKind: interview ? 'interview' : 'article', mime }
}
