/**
 * The words around an official value in the UI's language, and the one sentence the claim panel
 * and the Compare table show for a claim checked against its series' reference.
 */
import { type Claim, type ReferenceSeries, type Series } from '../../../../shared/model'
import { type NoComparison, compareWithReference } from '../../../../shared/reference/compare'
import { type OfficialLineTexts, officialLine } from '../../../../shared/reference/officialLine'
import { type Translate } from '../../i18n'
import { type MessageKey } from '../../i18n/en'

export function officialTexts(t: Translate): OfficialLineTexts {
  return {
    line: t('refOfficialLine'),
    quarterFormat: t('cmpQuarterFormat'),
    ppFormat: t('cmpPpFormat'),
    statuses: {
      provisional: t('refStatus_provisional'),
      estimated: t('refStatus_estimated'),
      revised: t('refStatus_revised'),
      break: t('refStatus_break'),
      forecast: t('refStatus_forecast'),
      'semi-final': t('refStatus_semiFinal')
    }
  }
}

const WHY: Record<NoComparison, MessageKey> = {
  'no-period': 'refWhy_noPeriod',
  'period-too-wide': 'refWhy_periodTooWide',
  'no-observation': 'refWhy_noObservation',
  'other-place': 'refWhy_otherPlace',
  'other-unit': 'refWhy_otherUnit'
}

/** What a claim gets beside it: the official line and the verdict it suggests, or why there is none. */
export type OfficialCheck = { ok: true; line: string; suggestedVerdict: 'accurate' | 'misleading'; withinTolerance: boolean } | { ok: false; why: string }

export function checkClaim(claim: Claim, series: Pick<Series, 'tolerance'>, reference: ReferenceSeries, lang: 'en' | 'fr', t: Translate): OfficialCheck {
  const r = compareWithReference(claim, reference, series.tolerance)
  if (!r.ok) return { ok: false, why: t(WHY[r.reason]) }
  return { ok: true, line: officialLine(r.value, reference, lang, officialTexts(t)), suggestedVerdict: r.value.suggestedVerdict, withinTolerance: r.value.withinTolerance }
}

/** "INSEE, ILO unemployment rate…, retrieved 2024-05-02": the reference cited under a chart. */
export function referenceCite(reference: ReferenceSeries): string {
  return [reference.publisher, reference.datasetTitle === reference.name ? reference.name : `${reference.datasetTitle} — ${reference.name}`, reference.retrievedAt].join(', ')
}
