/**
 * Undo and Redo for the whole window (issue 12, item 2): Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y and the top
 * bar's buttons. Each reaches only this window's session (db/session.ts) and says what it reverted, in
 * the UI's language, with a button to take the step back.
 */
import { useCallback, useMemo, type ReactNode } from 'react'
import { getDb } from '../db/context'
import { useLiveResult, useSeriesList } from '../db/hooks'
import { redoLast, undoLast, undoRedoState } from '../db/repositories/history'
import { useI18n } from '../i18n'
import { useNotify } from '../ui/notices'
import { useActor } from './actor'
import { describeAction, describeStep } from './describeAction'

export type UndoDirection = 'undo' | 'redo'

export interface UndoRedo {
  run: (direction: UndoDirection) => Promise<void>
  /** What Undo and Redo would revert next, described; undefined when there is nothing. */
  next: { undo?: string; redo?: string }
}

export function useUndoRedo(): UndoRedo {
  const { t } = useI18n()
  const by = useActor()
  const notify = useNotify()
  const state = useLiveResult(() => undoRedoState(getDb()), [])
  // Adding claims to a series records only its claim list: its name comes from here.
  const seriesList = useSeriesList()
  const names = useMemo(() => new Map((seriesList.data ?? []).map((s) => [s.id, s.name])), [seriesList.data])
  const run = useCallback((direction: UndoDirection): Promise<void> => {
    // The notice's button takes the step back with the same function.
    const go = async (d: UndoDirection): Promise<void> => {
      try {
        const result = await (d === 'undo' ? undoLast : redoLast)(getDb(), by)
        if (!result) {
          notify(t(d === 'undo' ? 'nothingToUndo' : 'nothingToRedo'))
          return
        }
        const kept = result.kept.length > 0 ? ` ${t('undoKept', { n: result.kept.length })}` : ''
        const back: UndoDirection = d === 'undo' ? 'redo' : 'undo'
        notify(describeStep(result.entries, d, t, names) + kept, {
          tone: 'success',
          action: { label: t(back === 'redo' ? 'redoButton' : 'undoButton'), run: () => void go(back) }
        })
      } catch (error) {
        notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
      }
    }
    return go(direction)
  }, [by, notify, t, names])
  const next = {
    undo: state.data?.undo && describeAction(state.data.undo, t, names).what,
    redo: state.data?.redo && describeAction(state.data.redo, t, names).what
  }
  return { run, next }
}

/** The top bar's Undo and Redo buttons; their titles name what they would revert and the shortcut. */
export function UndoRedoButtons({ undoRedo }: { undoRedo: UndoRedo }): ReactNode {
  const { t } = useI18n()
  const { run, next } = undoRedo
  return (
    <div className="undo-redo" role="group" aria-label={t('undoRedoGroup')}>
      <button type="button" className="ghost" disabled={!next.undo} aria-keyshortcuts="Control+Z" title={next.undo ? t('undoTitle', { what: next.undo }) : t('nothingToUndo')} onClick={() => void run('undo')}>
        ↶ {t('undoButton')}
      </button>
      <button type="button" className="ghost" disabled={!next.redo} aria-keyshortcuts="Control+Shift+Z Control+Y" title={next.redo ? t('redoTitle', { what: next.redo }) : t('nothingToRedo')} onClick={() => void run('redo')}>
        ↷ {t('redoButton')}
      </button>
    </div>
  )
}
