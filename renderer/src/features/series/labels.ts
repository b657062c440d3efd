import type { Translate } from '../../i18n'
import type { CompareTableLabels } from './CompareTable'
import type { SeriesChartLabels } from './SeriesChart'

/** The chart's strings in the UI language. The English accessible name stays "Series chart". */
export function seriesChartLabels(t: Translate): SeriesChartLabels {
  return {
    chartName: t('seriesChart'),
    tableSummary: t('chartTable'),
    date: t('date'),
    value: t('value'),
    speaker: t('speaker'),
    source: t('source'),
    quote: t('quote'),
    verdict: t('verdict'),
    before: t('chartBefore'),
    baseline: t('chartBaseline'),
    approx: t('chartApprox'),
    range: t('chartRange'),
    unknown: t('chartUnknown'),
    undatedNote: t('chartUndated'),
    skippedNote: t('chartSkipped'),
    logFallback: t('chartLogFallback'),
    openQuote: t('chartOpenQuote'),
    unit: t('unit'),
    period: t('period'),
    periodLegend: t('chartPeriodLegend'),
    outlet: t('outlet'),
    sourceOne: t('chartSourceOne'),
    sourceMany: t('chartSourceMany'),
    notes: t('chartNotesLine'),
    creditBy: t('chartCreditBy'),
    quarterFormat: t('cmpQuarterFormat'),
    verdicts: {
      unverified: t('verdict_unverified'),
      accurate: t('verdict_accurate'),
      misleading: t('verdict_misleading'),
      false: t('verdict_false'),
      unsupported: t('verdict_unsupported')
    }
  }
}

/** The compare table's strings in the UI language. */
export function compareLabels(t: Translate): CompareTableLabels {
  return {
    caption: t('cmpCaption'),
    granularity: t('cmpGroupBy'),
    month: t('cmpMonth'),
    quarter: t('cmpQuarter'),
    year: t('cmpYear'),
    tolerance: t('cmpTolerance'),
    tolerancePp: t('cmpTolerancePp'),
    ppFormat: t('cmpPpFormat'),
    period: t('period'),
    change: t('cmpChange'),
    contradiction: t('cmpContradiction'),
    contradictionColumn: t('cmpAgreement'),
    noRows: t('cmpNoRows'),
    undatedTitle: t('cmpUndated'),
    noPeriod: t('cmpNoPeriod'),
    sourceDated: t('cmpSourceDated'),
    openQuote: t('chartOpenQuote'),
    quarterFormat: t('cmpQuarterFormat'),
    officialColumn: t('refColumn'),
    otherSources: t('cmpOtherSources'),
    showAllRows: t('cmpShowAllRows'),
    morePairs: t('cmpMorePairs')
  }
}
