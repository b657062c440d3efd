import { describe, expect, it } from 'vitest'
import type { Source } from '../../../shared/model'
import { isValidTimecode, MAX_TIMECODE_SECONDS, timecodeProblem, withoutBadTimecodes } from '../../../shared/timecode'

describe('time codes', () => {
  it('accepts finite times from 0 to under 100 hours, start no later than end', () => {
    for (const ok of [0, 1.5, 3599.999, MAX_TIMECODE_SECONDS - 0.001]) expect(isValidTimecode(ok)).toBe(true)
    for (const bad of [Infinity, -Infinity, NaN, -1, MAX_TIMECODE_SECONDS, 1e300, '12', null, undefined]) expect(isValidTimecode(bad)).toBe(false)
    expect(timecodeProblem(1, 2)).toBeUndefined()
    expect(timecodeProblem(2, 2)).toBeUndefined()
    expect(timecodeProblem(undefined, undefined)).toBeUndefined()
    expect(timecodeProblem(5, undefined)).toBeUndefined()
  })

  it('says what is wrong', () => {
    expect(timecodeProblem(Infinity, Infinity)).toBe('the start time is beyond 100 hours')
    expect(timecodeProblem(1, 101 * 3600)).toBe('the end time is beyond 100 hours')
    expect(timecodeProblem(NaN, 1)).toBe('the start time is not a number')
    expect(timecodeProblem(-3, 1)).toBe('the start time is negative')
    expect(timecodeProblem(12, 10)).toBe('the start time is after the end time')
  })

  it('leaves unusable time codes out of their segments and reports each, keeping every segment and other source as it is', () => {
    const good: Source = { id: 'g', kind: 'transcript', title: 'Good', authors: [], speakers: [], importedAt: '2024-01-01T00:00:00.000Z', lang: 'en', text: 'a b c', contentHash: 'x', segments: [{ start: 0, end: 1, startTime: 0, endTime: 1 }] }
    const bad: Source = { ...good, id: 'b', title: 'Bad', segments: [{ start: 0, end: 1, speaker: 'A', startTime: Infinity, endTime: Infinity }, { start: 2, end: 3, startTime: 4, endTime: 5 }, { start: 4, end: 5, startTime: 9, endTime: 3 }] }
    const { sources, repairs } = withoutBadTimecodes([good, bad])
    expect(sources[0]).toBe(good)
    expect(sources[1].segments).toEqual([{ start: 0, end: 1, speaker: 'A' }, { start: 2, end: 3, startTime: 4, endTime: 5 }, { start: 4, end: 5 }])
    expect(bad.segments[0].startTime).toBe(Infinity) // the input is not changed
    expect(repairs).toEqual([
      { sourceId: 'b', sourceTitle: 'Bad', segment: 0, problem: 'the start time is beyond 100 hours' },
      { sourceId: 'b', sourceTitle: 'Bad', segment: 2, problem: 'the start time is after the end time' }
    ])
  })
})
