import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { type Claim } from '../../shared/model'
import {
  addManualClaim, addTags, confirmClaim, deleteClaim, distinctSpeakers, distinctTags, getClaim, listClaimsForSource,
  queryClaims, rejectClaim, removeTag, sentenceAround, setVerdict, updateClaim
} from '../../renderer/src/db/repositories/claims'
import { historyFor, undoLast } from '../../renderer/src/db/repositories/history'
import { addClaimsToSeries, createSeries, getSeriesWithClaims } from '../../renderer/src/db/repositories/series'
import { addSourceWithClaims } from '../../renderer/src/db/repositories/sources'
import { sentenceLimit } from '../../shared/sentenceExcerpt'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

async function seeded() {
  const db = freshDb()
  const source = makeSource(INTERVIEW, {
    title: 'Entretien',
    speakers: ['Anne Souyris'],
    segments: [{ start: 0, end: 84, speaker: 'Anne Souyris' }, { start: 84, end: INTERVIEW.length, speaker: 'Un policier' }]
  })
  const claims = [
    makeClaim(source, '610 consommateurs', { tags: ['crack'] }),
    makeClaim(source, '35 %', { kind: 'percent', unit: '%', subject: 'interpellations', speaker: 'Un policier' }),
    makeClaim(source, '1 200 élèves', { subject: 'élèves', approx: 'Près de' })
  ]
  await addSourceWithClaims(db, source, claims)
  return { db, source, claims }
}

const sansUpdatedAt = (c: Claim | undefined) => {
  if (!c) return c
  const { updatedAt: _u, ...rest } = c
  return rest
}

describe('updateClaim', () => {
  it('a correction sets status edited and writes History with fields, before and after', async () => {
    const { db, claims } = await seeded()
    const updated = await updateClaim(db, claims[0].id, { value: 620, unit: 'personnes', note: 'recompté' }, 'Claire')
    expect(updated).toMatchObject({ value: 620, unit: 'personnes', note: 'recompté', status: 'edited' })
    expect(await getClaim(db, claims[0].id)).toEqual(updated)
    const [entry] = await historyFor(db, 'claim', claims[0].id)
    expect(entry).toMatchObject({ entity: 'claim', action: 'update', by: 'Claire', fields: ['value', 'unit', 'status', 'note'] })
    expect(entry.before).toEqual({ value: 610, status: 'extracted', note: '' })
    expect(entry.after).toEqual({ value: 620, unit: 'personnes', status: 'edited', note: 'recompté' })
  })

  it('a note alone keeps the status; an unchanged value writes nothing', async () => {
    const { db, claims } = await seeded()
    expect((await updateClaim(db, claims[0].id, { note: 'vu' }, 'me')).status).toBe('extracted')
    await updateClaim(db, claims[0].id, { value: 610 }, 'me')
    expect(await historyFor(db, 'claim', claims[0].id)).toHaveLength(1)
  })

  it('clears a field given as undefined; derives a subject key when none is given', async () => {
    const { db, claims } = await seeded()
    const c = await updateClaim(db, claims[2].id, { approx: undefined, subject: 'Élèves du 18e' }, 'me')
    expect(c.approx).toBeUndefined()
    expect('approx' in c).toBe(false)
    expect(c.subjectKey).toBe('eleves du 18e')
    const k = await updateClaim(db, claims[2].id, { subject: 'élèves', subjectKey: 'elev' }, 'me')
    expect(k.subjectKey).toBe('elev')
  })

  it('validates what it is given and names a missing claim', async () => {
    const { db, claims } = await seeded()
    await expect(updateClaim(db, claims[0].id, { value: Number.NaN }, 'me')).rejects.toMatchObject({ kind: 'invalid' })
    await expect(updateClaim(db, claims[0].id, { value: undefined }, 'me')).rejects.toMatchObject({ kind: 'invalid' })
    await expect(updateClaim(db, 'gone', { note: 'x' }, 'me')).rejects.toMatchObject({ kind: 'not-found', message: expect.stringMatching(/gone/) })
  })

  it('the new words are searchable at once', async () => {
    const { db, claims } = await seeded()
    await updateClaim(db, claims[1].id, { note: 'Chiffre de la préfecture de police' }, 'me')
    expect((await queryClaims(db, { search: 'prefecture' })).rows.map((r) => r.id)).toEqual([claims[1].id])
  })
})

