import { useSyncExternalStore } from 'react'

/** The claims selected in the Claims view, shared with Export (and kept across reloads of the tab). */
const KEY = 'claimledger.selection'
let ids: readonly string[] = (() => {
  try {
    const raw = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as unknown
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
})()
const listeners = new Set<() => void>()

export function setSelectedClaims(next: readonly string[]): void {
  ids = [...new Set(next)]
  try {
    sessionStorage.setItem(KEY, JSON.stringify(ids))
  } catch {
    // A selection too large for sessionStorage still works for this session.
  }
  for (const l of listeners) l()
}

export function useSelectedClaims(): readonly string[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => ids
  )
}
