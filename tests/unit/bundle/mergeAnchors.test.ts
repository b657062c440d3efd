import { describe, expect, it } from 'vitest'
import { reanchor, type BundleContent } from '../../../shared/bundle'
import type { Claim } from '../../../shared/model'
import { fixtureBundle, mergeCounted, storedRecords } from './fixture'

// Issue 11, item 2: a merge never leaves a claim whose quote is not the text at its offsets.
const FR = '3f9c2b1e-7a4d-4c8e-9b2a-5d6e7f8a9b01'
const C610 = 'c1a2b3c4-0001-4a5b-8c6d-7e8f9a0b1c01'
const C12 = 'c1a2b3c4-0003-4a5b-8c6d-7e8f9a0b1c03'

let counter = 0
const options = { by: 'Camille', at: '2024-03-06T10:00:00.000Z', newId: () => `a0000000-0000-4000-8000-${String(++counter).padStart(12, '0')}` }

/** The library after writing the plan over `before`: every source and claim by id. */
function after(before: BundleContent, writes: BundleContent): { sources: Map<string, BundleContent['sources'][number]>; claims: Map<string, Claim> } {
  const sources = new Map(before.sources.map((s) => [s.id, s]))
  const claims = new Map(before.claims.map((c) => [c.id, c]))
  for (const s of writes.sources) sources.set(s.id, s)
  for (const c of writes.claims) claims.set(c.id, c)
  return { sources, claims }
}

function misanchored(library: ReturnType<typeof after>): string[] {
  return [...library.claims.values()].filter((c) => library.sources.get(c.sourceId)?.text.slice(c.start, c.end) !== c.quote).map((c) => c.id)
}

describe('reanchor', () => {
  const old = 'Selon Jean Martin, directeur du centre, 610 consommateurs sont accueillis.'
  const claim = { quote: '610 consommateurs', start: old.indexOf('610'), end: old.indexOf('610') + 17, sentence: old }

  it('prefers the occurrence whose context matches over the nearest one', () => {
    const edited = 'La préfecture confirme 610 consommateurs. ' + old
    const to = reanchor(claim, old, edited)
    expect(to).toEqual({ start: edited.lastIndexOf('610'), end: edited.lastIndexOf('610') + 17 })
  })

  it('takes the nearest occurrence when contexts tie, and uses the sentence when the old text does not hold the quote', () => {
    const twice = 'x 610 consommateurs y 610 consommateurs z'
    expect(reanchor({ ...claim, start: 30, end: 47, sentence: '610 consommateurs' }, undefined, twice)?.start).toBe(22)
    expect(reanchor({ ...claim, start: 0, end: 17 }, 'unrelated', 'Ailleurs. ' + old)?.start).toBe(10 + old.indexOf('610'))
  })

  it('is null when the quote is gone', () => {
    expect(reanchor(claim, old, 'Selon Jean Martin, directeur du centre, 620 consommateurs.')).toBeNull()
  })
})

describe('planMerge keeps claims anchored when a source text changes', () => {
  it('a newer text: stored claims follow their quote; one whose quote is gone keeps the old text as a separate source', async () => {
    const mine = await fixtureBundle('valid.zip')
    const theirs = await fixtureBundle('edited-text.zip')
    // +1 source (the kept earlier text); History: 4 merges, 3 re-anchored, 1 version created, 1 claim moved to it.
    const { plan } = await mergeCounted('edited-text.zip over valid.zip', storedRecords(mine), theirs, options, { sources: 1, history: 4 + 3 + 1 + 1 })
    const library = after(mine, plan.writes)
    expect(misanchored(library)).toEqual([])

    const newText = theirs.sources.find((s) => s.id === FR)?.text ?? ''
    expect(library.sources.get(FR)?.text).toBe(newText)
    // The quote is there twice now; the claim goes to the one after "directeur du centre,", not the nearest.
    const c610 = library.claims.get(C610)
    expect(c610?.start).toBe(newText.lastIndexOf('610 consommateurs'))
    expect(newText.slice(0, c610?.start).endsWith('directeur du centre, ')).toBe(true)

    // "12 %" was cut from the new text: the claim stays on the text it was made on.
    const c12 = library.claims.get(C12)
    const version = library.sources.get(c12?.sourceId ?? '')
    expect(version?.id).not.toBe(FR)
    expect(version?.text).toBe(mine.sources.find((s) => s.id === FR)?.text)
    expect(version?.title).toBe("Crack à Paris : les places d'hébergement saturées (version 2023-10-06)")
    expect(plan.counts).toMatchObject({ reanchored: 3, versioned: 1 })
    expect(plan.anchors.versions.map((v) => v.id)).toEqual([version?.id])
    // Every change is in History, as the merge's own entries (never undone).
    const moves = plan.writes.history.filter((h) => h.entityId === C12 || h.entityId === version?.id)
    expect(moves.map((h) => [h.entity, h.action, h.fields, h.origin])).toEqual([
      ['source', 'create', [], 'merge'],
      ['claim', 'merge', ['sourceId'], 'merge']
    ])
  })

  it('an older text arriving after a newer one: its claims are anchored in the stored text or kept with theirs', async () => {
    const mine = await fixtureBundle('edited-text.zip')
    const theirs = await fixtureBundle('valid.zip')
    // +1 source (their text, kept for the claim it holds) and that claim; History: 4 merges, 1 version, 1 claim moved.
    const { plan } = await mergeCounted('valid.zip over edited-text.zip', storedRecords(mine), theirs, options, { sources: 1, claims: 1, history: 4 + 1 + 1 })
    const library = after(mine, plan.writes)
    expect(misanchored(library)).toEqual([])
    expect(library.sources.get(FR)?.text).toBe(mine.sources.find((s) => s.id === FR)?.text)
    // Their "12 %" claim has no place in the stored text: it comes with its own version.
    expect(library.claims.get(C12)?.sourceId).not.toBe(FR)
    expect(plan.counts.versioned).toBe(1)
  })

  it('a stored claim the bundle does not carry is re-anchored too', async () => {
    const mine = await fixtureBundle('valid.zip')
    const theirs = await fixtureBundle('edited-text.zip')
    theirs.claims = theirs.claims.filter((c) => c.id !== C610)
    // As above, with one merge fewer: the 610 claim is only stored, and still re-anchored.
    const { plan } = await mergeCounted('edited-text.zip without the 610 claim', storedRecords(mine), theirs, options, { sources: 1, history: 3 + 3 + 1 + 1 })
    const library = after(mine, plan.writes)
    expect(misanchored(library)).toEqual([])
  })
})
