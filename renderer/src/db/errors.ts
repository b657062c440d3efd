/**
 * Database failures as the user should read them. Dexie and IndexedDB throw many shapes
 * (DOMException, Dexie.XxxError with an `inner`, BulkError with `failures`); the UI only
 * needs to know which of a few situations it is in and what to tell the person.
 */

export type DatabaseErrorKind = 'quota' | 'version' | 'blocked' | 'closed' | 'open-failed' | 'not-found' | 'invalid' | 'conflict' | 'unknown'

const MESSAGES: Record<Exclude<DatabaseErrorKind, 'not-found' | 'invalid' | 'conflict' | 'unknown' | 'open-failed'>, string> = {
  quota:
    'Your disk is full: ClaimLedger could not save this change. Free some disk space and try again. Nothing already saved was lost.',
  version:
    'This ClaimLedger database was written by a newer version of ClaimLedger. Update the app to open it; nothing was changed.',
  blocked:
    'ClaimLedger is still open in another window that uses an older version. Close that window to finish the update; nothing was lost.',
  closed: 'ClaimLedger was updated in another window; reload this window to continue. Nothing already saved was lost.'
}

/** A database failure with a message that can be shown to the user as is. */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError'
  readonly kind: DatabaseErrorKind
  /** The original error, for logs. */
  override readonly cause: unknown

  constructor(kind: DatabaseErrorKind, message: string, cause?: unknown) {
    super(message)
    this.kind = kind
    this.cause = cause
  }

  /** The user-facing message for a known kind. */
  static of(kind: keyof typeof MESSAGES, cause?: unknown): DatabaseError {
    return new DatabaseError(kind, MESSAGES[kind], cause)
  }

  static notFound(what: string, id: string): DatabaseError {
    return new DatabaseError('not-found', `${what} ${id} no longer exists (it may have been deleted in another window).`)
  }

  static invalid(reason: string): DatabaseError {
    return new DatabaseError('invalid', reason)
  }
}

/** A field two windows changed differently: the value this save would write, and the one stored meanwhile. */
export interface FieldConflict {
  field: string
  yours: unknown
  theirs: unknown
}

/**
 * A save refused because another window changed the same fields since the record was read; nothing was
 * written. `conflicts` holds both values of each field, for the person to choose.
 */
export class EditConflictError extends DatabaseError {
  readonly conflicts: FieldConflict[]

  constructor(what: string, id: string, conflicts: FieldConflict[]) {
    super('conflict', `${what} ${id} was changed in another window since it was opened (${conflicts.map((c) => c.field).join(', ')}); nothing was saved.`)
    this.conflicts = conflicts
  }
}

/**
 * A revert refused because the fields it would put back have changed since the change being reverted; nothing
 * was written. `conflicts` holds, per field, the value the revert would restore (`yours`) and the one stored now.
 */
export class RevertConflictError extends DatabaseError {
  readonly conflicts: FieldConflict[]

  constructor(what: string, id: string, conflicts: FieldConflict[]) {
    super('conflict', `${what} ${id}: ${conflicts.map((c) => c.field).join(', ')} changed since this change; nothing was reverted.`)
    this.conflicts = conflicts
  }
}

interface NamedError {
  name?: unknown
  message?: unknown
  inner?: unknown
  failures?: unknown
}

/** Every error name reachable from `e` (Dexie wraps the native error in `inner`; bulk ops list `failures`). */
function errorNames(e: unknown, depth = 0): string[] {
  if (depth > 4 || typeof e !== 'object' || e === null) return []
  const err = e as NamedError
  const names = typeof err.name === 'string' ? [err.name] : []
  names.push(...errorNames(err.inner, depth + 1))
  if (Array.isArray(err.failures)) for (const f of err.failures) names.push(...errorNames(f, depth + 1))
  else if (err.failures && typeof err.failures === 'object')
    for (const f of Object.values(err.failures as Record<string, unknown>)) names.push(...errorNames(f, depth + 1))
  return names
}

/** Maps whatever Dexie or IndexedDB threw to a DatabaseError with a message fit for the user. */
export function toDatabaseError(e: unknown): DatabaseError {
  if (e instanceof DatabaseError) return e
  const names = errorNames(e)
  if (names.includes('QuotaExceededError')) return DatabaseError.of('quota', e)
  if (names.includes('VersionError')) return DatabaseError.of('version', e)
  if (names.includes('DatabaseClosedError')) return DatabaseError.of('closed', e)
  const detail = e instanceof Error ? e.message : String(e)
  if (names.includes('OpenFailedError') || names.includes('MissingAPIError'))
    return new DatabaseError('open-failed', `ClaimLedger could not open its database: ${detail}`, e)
  return new DatabaseError('unknown', `ClaimLedger could not read or save its data: ${detail}`, e)
}

/** Runs a database operation and rethrows any failure as a DatabaseError. */
export async function guarded<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op()
  } catch (e) {
    throw toDatabaseError(e)
  }
}
