import { describe, expect, it } from 'vitest'
import { mergeLookupIds, type ExistingRecords } from '../../../shared/bundle'
import { loadContent, mergeCounted, storedRecords } from './fixture'

const empty = (): ExistingRecords => ({ sources: new Map(), claims: new Map(), series: new Map(), historyIds: new Set() })
const counts = (c: { added: number; skipped: number; merged: number }) => ({ ...c, clamped: 0, reanchored: 0, versioned: 0, cut: 0, capped: [], excerpted: 0 })
/** A bundle's History as the library keeps it: provenance, never in a batch undo could reach. */
const provenance = (content: ReturnType<typeof loadContent>) => ({ ...content, history: content.history.map((h) => ({ ...h, origin: 'bundle' })) })
let counter = 0
const options = { by: 'Camille', at: '2024-03-02T10:00:00.000Z', newId: () => `merge-${++counter}` }

describe('planMerge', () => {
  it('adds everything to an empty database', async () => {
    const incoming = loadContent()
    const { plan } = await mergeCounted('into an empty library', empty(), incoming, options, { sources: 2, claims: 6, series: 1, history: 4 })
    expect(plan.counts).toEqual(counts({ added: 13, skipped: 0, merged: 0 }))
    expect(plan.add).toEqual(provenance(incoming))
    expect(plan.writes).toEqual(provenance(incoming))
  })

  it('skips records stored identically, whatever their key order', async () => {
    const incoming = loadContent()
    const reordered = loadContent()
    reordered.claims = reordered.claims.map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c)
    const { plan } = await mergeCounted('stored identically', storedRecords(reordered), incoming, options, {})
    expect(plan.counts).toEqual(counts({ added: 0, skipped: 13, merged: 0 }))
    expect(plan.writes).toEqual({ sources: [], claims: [], series: [], history: [] })
  })

  it('resolves a differing record newest-wins and keeps the losing version in a merge history entry', async () => {
    const mine = loadContent()
    const theirs = loadContent()
    // Theirs is newer for claim 0 (verdict changed), mine is newer for claim 1 (note changed).
    theirs.claims[0] = { ...theirs.claims[0], verdict: 'false', updatedAt: '2024-03-01T09:00:00.000Z' }
    mine.claims[1] = { ...mine.claims[1], note: 'Mine, newer', updatedAt: '2024-03-01T09:00:00.000Z' }
    theirs.claims[1] = { ...theirs.claims[1], note: 'Theirs, older' }
    // Two merge entries keep the losing versions; no record is added or removed.
    const { plan } = await mergeCounted('two conflicts', storedRecords(mine), theirs, options, { history: 2 })
    expect(plan.counts).toEqual(counts({ added: 0, skipped: 11, merged: 2 }))
    const [first, second] = plan.merge
    expect(first).toMatchObject({ entity: 'claim', winner: 'incoming', fields: ['updatedAt', 'verdict'] })
    expect(first.history).toMatchObject({ entity: 'claim', entityId: theirs.claims[0].id, action: 'merge', fields: ['updatedAt', 'verdict'], by: 'Camille', at: options.at, origin: 'merge' })
    expect(first.history.before).toEqual(mine.claims[0])
    expect(first.history.after).toEqual(theirs.claims[0])
    expect(second).toMatchObject({ entity: 'claim', winner: 'existing', fields: ['note', 'updatedAt'] })
    expect(second.history.before).toEqual(theirs.claims[1])
    expect(second.history.after).toEqual(mine.claims[1])
    // Only the incoming winner is written over; both losers survive in history.
    expect(plan.writes.claims).toEqual([theirs.claims[0]])
    expect(plan.writes.history.map((h) => h.action)).toEqual(['merge', 'merge'])
  })

  it('keeps the stored record on a tie, and uses importedAt for sources without updatedAt', async () => {
    const mine = loadContent()
    const theirs = loadContent()
    theirs.series[0] = { ...theirs.series[0], notes: 'Same time, other notes' }
    theirs.sources[0] = { ...theirs.sources[0], title: 'Retitled', importedAt: '2024-03-01T00:00:00.000Z' }
    const { plan } = await mergeCounted('a tie and a retitled source', storedRecords(mine), theirs, options, { history: 2 })
    const bySeries = plan.merge.find((m) => m.entity === 'series')
    expect(bySeries?.winner).toBe('existing')
    const bySource = plan.merge.find((m) => m.entity === 'source')
    expect(bySource).toMatchObject({ winner: 'incoming', fields: ['importedAt', 'title'] })
    expect(plan.writes.sources).toEqual([theirs.sources[0]])
    expect(plan.writes.series).toEqual([])
  })

  it('adds new records next to stored ones, and lists the ids to fetch first', async () => {
    const incoming = loadContent()
    const partial = loadContent()
    partial.claims = partial.claims.slice(0, 2)
    partial.history = []
    const { plan } = await mergeCounted('next to stored records', storedRecords(partial), incoming, options, { claims: 4, history: 4 })
    expect(plan.counts).toEqual(counts({ added: 4 + 4, skipped: 2 + 2 + 1, merged: 0 }))
    expect(plan.add.claims.map((c) => c.id)).toEqual(incoming.claims.slice(2).map((c) => c.id))
    expect(mergeLookupIds(incoming)).toEqual({
      sourceIds: incoming.sources.map((s) => s.id),
      claimIds: incoming.claims.map((c) => c.id),
      seriesIds: incoming.series.map((s) => s.id),
      historyIds: incoming.history.map((h) => h.id)
    })
  })
})
