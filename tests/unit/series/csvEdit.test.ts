import { describe, expect, it } from 'vitest'
import { type Series } from '../../../shared/model'
import { type SeriesPoint, SERIES_CSV_COLUMNS, mergeSeries, seriesToCsv, splitSeries, suggestionToSeries } from '../../../shared/series'

// A small RFC 4180 reader, so the test checks what a spreadsheet would read back.
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  return rows
}

describe('seriesToCsv', () => {
  const points: SeriesPoint[] = [
    {
      claimId: 'c1', sourceId: 's1', x: '2023-10-05', xFrom: 'source', value: 610, previous: { value: 200 }, verdict: 'accurate',
      speaker: 'Laurent Nunez', sourceTitle: 'Laurent Nunez sur le crack à Paris : « Ce n\'est pas un échec »',
      quote: '610 consommateurs sont accueillis toutes les nuits, "c\'était 200 avant"', figure: '610 consommateurs'
    },
    { claimId: 'c2', sourceId: 's2', x: '', xFrom: 'none', value: 100, valueHigh: 150, approx: 'près de', verdict: 'unverified', sourceTitle: '=HYPERLINK("http://x")', quote: '-1 line\nbreak', figure: '-1', unit: 'EUR' }
  ]
  const csv = seriesToCsv(points, 'Places, nuit')
  const rows = parseCsv(csv)

  it('writes a header and one CRLF line per point that reads back field for field', () => {
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(rows[0]).toEqual([...SERIES_CSV_COLUMNS])
    expect(rows).toHaveLength(3)
    const r1 = Object.fromEntries(SERIES_CSV_COLUMNS.map((c, i) => [c, rows[1][i]]))
    expect(r1).toMatchObject({ series: 'Places, nuit', date: '2023-10-05', date_from: 'source', value: '610', previous_value: '200', verdict: 'accurate', speaker: 'Laurent Nunez', claim_id: 'c1' })
    expect(r1.quote).toBe(points[0].quote)
    const r2 = Object.fromEntries(SERIES_CSV_COLUMNS.map((c, i) => [c, rows[2][i]]))
    expect(r2).toMatchObject({ date: '', date_from: 'none', value: '100', value_high: '150', approx: 'près de', unit: 'EUR' })
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    const r2 = rows[2]
    expect(r2[SERIES_CSV_COLUMNS.indexOf('source')]).toBe('\'=HYPERLINK("http://x")')
    expect(r2[SERIES_CSV_COLUMNS.indexOf('quote')]).toBe("'-1 line\nbreak")
  })
})

describe('series edits', () => {
  const a: Series = { id: 'A', name: 'Night places', unit: undefined, claimIds: ['1', '2'], notes: 'from the interview', createdAt: '2026-01-02', updatedAt: '2026-01-02' }
  const b: Series = { id: 'B', name: 'Overnight places', unit: 'places', claimIds: ['2', '3'], notes: '', createdAt: '2026-01-01', updatedAt: '2026-01-01' }

  it('turns a suggestion into a series', () => {
    const s = suggestionToSeries({ key: 'k', name: 'n', unit: 'EUR', claimIds: ['x', 'y', 'x'], score: 0.5, reason: 'r', reasons: [] }, '2026-11-26', 'id1')
    expect(s).toEqual({ id: 'id1', name: 'n', unit: 'EUR', claimIds: ['x', 'y'], notes: '', createdAt: '2026-11-26', updatedAt: '2026-11-26' })
  })

  it('merges b into a without duplicates, keeping a\'s name and the earliest creation', () => {
    expect(mergeSeries(a, b, 'now')).toEqual({ id: 'A', name: 'Night places', unit: 'places', claimIds: ['1', '2', '3'], notes: 'from the interview', createdAt: '2026-01-01', updatedAt: 'now' })
  })

  it('splits claims out into a new series, both keeping the original order', () => {
    const s: Series = { ...a, claimIds: ['1', '2', '3', '4'] }
    const [kept, split] = splitSeries(s, ['4', '2', 'zz'], 'now', 'N')
    expect(kept.claimIds).toEqual(['1', '3'])
    expect(kept.updatedAt).toBe('now')
    expect(split).toMatchObject({ id: 'N', name: 'Night places (2)', claimIds: ['2', '4'], createdAt: 'now' })
    expect(s.claimIds).toEqual(['1', '2', '3', '4'])
  })
})
