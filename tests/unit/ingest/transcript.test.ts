import { describe, expect, it } from 'vitest'
import { expectWellFormed, ingestFixture, segmentWith } from './fixtures'

describe('ingest .vtt and .srt transcripts', () => {
  it('WebVTT: voices become speakers, cues of one speaker one turn, times kept per cue, NOTE metadata read', async () => {
    const d = await ingestFixture('fr-debat-radio-retraites.vtt')
    expectWellFormed(d)
    expect(d.kind).toBe('transcript')
    expect(d.mime).toBe('text/vtt')
    expect(d.title).toBe('Débat radio sur les retraites')
    expect(d.publishedAt).toBe('2024-04-04')
    expect(d.outlet).toBe('Radio Centre Info')
    expect(d.lang).toBe('fr')
    expect(d.speakers).toEqual(['Journaliste', 'Hélène Leroy', 'Marc Giraud'])
    const turns = d.text.split('\n\n')
    expect(turns).toHaveLength(4)
    expect(turns[1]).toBe(
      "Le Conseil d'orientation des retraites prévoit un déficit de 0,4 % du PIB en 2030, soit environ 12 milliards d'euros. Aujourd'hui, 17 millions de retraités perçoivent une pension."
    )
    expect(segmentWith(d, '17 millions de retraités')).toMatchObject({ speaker: 'Hélène Leroy', startTime: 13.2, endTime: 17.8 })
    expect(segmentWith(d, 'taux de remplacement moyen reste de 74 %')).toMatchObject({ speaker: 'Marc Giraud', startTime: 18, endTime: 23.5 })
    expect(d.text).not.toMatch(/<|>|-->|NOTE|WEBVTT/)
  })

  it('SRT: "NAME:" prefixes become speakers and leave the text, unlabelled cues continue the turn', async () => {
    const d = await ingestFixture('en-2024-01-25-council-debate.srt')
    expectWellFormed(d)
    expect(d.kind).toBe('transcript')
    expect(d.mime).toBe('application/x-subrip')
    expect(d.publishedAt).toBe('2024-01-25')
    expect(d.lang).toBe('en')
    expect(d.speakers).toEqual(['MODERATOR', 'COUNCILLOR HUGHES', 'DANA PRICE'])
    expect(d.text).not.toMatch(/MODERATOR|COUNCILLOR HUGHES:|DANA PRICE|-->|^\d+$/m)
    expect(segmentWith(d, 'Bus ridership rose by 18% last year')).toMatchObject({ speaker: 'COUNCILLOR HUGHES', startTime: 9.3, endTime: 13.8 })
    expect(segmentWith(d, 'we added 35 new electric buses')).toMatchObject({ speaker: 'COUNCILLOR HUGHES', startTime: 14, endTime: 18.5 })
    expect(segmentWith(d, 'Is that true?').speaker).toBe('MODERATOR')
    expect(d.text).toContain('Fares rose from $2.50 to $2.75, a 10% increase')
    expect(d.text.split('\n\n')).toHaveLength(4)
  })

  it('roll-up captions (YouTube style): header lines read, inline timestamps gone, repeated lines kept once', async () => {
    const d = await ingestFixture('en-rollup-captions.vtt')
    expectWellFormed(d)
    expect(d.lang).toBe('en')
    expect(d.text).toBe('the council approved a budget of $2.4 billion for 2025, up 6% from last year, the mayor said')
    expect(segmentWith(d, 'up 6%')).toMatchObject({ startTime: 3, endTime: 6 })
    expect(d.speakers).toEqual([])
  })
})
