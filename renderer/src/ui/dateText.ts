/**
 * Dates as a person types and reads them in the UI's language (issue 13, item 5): day/month/year in
 * French and British English, a month/year or a year alone, and ISO as stored. A native date input
 * would follow the browser's locale instead (mm/dd/yyyy in a French UI on an American system).
 */

/** An ISO date, possibly partial: "2023", "2023-10", "2023-10-05". */
export type IsoDate = string

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * The ISO date typed in `text`: "5/10/2023", "05.10.2023", "10/2023", "2023", "2023-10-05". '' for an
 * empty field, null when the text is not a date (31/02/2023, 13/2023, "hier").
 */
export function parseDateText(text: string): IsoDate | '' | null {
  const s = text.trim()
  if (s === '') return ''
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s)
  if (m) return isoOf(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined)
  m = /^(\d{1,2})[/.\s-](\d{1,2})[/.\s-](\d{4})$/.exec(s)
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]))
  m = /^(\d{1,2})[/.\s-](\d{4})$/.exec(s)
  if (m) return isoOf(Number(m[2]), Number(m[1]))
  return null
}

function isoOf(y: number, month?: number, day?: number): IsoDate | null {
  if (y < 1000 || y > 9999) return null
  if (month === undefined) return String(y)
  if (month < 1 || month > 12) return null
  if (day === undefined) return `${y}-${pad(month)}`
  return validDay(y, month, day) ? `${y}-${pad(month)}-${pad(day)}` : null
}

/** An ISO date as the UI shows it: "05/10/2023", "10/2023", "2023" (the same order in French and British English). */
export function formatDateText(iso: IsoDate | undefined): string {
  if (!iso) return ''
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso)
  if (!m) return iso
  if (!m[2]) return m[1]
  return m[3] ? `${m[3]}/${m[2]}/${m[1]}` : `${m[2]}/${m[1]}`
}
