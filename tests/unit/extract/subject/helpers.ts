import type { Lang } from '../../../../shared/model'
import { type Tokens, tokenize } from '../../../../shared/extract/tokens'

/** Tokens of `text` and helpers to name a token by the text it starts and show a span as text. */
export function read(text: string, lang: Lang): { t: Tokens; at: (s: string) => number; show: (s: { first: number; end: number } | undefined) => string | undefined } {
  const t = tokenize(text, lang)
  const at = (s: string): number => {
    const pos = text.indexOf(s)
    for (let i = 0; i < t.count; i++) if (t.start[i] === pos) return i
    throw new Error(`no token starts at "${s}" in "${text}"`)
  }
  const show = (s: { first: number; end: number } | undefined): string | undefined => (s ? text.slice(t.start[s.first], t.end[s.end - 1]) : undefined)
  return { t, at, show }
}
