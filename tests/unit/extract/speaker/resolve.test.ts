import { describe, expect, it } from 'vitest'
import type { Lang, Segment } from '../../../../shared/model'
import { findQuotes } from '../../../../shared/extract/quotes'
import { type SpeakerContext, findAttributions, findRoles, findTurns, hasFirstPerson, sortSegments, speakerFor } from '../../../../shared/extract/speaker/index'
import { tokenize } from '../../../../shared/extract/tokens'

function contextOf(text: string, lang: Lang, known: string[] = [], segments?: unknown): SpeakerContext {
  const t = tokenize(text, lang)
  return { roles: findRoles(t), attributions: findAttributions(t, lang), turns: findTurns(t, known), quotes: findQuotes(text), known, segments: sortSegments(segments), text, lang }
}

/** The speaker of the figure `figure`, its sentence being the whole text. */
function speakerOf(ctx: SpeakerContext, figure: string, firstPerson = false): string | undefined {
  return speakerFor(ctx, ctx.text.indexOf(figure), 0, ctx.text.length, firstPerson)
}

describe('speakerFor: who states the claim at a position', () => {
  it('takes the nearest attribution of the sentence, a role resolved to the name written beside it', () => {
    const ctx = contextOf('La ministre du Travail, Claire Morvan, était là. La ministre a indiqué que 300 postes sont ouverts.', 'fr')
    expect(speakerFor(ctx, ctx.text.indexOf('300'), ctx.text.indexOf('La ministre a'), ctx.text.length, false)).toBe('Claire Morvan')
  })

  it('gives a quote to its author named after it, and a segment its own speaker first', () => {
    const text = '« Nous avons 610 places », assure Laurent Nunez.'
    expect(speakerOf(contextOf(text, 'fr'), '610')).toBe('Laurent Nunez')
    const segments: Segment[] = [{ start: 0, end: text.length, speaker: 'Marie Dupont' }]
    expect(speakerOf(contextOf(text, 'fr', [], segments), '610')).toBe('Marie Dupont')
  })

  it('falls back on the first known speaker when nothing names one', () => {
    expect(speakerOf(contextOf('Le chômage a baissé de 2 %.', 'fr', ['Laurent Nunez']), '2 %')).toBe('Laurent Nunez')
    expect(speakerOf(contextOf('Le chômage a baissé de 2 %.', 'fr'), '2 %')).toBeUndefined()
  })
})

describe('sortSegments and hasFirstPerson', () => {
  it('keeps valid segments only, sorted by start', () => {
    expect(sortSegments([{ start: 9, end: 12 }, { start: 'x' }, null, { start: 1, end: 4 }])).toEqual([{ start: 1, end: 4 }, { start: 9, end: 12 }])
    expect(sortSegments('nope')).toBeUndefined()
  })

  it('finds a first-person word, not the country "US"', () => {
    const we = tokenize('We hired 40 people.', 'en')
    const us = tokenize('The US hired 40 people.', 'en')
    expect(hasFirstPerson(we, 0, we.count, 'en')).toBe(true)
    expect(hasFirstPerson(us, 0, us.count, 'en')).toBe(false)
  })
})

describe('cleanSpeaker: a speaker is never a function word, an ordinal or a participle', () => {
  it('drops trailing words that cannot end a name, and a name made only of them', async () => {
    const { cleanSpeaker } = await import('../../../../shared/extract/speaker/cleanName')
    expect(cleanSpeaker('the Portuguese trainer aged', 'en')).toBe('the Portuguese trainer')
    expect(cleanSpeaker('To', 'en')).toBeUndefined()
    expect(cleanSpeaker('Cela', 'fr')).toBeUndefined()
    expect(cleanSpeaker('first', 'en')).toBeUndefined()
    expect(cleanSpeaker('le préfet de police', 'fr')).toBe('le préfet de police')
    expect(cleanSpeaker('the Office for National Statistics', 'en')).toBe('the Office for National Statistics')
  })
})
