/**
 * Official reference series (issue 14): stored whole after validation, so a bad one is never half
 * saved; attaching one to a series is a series change kept in History like any other.
 */
import { type ReferenceSeries, type Series } from '../../../../shared/model'
import { referenceSeriesSchema } from '../../../../shared/reference/schema'
import { type ClaimLedgerDB } from '../database'
import { DatabaseError, guarded } from '../errors'
import { ChangeBatch } from './changes'

/** Saves (or replaces, by id) a reference series; throws a DatabaseError naming the first bad field. */
export function saveReference(db: ClaimLedgerDB, reference: ReferenceSeries): Promise<ReferenceSeries> {
  const checked = referenceSeriesSchema.safeParse(reference)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    return Promise.reject(DatabaseError.invalid(`Reference series “${reference.name}”: ${issue.path.join('.') || 'record'} ${issue.message}`))
  }
  return guarded(async () => {
    await db.references.put(checked.data)
    return checked.data
  })
}

export function listReferences(db: ClaimLedgerDB): Promise<ReferenceSeries[]> {
  return guarded(async () => (await db.references.toArray()).sort((a, b) => a.name.localeCompare(b.name)))
}

export function getReference(db: ClaimLedgerDB, id: string): Promise<ReferenceSeries | undefined> {
  return guarded(() => db.references.get(id))
}

/** Attaches a reference to a series (undefined detaches it), with a History entry. */
export function attachReference(db: ClaimLedgerDB, seriesId: string, referenceId: string | undefined, by: string): Promise<Series> {
  return guarded(() =>
    db.transaction('rw', db.writeTables(), async () => {
      const series = await db.series.get(seriesId)
      if (!series) throw DatabaseError.notFound('Series', seriesId)
      if (referenceId !== undefined && !(await db.references.get(referenceId))) throw DatabaseError.notFound('Reference series', referenceId)
      const batch = new ChangeBatch(by)
      const next: Series = { ...series }
      if (referenceId === undefined) delete next.referenceId
      else next.referenceId = referenceId
      if (batch.updated('series', seriesId, series, next, ['referenceId']).length === 0) return series
      const saved = { ...next, updatedAt: batch.at }
      await db.series.put(saved)
      await batch.write(db)
      return saved
    })
  )
}
