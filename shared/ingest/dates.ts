/**
 * Publication dates as written in meta tags, PDF info, DOCX properties, front matter or typed
 * by a user, reduced to an ISO date that may be partial ("2024", "2024-03", "2024-03-12").
 * The calendar date is the one written (a "2024-03-12T23:30:00-05:00" stays the 12th):
 * a publisher's local date is what the article shows.
 */

const MONTHS: Record<string, number> = {
  janvier: 1, january: 1, jan: 1, janv: 1,
  février: 2, fevrier: 2, february: 2, feb: 2, fév: 2, fev: 2, févr: 2,
  mars: 3, march: 3, mar: 3,
  avril: 4, april: 4, apr: 4, avr: 4,
  mai: 5, may: 5,
  juin: 6, june: 6, jun: 6,
  juillet: 7, july: 7, jul: 7, juil: 7,
  août: 8, aout: 8, august: 8, aug: 8,
  septembre: 9, september: 9, sep: 9, sept: 9,
  octobre: 10, october: 10, oct: 10,
  novembre: 11, november: 11, nov: 11,
  décembre: 12, decembre: 12, december: 12, dec: 12, déc: 12
}

const pad = (n: number): string => String(n).padStart(2, '0')

function iso(y: number, m?: number, d?: number): string | undefined {
  if (!(y >= 1800 && y <= 2200)) return undefined
  if (m === undefined) return String(y)
  if (!(m >= 1 && m <= 12)) return undefined
  if (d === undefined) return `${y}-${pad(m)}`
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (!(d >= 1 && d <= days)) return undefined
  return `${y}-${pad(m)}-${pad(d)}`
}

/**
 * An ISO (possibly partial) date from a date as commonly written, or undefined.
 * Accepts ISO 8601 and its variants with / or ., PDF dates (D:20240312…), 20240312,
 * day-first numeric dates (12/03/2024; month-first when the day-first reading is impossible),
 * "12 mars 2024", "March 12, 2024", "mars 2024", and anything Date.parse reads (as UTC).
 */
export function normaliseDate(input: string | undefined | null): string | undefined {
  if (!input) return undefined
  const s = input.trim().replace(/^D:/i, '')
  if (!s) return undefined
  let m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s])/.exec(s)
  if (m) return iso(+m[1], m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined)
  m = /^(\d{4})(\d{2})(\d{2})?(?:\d{2,6})?(?:$|[Z+\-'\s])/.exec(s)
  if (m) return iso(+m[1], +m[2], m[3] ? +m[3] : undefined)
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(s)
  if (m) {
    const a = +m[1]
    const b = +m[2]
    return a > 12 || b <= 12 ? iso(+m[3], b, a) : iso(+m[3], a, b)
  }
  const lower = s.toLowerCase().replace(/(\d)(?:er|st|nd|rd|th)\b/g, '$1')
  m = /^(?:\p{L}+\.?,?\s+)?(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})\b/u.exec(lower)
  if (m && MONTHS[m[2]]) return iso(+m[3], MONTHS[m[2]], +m[1])
  m = /^(?:\p{L}+\.?,?\s+)?(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})\b/u.exec(lower)
  if (m && MONTHS[m[1]]) return iso(+m[3], MONTHS[m[1]], +m[2])
  m = /^(\p{L}+)\.?\s+(\d{4})$/u.exec(lower)
  if (m && MONTHS[m[1]]) return iso(+m[2], MONTHS[m[1]])
  const t = Date.parse(s)
  if (Number.isNaN(t)) return undefined
  const d = new Date(t)
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

/** A date written in a file name or URL ("fr-2023-10-05-nunez.txt", "2024_03_12 debate.vtt", "/2024/03/12/"), or undefined. */
export function dateFromFileName(name: string): string | undefined {
  const m = /(?:^|[^\d])((?:19|20)\d{2})([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/.exec(name)
  return m ? iso(+m[1], +m[3], +m[4]) : undefined
}

// A publication statement near the top of a document: "Publié le 15 juin 2020", "Paru en mars 2020",
// "Date de publication : 12/03/2020", "Published 12 March 2020", "Publication date: March 2020".
const PUBLISHED = /(?:publi[ée]e?s?|parue?s?|mis en ligne|date de publication|published|publication date|released|first published)\s*(?:le|on|en|in|:)?\s*:?\s*((?:\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4})|(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4})|(?:\p{L}+\s+\d{4})|(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4})|(?:\d{4}-\d{2}(?:-\d{2})?))/iu

/**
 * The publication date a document states near its top (first 3 000 characters), or undefined:
 * the date a reader sees on a report's cover, which wins over the date its file was saved.
 */
export function dateFromContent(text: string): string | undefined {
  const m = PUBLISHED.exec(text.slice(0, 3000))
  return m ? normaliseDate(m[1]) : undefined
}
