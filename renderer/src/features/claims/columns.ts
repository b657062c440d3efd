/**
 * The Claims table's columns and their widths (issue 13, item 3). Widths are the user's, kept in
 * localStorage; the Quote column also takes whatever room is left.
 */
import { useCallback, useState } from 'react'
import type { ClaimSortField } from '../../db/repositories/claims'

export type ColumnKey = 'value' | 'quote' | 'subject' | 'speaker' | 'source' | 'date' | 'period' | 'verdict' | 'status'

export interface Column {
  key: ColumnKey
  field: ClaimSortField | null
  /** Default width in CSS pixels. */
  width: number
}

export const COLUMNS: readonly Column[] = [
  // wide enough for "≈ CZK 15 000" and "−79 000 (−2,8 %)" at the default font
  { key: 'value', field: 'value', width: 128 },
  { key: 'quote', field: null, width: 260 },
  { key: 'subject', field: 'subject', width: 150 },
  { key: 'speaker', field: 'speaker', width: 120 },
  { key: 'source', field: 'source', width: 140 },
  { key: 'date', field: 'statedAt', width: 108 },
  { key: 'period', field: 'period', width: 100 },
  { key: 'verdict', field: 'verdict', width: 120 },
  { key: 'status', field: 'status', width: 100 }
]

export const CHECK_WIDTH = 42
export const MIN_WIDTH = 48
export const MAX_WIDTH = 900

export type ColumnWidths = Record<ColumnKey, number>

const KEY = 'claimledger.claimColumns'

function clampWidth(w: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)))
}

/** The stored widths, each checked; a missing or damaged entry gets its default. */
export function readWidths(raw: string | null): ColumnWidths {
  let stored: Record<string, unknown> = {}
  try {
    const parsed = JSON.parse(raw ?? '{}') as unknown
    if (parsed && typeof parsed === 'object') stored = parsed as Record<string, unknown>
  } catch {
    // Damaged by hand or by an older version: the defaults, which is what the user saw before.
  }
  const out = {} as ColumnWidths
  for (const c of COLUMNS) {
    const w = stored[c.key]
    out[c.key] = typeof w === 'number' && Number.isFinite(w) ? clampWidth(w) : c.width
  }
  return out
}

/** The grid's columns: the checkbox, then each column at its width; the quote grows into spare room. */
export function gridTemplate(widths: ColumnWidths): string {
  return [`${CHECK_WIDTH}px`, ...COLUMNS.map((c) => (c.key === 'quote' ? `minmax(${widths.quote}px, 1fr)` : `${widths[c.key]}px`))].join(' ')
}

/** The table's least width: every column at its width. */
export function totalWidth(widths: ColumnWidths): number {
  return CHECK_WIDTH + COLUMNS.reduce((sum, c) => sum + widths[c.key], 0)
}

/** The widths, and a setter that keeps them for the next start. */
export function useColumnWidths(): [ColumnWidths, (key: ColumnKey, width: number) => void] {
  const [widths, setWidths] = useState<ColumnWidths>(() => readWidths(localStorage.getItem(KEY)))
  const setWidth = useCallback((key: ColumnKey, width: number) => {
    setWidths((old) => {
      const next = { ...old, [key]: clampWidth(width) }
      localStorage.setItem(KEY, JSON.stringify(next))
      return next
    })
  }, [])
  return [widths, setWidth]
}
