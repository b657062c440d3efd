import 'fake-indexeddb/auto'
import { liveQuery } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { type Source } from '../../shared/model'
import { seriesPoints, suggestSeries } from '../../shared/series'
import { rejectClaim, updateClaim } from '../../renderer/src/db/repositories/claims'
import { createSeries } from '../../renderer/src/db/repositories/series'
import { suggestionSignal, loadSeriesClaims, readSuggestionInput } from '../../renderer/src/db/repositories/seriesClaims'
import { addSourceWithClaims } from '../../renderer/src/db/repositories/sources'
import { type ClaimLedgerDB } from '../../renderer/src/db/database'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

/** Four sources (one without outlet or date), two claims each. */
async function seeded() {
  const db = freshDb()
  const sources: Source[] = []
  const claims = []
  for (const [title, date, outlet] of [['B', '2023-06', 'Le Monde'], ['A', '2022-01-15', 'AFP'], ['C', '2024', undefined], ['D', undefined, 'BBC']] as const) {
    const source = makeSource(INTERVIEW, { title, publishedAt: date, outlet })
    const cs = [makeClaim(source, '610 consommateurs'), makeClaim(source, '200')]
    await addSourceWithClaims(db, source, cs)
    sources.push(source)
    claims.push(...cs)
  }
  return { db, sources, claims }
}

/** Counts the source records read through db.sources from now on (text and all). */
function countSourceReads(db: ClaimLedgerDB): { reads: number } {
  const counter = { reads: 0 }
  db.sources.hook('reading', (s) => {
    counter.reads++
    return s
  })
  return counter
}

describe('what the Series view reads', () => {
  it('loads the claims of a series by key and their sources as summaries, never a source record', async () => {
    const { db, sources, claims } = await seeded()
    const series = await createSeries(db, { name: 'Consommateurs', claimIds: [claims[0].id, claims[2].id, claims[4].id, claims[6].id] }, 'me')
    const counter = countSourceReads(db)
    const loaded = await loadSeriesClaims(db, [...series.claimIds, 'deleted-claim'])
    expect(counter.reads).toBe(0)
    expect([...loaded.claims.keys()].sort()).toEqual(series.claimIds.slice().sort())
    expect(loaded.sources.get(sources[0].id)).toEqual({ id: sources[0].id, title: 'B', lang: sources[0].lang, outlet: 'Le Monde', publishedAt: '2023-06' })
    expect(loaded.sources.get(sources[2].id)).toEqual({ id: sources[2].id, title: 'C', lang: sources[2].lang, publishedAt: '2024' })
    // The points are those the whole sources give.
    const whole = new Map(sources.map((s) => [s.id, s]))
    expect(seriesPoints(series, loaded.claims, loaded.sources)).toEqual(seriesPoints(series, loaded.claims, whole))
  })

  it('reads a source whole only when its summary is missing', async () => {
    const { db, sources, claims } = await seeded()
    await db.sourceSummaries.delete(sources[1].id)
    const counter = countSourceReads(db)
    const loaded = await loadSeriesClaims(db, [claims[0].id, claims[2].id])
    expect(counter.reads).toBe(1)
    expect(loaded.sources.get(sources[1].id)).toMatchObject({ title: 'A', outlet: 'AFP' })
  })

  it('re-runs as a live query for the claims it shows, not for an edit elsewhere', async () => {
    const { db, claims } = await seeded()
    const ids = [claims[0].id, claims[2].id]
    let runs = 0
    const seen: number[] = []
    const sub = liveQuery(async () => {
      runs++
      return loadSeriesClaims(db, ids)
    }).subscribe((r) => seen.push(r.claims.get(claims[0].id)?.value ?? -1))
    const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 150))
    await settle()
    const first = runs
    await updateClaim(db, claims[5].id, { value: 999 }, 'me')
    await settle()
    expect(runs).toBe(first)
    await updateClaim(db, claims[0].id, { value: 611 }, 'me')
    await settle()
    expect(runs).toBe(first + 1)
    expect(seen[seen.length - 1]).toBe(611)
    sub.unsubscribe()
  })

  it('gives suggestions the claims in no series and not rejected, and the sources as summaries', async () => {
    const { db, sources, claims } = await seeded()
    await createSeries(db, { name: 'S', claimIds: [claims[0].id] }, 'me')
    await rejectClaim(db, claims[1].id, 'me')
    const counter = countSourceReads(db)
    const input = await readSuggestionInput(db)
    expect(counter.reads).toBe(0)
    expect(input.claims.map((c) => c.id).sort()).toEqual(claims.slice(2).map((c) => c.id).sort())
    expect(input.sources.map((s) => s.title).sort()).toEqual(['A', 'B', 'C', 'D'])
    expect(input.existing.map((s) => s.name)).toEqual(['S'])
    // Grouping over summaries finds what it finds over whole sources.
    // Read in short transactions of three claims, the same input.
    const chunked = await readSuggestionInput(db, 3)
    expect(chunked.claims.map((c) => c.id).sort()).toEqual(input.claims.map((c) => c.id).sort())
    const metas = new Map(input.sources.map((s) => [s.id, s]))
    const whole = new Map(sources.map((s) => [s.id, s]))
    expect(suggestSeries(input.claims, metas, { existing: input.existing })).toEqual(suggestSeries(input.claims, whole, { existing: input.existing }))
  })

  it('changes its suggestion signal with every claim write and series move, and only then', async () => {
    const { db, claims } = await seeded()
    const a = await suggestionSignal(db)
    expect(await suggestionSignal(db)).toBe(a)
    await updateClaim(db, claims[3].id, { note: 'checked' }, 'me')
    const b = await suggestionSignal(db)
    expect(b).not.toBe(a)
    await createSeries(db, { name: 'S', claimIds: [claims[4].id] }, 'me')
    const c = await suggestionSignal(db)
    expect(c).not.toBe(b)
    // A unit is not in any digest; suggestions group on it.
    await updateClaim(db, claims[5].id, { unit: 'places' }, 'me')
    expect(await suggestionSignal(db)).not.toBe(c)
  })
})
