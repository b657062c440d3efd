import type { Source } from '../../../../shared/model'
import { runtime } from '../../../../shared/runtime'
import { getDb } from '../../db/context'
import { queryClaims, type ClaimQuery } from '../../db/repositories/claims'
import { getPlatform } from '../../platform'

/** Saves the claims of the current view (filters, search and sort as shown) as a CSV with its citations. */
export async function exportClaimsCsv(query: ClaimQuery): Promise<void> {
  const db = getDb()
  const { rows } = await queryClaims(db, { ...query, offset: undefined, limit: undefined })
  const ids = [...new Set(rows.map((r) => r.sourceId))]
  const sources = new Map<string, Source>()
  for (const s of await db.sources.bulkGet(ids)) if (s) sources.set(s.id, s)
  // The CSV writer formats citations with citeproc: loaded on first use.
  const { claimsToCsv, CSV_BOM } = await import('../../../../shared/bundle/index')
  const csv = CSV_BOM + claimsToCsv(rows, sources)
  const result = await getPlatform().saveFile({ suggestedName: `claims-${new Date().toISOString().slice(0, 10)}.csv`, bytes: new runtime.TextEncoder().encode(csv), extensions: ['csv'] })
  if (!result.ok) throw new Error(result.error)
}
