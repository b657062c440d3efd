import { type ReferenceSeries } from '../../../../shared/model'
import { getDb } from '../../db/context'
import { type LiveResult, useLiveResult } from '../../db/hooks'
import { getReference, listReferences } from '../../db/repositories/references'

/** Every reference series, live. */
export function useReferenceList(): LiveResult<ReferenceSeries[]> {
  return useLiveResult(() => listReferences(getDb()), [])
}

/** One reference series by id (undefined while none is attached), live. */
export function useReference(id: string | undefined): LiveResult<ReferenceSeries | undefined> {
  return useLiveResult(async () => (id ? getReference(getDb(), id) : undefined), [id])
}
