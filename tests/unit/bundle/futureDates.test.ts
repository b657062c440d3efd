import { describe, expect, it } from 'vitest'
import { clampFutureDates, type BundleContent } from '../../../shared/bundle'
import { fixtureBundle, mergeCounted, storedRecords } from './fixture'

// Issue 11, item 6: bundle timestamps from the future are clamped, reported, and never win.
const C610 = 'c1a2b3c4-0001-4a5b-8c6d-7e8f9a0b1c01'
const C650 = 'c1a2b3c4-0005-4a5b-8c6d-7e8f9a0b1c05'
const FR = '3f9c2b1e-7a4d-4c8e-9b2a-5d6e7f8a9b01'
const AT = '2024-03-06T10:00:00.000Z'

/** Every timestamp field in the records, for "nothing dated after" checks. */
function stamps(content: BundleContent): string[] {
  return [
    ...content.sources.flatMap((s) => [s.importedAt, s.updatedAt]),
    ...content.claims.flatMap((c) => [c.createdAt, c.updatedAt]),
    ...content.series.flatMap((s) => [s.createdAt, s.updatedAt]),
    ...content.history.map((h) => h.at)
  ].filter((s): s is string => typeof s === 'string')
}

describe('future dates in a bundle', () => {
  it('a bundle dated 9999 does not overwrite verdicts, notes, titles or series notes; it is reported', async () => {
    const mine = await fixtureBundle('valid.zip')
    const theirs = await fixtureBundle('future-dated.zip')
    // Only History grows: the 4 versions that lost, and the bundle's own entry.
    const { plan } = await mergeCounted('future-dated.zip over valid.zip', storedRecords(mine), theirs, { by: 'Camille', at: AT }, { history: 4 + 1 })
    expect(plan.writes.claims).toEqual([])
    expect(plan.writes.sources).toEqual([])
    expect(plan.writes.series).toEqual([])
    expect(plan.merge.map((m) => [m.entity, m.incoming.id, m.winner])).toEqual([
      ['source', FR, 'existing'],
      ['claim', C610, 'existing'],
      ['claim', C650, 'existing'],
      ['series', mine.series[0].id, 'existing']
    ])
    // Theirs is kept in History (with its dates clamped), so nothing is lost.
    const c610 = plan.merge.find((m) => m.incoming.id === C610)
    expect(c610?.history.before).toMatchObject({ verdict: 'false', updatedAt: AT })
    expect(plan.counts).toMatchObject({ merged: 4, clamped: 5 })
    expect(plan.clamped.map((c) => `${c.entity}.${c.field}`).sort()).toEqual([
      'claim.createdAt', 'claim.updatedAt', 'claim.updatedAt', 'history.at', 'series.updatedAt', 'source.updatedAt'
    ])
    expect(plan.clamped.every((c) => c.value === '9999-12-31T23:59:59.000Z')).toBe(true)
    expect(stamps(plan.writes).filter((s) => s > AT)).toEqual([])
  })

  it('into an empty library the records are added with their future dates set to the import time', async () => {
    const theirs = await fixtureBundle('future-dated.zip')
    const { plan } = await mergeCounted('future-dated.zip', storedRecords({ sources: [], claims: [], series: [], history: [] }), theirs, { at: AT }, { sources: 2, claims: 6, series: 1, history: 5 })
    expect(plan.counts).toMatchObject({ added: 13 + 1, clamped: 5 })
    expect(stamps(plan.writes).filter((s) => s > AT)).toEqual([])
    expect(plan.writes.claims.find((c) => c.id === C610)).toMatchObject({ verdict: 'false', updatedAt: AT })
  })

  it('allows a day of clock skew, no more', () => {
    const content: BundleContent = { sources: [], claims: [], series: [], history: [
      { id: 'a', entity: 'claim', entityId: 'x', action: 'update', fields: [], by: 'me', at: '2024-03-07T09:59:59.000Z' },
      { id: 'b', entity: 'claim', entityId: 'x', action: 'update', fields: [], by: 'me', at: '2024-03-07T10:00:01.000Z' }
    ] }
    const { clamped, content: out } = clampFutureDates(content, AT)
    expect(clamped.map((c) => c.id)).toEqual(['b'])
    expect(out.history.map((h) => h.at)).toEqual(['2024-03-07T09:59:59.000Z', AT])
  })
})
