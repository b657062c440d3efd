import type { Segment } from '../model'
import { recurringLabels, speakerPrefix } from './speakerPrefix'

/**
 * Marks the speaker of each paragraph of an interview write-up (DOCX, plain or pasted text).
 * When paragraphs open with labels of two or more speakers ("NAME : …"), every paragraph
 * gets its speaker and unlabelled paragraphs keep the previous one's; headings are skipped.
 * Otherwise nothing changes (a single "Selon X : …" does not make an interview).
 * Returns true when the text was found to be an interview.
 */
export function assignSpeakers(text: string, segments: Segment[]): boolean {
  const body = segments.filter((s) => !s.heading)
  const paragraphs = body.map((s) => text.slice(s.start, s.end))
  const recurring = recurringLabels(paragraphs)
  const labels = paragraphs.map((p) => speakerPrefix(p, recurring)?.speaker)
  if (new Set(labels.filter(Boolean)).size < 2) return false
  let current: string | undefined
  body.forEach((segment, i) => {
    current = labels[i] ?? current
    if (current) segment.speaker = current
  })
  return true
}
