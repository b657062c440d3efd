/**
 * Which claims can be the same figure at all: same kind of quantity, and for money the same
 * currency, for measures the same unit. A count of people is never a sum of euros.
 */
import { type Claim } from '../model'

// Spellings the extractor or a person may use for one measure unit.
const UNIT_ALIASES: Record<string, string> = {
  tonnes: 't', tonne: 't', tons: 't', kilogrammes: 'kg', kilos: 'kg', kilometres: 'km', kilomètres: 'km',
  km2: 'km²', m2: 'm²', ha: 'hectare', hectares: 'hectare', percent: '%', 'pour cent': '%'
}

function normUnit(unit: string | undefined): string {
  const u = (unit ?? '').trim().toLowerCase()
  return UNIT_ALIASES[u] ?? u
}

/**
 * The dimension a claim's value is measured in, e.g. "count", "percent", "pp",
 * "money:EUR", "quantity:km". Two claims can join one series only when these are equal.
 */
export function dimensionOf(claim: Pick<Claim, 'kind' | 'unit'>): string {
  const unit = normUnit(claim.unit)
  if (unit === 'pp') return 'pp'
  switch (claim.kind) {
    case 'count':
      // A count's unit is a plain noun ("places", "personnes"): that belongs to the subject.
      return 'count'
    case 'percent':
      return 'percent'
    case 'money':
      return `money:${unit ? unit.toUpperCase() : '?'}`
    case 'quantity':
      return `quantity:${unit || '?'}`
    case 'ratio':
      return 'ratio'
    case 'rank':
      return 'rank'
    case 'change':
      return `change:${unit || '?'}`
    default: {
      const kind: never = claim.kind
      return `other:${String(kind)}`
    }
  }
}

/** A short human description of a dimension for reasons: "count", "%", "EUR", "km". */
export function describeDimension(dimension: string): string {
  if (dimension === 'percent') return '%'
  const colon = dimension.indexOf(':')
  return colon < 0 ? dimension : dimension.slice(colon + 1)
}

/** Whether magnitudes say anything about identity (a rate may double, a count of 35 is not 610). */
export function magnitudeMatters(dimension: string): boolean {
  return dimension === 'count' || dimension.startsWith('money:') || dimension.startsWith('quantity:')
}
