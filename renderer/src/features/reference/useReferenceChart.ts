import { useMemo } from 'react'
import { type Claim, type Series } from '../../../../shared/model'
import { stepsAroundClaims } from '../../../../shared/reference/steps'
import { type SeriesPoint } from '../../../../shared/series/index'
import { useI18n } from '../../i18n'
import { type SeriesChartReference } from '../series/SeriesChart'
import { checkClaim, referenceCite } from './officialTexts'
import { useReference } from './useReferences'

/** A series' reference as the chart draws it and the Compare table's official line per claim. */
export function useReferenceChart(series: Series | undefined, points: readonly SeriesPoint[], claims: ReadonlyMap<string, Claim>): { chart?: SeriesChartReference; lineOf?: (claimId: string) => string | undefined } {
  const { t, lang } = useI18n()
  const reference = useReference(series?.referenceId).data
  return useMemo(() => {
    if (!series || !reference) return {}
    const days = points.map((p) => p.x).filter((x) => x !== '')
    const chart: SeriesChartReference = {
      label: t('refChartLabel', { publisher: reference.publisher }),
      cite: t('refSourceLine', { cite: referenceCite(reference) }),
      steps: stepsAroundClaims(reference, days)
    }
    const lineOf = (claimId: string): string | undefined => {
      const claim = claims.get(claimId)
      if (!claim) return undefined
      const check = checkClaim(claim, series, reference, lang, t)
      return check.ok ? check.line : undefined
    }
    return { chart, lineOf }
  }, [series, reference, points, claims, lang, t])
}
