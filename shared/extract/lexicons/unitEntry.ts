import type { ClaimKind } from '../../model'

/** One unit as written after a figure: [phrase, unit code, kind, factor to the unit code]. */
export type UnitEntry = readonly [phrase: string, unit: string, kind: ClaimKind, factor?: number]
