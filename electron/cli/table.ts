import type { Writable } from 'node:stream'
import { writeOut } from './io'

/** Output is handed to the stream in pieces of about this many characters (one write per row would be slow). */
const CHUNK_CHARS = 65536

const flat = (s: string): string => s.replace(/\s+/g, ' ')

function cell(s: string, width: number): string {
  const f = flat(s)
  return f.length > width ? `${f.slice(0, width - 1)}…` : f
}

/**
 * Each column's width: its header, grown to its longest cell, capped by `maxWidths`. One loop over the rows,
 * never `Math.max(...cells)`, whose argument list overflows the stack past ~125 000 rows.
 */
export function columnWidths(headers: readonly string[], rows: Iterable<readonly string[]>, maxWidths: readonly number[]): number[] {
  const widths = headers.map((h, i) => Math.min(maxWidths[i], h.length))
  for (const r of rows) {
    for (let i = 0; i < widths.length; i++) {
      if (widths[i] >= maxWidths[i]) continue
      const n = flat(r[i]).length
      if (n > widths[i]) widths[i] = Math.min(maxWidths[i], n)
    }
  }
  return widths
}

/** The aligned plain-text table (long cells truncated), in pieces of about 64 kB, header and rule first. */
export function* tableChunks(headers: readonly string[], rows: readonly (readonly string[])[], maxWidths: readonly number[]): Generator<string> {
  const widths = columnWidths(headers, rows, maxWidths)
  const line = (r: readonly string[]): string => r.map((c, i) => cell(c, widths[i]).padEnd(widths[i])).join('  ').trimEnd() + '\n'
  let chunk = line(headers) + widths.map((w) => '-'.repeat(w)).join('  ') + '\n'
  for (const r of rows) {
    chunk += line(r)
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk) yield chunk
}

/** Writes the table to `stream` piece by piece, waiting when the stream is full, so any number of rows prints. */
export async function writeTable(stream: Writable, headers: readonly string[], rows: readonly (readonly string[])[], maxWidths: readonly number[]): Promise<void> {
  for (const chunk of tableChunks(headers, rows, maxWidths)) await writeOut(stream, chunk)
}
