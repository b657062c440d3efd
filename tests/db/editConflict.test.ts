import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../shared/model'
import { openDatabase, type ClaimLedgerDB } from '../../renderer/src/db/database'
import { EditConflictError } from '../../renderer/src/db/errors'
import { changedPatch, editConflicts, getClaim, updateClaim, type ClaimPatch } from '../../renderer/src/db/repositories/claims'
import { historyFor } from '../../renderer/src/db/repositories/history'
import { addSourceWithClaims } from '../../renderer/src/db/repositories/sources'
import { INTERVIEW, freshName, makeClaim, makeSource } from './helpers'

// Issue 11, item 4: two windows edit the same claim. The edit form used to send every field it read when it
// opened, so the second save silently reverted the first. Now a save sends only what the form changed and checks,
// inside its transaction, that no field it writes was changed meanwhile.
const windows: ClaimLedgerDB[] = []
afterEach(() => {
  for (const db of windows.splice(0)) db.close()
})

/** One library opened in two windows (two connections to one IndexedDB database), with one claim. */
async function twoWindows(): Promise<{ a: ClaimLedgerDB; b: ClaimLedgerDB; claim: Claim }> {
  const name = freshName()
  const a = openDatabase(name)
  const b = openDatabase(name)
  windows.push(a, b)
  const source = makeSource(INTERVIEW, { title: 'Entretien' })
  const claim = makeClaim(source, '610 consommateurs', { subject: 'consommateurs', speaker: 'Anne Souyris' })
  await addSourceWithClaims(a, source, [claim])
  return { a, b, claim: (await getClaim(a, claim.id)) as Claim }
}

/** What the edit form submits: every field it shows, as typed (here: as read, with `typed` changed). */
function formPatch(read: Claim, typed: ClaimPatch): ClaimPatch {
  return { value: read.value, valueHigh: read.valueHigh, previous: read.previous, unit: read.unit, kind: read.kind, subject: read.subject, speaker: read.speaker, period: read.period, ...typed }
}

/** The edit form's save: only the changed fields, checked against the claim as the form read it. */
function save(db: ClaimLedgerDB, read: Claim, typed: ClaimPatch, by: string): Promise<Claim> {
  return updateClaim(db, read.id, changedPatch(read, formPatch(read, typed)), by, { base: read })
}

describe('two windows editing one claim', () => {
  it('the second save keeps the first one’s change to another field (no lost update)', async () => {
    const { a, b, claim } = await twoWindows()
    const readA = (await getClaim(a, claim.id)) as Claim
    const readB = (await getClaim(b, claim.id)) as Claim
    await save(a, readA, { value: 620 }, 'Alice')
    const after = await save(b, readB, { subject: 'consommateurs de crack' }, 'Bob')
    expect(after).toMatchObject({ value: 620, subject: 'consommateurs de crack', status: 'edited' })
    expect(await getClaim(a, claim.id)).toMatchObject({ value: 620, subject: 'consommateurs de crack' })
    const history = await historyFor(a, 'claim', claim.id)
    expect(history.map((h) => [h.by, h.fields])).toEqual(expect.arrayContaining([['Alice', ['value', 'status']], ['Bob', ['subject', 'subjectKey']]]))
  })

  it('the same field changed differently in both: the second save is refused with both values, and writes nothing', async () => {
    const { a, b, claim } = await twoWindows()
    const readA = (await getClaim(a, claim.id)) as Claim
    const readB = (await getClaim(b, claim.id)) as Claim
    await save(a, readA, { value: 620, speaker: 'Laurent Nunez' }, 'Alice')
    const stored = await getClaim(a, claim.id)
    // (the patch as the form now sends it: only what Bob changed, with the claim he read)
    const attempt = updateClaim(b, claim.id, { value: 630, unit: 'personnes' }, 'Bob', { base: readB })
    await expect(attempt).rejects.toBeInstanceOf(EditConflictError)
    const error = (await attempt.catch((e: unknown) => e)) as EditConflictError
    expect(error.kind).toBe('conflict')
    expect(error.conflicts).toEqual([{ field: 'value', yours: 630, theirs: 620 }])
    expect(error.message).toMatch(/changed in another window.*\(value\); nothing was saved/)
    expect(await getClaim(b, claim.id)).toEqual(stored)
    expect((await historyFor(a, 'claim', claim.id)).filter((h) => h.by === 'Bob')).toEqual([])
  })

  it('the same field changed to the same value is no conflict; saving mine anyway (no base) overwrites', async () => {
    const { a, b, claim } = await twoWindows()
    const readA = (await getClaim(a, claim.id)) as Claim
    const readB = (await getClaim(b, claim.id)) as Claim
    await save(a, readA, { value: 620 }, 'Alice')
    expect((await save(b, readB, { value: 620 }, 'Bob')).value).toBe(620)
    await expect(save(b, readB, { value: 640 }, 'Bob')).rejects.toBeInstanceOf(EditConflictError)
    expect((await updateClaim(b, claim.id, { value: 640 }, 'Bob')).value).toBe(640)
  })

  it('a form saved with nothing changed sends nothing', async () => {
    const { a, claim } = await twoWindows()
    const read = (await getClaim(a, claim.id)) as Claim
    expect(changedPatch(read, formPatch(read, {}))).toEqual({})
    expect(changedPatch(read, formPatch(read, { unit: undefined, speaker: 'X' }))).toEqual({ speaker: 'X' })
  })

  it('editConflicts: nothing written since (same updatedAt) is never a conflict', () => {
    const base = { value: 1, subject: 's', updatedAt: '2024-01-01T00:00:00.000Z' } as Claim
    expect(editConflicts(base, { ...base }, { value: 2 })).toEqual([])
    expect(editConflicts(base, { ...base, value: 3, updatedAt: '2024-01-02T00:00:00.000Z' }, { value: 2 })).toEqual([{ field: 'value', yours: 2, theirs: 3 }])
    expect(editConflicts(base, { ...base, subject: 't', updatedAt: '2024-01-02T00:00:00.000Z' }, { value: 2 })).toEqual([])
  })
})
