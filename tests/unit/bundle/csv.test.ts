import { describe, expect, it } from 'vitest'
import { buildBundle, claimsToCsv } from '../../../shared/bundle'
import { CSV_COLUMNS } from '../../../shared/bundle/csv'
import { parseCsv } from './csvParse'
import { fixtureOptions, loadContent, unzipBytes } from './fixture'

describe('claims.csv', () => {
  it('is UTF-8 with a BOM, CRLF rows, one row a claim with its citation', async () => {
    const content = loadContent()
    const bytes = unzipBytes(await buildBundle(content, fixtureOptions(content)))['claims.csv']
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3))
    expect(text.startsWith('sep=')).toBe(false)
    const rows = parseCsv(text)
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(7)
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length)
    const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name)
    const first = rows.find((r) => r[col('quote')] === '610 consommateurs') as string[]
    expect(first[col('value')]).toBe('610')
    expect(first[col('previous_value')]).toBe('200')
    expect(first[col('verdict')]).toBe('Trompeur')
    expect(first[col('citation')]).toMatch(/^Dupont, M\. \(2023, octobre 5\)\. Crack à Paris/)
    expect(first[col('tags')]).toBe('crack; hébergement')
    const money = rows.find((r) => r[col('quote')] === '$5.2 million') as string[]
    expect(money[col('value')]).toBe('5200000')
    expect(money[col('note')]).toBe('No line in the published budget; asked the press office "=SUM(A1)" <b>bold</b>.')
  })

  it('keeps commas, semicolons, quotes and line breaks inside their field, and defuses formulas', () => {
    const content = loadContent()
    const sources = new Map(content.sources.map((s) => [s.id, s]))
    const tricky = { ...content.claims[0], note: 'Line one, with comma; and semicolon\r\nline "two"', subject: '=HYPERLINK("http://evil")', speaker: '-Jean', approx: '+/- 5' }
    const rows = parseCsv(claimsToCsv([tricky], sources))
    const row = rows[1]
    expect(row[CSV_COLUMNS.indexOf('note')]).toBe('Line one, with comma; and semicolon\r\nline "two"')
    expect(row[CSV_COLUMNS.indexOf('subject')]).toBe(`'=HYPERLINK("http://evil")`)
    expect(row[CSV_COLUMNS.indexOf('speaker')]).toBe(`'-Jean`)
    expect(row[CSV_COLUMNS.indexOf('approx')]).toBe(`'+/- 5`)
    // A negative number stays a number.
    const negative = parseCsv(claimsToCsv([{ ...content.claims[0], value: -20.5 }], sources))[1]
    expect(negative[CSV_COLUMNS.indexOf('value')]).toBe('-20.5')
  })

  it('uses the chosen citation style and language', () => {
    const content = loadContent()
    const sources = new Map(content.sources.map((s) => [s.id, s]))
    const rows = parseCsv(claimsToCsv(content.claims.slice(0, 1), sources, { citationStyle: 'chicago', locale: 'en' }))
    expect(rows[1][CSV_COLUMNS.indexOf('citation')]).toMatch(/^Dupont, Marie\. 2023\./)
    expect(rows[1][CSV_COLUMNS.indexOf('verdict')]).toBe('Misleading')
  })
})
