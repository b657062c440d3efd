import { type Tokens } from './tokens'
import * as tokensModule from './tokens'

const { isPunct, lower } = tokensModule

/** True when tokens from `k` read "-year-old(s)" or "-ans" (the figure is someone's age). */
export function isAgeCompound(t: Tokens, k: number): boolean {
  if (!isPunct(t, k, '-')) return false
  const unit = lower(t, k + 1)
  if (unit === 'ans') return true
  return (unit === 'year' || unit === 'years') && isPunct(t, k + 2, '-') && (lower(t, k + 3) === 'old' || lower(t, k + 3) === 'olds')
}

/** Tokens an age compound adds after the figure ("-year-old": 4, "-ans": 2). */
export function ageCompoundLength(t: Tokens, k: number): number {
  return lower(t, k + 1) === 'ans' ? 2 : 4
}
