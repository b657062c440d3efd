import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../renderer/src/db/database'
import { rebuildAllDigests } from '../../renderer/src/db/digest'
import { getClaim, queryClaims, setVerdict } from '../../renderer/src/db/repositories/claims'
import { addSourceWithClaims, deleteSource } from '../../renderer/src/db/repositories/sources'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

const tick = () => new Promise((r) => setTimeout(r, 30))

describe('claim digests keep the Claims table true', () => {
  it('another window (another connection) sees this one’s changes at its next query', async () => {
    const a = freshDb()
    const source = makeSource(INTERVIEW)
    const claims = [makeClaim(source, '610 consommateurs'), makeClaim(source, '35 %')]
    await addSourceWithClaims(a, source, claims)
    const b = openDatabase(a.name)
    expect((await queryClaims(b, { verdict: ['false'] })).total).toBe(0)
    await setVerdict(a, [claims[1].id], 'false', 'me')
    expect((await queryClaims(b, { verdict: ['false'] })).rows.map((r) => r.id)).toEqual([claims[1].id])
    await deleteSource(a, source.id, 'me')
    expect((await queryClaims(b, {})).total).toBe(0)
    b.close()
  })

  it('writes that bypass the repositories are repaired right after they commit', async () => {
    const db = freshDb()
    const source = makeSource(INTERVIEW)
    const claims = [makeClaim(source, '610 consommateurs'), makeClaim(source, '35 %')]
    await addSourceWithClaims(db, source, claims)
    await db.claims.put({ ...claims[0], verdict: 'accurate', note: 'vu par la préfecture' })
    await db.claims.delete(claims[1].id)
    const other = makeSource('Il y a 12 lits.', { title: 'Autre' })
    await db.transaction('rw', db.sources, db.claims, async () => {
      await db.sources.add(other)
      await db.claims.add(makeClaim(other, '12 lits', { subject: 'lits' }))
    })
    await tick()
    expect((await queryClaims(db, { search: 'prefecture' })).rows.map((r) => r.id)).toEqual([claims[0].id])
    expect((await queryClaims(db, {})).total).toBe(2)
    expect((await queryClaims(db, { search: 'lits' })).rows[0].sourceTitle).toBe('Autre')
  })

  it('can rebuild every digest from the stored claims', async () => {
    const db = freshDb()
    const source = makeSource(INTERVIEW)
    await addSourceWithClaims(db, source, [makeClaim(source, '610 consommateurs')])
    await addSourceWithClaims(db, makeSource('5 lits'), [])
    expect((await queryClaims(db, { search: 'consomm' })).total).toBe(1)
    await db.claimDigests.clear()
    expect((await queryClaims(db, { search: 'consomm' })).total).toBe(0)
    await rebuildAllDigests(db)
    expect((await queryClaims(db, { search: 'consomm' })).total).toBe(1)
    expect(await getClaim(db, (await db.claims.toCollection().first())!.id)).toBeDefined()
  })
})