describe('confirm, reject, verdicts, tags', () => {
  it('confirm and reject set the status and are undoable', async () => {
    const { db, claims } = await seeded()
    expect((await confirmClaim(db, claims[0].id, 'me')).status).toBe('confirmed')
    expect((await rejectClaim(db, claims[1].id, 'me')).status).toBe('rejected')
    await undoLast(db, 'me')
    expect((await getClaim(db, claims[1].id))?.status).toBe('extracted')
    expect((await getClaim(db, claims[0].id))?.status).toBe('confirmed')
  })

  it('a bulk verdict is one batch, undone in one step', async () => {
    const { db, claims } = await seeded()
    await setVerdict(db, [claims[0].id], 'accurate', 'me')
    expect(await setVerdict(db, claims.map((c) => c.id), 'false', 'me')).toBe(3)
    expect((await queryClaims(db, { verdict: ['false'] })).total).toBe(3)
    const batches = new Set((await db.history.toArray()).map((e) => e.batchId))
    expect(batches.size).toBe(2)
    const undone = await undoLast(db, 'me')
    expect(undone?.entries).toHaveLength(3)
    expect((await listClaimsForSource(db, claims[0].sourceId)).map((c) => c.verdict)).toEqual(['accurate', 'unverified', 'unverified'])
    await undoLast(db, 'me')
    expect((await queryClaims(db, { verdict: ['unverified'] })).total).toBe(3)
  })

  it('rejects an unknown verdict', async () => {
    const { db, claims } = await seeded()
    await expect(setVerdict(db, [claims[0].id], 'wrong' as 'false', 'me')).rejects.toMatchObject({ kind: 'invalid' })
  })

  it('adds and removes tags in bulk, without duplicates or blanks', async () => {
    const { db, claims } = await seeded()
    expect(await addTags(db, claims.map((c) => c.id), ['crack', ' paris ', ''], 'me')).toBe(3)
    expect((await getClaim(db, claims[0].id))?.tags).toEqual(['crack', 'paris'])
    expect(await distinctTags(db)).toEqual(['crack', 'paris'])
    expect(await removeTag(db, [claims[0].id, claims[1].id], 'crack', 'me')).toBe(2)
    expect((await queryClaims(db, { tag: 'crack' })).rows.map((r) => r.id)).toEqual([claims[2].id])
  })

  it('lists distinct speakers', async () => {
    const { db } = await seeded()
    expect(await distinctSpeakers(db)).toEqual(['Anne Souyris', 'Un policier'])
  })
})

