import type { Lang } from '../../model'
import type { Figure, NumberExpr } from '../numberExpr'
import type { Tokens } from '../tokens'
import * as tokensModule from '../tokens'

const { NUM, WORD, lower } = tokensModule

/** Why a figure is not a claim. */
export type NonClaimReason =
  | 'date' | 'year' | 'time' | 'duration' | 'reference' | 'ordinal' | 'identifier' | 'phone' | 'postcode' | 'list' | 'huge'
  | 'bracket' | 'name' | 'hyperbole' | 'discourse' | 'pair' | 'frequency' | 'denied' | 'base'

/** What every detector reads about one figure, computed once. */
export interface NonClaimContext {
  t: Tokens
  expr: NumberExpr
  f: Figure
  lang: Lang
  /** An approximator ("près de", "about") stands before the figure: it is asserted. */
  approxBefore: boolean
  /** First token of the figure's core (its digits or number words). */
  a: number
  /** The core is digits, not words. */
  num: boolean
  /** First token after the expression (after its high end for a range). */
  next: number
  nextW: string
  /** The word just before the figure, lower case, or '' when it is not a word. */
  p1: string
}

/** A detector names the reason a figure is not a claim, or returns undefined to let the next one look. */
export type Detector = (c: NonClaimContext) => NonClaimReason | undefined

export function prevWord(t: Tokens, i: number): string {
  return i >= 0 && t.kind[i] === WORD ? lower(t, i) : ''
}

export function makeContext(t: Tokens, expr: NumberExpr, f: Figure, lang: Lang, approxBefore: boolean): NonClaimContext {
  const a = f.coreFirst
  const next = expr.high ? expr.high.end : f.end
  return { t, expr, f, lang, approxBefore, a, num: t.kind[a] === NUM, next, nextW: lower(t, next), p1: prevWord(t, a - 1) }
}
