import type { ClaimKind, Previous } from '../model'
import type { Figure, NumberExpr } from './numberExpr'
import type { Span } from './subject'

/** A figure that is a claim, with its frame (value, range, previous, kind, unit), before subject, speaker and period. */
export interface Candidate {
  expr: NumberExpr
  fig: Figure
  value: number
  valueHigh?: number
  previous?: Previous
  /** Tokens of the "previous" figure and its "when", kept out of the period search. */
  previousSpan?: { first: number; end: number }
  kind: ClaimKind
  unit?: string
  approx?: string
  sentence: number
  /** Token range of the figure(s) quoted. */
  first: number
  end: number
  /** For ratios, the counted noun between numerator and denominator ("TGV" in "un TGV sur cinq"). */
  ratioNoun?: Span
  /** The figure counts what the claim before counted ("Ce nombre s'est élevé à 28"): it takes that subject. */
  sameAsBefore?: boolean
  /** The figure counts what its previous value, read earlier in the sentence, counted ("17 plaintiffs but grew to 28"):
   * the end of that figure, where its counted noun starts. */
  countedAfter?: number
  /** First token of the approximation, if any. */
  approxFirst?: number
}
