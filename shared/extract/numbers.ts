import type { Lang, NumberMatch } from '../model'
import { detectLanguage } from './language'
import { readAllNumberExprs } from './numberExpr'
import * as tokensModule from './tokens'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { tokenize } = tokensModule

/**
 * Every number expression parsed in `text` (digits with their separators, written-out numbers, scales, units,
 * ranges), dates and identifiers included: the layer below claims. No catch-all: a bug surfaces.
 */
export function extractNumbers(text: string, options: { lang?: Lang } = {}): NumberMatch[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const lang: Lang = options?.lang === 'fr' || options?.lang === 'en' ? options.lang : detectLanguage(text)
  const t = tokenize(text, lang)
  const out: NumberMatch[] = []
  for (const e of readAllNumberExprs(t, lang)) {
    const start = t.start[e.first]
    const end = t.end[e.end - 1]
    const m: NumberMatch = { text: text.slice(start, end), start, end, value: e.low.value, kind: e.low.kind }
    if (e.high && e.high.value > e.low.value) m.valueHigh = e.high.value
    if (e.low.unit !== undefined) m.unit = e.low.unit
    out.push(m)
  }
  return out
}
