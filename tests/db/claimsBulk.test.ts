/**
 * Claims in bulk (issue 13, item 3): confirm and reject many claims as one undoable step, select the
 * whole filtered set (not only the page on screen), and one Speaker entry per person however the
 * name is spelled.
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import {
  confirmClaims, distinctSpeakers, getClaim, queryClaimIds, queryClaims, rejectClaims
} from '../../renderer/src/db/repositories/claims'
import { undoLast } from '../../renderer/src/db/repositories/history'
import { addSourceWithClaims } from '../../renderer/src/db/repositories/sources'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

async function seeded() {
  const db = freshDb()
  const source = makeSource(INTERVIEW, { title: 'Entretien' })
  const claims = [
    makeClaim(source, '610 consommateurs', { speaker: 'Laurent Nuñez' }),
    makeClaim(source, '35 %', { kind: 'percent', unit: '%', subject: 'interpellations', speaker: 'laurent nunez' }),
    makeClaim(source, '1 200 élèves', { subject: 'élèves', speaker: ' Laurent  Nuñez ' }),
    makeClaim(source, '200', { subject: 'places', speaker: 'Anne Souyris' })
  ]
  await addSourceWithClaims(db, source, claims)
  return { db, claims }
}

describe('bulk confirm and reject', () => {
  it('confirm many claims as one batch, undone in one step', async () => {
    const { db, claims } = await seeded()
    const ids = claims.slice(0, 3).map((c) => c.id)
    expect(await confirmClaims(db, ids, 'me')).toBe(3)
    expect((await queryClaims(db, { status: ['confirmed'] })).total).toBe(3)
    const batches = new Set((await db.history.toArray()).map((e) => e.batchId))
    expect(batches.size).toBe(1)
    const undone = await undoLast(db, 'me')
    expect(undone?.entries).toHaveLength(3)
    expect((await queryClaims(db, { status: ['extracted'] })).total).toBe(4)
  })

  it('reject many claims; those already rejected do not count', async () => {
    const { db, claims } = await seeded()
    await rejectClaims(db, [claims[0].id], 'me')
    expect(await rejectClaims(db, claims.map((c) => c.id), 'me')).toBe(3)
    expect((await getClaim(db, claims[3].id))?.status).toBe('rejected')
    await undoLast(db, 'me')
    expect((await queryClaims(db, { status: ['rejected'] })).rows.map((r) => r.id)).toEqual([claims[0].id])
  })
})

describe('select all of the filtered set', () => {
  it('returns every matching id, in the table order, beyond any page', async () => {
    const { db, claims } = await seeded()
    const all = await queryClaimIds(db, { sort: { field: 'value', dir: 'asc' } })
    expect(all).toEqual([claims[1].id, claims[3].id, claims[0].id, claims[2].id])
    expect(await queryClaimIds(db, { search: 'eleves' })).toEqual([claims[2].id])
    expect(await queryClaimIds(db, { speaker: 'Anne Souyris', status: ['rejected'] })).toEqual([])
  })
})

describe('the Speaker filter', () => {
  it('lists each speaker once, by the spelling most claims use, and filters on every spelling', async () => {
    const { db, claims } = await seeded()
    expect(await distinctSpeakers(db)).toEqual(['Anne Souyris', 'Laurent Nuñez'])
    const { rows } = await queryClaims(db, { speaker: 'Laurent Nuñez', sort: { field: 'value', dir: 'asc' } })
    expect(rows.map((r) => r.id)).toEqual([claims[1].id, claims[0].id, claims[2].id])
  })
})
