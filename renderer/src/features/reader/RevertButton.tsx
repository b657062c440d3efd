import type { ReactNode } from 'react'
import type { HistoryEntry } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import { getDb } from '../../db/context'
import { RevertConflictError } from '../../db/errors'
import { isRevertable, revertEntry, undoLast } from '../../db/repositories/history'
import { useI18n } from '../../i18n'
import { useNotify } from '../../ui/notices'
import type { HistoryLine, HistoryValue } from './historyText'

function valueText(value: HistoryValue): string {
  return 'text' in value ? value.text : value.tags.join(', ')
}

/**
 * Reverts one change of a claim's history (issue 12, item 2): Undo reaches only this session, so an
 * older change is put back from here, one at a time. A field changed since is said, with its value now,
 * and reverted only if the person confirms.
 */
export function RevertButton({ entry, lines }: { entry: HistoryEntry; lines: (entry: HistoryEntry) => HistoryLine[] }): ReactNode {
  const { t } = useI18n()
  const by = useActor()
  const notify = useNotify()
  if (!isRevertable(entry)) return null
  const fields = (e: HistoryEntry): string => lines(e).map((l) => l.field).join(', ')
  const revert = async (force: boolean): Promise<void> => {
    try {
      await revertEntry(getDb(), entry.id, by, { force })
      notify(t('historyReverted', { fields: fields(entry) }), { tone: 'success', action: { label: t('undoButton'), run: () => void undoLast(getDb(), by) } })
    } catch (error) {
      if (!(error instanceof RevertConflictError)) {
        notify(error instanceof Error ? error.message : String(error), { tone: 'error' })
        return
      }
      // The changed fields as the history shows them: their value now, then the one the revert would put back.
      const shown: HistoryEntry = {
        ...entry,
        fields: error.conflicts.map((c) => c.field),
        before: Object.fromEntries(error.conflicts.map((c) => [c.field, c.theirs])),
        after: Object.fromEntries(error.conflicts.map((c) => [c.field, c.yours]))
      }
      const now = lines(shown).map((l) => `${l.field} ${valueText(l.before)}`).join('; ')
      notify(t('historyRevertConflict', { fields: fields(shown), now }), { tone: 'error', action: { label: t('historyRevertAnyway'), run: () => void revert(true) } })
    }
  }
  return (
    <button type="button" className="ghost history-revert" title={t('historyRevertTitle')} onClick={() => void revert(false)}>
      {t('historyRevert')}
    </button>
  )
}
