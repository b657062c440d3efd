import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { getClaim } from '../../renderer/src/db/repositories/claims'
import { historyFor, undoLast } from '../../renderer/src/db/repositories/history'
import {
  addClaimsToSeries, createSeries, deleteSeries, getSeriesWithClaims, listSeries, mergeSeries, removeClaimsFromSeries,
  renameSeries, splitSeries, updateSeriesMeta
} from '../../renderer/src/db/repositories/series'
import { addSourceWithClaims } from '../../renderer/src/db/repositories/sources'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

/** Three sources at three dates, one claim each, plus a second claim in the middle one. */
async function seeded() {
  const db = freshDb()
  const claims = []
  for (const [title, date] of [['B', '2023-06'], ['A', '2022-01-15'], ['C', '2024']] as const) {
    const source = makeSource(INTERVIEW, { title, publishedAt: date })
    const cs = [makeClaim(source, '610 consommateurs'), ...(title === 'B' ? [makeClaim(source, '200')] : [])]
    await addSourceWithClaims(db, source, cs)
    claims.push(...cs)
  }
  const [b1, b2, a, c] = claims
  return { db, b1, b2, a, c }
}

describe('series', () => {
  it('creates a series with claims in chronological order, and lists series by name', async () => {
    const { db, b1, a, c } = await seeded()
    const s = await createSeries(db, { name: '  Consommateurs ', unit: 'personnes', claimIds: [c.id, b1.id, a.id] }, 'me')
    expect(s).toMatchObject({ name: 'Consommateurs', unit: 'personnes', notes: '', claimIds: [a.id, b1.id, c.id] })
    await createSeries(db, { name: 'Autre' }, 'me')
    expect((await listSeries(db)).map((x) => x.name)).toEqual(['Autre', 'Consommateurs'])
    const full = await getSeriesWithClaims(db, s.id)
    expect(full?.claims.map((x) => [x.statedAt, x.sourceTitle])).toEqual([['2022-01-15', 'A'], ['2023-06', 'B'], ['2024', 'C']])
    expect((await getClaim(db, a.id))?.seriesId).toBe(s.id)
    expect((await historyFor(db, 'series', s.id))[0]).toMatchObject({ action: 'create', after: s })
    expect(await getSeriesWithClaims(db, 'nope')).toBeUndefined()
  })

  it('refuses a blank name', async () => {
    const { db } = await seeded()
    await expect(createSeries(db, { name: ' ' }, 'me')).rejects.toMatchObject({ kind: 'invalid' })
  })

  it('renames and edits notes, with history, undoable', async () => {
    const { db } = await seeded()
    const s = await createSeries(db, { name: 'X' }, 'me')
    await renameSeries(db, s.id, 'Y', 'me')
    await updateSeriesMeta(db, s.id, { notes: 'source: préfecture' }, 'me')
    expect((await getSeriesWithClaims(db, s.id))?.series).toMatchObject({ name: 'Y', notes: 'source: préfecture' })
    expect((await historyFor(db, 'series', s.id)).map((e) => e.fields)).toEqual([['notes'], ['name'], []])
    await undoLast(db, 'me')
    await undoLast(db, 'me')
    expect((await getSeriesWithClaims(db, s.id))?.series).toMatchObject({ name: 'X', notes: '' })
  })

  it('adds (taking claims from another series) and removes claims', async () => {
    const { db, b1, b2, a, c } = await seeded()
    const s1 = await createSeries(db, { name: 'S1', claimIds: [a.id, b1.id] }, 'me')
    const s2 = await createSeries(db, { name: 'S2' }, 'me')
    await addClaimsToSeries(db, s2.id, [c.id, b1.id, 'missing-id'], 'me')
    expect((await getSeriesWithClaims(db, s1.id))?.series.claimIds).toEqual([a.id])
    expect((await getSeriesWithClaims(db, s2.id))?.series.claimIds).toEqual([b1.id, c.id])
    await removeClaimsFromSeries(db, s2.id, [c.id, a.id, b2.id], 'me')
    expect((await getSeriesWithClaims(db, s2.id))?.series.claimIds).toEqual([b1.id])
    expect((await getClaim(db, c.id))?.seriesId).toBeUndefined()
    expect((await getClaim(db, a.id))?.seriesId).toBe(s1.id)
    await expect(addClaimsToSeries(db, 'nope', [a.id], 'me')).rejects.toMatchObject({ kind: 'not-found' })
  })

  it('merges series into one, and undo splits them back', async () => {
    const { db, b1, b2, a, c } = await seeded()
    const s1 = await createSeries(db, { name: 'S1', claimIds: [b1.id] }, 'me')
    const s2 = await createSeries(db, { name: 'S2', claimIds: [a.id, c.id] }, 'me')
    const s3 = await createSeries(db, { name: 'S3', claimIds: [b2.id] }, 'me')
    const merged = await mergeSeries(db, s1.id, [s2.id, s3.id, s1.id], 'me')
    expect(merged.claimIds).toEqual([a.id, b1.id, b2.id, c.id])
    expect((await listSeries(db)).map((s) => s.name)).toEqual(['S1'])
    expect((await historyFor(db, 'series', s1.id))[0].action).toBe('merge')
    await undoLast(db, 'me')
    expect((await listSeries(db)).map((s) => s.name)).toEqual(['S1', 'S2', 'S3'])
    expect((await getSeriesWithClaims(db, s2.id))?.series.claimIds).toEqual([a.id, c.id])
    expect((await getClaim(db, b2.id))?.seriesId).toBe(s3.id)
    expect((await getSeriesWithClaims(db, s1.id))?.series.claimIds).toEqual([b1.id])
  })

  it('splits claims into a new series', async () => {
    const { db, b1, a, c } = await seeded()
    const s = await createSeries(db, { name: 'S', claimIds: [a.id, b1.id, c.id] }, 'me')
    const part = await splitSeries(db, s.id, [c.id, a.id], 'S bis', 'me')
    expect(part).toMatchObject({ name: 'S bis', claimIds: [a.id, c.id] })
    expect((await getSeriesWithClaims(db, s.id))?.series.claimIds).toEqual([b1.id])
    await expect(splitSeries(db, s.id, [c.id], 'Z', 'me')).rejects.toMatchObject({ kind: 'invalid' })
    await undoLast(db, 'me')
    expect((await getSeriesWithClaims(db, s.id))?.series.claimIds).toEqual([a.id, b1.id, c.id])
    expect(await getSeriesWithClaims(db, part.id)).toBeUndefined()
  })

  it('deletes a series, leaving its claims; undo restores it', async () => {
    const { db, a, c } = await seeded()
    const s = await createSeries(db, { name: 'S', claimIds: [a.id, c.id] }, 'me')
    await deleteSeries(db, s.id, 'me')
    expect(await listSeries(db)).toEqual([])
    expect((await getClaim(db, a.id))?.seriesId).toBeUndefined()
    await undoLast(db, 'me')
    expect((await getSeriesWithClaims(db, s.id))?.series.claimIds).toEqual([a.id, c.id])
    expect((await getClaim(db, c.id))?.seriesId).toBe(s.id)
  })
})
