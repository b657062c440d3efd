/** The source date split into parts (any may be missing). */
export interface SourceDate {
  year?: number
  month?: number
  day?: number
  iso?: string
}

/** Parses an ISO date, possibly partial ("2023", "2023-10", "2023-10-05"); anything else gives {}. */
export function parseSourceDate(date: string | undefined): SourceDate {
  if (typeof date !== 'string' || date === '') return {}
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date)
  if (!m) return {}
  const year = Number(m[1])
  const month = m[2] ? Number(m[2]) : undefined
  const day = m[3] ? Number(m[3]) : undefined
  return { year, month, day, iso: m[0] }
}
