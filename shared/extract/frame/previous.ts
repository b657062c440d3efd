// Previous values: "c'était 200 avant", "contre 35 l'an dernier", "up from 3%", "+4,5 % après +3,7 %". The figure after
// the marker is not a claim of its own: it becomes the previous value of the claim before it.
import type { Lang, Previous } from '../../model'
import type { Candidate } from '../candidate'
import type { NumberExpr } from '../numberExpr'
import type { Sentences } from '../sentences'
import { isAfterMarker, isTemporalWhen, previousMarkerBefore, whenAfter } from '../shapes'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'

const { lower } = tokensModule

const NEEDS_TIME = new Set(['contre', 'against', 'versus', 'vs', 'compared', 'comparé', 'comparés', 'par', 'compares'])

/**
 * When the expression `expr` (in sentence `sentence`) is a previous value, attaches it to the claim it belongs to
 * (among `out`, the candidates so far) and returns true; false when it is a figure of its own.
 */
export function attachPrevious(t: Tokens, expr: NumberExpr, approxFirst: number | undefined, sentence: number, sentences: Sentences, out: Candidate[], lang: Lang): boolean {
  const fig = expr.low
  const last = out[out.length - 1]
  const approx = approxFirst !== undefined ? { first: approxFirst } : undefined
  // "c'était 200 avant", "contre 35 l'an dernier", "up from 3%", "+4,5 % après +3,7 %": the previous value of a claim
  let marker = previousMarkerBefore(t, approx ? approx.first : expr.first, lang)
  if (marker < 0) {
    const am = isAfterMarker(t, expr.first, lang)
    if (am >= 0 && last && (lower(t, am - 1) === ',' || last.end === am)) marker = am
  }
  if (marker >= 0) {
    const needsTime = NEEDS_TIME.has(lower(t, marker))
    const otherSource = lower(t, expr.end) === 'selon' || (lower(t, expr.end) === 'according' && lower(t, expr.end + 1) === 'to')
    let target: Candidate | undefined
    if (last && last.sentence === sentence && !last.previous) target = last
    else if (last && !last.previous && last.sentence === sentence - 1 && t.start[marker] - sentences.starts[sentence] < 40) {
      // "C'était 1 800 il y a deux ans." after "Environ 3 000 postes…, sur un total de 45 000.": the first claim of the sentence before
      let k = out.length - 1
      while (k > 0 && out[k - 1].sentence === last.sentence && !out[k - 1].previous) k--
      target = out[k]
    }
    if (target && !otherSource && (!needsTime || isTemporalWhen(t, expr.end))) {
      const when = whenAfter(t, expr.end, t.count)
      const previous: Previous = { value: fig.value }
      if (expr.high && expr.high.value > fig.value) previous.valueHigh = expr.high.value
      if (when) previous.when = t.text.slice(t.start[when.first], t.end[when.end - 1])
      target.previous = previous
      target.previousSpan = { first: marker, end: when ? when.end : expr.end }
      return true
    }
  }
  return false
}
