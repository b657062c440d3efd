import { createHash } from 'node:crypto'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildBundle, readBundle } from '../../../shared/bundle'
import { withoutBadTimecodes } from '../../../shared/timecode'
import { contentCounts } from '../../db/recordCounts'
import { CREATED, fixtureBytes, importCountedInto, loadContent, storedRecords } from './fixture'

// Issue 11, item 5: time codes are checked in bundles too (finite, under 100 hours, start ≤ end), and a library
// that already holds a bad one (stored by an older version) still exports, with that time code left out.
const TRANSCRIPT = '8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c02'

/** valid.zip with its transcript's JSON edited as text (so "1e400" reaches JSON.parse) and the manifest rehashed. */
function withTranscriptJson(edit: (json: string) => string): Uint8Array {
  const files = unzipSync(fixtureBytes('valid.zip'))
  const path = `sources/${TRANSCRIPT}.json`
  files[path] = strToU8(edit(new TextDecoder().decode(files[path])))
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']))
  manifest.files = manifest.files.map((f: { path: string }) => ({ path: f.path, bytes: files[f.path].length, sha256: createHash('sha256').update(files[f.path]).digest('hex') }))
  files['manifest.json'] = strToU8(JSON.stringify(manifest))
  return zipSync(files)
}

describe('time codes in bundles', () => {
  it('the unedited bundle is read (the edit below is the only change)', async () => {
    expect((await readBundle(withTranscriptJson((j) => j), 'same.zip')).ok).toBe(true)
  })

  it.each([
    ['a 400-digit hour (1e400 parses to Infinity)', (j: string) => j.replace('"startTime": 0', '"startTime": 1e400'), /startTime/],
    ['a time beyond 100 hours', (j: string) => j.replace('"endTime": 4.2', '"endTime": 360000'), /endTime.*under 100 hours/],
    ['a start after its end', (j: string) => j.replace('"startTime": 0', '"startTime": 9'), /endTime.*startTime is after endTime/]
  ])('refuses %s, naming the source file', async (_what, edit, reason) => {
    const zip = withTranscriptJson(edit)
    const result = await readBundle(zip, 'hostile.zip')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toContain(`sources/${TRANSCRIPT}.json`)
    expect(result.error).toMatch(reason)
    await expect(importCountedInto('hostile.zip', zip, storedRecords(), {})).rejects.toThrow(reason)
  })

  it('a library holding Infinity (stored before imports checked) exports every source, the bad time codes left out and reported', async () => {
    const content = loadContent()
    const transcript = content.sources.find((s) => s.id === TRANSCRIPT)
    if (!transcript) throw new Error('fixture transcript missing')
    transcript.segments[1] = { ...transcript.segments[1], startTime: Infinity, endTime: Infinity }
    await expect(buildBundle(content, { appVersion: '0.1.0', created: CREATED })).rejects.toThrow(/sources\[1\]/)

    const { sources, repairs } = withoutBadTimecodes(content.sources)
    expect(repairs).toEqual([{ sourceId: TRANSCRIPT, sourceTitle: transcript.title, segment: 1, problem: 'the start time is beyond 100 hours' }])
    const zip = await buildBundle({ ...content, sources }, { appVersion: '0.1.0', created: CREATED })
    const read = await readBundle(zip, 'export.zip')
    if (!read.ok) throw new Error(read.error)
    expect(contentCounts(read.value.content)).toEqual(contentCounts(content))
    const segments = read.value.content.sources.find((s) => s.id === TRANSCRIPT)?.segments
    expect(segments?.[0]).toMatchObject({ startTime: 0, endTime: 4.2 })
    expect(segments?.[1]).toEqual({ start: transcript.segments[1].start, end: transcript.segments[1].end, speaker: 'Dana Lee' })
  })
})
