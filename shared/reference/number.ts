/**
 * Observation values as publishers write them: "7.1", "7,1", "1 234,5", "1,234.5", "-0.1", with
 * the usual marks for a value not available (":", "..", "", "NaN", "-", "x", "n/a").
 */

/** No value for this period: not an error, the office publishes nothing there. */
export const MISSING = null

const MISSING_MARKS = new Set(['', ':', '..', '...', '-', '–', 'x', 'nan', 'na', 'n/a', 'nd', 'n.d.', 's', 'c'])

/** The number a cell holds, MISSING (null) for a not-available mark, undefined when it is not a number. */
export function readValue(text: string): number | null | undefined {
  let s = text.trim().replace(/[\s\u00a0\u202f]/g, '')
  if (MISSING_MARKS.has(s.toLowerCase())) return MISSING
  // Eurostat writes flags after the value in some exports ("7.1 p"); the flag has its own column here.
  s = s.replace(/^\+/, '').replace(/\u2212/g, '-')
  const comma = s.lastIndexOf(',')
  const dot = s.lastIndexOf('.')
  if (comma >= 0 && dot >= 0) {
    // Both marks: the last one is the decimal separator, the other groups thousands.
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '')
  } else if (comma >= 0) {
    if (s.indexOf(',') !== comma) s = s.replace(/,/g, '')
    else s = s.replace(',', '.')
  }
  if (!/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined
  const n = Number(s)
  return Number.isFinite(n) ? n : undefined
}
