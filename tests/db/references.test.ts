/**
 * Reference series in the database (issue 14): the v6 table added to a v5 library with nothing
 * lost, a reference read from the real INSEE file stored whole, a bad one refused with nothing
 * stored, attaching one to a series kept in History, and a series exported with its reference.
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type ReferenceSeries } from '../../shared/model'
import { readReferenceFile } from '../../shared/reference/read'
import { sliceTable } from '../../shared/reference/table'
import { ensureOpen, openDatabase, CURRENT_DB_VERSION } from '../../renderer/src/db/database'
import { attachReference, getReference, listReferences, saveReference } from '../../renderer/src/db/repositories/references'
import { createSeries } from '../../renderer/src/db/repositories/series'
import { collectBundleContent } from '../../renderer/src/db/repositories/bundles'
import { historyFor } from '../../renderer/src/db/repositories/history'
import { closeAll, freshDb, freshName, openAtVersion, seedV1 } from './helpers'

afterEach(closeAll)

function inseeReference(): ReferenceSeries {
  const file = 'insee-chomage-trim-national.csv'
  const table = readReferenceFile(file, readFileSync(join(__dirname, '..', 'fixtures', 'references', file), 'utf8'))
  if (!table.ok) throw new Error(table.error)
  const slice = sliceTable(table.value, { idBank: '001688527' })
  if (!slice.ok) throw new Error(slice.error)
  return {
    id: 'r0000000-0000-4000-8000-000000000001', name: 'Taux de chômage BIT, France hors Mayotte', publisher: 'INSEE', datasetTitle: 'Chômage au sens du BIT (idBank 001688527)',
    url: 'https://www.insee.fr/fr/statistiques/serie/001688527', retrievedAt: '2023-04-16', licence: 'Licence Ouverte 2.0', unit: slice.value.unit, periodicity: slice.value.periodicity,
    place: 'France', observations: slice.value.observations, format: 'insee-csv', fileName: file, slice: slice.value.labels, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z'
  }
}

describe('reference series', () => {
  it('v5 → v6: the references table is added, a series keeps every field, a v1 library opens with nothing lost', async () => {
    const name = freshName()
    const fixture = await seedV1(name)
    const v5 = openAtVersion(name, 5)
    await v5.open()
    expect(v5.tables.map((t) => t.name)).not.toContain('references')
    v5.close()
    const v6 = openAtVersion(name, 6)
    await v6.open()
    expect(v6.tables.map((t) => t.name)).toContain('references')
    expect(await v6.table('references').count()).toBe(0)
    expect(await v6.table('series').toArray()).toEqual(fixture.tables.series)
    expect(await v6.table('sources').count()).toBe(fixture.tables.sources.length)
    v6.close()
    const db = await ensureOpen(openDatabase(name))
    expect(db.verno).toBe(CURRENT_DB_VERSION)
    expect(await listReferences(db)).toEqual([])
    db.close()
  })

  it('stores a reference read from the real INSEE file whole, and refuses a bad one with nothing stored', async () => {
    const db = freshDb()
    const ref = inseeReference()
    await saveReference(db, ref)
    const back = await getReference(db, ref.id)
    expect(back?.observations.at(-1)).toEqual({ period: '2022-Q4', value: 7.2 })
    expect(back).toEqual(ref)
    const bad = { ...ref, id: 'r0000000-0000-4000-8000-000000000002', observations: [{ period: '2023-Q2', value: 7 }, { period: '2023-Q1', value: 7.1 }] }
    await expect(saveReference(db, bad)).rejects.toThrow('Reference series “Taux de chômage BIT, France hors Mayotte”: observations observations must be one per period, oldest first')
    const month = { ...ref, id: 'r0000000-0000-4000-8000-000000000003', observations: [{ period: '2023-03', value: 7 }] }
    await expect(saveReference(db, month)).rejects.toThrow(/every period must be of the series periodicity/)
    expect((await listReferences(db)).map((r) => r.id)).toEqual([ref.id])
  })

  it('attaching a reference to a series is a series change in History; detaching removes it', async () => {
    const db = freshDb()
    const ref = await saveReference(db, inseeReference())
    const series = await createSeries(db, { name: 'Chômage France' }, 'Claire')
    const attached = await attachReference(db, series.id, ref.id, 'Claire')
    expect(attached.referenceId).toBe(ref.id)
    expect((await db.series.get(series.id))?.referenceId).toBe(ref.id)
    const history = await historyFor(db, 'series', series.id)
    expect(history.find((h) => h.fields.includes('referenceId'))).toMatchObject({ action: 'update', before: {}, after: { referenceId: ref.id }, by: 'Claire' })
    await expect(attachReference(db, series.id, 'r0000000-0000-4000-8000-00000000dead', 'Claire')).rejects.toThrow()
    const detached = await attachReference(db, series.id, undefined, 'Claire')
    expect(detached.referenceId).toBeUndefined()
  })

  it('a series exported takes its reference along; a reference gone since leaves the series without the link', async () => {
    const db = freshDb()
    const ref = await saveReference(db, inseeReference())
    const series = await createSeries(db, { name: 'Chômage France' }, 'Claire')
    await attachReference(db, series.id, ref.id, 'Claire')
    const content = await collectBundleContent(db, { kind: 'series', id: series.id })
    expect(content.references).toEqual([ref])
    expect(content.series[0].referenceId).toBe(ref.id)
    await db.references.delete(ref.id)
    const without = await collectBundleContent(db, { kind: 'series', id: series.id })
    expect(without.references).toBeUndefined()
    expect(without.series[0]).not.toHaveProperty('referenceId')
  })
})
