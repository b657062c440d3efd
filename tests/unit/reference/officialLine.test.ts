/**
 * What the claim panel and the Compare table say beside a claim checked against an official
 * series, in both UI languages, and the series kept from a real file and drawn as steps.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Claim, type ReferenceSeries } from '../../../shared/model'
import { compareWithReference } from '../../../shared/reference/compare'
import { referenceFromSlice } from '../../../shared/reference/fromSlice'
import { type OfficialLineTexts, officialLine } from '../../../shared/reference/officialLine'
import { readReferenceFile } from '../../../shared/reference/read'
import { referenceSeriesSchema } from '../../../shared/reference/schema'
import { referenceSteps, stepsAroundClaims } from '../../../shared/reference/steps'
import { sliceTable } from '../../../shared/reference/table'
import { en } from '../../../renderer/src/i18n/en'
import { fr } from '../../../renderer/src/i18n/fr'

const texts = (m: typeof en): OfficialLineTexts => ({
  line: m.refOfficialLine,
  quarterFormat: m.cmpQuarterFormat,
  ppFormat: m.cmpPpFormat,
  statuses: { provisional: m.refStatus_provisional, estimated: m.refStatus_estimated, revised: m.refStatus_revised, break: m.refStatus_break, forecast: m.refStatus_forecast, 'semi-final': m.refStatus_semiFinal }
})

const claim = (value: number, start: string, unit = '%'): Pick<Claim, 'value' | 'valueHigh' | 'unit' | 'kind' | 'period' | 'subject' | 'sentence' | 'quote'> =>
  ({ value, unit, kind: unit === '%' ? 'percent' : 'count', subject: 'taux de chômage', sentence: '', quote: '', period: { text: start, start } })

const ref: Pick<ReferenceSeries, 'periodicity' | 'observations' | 'unit' | 'place' | 'publisher'> = {
  publisher: 'INSEE', periodicity: 'quarter', unit: '%', observations: [{ period: '2022-Q4', value: 7.2 }, { period: '2023-Q1', value: 7.1, status: 'provisional' }]
}
// Intl writes a narrow no-break space before % in French and a no-break space between number and unit.
const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ')

describe('officialLine', () => {
  it('a rate: value with its unit, publisher, period and status, deviation in points, in English and French', () => {
    const r = compareWithReference(claim(7.8, '2023-Q1'), ref)
    if (!r.ok) throw new Error(r.reason)
    expect(plain(officialLine(r.value, ref, 'en', texts(en)))).toBe('official: 7.1% (INSEE, Q1 2023, provisional) — claim +0.7 pp')
    expect(plain(officialLine(r.value, ref, 'fr', texts(fr)))).toBe('officiel : 7,1 % (INSEE, T1 2023, provisoire) — affirmation +0,7 pt')
  })

  it('a count: the deviation is relative, a month is named, a status not known is kept as written', () => {
    const counts: typeof ref = { publisher: 'ONS', periodicity: 'month', observations: [{ period: '2023-03', value: 1200, status: 'x9' }] }
    const r = compareWithReference(claim(900, '2023-03', 'people'), counts)
    if (!r.ok) throw new Error(r.reason)
    expect(plain(officialLine(r.value, counts, 'en', texts(en)))).toBe('official: 1,200 (ONS, March 2023, x9) — claim -25%')
    expect(plain(officialLine(r.value, counts, 'fr', texts(fr)))).toBe('officiel : 1 200 (ONS, mars 2023, x9) — affirmation -25 %')
  })
})

describe('referenceFromSlice and referenceSteps on the real INSEE file', () => {
  const file = 'insee-chomage-trim-national.csv'
  const table = readReferenceFile(file, readFileSync(join(__dirname, '..', '..', 'fixtures', 'references', file), 'utf8'))
  if (!table.ok) throw new Error(table.error)
  const slice = sliceTable(table.value, { idBank: '001688527' })
  if (!slice.ok) throw new Error(slice.error)
  const reference = referenceFromSlice(table.value, slice.value, { id: 'r0000000-0000-4000-8000-000000000002', now: '2024-05-02T10:00:00.000Z' })

  it('is a valid ReferenceSeries named by the chosen series and cited by its publisher', () => {
    expect(referenceSeriesSchema.safeParse(reference).success).toBe(true)
    expect(reference).toMatchObject({ name: 'ILO unemployment rate - Total - France excluding Mayotte - SA data (idBank 001688527)', publisher: 'INSEE', unit: '%', periodicity: 'quarter', format: 'insee-csv', retrievedAt: '2024-05-02', fileName: file })
    expect(reference.observations.at(-1)).toEqual({ period: '2022-Q4', value: 7.2 })
  })

  it('draws one joined step per quarter, only over the window the claims span', () => {
    const all = referenceSteps(reference)
    expect(all).toHaveLength(reference.observations.length)
    const window = { from: Date.UTC(2022, 3, 15), to: Date.UTC(2022, 11, 1) }
    const shown = referenceSteps(reference, window)
    expect(shown.map((s) => s.period)).toEqual(['2022-Q2', '2022-Q3', '2022-Q4'])
    expect(shown[0]).toMatchObject({ from: Date.UTC(2022, 3, 1), to: Date.UTC(2022, 6, 1), value: 7.4 })
    expect(shown[1].from).toBe(shown[0].to)
  })
})

describe('stepsAroundClaims', () => {
  const reference = { observations: ['2020-Q4', '2021-Q1', '2021-Q4', '2022-Q1', '2022-Q4', '2023-Q1', '2024-Q1', '2024-Q2'].map((period, i) => ({ period, value: i })) }
  it('keeps a year either side of the claims, everything when no claim is dated', () => {
    expect(stepsAroundClaims(reference, ['2022-11-15']).map((s) => s.period)).toEqual(['2021-Q4', '2022-Q1', '2022-Q4', '2023-Q1'])
    expect(stepsAroundClaims(reference, [])).toHaveLength(reference.observations.length)
  })
})
