import type { ReactNode } from 'react'
import type { Verdict } from '../../../shared/model'
import { useI18n } from '../i18n'
import './verdictBadge.css'

/**
 * A mark per verdict, so verdicts differ without colour (issue 13, item 5): the badge, the Reader's
 * highlights (reader.css draws the same marks) and the legend all carry it.
 */
export const VERDICT_GLYPH: Record<Verdict, string> = {
  unverified: '?',
  accurate: '✓',
  misleading: '!',
  false: '✗',
  unsupported: '∅'
}

/** The verdict as a badge: its mark (hidden from screen readers, which read the word) and its name. */
export function VerdictBadge({ verdict }: { verdict: Verdict }): ReactNode {
  const { t } = useI18n()
  return (
    <span className={`badge verdict-badge verdict-${verdict}`}>
      <span className="verdict-glyph" aria-hidden="true">{VERDICT_GLYPH[verdict]}</span> {t(`verdict_${verdict}`)}
    </span>
  )
}
