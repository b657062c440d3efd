import type { Segment } from '../model'

/** What a segment says about its stretch of text, besides where it is. */
export type SegmentInfo = Omit<Segment, 'start' | 'end'>

/** Paragraph separator in every Source.text: one blank line. */
export const PARAGRAPH_BREAK = '\n\n'

/**
 * Builds a Source's text and its segments together, so every segment's offsets are exact
 * by construction (they are taken from the string as it grows, never recomputed).
 */
export class TextAssembler {
  private readonly parts: string[] = []
  private length = 0
  readonly segments: Segment[] = []

  /** Starts a new paragraph (after a blank line) with one segment covering `text`. Empty text is skipped. */
  paragraph(text: string, info: SegmentInfo = {}): void {
    if (!text) return
    if (this.length > 0) this.push(PARAGRAPH_BREAK)
    this.addSegment(text, info)
  }

  /** Appends `text` to the current paragraph after `joiner`, as its own segment (a subtitle cue in a turn). */
  continueParagraph(text: string, info: SegmentInfo = {}, joiner = ' '): void {
    if (!text) return
    if (this.length === 0) return this.paragraph(text, info)
    this.push(joiner)
    this.addSegment(text, info)
  }

  /** The text so far. */
  text(): string {
    return this.parts.join('')
  }

  private addSegment(text: string, info: SegmentInfo): void {
    const start = this.length
    this.push(text)
    this.segments.push({ start, end: this.length, ...dropUndefined(info) })
  }

  private push(s: string): void {
    this.parts.push(s)
    this.length += s.length
  }
}

function dropUndefined(info: SegmentInfo): SegmentInfo {
  const out: SegmentInfo = {}
  for (const [key, value] of Object.entries(info) as [keyof SegmentInfo, SegmentInfo[keyof SegmentInfo]][]) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value
  }
  return out
}
