/**
 * Undo names each bulk action of the Claims table in the UI's language (issue 13, item 3): the tag
 * added or removed, the series the claims went into, the status set on many claims.
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { describeAction, describeStep } from '../../renderer/src/app/describeAction'
import { addTags, confirmClaims, rejectClaims, removeTag } from '../../renderer/src/db/repositories/claims'
import { undoRedoState } from '../../renderer/src/db/repositories/history'
import { addClaimsToSeries, createSeries } from '../../renderer/src/db/repositories/series'
import { addSourceWithClaims } from '../../renderer/src/db/repositories/sources'
import { en, type MessageKey } from '../../renderer/src/i18n/en'
import { fr } from '../../renderer/src/i18n/fr'
import { type ClaimLedgerDB } from '../../renderer/src/db/database'
import { INTERVIEW, closeAll, freshDb, makeClaim, makeSource } from './helpers'

afterEach(closeAll)

const translate = (catalog: Record<MessageKey, string>) => (key: MessageKey, params?: Record<string, string | number>): string => {
  let text = catalog[key]
  for (const [k, v] of Object.entries(params ?? {})) text = text.replaceAll(`{${k}}`, String(v))
  return text
}

async function seeded() {
  const db = freshDb()
  const source = makeSource(INTERVIEW)
  const claims = [makeClaim(source, '610 consommateurs'), makeClaim(source, '35 %', { kind: 'percent', unit: '%' }), makeClaim(source, '1 200 élèves')]
  await addSourceWithClaims(db, source, claims)
  return { db, ids: claims.map((c) => c.id) }
}

async function lastAction(db: ClaimLedgerDB, lang: 'en' | 'fr'): Promise<string> {
  const { undo } = await undoRedoState(db)
  if (!undo) throw new Error('nothing to undo')
  const names = new Map((await db.series.toArray()).map((s) => [s.id, s.name]))
  return describeAction(undo, translate(lang === 'en' ? en : fr), names).what
}

describe('bulk actions described for Undo', () => {
  it('a tag added to, then removed from, many claims', async () => {
    const { db, ids } = await seeded()
    await addTags(db, ids, ['à vérifier'], 'me')
    expect(await lastAction(db, 'en')).toBe('tag “à vérifier” added to 3 claims')
    expect(await lastAction(db, 'fr')).toBe('étiquette « à vérifier » ajoutée à 3 affirmations')
    await removeTag(db, ids.slice(0, 2), 'à vérifier', 'me')
    expect(await lastAction(db, 'fr')).toBe('étiquette « à vérifier » retirée de 2 affirmations')
  })

  it('claims put in a new series, then in an existing one', async () => {
    const { db, ids } = await seeded()
    const s = await createSeries(db, { name: 'Crack', claimIds: ids.slice(0, 2) }, 'me')
    expect(await lastAction(db, 'en')).toBe('new series “Crack” with 2 claims')
    await addClaimsToSeries(db, s.id, [ids[2]], 'me')
    expect(await lastAction(db, 'en')).toBe('1 claim added to the series “Crack”')
    expect(await lastAction(db, 'fr')).toBe('ajout de 1 affirmation à la série « Crack »')
  })

  it('many claims confirmed or rejected', async () => {
    const { db, ids } = await seeded()
    await confirmClaims(db, ids, 'me')
    expect(await lastAction(db, 'en')).toBe('“Confirmed” on 3 claims')
    await rejectClaims(db, ids.slice(1), 'me')
    const { undo } = await undoRedoState(db)
    expect(describeStep(undo ?? [], 'undo', translate(fr))).toBe('Annulé : « Rejeté » sur 2 affirmations.')
  })
})
