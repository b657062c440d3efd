import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createNodeIngestHost } from '../../../electron/cli/ingestHost'
import { ingestFile, type SourceDraft } from '../../../shared/ingest/index'

/** Folder of the committed source fixtures. */
export const SOURCES = join(__dirname, '../../fixtures/sources')

export const host = createNodeIngestHost()

/** A fixture's bytes as a plain Uint8Array (what a browser File gives). */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SOURCES, name)))
}

/** Ingests a fixture and fails the test with the error when it does not import. */
export async function ingestFixture(name: string): Promise<SourceDraft> {
  const result = await ingestFile({ name, bytes: fixtureBytes(name) }, host)
  if (!result.ok) throw new Error(result.error)
  return result.value
}

/** Ingests a fixture that must be refused, and returns the error message. */
export async function refusalOf(name: string): Promise<string> {
  const result = await ingestFile({ name, bytes: fixtureBytes(name) }, host)
  if (result.ok) throw new Error(`${name} was imported but should have been refused`)
  return result.error
}

/** Checks the invariants every draft must hold: segments inside the text, in order, not overlapping, never empty. */
export function expectWellFormed(draft: SourceDraft): void {
  let last = 0
  for (const s of draft.segments) {
    if (!(s.start >= last && s.end > s.start && s.end <= draft.text.length)) {
      throw new Error(`bad segment ${JSON.stringify(s)} (previous end ${last}, text length ${draft.text.length})`)
    }
    if (draft.text.slice(s.start, s.end).trim() !== draft.text.slice(s.start, s.end)) {
      throw new Error(`segment ${JSON.stringify(s)} has untrimmed text`)
    }
    last = s.end
  }
  if (!/^[0-9a-f]{64}$/.test(draft.contentHash)) throw new Error(`bad contentHash ${draft.contentHash}`)
}

/** The text of the segment that contains `needle`. */
export function segmentWith(draft: SourceDraft, needle: string): SourceDraft['segments'][number] {
  const at = draft.text.indexOf(needle)
  const segment = draft.segments.find((s) => s.start <= at && at < s.end)
  if (at < 0 || !segment) throw new Error(`"${needle}" is not in any segment`)
  return segment
}