describe('addManualClaim', () => {
  it('records the exact selection, its sentence and the segment speaker; undo removes it', async () => {
    const { db, source } = await seeded()
    const start = INTERVIEW.indexOf('200 avant')
    const result = await addManualClaim(db, source.id, { start, end: start + 3, value: 200, kind: 'count', subject: 'consommateurs' }, 'Claire')
    if (!result.ok) throw new Error(result.error)
    expect(result.value).toMatchObject({
      quote: '200', start, end: start + 3, status: 'manual', verdict: 'unverified', speaker: 'Anne Souyris',
      statedAt: '2023-10-05', sentence: "Aujourd'hui, 610 consommateurs sont accueillis toutes les nuits, c'était 200 avant."
    })
    const list = await listClaimsForSource(db, source.id)
    expect(list.map((c) => c.quote)).toEqual(['610 consommateurs', '200', '35 %', '1 200 élèves'])
    expect((await historyFor(db, 'claim', result.value.id))[0]).toMatchObject({ action: 'create', after: result.value })
    // Editing a manual claim keeps it manual.
    expect((await updateClaim(db, result.value.id, { value: 210 }, 'Claire')).status).toBe('manual')
    await undoLast(db, 'Claire')
    await undoLast(db, 'Claire')
    expect(await getClaim(db, result.value.id)).toBeUndefined()
  })

  it('refuses offsets outside the text, empty selections and missing sources, saying why', async () => {
    const { db, source } = await seeded()
    const base = { value: 1, kind: 'count' as const, subject: 'x' }
    const outside = await addManualClaim(db, source.id, { ...base, start: 5, end: INTERVIEW.length + 1 }, 'me')
    expect(outside).toEqual({ ok: false, error: expect.stringMatching(/not inside the text of "Entretien"/) })
    expect(await addManualClaim(db, source.id, { ...base, start: 10, end: 10 }, 'me')).toMatchObject({ ok: false })
    expect(await addManualClaim(db, source.id, { ...base, start: 1.5, end: 4 }, 'me')).toMatchObject({ ok: false })
    const blank = INTERVIEW.indexOf(' ')
    expect(await addManualClaim(db, source.id, { ...base, start: blank, end: blank + 1 }, 'me')).toEqual({ ok: false, error: 'The selection is empty.' })
    expect(await addManualClaim(db, 'nope', { ...base, start: 0, end: 3 }, 'me')).toMatchObject({ ok: false, error: expect.stringMatching(/nope/) })
    expect(await db.claims.count()).toBe(3)
  })

  it('finds the sentence around a selection', () => {
    expect(sentenceAround('Un. Deux trois 4 cinq! Six', 15, 16)).toBe('Deux trois 4 cinq!')
    expect(sentenceAround('Sans point 12', 11, 13)).toBe('Sans point 12')
  })

  it('keeps only an excerpt of a sentence that never ends (issue 11, item 9)', () => {
    const line = Array.from({ length: 5000 }, (_, i) => `${i} élèves`).join(', ')
    const at = line.indexOf('2500 élèves')
    const s = sentenceAround(`Début. ${line}`, at + 7, at + 7 + 11)
    expect(s.length).toBeLessThanOrEqual(sentenceLimit(11))
    expect(s).toMatch(/^….*2499 élèves, 2500 élèves, 2501 élèves.*…$/)
  })
})

describe('deleteClaim', () => {
  it('removes the claim and its series membership; undo restores both', async () => {
    const { db, claims } = await seeded()
    const series = await createSeries(db, { name: 'S', claimIds: [claims[0].id, claims[2].id] }, 'me')
    await deleteClaim(db, claims[0].id, 'me')
    expect(await getClaim(db, claims[0].id)).toBeUndefined()
    expect((await getSeriesWithClaims(db, series.id))?.series.claimIds).toEqual([claims[2].id])
    await undoLast(db, 'me')
    expect(sansUpdatedAt(await getClaim(db, claims[0].id))).toEqual(sansUpdatedAt({ ...claims[0], seriesId: series.id }))
    expect((await getSeriesWithClaims(db, series.id))?.series.claimIds.sort()).toEqual([claims[0].id, claims[2].id].sort())
    expect((await queryClaims(db, { search: 'consommateurs' })).total).toBe(1)
  })

  it('keeps series membership in step when claims are added elsewhere', async () => {
    const { db, claims } = await seeded()
    const a = await createSeries(db, { name: 'A', claimIds: [claims[0].id] }, 'me')
    const b = await createSeries(db, { name: 'B' }, 'me')
    await addClaimsToSeries(db, b.id, [claims[0].id], 'me')
    expect((await getSeriesWithClaims(db, a.id))?.series.claimIds).toEqual([])
    expect((await getSeriesWithClaims(db, b.id))?.series.claimIds).toEqual([claims[0].id])
  })
})
