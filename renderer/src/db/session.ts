/**
 * This window's editing session (issue 12, item 2) and the clock History entries are dated by.
 *
 * Undo and redo reach only the History entries the current session wrote. A session is one page
 * load: the id is made when this module loads and is deliberately not kept in sessionStorage, so
 * after a reload (or in another window) Ctrl+Z never reverts what an earlier session did; older
 * changes are reverted one by one from a claim's history instead.
 */
import { newId } from '../../../shared/runtime'

interface Session {
  id: string
  /** No entry this session writes is dated before this (History's `at` index bounds the search). */
  startedAt: string
}

let lastMs = Date.now()
let current: Session = { id: newId(), startedAt: new Date(lastMs).toISOString() }

/** The session of this page load. */
export function currentSession(): Session {
  return current
}

/** Starts a new session, as a page load does; tests use it to stand for a reload. */
export function startSession(): Session {
  lastMs = Math.max(Date.now(), lastMs + 1)
  current = { id: newId(), startedAt: new Date(lastMs).toISOString() }
  return current
}

/**
 * A timestamp strictly later than the previous one from this window (and never before the session
 * started, even if the system clock goes back), so "the newest batch" is well defined even when two
 * actions fall in the same millisecond.
 */
export function historyTime(): string {
  lastMs = Math.max(Date.now(), lastMs + 1)
  return new Date(lastMs).toISOString()
}
