/**
 * The official figure beside a claim in the claim panel: the value of the claim's period in its
 * series' reference, the gap, and the verdict that gap suggests — offered as a button, applied
 * only when the user clicks it.
 */
import { type ReactNode } from 'react'
import { type Claim, type Series } from '../../../../shared/model'
import { useActor } from '../../app/actor'
import { getDb } from '../../db/context'
import { setVerdict } from '../../db/repositories/claims'
import { useI18n } from '../../i18n'
import { useNotify } from '../../ui/notices'
import { checkClaim } from './officialTexts'
import { useReference } from './useReferences'

export function OfficialFigure({ claim, series }: { claim: Claim; series: Series | undefined }): ReactNode {
  const { t, lang } = useI18n()
  const by = useActor()
  const notify = useNotify()
  const reference = useReference(series?.referenceId).data
  if (!series || !reference) return null
  const check = checkClaim(claim, series, reference, lang, t)
  return (
    <>
      <dt>{t('refOfficialHeading')}</dt>
      <dd className="official-figure">
        {check.ok ? (
          <>
            <span className={check.withinTolerance ? 'official-within' : 'official-beyond'}>{check.line}</span>
            {claim.verdict !== check.suggestedVerdict && (
              <button
                type="button"
                className="small"
                onClick={() => setVerdict(getDb(), [claim.id], check.suggestedVerdict, by).catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), { tone: 'error' }))}
              >
                {t('refApplyVerdict', { verdict: t(`verdict_${check.suggestedVerdict}`) })}
              </button>
            )}
          </>
        ) : (
          <span className="muted">{check.why}</span>
        )}
      </dd>
    </>
  )
}
