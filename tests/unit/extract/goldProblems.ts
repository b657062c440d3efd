// What makes a gold passage unsound (quotes not located once, units unknown, fields not in the text, overlaps,
// non-claims holding no number), shared by goldSchema.test.ts and the annotators' check before a batch is added.
import { fold, numbersIn, occurrences, type GoldClaim, type GoldPassage } from './goldScore'

/** Measure units the gold set may use (SI symbols, plus durations as English nouns). */
const MEASURE_UNITS = new Set([
  'km', 'km/h', 'm', 'cm', 'mm', 'm²', 'km²', 'm³', 'ha', 't', 'Mt', 'kg', 'g', 't/ha', 'q/ha', 'l', 'hl', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'TWh',
  '°C', '°F', 'bar', 'ly', 'MP', 'k/s', 'min', 'mph', 'mi', 'ft', 'in', 'lb', 'oz', 'gal', 'bbl', 'bbl/d', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'acre'
])
const CURRENCY = /^[A-Z]{3}$/

function unitProblem(c: GoldClaim): string | null {
  switch (c.kind) {
    case 'money':
      return c.unit !== null && CURRENCY.test(c.unit) ? null : `money needs an ISO 4217 unit, got ${c.unit}`
    case 'percent':
      return c.unit === '%' ? null : `percent needs unit "%", got ${c.unit}`
    case 'quantity':
      return c.unit !== null && MEASURE_UNITS.has(c.unit) ? null : `quantity needs a measure unit, got ${c.unit}`
    case 'change':
      return c.unit === null || ['%', 'pp', 'bp'].includes(c.unit) || CURRENCY.test(c.unit) || MEASURE_UNITS.has(c.unit)
        ? null
        : `change has an unknown unit ${c.unit}`
    case 'count':
    case 'ratio':
    case 'rank':
      return c.unit === null ? null : `${c.kind} takes no unit, got ${c.unit}`
    default:
      return `unknown kind ${String(c.kind)}`
  }
}

/** Everything wrong with one passage, as readable messages (empty when sound). */
export function problems(p: GoldPassage): string[] {
  const out: string[] = []
  const spans: { start: number; end: number; quote: string }[] = []
  const lower = fold(p.text)
  for (const c of p.claims) {
    const at = occurrences(p.text, c.quote)
    if (at.length === 0) out.push(`quote "${c.quote}" is not in the text`)
    else if (c.start === undefined && at.length > 1) out.push(`quote "${c.quote}" occurs ${at.length} times: give "start"`)
    else if (c.start !== undefined && !at.includes(c.start)) out.push(`quote "${c.quote}" is not at start ${c.start}`)
    else spans.push({ start: c.start ?? at[0], end: (c.start ?? at[0]) + c.quote.length, quote: c.quote })
    const unit = unitProblem(c)
    if (unit) out.push(`"${c.quote}": ${unit}`)
    if (c.valueHigh !== null && !(c.valueHigh > c.value)) out.push(`"${c.quote}": valueHigh ${c.valueHigh} is not above value ${c.value}`)
    for (const field of ['approx', 'period', 'speaker', 'subject'] as const) {
      const v = c[field]
      if (v !== null && !lower.includes(fold(v))) out.push(`"${c.quote}": ${field} "${v}" is not written in the text`)
    }
  }
  spans.sort((a, b) => a.start - b.start)
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) out.push(`quotes "${spans[i - 1].quote}" and "${spans[i].quote}" overlap`)
  }
  for (const nc of p.nonClaims) {
    const at = occurrences(p.text, nc)
    if (at.length === 0) out.push(`non-claim "${nc}" is not in the text`)
    if (numbersIn(nc).length === 0) out.push(`non-claim "${nc}" holds no number`)
    for (const s of at) {
      const hit = spans.find((q) => s < q.end && q.start < s + nc.length)
      if (hit) out.push(`non-claim "${nc}" overlaps the claim "${hit.quote}"`)
    }
  }
  return out
}
