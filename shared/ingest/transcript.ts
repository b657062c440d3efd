import type { ParsedDoc } from './draft'
import { recurringLabels, speakerPrefix } from './speakerPrefix'
import type { SubtitleFile } from './subtitles'
import { TextAssembler } from './textAssembler'

/**
 * Subtitle cues into speaker turns. Each cue line has a speaker when WebVTT gives a voice
 * (`<v Name>`) or the line opens with a label ("NAME:", "NAME :", "[Name]", see
 * speakerPrefix; the label is removed from the text); otherwise it continues the current
 * speaker, unless it starts with a dialogue dash ("- "), which marks an unnamed new speaker.
 * Consecutive lines of one speaker form a paragraph (a turn); each cue's stretch of it is one
 * segment with the cue's start and end times and the speaker, so a claim gets its time code.
 * A line repeating the line just before it (roll-up captions) is dropped.
 */
export function transcriptToDoc(file: SubtitleFile): ParsedDoc {
  const assembler = new TextAssembler()
  const recurring = recurringLabels(file.cues.flatMap((c) => c.lines.map((l) => l.text)))
  let speaker: string | undefined
  let started = false
  let previousLine: string | undefined
  for (const cue of file.cues) {
    const pieces: { text: string; speaker?: string; newTurn: boolean }[] = []
    for (const line of cue.lines) {
      // Roll-up captions (YouTube, broadcast) repeat the previous cue's last line: keep it once.
      if (line.text === previousLine) continue
      previousLine = line.text
      const label = line.voice ? undefined : speakerPrefix(line.text, recurring)
      const dash = /^[-–—]\s+/.test(line.text)
      const text = (label ? line.text.slice(label.rest) : line.text.replace(/^[-–—]\s+/, '')).trim()
      const who = line.voice ?? label?.speaker ?? (dash ? undefined : speaker)
      const newTurn = !started || who !== speaker || dash
      const last = pieces[pieces.length - 1]
      if (last && !newTurn) last.text += ` ${text}`
      else pieces.push({ text, speaker: who, newTurn })
      speaker = who
      started = true
    }
    for (const piece of pieces) {
      const info = { speaker: piece.speaker, startTime: cue.startTime, endTime: cue.endTime }
      if (piece.newTurn) assembler.paragraph(piece.text, info)
      else assembler.continueParagraph(piece.text, info)
    }
  }
  return { assembler, meta: file.meta, defaultKind: 'transcript', mime: 'text/vtt', warnings: file.warnings }
}
