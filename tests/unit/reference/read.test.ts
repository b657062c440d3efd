/**
 * Reference files read as the publishers serve them (tests/fixtures/references, see its README),
 * and hostile ones: wrong separators, missing periods, values that are not numbers, a million rows.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReferenceFile } from '../../../shared/reference/read'
import { MAX_OBSERVATIONS, type ReferenceTable, dimensionsToChoose, sliceTable } from '../../../shared/reference/table'

const dir = join(__dirname, '..', '..', 'fixtures', 'references')
const fixture = (name: string): string => readFileSync(join(dir, name), 'utf8')

function read(name: string, text: string = fixture(name)): ReferenceTable {
  const r = readReferenceFile(name, text)
  if (!r.ok) throw new Error(r.error)
  return r.value
}

function error(name: string, text: string): string {
  const r = readReferenceFile(name, text)
  if (r.ok) throw new Error(`${name} was read: ${r.value.rows.length} rows`)
  return r.error
}

describe('real files', () => {
  it('INSEE quarterly unemployment (series download): one series chosen by idBank, statuses from the Codes rows', () => {
    const t = read('insee-chomage-trim-national.csv')
    expect(t.format).toBe('insee-csv')
    expect(t.meta.publisher).toBe('INSEE')
    const [series] = dimensionsToChoose(t)
    expect(series.values.length).toBeGreaterThan(100)
    const rate = series.values.find((v) => v.id === '001688527')
    expect(rate?.label).toMatch(/^ILO unemployment rate - Total - France excluding Mayotte - SA data/)
    const s = sliceTable(t, { idBank: '001688527' })
    if (!s.ok) throw new Error(s.error)
    expect(s.value.periodicity).toBe('quarter')
    expect(s.value.observations[0]).toEqual({ period: '1975-Q1', value: 3.2 })
    expect(s.value.observations.at(-1)).toEqual({ period: '2022-Q4', value: 7.2 })
    // The stopped series end with a provisional value (code P).
    const stopped = sliceTable(t, { idBank: '001688370' })
    expect(stopped.ok && stopped.value.observations.at(-1)).toEqual({ period: '2019-Q2', value: 300, status: 'provisional' })
  })

  it('ONS CPI 12-month rate (time series CSV): the key-value lines are the metadata, years, quarters and months a choice', () => {
    const t = read('ons-cpi-annual-rate-d7g7.csv')
    expect(t.meta).toMatchObject({ publisher: 'ONS', unit: '%', updated: '2024-02-14', datasetTitle: 'CPI ANNUAL RATE 00: ALL ITEMS 2015=100 (CDID D7G7)' })
    expect(dimensionsToChoose(t).map((d) => [d.id, d.values.map((v) => v.id)])).toEqual([['periodicity', ['year', 'quarter', 'month']]])
    const months = sliceTable(t, { periodicity: 'month' })
    if (!months.ok) throw new Error(months.error)
    expect(months.value.observations.find((o) => o.period === '2022-10')).toEqual({ period: '2022-10', value: 11.1 })
    expect(months.value.observations.at(-1)).toEqual({ period: '2024-01', value: 4 })
    const quarters = sliceTable(t, { periodicity: 'quarter' })
    expect(quarters.ok && quarters.value.observations.find((o) => o.period === '2023-Q1')).toEqual({ period: '2023-Q1', value: 10.2 })
  })

  it('OECD unemployment (JSON-stat 2.0): the area is the choice and the place, estimates flagged', () => {
    const t = read('oecd-unemployment-jsonstat.json')
    expect(t.meta).toMatchObject({ publisher: 'OECD', unit: '%', datasetTitle: 'Unemployment rate in the OECD countries 2003-2014' })
    const [area] = dimensionsToChoose(t)
    expect(area).toMatchObject({ id: 'area', geo: true })
    const fr = sliceTable(t, { area: 'FR' })
    if (!fr.ok) throw new Error(fr.error)
    expect(fr.value.place).toBe('France')
    expect(fr.value.observations).toHaveLength(12)
    expect(fr.value.observations[0].period).toBe('2003')
    expect(fr.value.observations[0].value).toBeCloseTo(8.504, 3)
    expect(fr.value.observations.at(-1)?.status).toBe('estimated')
  })

  it('OECD consumer prices, China (SDMX-CSV 1.0 from the OECD Data Explorer): one series, percent per annum, negative years kept', () => {
    const t = read('oecd-g20-prices-chn-cpi-sdmx.csv')
    expect(t.format).toBe('sdmx-csv')
    expect(t.meta).toMatchObject({ publisher: 'OECD', unit: '%', datasetTitle: 'OECD.SDD.TPS:DSD_G20_PRICES@DF_G20_PRICES(1.0)' })
    // Every dimension holds one value, so there is nothing to choose.
    expect(dimensionsToChoose(t)).toEqual([])
    const s = sliceTable(t, {})
    if (!s.ok) throw new Error(s.error)
    expect(s.value).toMatchObject({ periodicity: 'year', place: 'CHN', unit: '%' })
    expect(s.value.observations).toHaveLength(41)
    expect(s.value.observations[0]).toEqual({ period: '1985', value: 9.3 })
    expect(s.value.observations.find((o) => o.period === '1999')).toEqual({ period: '1999', value: -1.4 })
    expect(s.value.observations.at(-1)).toEqual({ period: '2025', value: 0 })
  })

  it('Eurostat GDP per head (JSON-stat 1.0 bundle): geo is the choice', () => {
    const t = read('eurostat-nama_gdp_c-geo_IT_FR.json')
    expect(dimensionsToChoose(t).map((d) => d.id)).toEqual(['geo'])
    const it = sliceTable(t, { geo: 'IT' })
    if (!it.ok) throw new Error(it.error)
    expect(it.value.place).toBe('Italy')
    expect(it.value.observations.length).toBeGreaterThan(20)
  })
})

describe('plain CSV and SDMX-CSV', () => {
  it('semicolon and decimal comma, the usual period forms', () => {
    const t = read('taux.csv', 'Période;Valeur;Statut\n2023T1;7,1;P\n2023-T2;7,2;\n2023 Q3;7,4;\n')
    const s = sliceTable(t, {})
    expect(s.ok && s.value.observations).toEqual([{ period: '2023-Q1', value: 7.1, status: 'provisional' }, { period: '2023-Q2', value: 7.2 }, { period: '2023-Q3', value: 7.4 }])
    const m = sliceTable(read('m.csv', 'date,value\n2023M03,1.5\n2023-04,"1,6"\n'), {})
    expect(m.ok && m.value).toMatchObject({ periodicity: 'month', observations: [{ period: '2023-03', value: 1.5 }, { period: '2023-04', value: 1.6 }] })
    const y = sliceTable(read('y.csv', 'year,value\n2022,"1 234,5"\n2023,"1,234.5"\n'), {})
    expect(y.ok && y.value.observations.map((o) => o.value)).toEqual([1234.5, 1234.5])
  })

  it('SDMX-CSV as Eurostat writes it: flags, missing values, geo as the choice', () => {
    const text = [
      'DATAFLOW,LAST UPDATE,freq,s_adj,age,unit,sex,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG',
      'ESTAT:UNE_RT_Q(1.0),02/05/24 23:00:00,Q,SA,Y15-74,PC_ACT,T,FR,2023-Q1,7.1,',
      'ESTAT:UNE_RT_Q(1.0),02/05/24 23:00:00,Q,SA,Y15-74,PC_ACT,T,FR,2023-Q2,7.2,p',
      'ESTAT:UNE_RT_Q(1.0),02/05/24 23:00:00,Q,SA,Y15-74,PC_ACT,T,DE,2023-Q1,3.0,',
      'ESTAT:UNE_RT_Q(1.0),02/05/24 23:00:00,Q,SA,Y15-74,PC_ACT,T,DE,2023-Q2,,'
    ].join('\n')
    const t = read('une_rt_q.csv', text)
    expect(t.format).toBe('sdmx-csv')
    expect(t.meta).toMatchObject({ publisher: 'Eurostat', unit: '%', updated: '2024-05-02', datasetTitle: 'ESTAT:UNE_RT_Q(1.0)' })
    expect(dimensionsToChoose(t).map((d) => d.id)).toEqual(['geo'])
    const fr = sliceTable(t, { geo: 'FR' })
    expect(fr.ok && fr.value).toMatchObject({ place: 'FR', observations: [{ period: '2023-Q1', value: 7.1 }, { period: '2023-Q2', value: 7.2, status: 'provisional' }] })
    const de = sliceTable(t, { geo: 'DE' })
    expect(de.ok && de.value.observations).toEqual([{ period: '2023-Q1', value: 3 }])
    expect(sliceTable(t, {})).toEqual({ ok: false, error: 'une_rt_q.csv: choose a value of “geo” (2 in the file)' })
  })
})

describe('hostile files', () => {
  it('a decimal comma in a comma-separated file: the line, the field count and the separator', () => {
    expect(error('bad.csv', 'period,value\n2023-Q1,7,1\n')).toBe(
      'bad.csv: line 2: 3 fields where the header has 2; the file is read as comma-separated; a wrong separator, or a decimal comma not in quotes, splits values'
    )
  })

  it('an unknown separator: no period column found, the first fields quoted', () => {
    expect(error('pipe.txt', 'période#valeur\n2023#7.1\n')).toMatch(/^pipe\.txt: line 1: no period column .*first fields “période#valeur”/)
  })

  it('a missing period, a period that is not one, a value that is not a number: each names its line', () => {
    expect(error('gap.csv', 'period;value\n2023-Q1;7,1\n;7,2\n')).toBe('gap.csv: line 3: no period')
    expect(error('q5.csv', 'period;value\n2023-Q1;7,1\n2023-Q5;7,2\n')).toMatch(/^q5\.csv: line 3: “2023-Q5” is not a period/)
    expect(error('nan.csv', 'period;value\n2023-Q1;sept\n')).toBe('nan.csv: line 2: “sept” is not a number')
    expect(sliceTable(read('dup.csv', 'period;value\n2023-Q1;7,1\n2023T1;7,2\n'), {})).toEqual({ ok: false, error: 'dup.csv: line 3: a second value for 2023-Q1 (the first is on line 2)' })
    expect(error('sdmx.csv', 'TIME_PERIOD,OBS_VALUE\n2023-Q1,7.1\n,7.2\n')).toBe('sdmx.csv: line 3: no TIME_PERIOD')
  })

  it('empty, binary, broken JSON and JSON that is not JSON-stat', () => {
    expect(error('e.csv', '\ufeff  \n')).toBe('e.csv: the file is empty')
    expect(error('b.csv', 'PK\u0003\u0004\u0000\u0000')).toBe('b.csv: not a text file (binary data)')
    expect(error('j.json', '{"version": "2.0",')).toMatch(/^j\.json: not valid JSON \(/)
    expect(error('k.json', '{"hello": 1}')).toMatch(/^k\.json: not a readable JSON-stat dataset \(/)
    expect(error('t.json', JSON.stringify({ version: '2.0', class: 'dataset', id: ['geo'], size: [1], dimension: { geo: { category: { index: ['FR'] } } }, value: [1] }))).toBe(
      't.json: no time dimension (role “time”, or an id such as “time” or “year”) among geo'
    )
  })

  it('a million rows: refused at the cap, in bounded time and memory, naming the line', () => {
    const rows = ['period;geo;value']
    for (let i = 0; i < 1_000_000; i++) rows.push(`${1900 + (i % 120)}-${String((i % 12) + 1).padStart(2, '0')};G${Math.floor(i / 1440)};${(i % 97) / 10}`)
    const text = rows.join('\n')
    const heapBefore = process.memoryUsage().heapUsed
    const t0 = performance.now()
    const message = error('million.csv', text)
    const ms = performance.now() - t0
    const grewMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6
    expect(message).toBe(`million.csv: line ${MAX_OBSERVATIONS + 2}: more than 200,000 observations; export a smaller extract (one place, one indicator)`)
    console.log(`million-row CSV refused in ${ms.toFixed(0)} ms, heap +${grewMb.toFixed(0)} MB`)
    expect(ms).toBeLessThan(10_000)
    expect(grewMb).toBeLessThan(400)
  })

  it('under the cap a large file reads in bounded time', () => {
    const rows = ['period;geo;value']
    for (let i = 0; i < 150_000; i++) rows.push(`${1900 + (i % 100)}-${String((i % 12) + 1).padStart(2, '0')};G${Math.floor(i / 1200)};${(i % 97) / 10}`)
    const t0 = performance.now()
    const t = read('large.csv', rows.join('\n'))
    const ms = performance.now() - t0
    console.log(`150 000-row CSV read in ${ms.toFixed(0)} ms`)
    expect(t.rows).toHaveLength(150_000)
    expect(dimensionsToChoose(t)[0].values).toHaveLength(125)
    expect(ms).toBeLessThan(10_000)
  })
})
