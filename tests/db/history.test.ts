import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { getClaim, setVerdict, updateClaim } from '../../renderer/src/db/repositories/claims'
import { historyFor, undoLast } from '../../renderer/src/db/repositories/history'
import { addSourceWithClaims } from '../../renderer/src/db/repositories/sources'
import { deleteClaim } from '../../renderer/src/db/repositories/claims'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

async function seeded() {
  const db = freshDb()
  const source = makeSource(INTERVIEW)
  const claims = [makeClaim(source, '610 consommateurs'), makeClaim(source, '35 %')]
  await addSourceWithClaims(db, source, claims)
  return { db, claims }
}

describe('history', () => {
  it('lists one record’s changes newest first, even within the same millisecond', async () => {
    const { db, claims } = await seeded()
    for (const note of ['a', 'b', 'c', 'd']) await updateClaim(db, claims[0].id, { note }, 'me')
    const entries = await historyFor(db, 'claim', claims[0].id)
    expect(entries.map((e) => (e.after as { note: string }).note)).toEqual(['d', 'c', 'b', 'a'])
    expect(new Set(entries.map((e) => e.at)).size).toBe(4)
    expect(await historyFor(db, 'claim', claims[1].id)).toEqual([])
  })

  it('undo walks back one action at a time and leaves a trace', async () => {
    const { db, claims } = await seeded()
    await updateClaim(db, claims[0].id, { value: 600 }, 'Claire')
    await updateClaim(db, claims[0].id, { value: 620, note: 'n' }, 'Claire')
    const first = await undoLast(db, 'Claire')
    expect(first?.undone.after).toEqual({ value: 620, note: 'n' })
    expect(await getClaim(db, claims[0].id)).toMatchObject({ value: 600, note: '', status: 'edited' })
    await undoLast(db, 'Claire')
    expect(await getClaim(db, claims[0].id)).toMatchObject({ value: 610, status: 'extracted' })
    // Nothing left: the undos themselves are not undone.
    expect(await undoLast(db, 'Claire')).toBeNull()
    const trace = await historyFor(db, 'claim', claims[0].id)
    expect(trace.map((e) => e.batchId?.startsWith('undo:'))).toEqual([true, true, false, false])
    expect(trace[0]).toMatchObject({ by: 'Claire', action: 'update', before: { value: 600, status: 'edited' }, after: { value: 610, status: 'extracted' } })
  })

  it('a new change after an undo is undone next, then the older one', async () => {
    const { db, claims } = await seeded()
    await setVerdict(db, [claims[0].id], 'accurate', 'me')
    await setVerdict(db, [claims[1].id], 'false', 'me')
    await undoLast(db, 'me')
    await setVerdict(db, [claims[1].id], 'misleading', 'me')
    await undoLast(db, 'me')
    expect((await getClaim(db, claims[1].id))?.verdict).toBe('unverified')
    expect((await getClaim(db, claims[0].id))?.verdict).toBe('accurate')
    await undoLast(db, 'me')
    expect((await getClaim(db, claims[0].id))?.verdict).toBe('unverified')
  })

  it('an undo whose record has gone still counts, so the next undo moves on', async () => {
    const { db, claims } = await seeded()
    await updateClaim(db, claims[0].id, { note: 'x' }, 'me')
    await updateClaim(db, claims[1].id, { note: 'y' }, 'me')
    // Removed behind History's back (another tool, a bug): nothing to put back.
    await db.claims.delete(claims[1].id)
    const r = await undoLast(db, 'me')
    expect(r?.undone.entityId).toBe(claims[1].id)
    await undoLast(db, 'me')
    expect((await getClaim(db, claims[0].id))?.note).toBe('')
  })

  it('undoing a delete restores the claim exactly', async () => {
    const { db, claims } = await seeded()
    await deleteClaim(db, claims[1].id, 'me')
    await undoLast(db, 'me')
    expect(await getClaim(db, claims[1].id)).toEqual(claims[1])
  })

  it('has nothing to undo in a new database', async () => {
    const { db } = await seeded()
    expect(await undoLast(db, 'me')).toBeNull()
  })
})
