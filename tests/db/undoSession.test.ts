// Issue 12, item 2: undo and redo reach only this window's session; an older change is reverted from
// its record's history, one at a time, with a check that what it changed has not changed since.
import 'fake-indexeddb/auto'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { buildBundle } from '../../shared/bundle'
import { collectBundleContent } from '../../renderer/src/db/repositories/bundles'
import { getClaim, setVerdict, updateClaim } from '../../renderer/src/db/repositories/claims'
import { historyFor, isRevertable, redoLast, revertEntry, undoLast, undoRedoState } from '../../renderer/src/db/repositories/history'
import { addSourceWithClaims } from '../../renderer/src/db/repositories/sources'
import { RevertConflictError } from '../../renderer/src/db/errors'
import { currentSession, startSession } from '../../renderer/src/db/session'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

async function seeded() {
  const db = freshDb()
  const source = makeSource(INTERVIEW)
  const claims = [makeClaim(source, '610 consommateurs'), makeClaim(source, '35 %'), makeClaim(source, '1 200 élèves')]
  await addSourceWithClaims(db, source, claims)
  return { db, source, ids: claims.map((c) => c.id) }
}

const verdicts = async (db: Awaited<ReturnType<typeof seeded>>['db'], ids: string[]) => Promise.all(ids.map(async (id) => (await getClaim(db, id))?.verdict))

describe('undo within a session (issue 12, item 2)', () => {
  it('after a reload, undo does not revert the previous session’s verdicts', async () => {
    const { db, ids } = await seeded()
    await setVerdict(db, ids, 'false', 'Camille')
    expect((await historyFor(db, 'claim', ids[0]))[0].session).toBe(currentSession().id)
    startSession() // the page reloads
    expect(await undoRedoState(db)).toEqual({ undo: undefined, redo: undefined })
    expect(await undoLast(db, 'Camille')).toBeNull()
    expect(await verdicts(db, ids)).toEqual(['false', 'false', 'false'])
    // This session's own change is undone, and only it.
    await updateClaim(db, ids[0], { note: 'à revoir' }, 'Camille')
    const undone = await undoLast(db, 'Camille')
    expect(undone?.entries.map((e) => e.fields)).toEqual([['note']])
    expect(await getClaim(db, ids[0])).toMatchObject({ note: '', verdict: 'false' })
    expect(await undoLast(db, 'Camille')).toBeNull()
  })

  it('redo puts back what undo took, undo then takes it again; a new action ends what can be redone', async () => {
    const { db, ids } = await seeded()
    await setVerdict(db, ids, 'false', 'me')
    await updateClaim(db, ids[1], { note: 'x' }, 'me')
    expect((await undoRedoState(db)).undo?.map((e) => e.fields)).toEqual([['note']])
    await undoLast(db, 'me')
    await undoLast(db, 'me')
    expect(await verdicts(db, ids)).toEqual(['unverified', 'unverified', 'unverified'])
    expect((await undoRedoState(db)).redo).toHaveLength(3)
    const redone = await redoLast(db, 'me')
    expect(redone?.entries).toHaveLength(3)
    expect(await verdicts(db, ids)).toEqual(['false', 'false', 'false'])
    expect((await getClaim(db, ids[1]))?.note).toBe('')
    await redoLast(db, 'me')
    expect((await getClaim(db, ids[1]))?.note).toBe('x')
    expect(await redoLast(db, 'me')).toBeNull()
    // Undo after redo walks back again, in order.
    await undoLast(db, 'me')
    expect((await getClaim(db, ids[1]))?.note).toBe('')
    await setVerdict(db, [ids[2]], 'accurate', 'me')
    expect(await redoLast(db, 'me')).toBeNull()
    await undoLast(db, 'me')
    await undoLast(db, 'me')
    expect(await verdicts(db, ids)).toEqual(['unverified', 'unverified', 'unverified'])
    expect(await undoLast(db, 'me')).toBeNull()
  })

  it('undo leaves a field another window changed since as it is, and says which', async () => {
    const { db, ids } = await seeded()
    await setVerdict(db, ids.slice(0, 2), 'false', 'me')
    // Another window (its own session) sets the first claim accurate.
    await db.claims.update(ids[0], { verdict: 'accurate' })
    const result = await undoLast(db, 'me')
    expect(result?.kept).toEqual(['verdict'])
    expect(await verdicts(db, ids.slice(0, 2))).toEqual(['accurate', 'unverified'])
  })

  it('reverts one older change from the history, checks it against what changed since, and the revert can be undone', async () => {
    const { db, ids } = await seeded()
    await updateClaim(db, ids[0], { note: 'premier' }, 'me')
    await setVerdict(db, [ids[0]], 'misleading', 'me')
    startSession()
    const [verdictChange, noteChange] = await historyFor(db, 'claim', ids[0])
    expect(isRevertable(noteChange)).toBe(true)
    // The older note change, under the newer verdict: only the note goes back.
    await revertEntry(db, noteChange.id, 'me')
    expect(await getClaim(db, ids[0])).toMatchObject({ note: '', verdict: 'misleading' })
    // Changed since: refused with both values, nothing written, unless forced.
    await updateClaim(db, ids[0], { verdict: 'accurate' }, 'me')
    const refused = await revertEntry(db, verdictChange.id, 'me').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(RevertConflictError)
    expect((refused as RevertConflictError).conflicts).toEqual([{ field: 'verdict', yours: 'unverified', theirs: 'accurate' }])
    expect((await getClaim(db, ids[0]))?.verdict).toBe('accurate')
    await revertEntry(db, verdictChange.id, 'me', { force: true })
    expect((await getClaim(db, ids[0]))?.verdict).toBe('unverified')
    // The revert is this session's newest action.
    await undoLast(db, 'me')
    expect((await getClaim(db, ids[0]))?.verdict).toBe('accurate')
  })

  it('never reverts History that came in a bundle', async () => {
    const { db, ids } = await seeded()
    await db.history.add({ id: 'h-bundle', entity: 'claim', entityId: ids[0], action: 'update', fields: ['verdict'], before: { verdict: 'false' }, after: { verdict: 'unverified' }, by: 'Alex', at: '2024-01-01T00:00:00.000Z', origin: 'bundle' })
    const entry = (await historyFor(db, 'claim', ids[0]))[0]
    expect(isRevertable(entry)).toBe(false)
    await expect(revertEntry(db, 'h-bundle', 'me')).rejects.toThrow(/h-bundle .* not a change made in this library/)
    expect((await getClaim(db, ids[0]))?.verdict).toBe('unverified')
  })

  it('a bundle does not carry the session', async () => {
    const { db, ids } = await seeded()
    await setVerdict(db, ids, 'false', 'me')
    const content = await collectBundleContent(db, { kind: 'all' })
    expect(content.history.every((h) => h.session === currentSession().id)).toBe(true)
    const files = unzipSync(await buildBundle(content, { appVersion: 'test', created: '2024-03-01T12:00:00.000Z' }))
    const doc = JSON.parse(strFromU8(files['claims.json'])) as { history: Record<string, unknown>[] }
    expect(doc.history).toHaveLength(3)
    for (const h of doc.history) expect(h).not.toHaveProperty('session')
  })
})
