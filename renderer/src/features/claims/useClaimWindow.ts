import { useEffect, useState } from 'react'
import { useClaimQuery } from '../../db/hooks'
import type { ClaimQuery, ClaimQueryResult } from '../../db/repositories/claims'

const PAGE = 100

/**
 * The rows a virtualised table needs: a window of pages around what is on screen, read live from
 * the database. While a new window loads, the previous one stays on screen (no flicker).
 */
export function useClaimWindow(query: ClaimQuery, firstVisible: number, lastVisible: number): { result: ClaimQueryResult | undefined; offset: number; isLoading: boolean; error: Error | undefined } {
  const offset = Math.max(0, Math.floor(firstVisible / PAGE) * PAGE - PAGE)
  const limit = Math.ceil((lastVisible - offset + 1) / PAGE) * PAGE + PAGE
  const live = useClaimQuery({ ...query, offset, limit })
  const [shown, setShown] = useState<{ result: ClaimQueryResult; offset: number } | null>(null)
  useEffect(() => {
    if (live.data) setShown({ result: live.data, offset })
  }, [live.data, offset])
  const current = live.data ? { result: live.data, offset } : shown
  return { result: current?.result, offset: current?.offset ?? 0, isLoading: live.isLoading, error: live.error }
}
