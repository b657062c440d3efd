import { describe, expect, it } from 'vitest'
import { buildBundle, readBundle } from '../../../shared/bundle'
import { sourceSchema } from '../../../shared/bundle/schemas'
import { ingestFile } from '../../../shared/ingest/index'
import { isValidTimecode } from '../../../shared/timecode'
import { expectWellFormed, fixtureBytes, host, segmentWith } from './fixtures'

// Issue 11, item 5: an SRT with a 400-digit hour stored Infinity; the Reader showed "Infinity:NaN:NaN" and export
// was refused for the whole library. tests/fixtures/sources/bad-timecodes.srt has that cue, a cue ending before it
// starts and one at 101 hours, between two good cues.
describe('subtitle time codes', () => {
  it('imports a file with unusable time codes: their cues keep their text without a time, each one is reported', async () => {
    const result = await ingestFile({ name: 'bad-timecodes.srt', bytes: fixtureBytes('bad-timecodes.srt') }, host)
    if (!result.ok) throw new Error(result.error)
    const d = result.value
    expectWellFormed(d)
    for (const s of d.segments) {
      if (s.startTime !== undefined) expect(isValidTimecode(s.startTime)).toBe(true)
      if (s.endTime !== undefined) expect(isValidTimecode(s.endTime)).toBe(true)
    }
    expect(segmentWith(d, 'The city council met on Tuesday')).toMatchObject({ speaker: 'PRESENTER', startTime: 1, endTime: 4 })
    expect(segmentWith(d, 'We will build 1,200 social homes')).toEqual(expect.not.objectContaining({ startTime: expect.anything() }))
    expect(segmentWith(d, 'The bus network carried 42 million')).toEqual(expect.not.objectContaining({ startTime: expect.anything() }))
    expect(segmentWith(d, 'Unemployment fell to 7.5%')).toEqual(expect.not.objectContaining({ endTime: expect.anything() }))
    expect(segmentWith(d, 'we hired 35 new teachers')).toMatchObject({ speaker: 'MAYOR', startTime: 20, endTime: 24.5 })
    expect(result.warnings).toHaveLength(3)
    expect(result.warnings[0]).toMatch(/^bad-timecodes\.srt: cue 2: time code "9{28}…9{18}:00:09,000" is not usable \(the start time is beyond 100 hours\); its text is kept without a time$/)
    expect(result.warnings[1]).toBe('bad-timecodes.srt: cue 3: time code "00:00:12,000 --> 00:00:10,000" is not usable (the start time is after the end time); its text is kept without a time')
    expect(result.warnings[2]).toContain('cue 4: time code "101:00:00,000 --> 101:00:04,000"')
  })

  it('a good file has no warnings', async () => {
    const result = await ingestFile({ name: 'en-2024-01-25-council-debate.srt', bytes: fixtureBytes('en-2024-01-25-council-debate.srt') }, host)
    expect(result.ok && result.warnings).toEqual([])
  })

  it('the imported source is a valid bundle record and exports', async () => {
    const result = await ingestFile({ name: 'bad-timecodes.srt', bytes: fixtureBytes('bad-timecodes.srt') }, host)
    if (!result.ok) throw new Error(result.error)
    const source = { ...result.value, id: 'src-1', importedAt: '2024-05-01T10:00:00.000Z' }
    expect(sourceSchema.safeParse(source).success).toBe(true)
    const zip = await buildBundle({ sources: [source], claims: [], series: [], history: [] }, { appVersion: '0.1.0', created: '2024-05-01T10:00:00.000Z' })
    const read = await readBundle(zip, 'export.zip')
    expect(read.ok).toBe(true)
  })
})
