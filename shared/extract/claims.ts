import type { ClaimKind, ExtractedClaim, Lang, Period, Previous, Segment } from '../model'
import { approxBefore } from './approx'
import { detectLanguage } from './language'
import { nonClaimReason } from './nonClaims'
import { type Figure, type NumberExpr, readAllNumberExprs } from './numberExpr'
import { type PeriodMatch, findPeriods, parseSourceDate } from './period'
import { findQuotes } from './quotes'
import { type Sentences, sentenceAt, splitSentences } from './sentences'
import { changeBefore, isChangeIntro, previousMarkerBefore, whenAfter } from './shapes'
import { type SpeakerContext, findAttributions, findTurns, hasFirstPerson, sortSegments, speakerFor } from './speaker'
import { type Span, subjectAfter, subjectBefore } from './subject'
import { subjectKeyOf } from './subjectKey'
import { NUM, type Tokens, WORD, lower, tokenize } from './tokens'
import { EXTRACTOR_VERSION } from './version'

/** Options for extractClaims. */
export interface ExtractOptions {
  /** Language of the text; detected when absent. */
  lang?: Lang
  /** ISO date of the source (possibly partial), to resolve periods like "depuis début 2023" or "last year". */
  date?: string
  /** The source's known speakers; the first is the fallback speaker. */
  speakers?: string[]
  /** Speaker turns with offsets into the text, used for attribution. */
  segments?: Segment[]
}

interface Candidate {
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
}

const DEFINITE = new Set(['les', 'the', 'ces', 'these', 'those', 'nos', 'our', 'vos', 'your', 'leurs', 'their', 'des', 'all', 'tous', 'toutes', 'ses', 'his', 'her', 'its', 'mes', 'my', 'l', 'deux', 'both', 'ceux'])
const AMONG = new Set(['dans', 'in', 'parmi', 'among', 'chez'])

function firstTokenAtOrAfter(t: Tokens, pos: number): number {
  let lo = 0
  let hi = t.count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (t.start[mid] < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

function sentenceTokens(t: Tokens, s: Sentences, idx: number): { first: number; end: number } {
  if (idx < 0) return { first: 0, end: t.count }
  return { first: firstTokenAtOrAfter(t, s.starts[idx]), end: firstTokenAtOrAfter(t, s.ends[idx]) }
}

/** Builds candidates (figures that are claims, with their shape) from the number expressions. */
function buildCandidates(t: Tokens, exprs: NumberExpr[], lang: Lang, sentences: Sentences): Candidate[] {
  const out: Candidate[] = []
  for (const expr of exprs) {
    const fig = expr.low
    const pairIntro = expr.high && (expr.intro === 'entre' || expr.intro === 'between')
    const approxAt = pairIntro ? expr.introTok : fig.first
    const approx = approxBefore(t, approxAt, lang)
    if (nonClaimReason(t, expr, fig, lang, approx !== undefined)) continue
    const sentence = sentenceAt(sentences, t.start[fig.first])
    // a written small number after a determiner names a group ("les deux pays", "the three men")
    if (fig.written && !fig.scaled && !fig.fraction && !fig.collective && fig.value < 20 && fig.unit === undefined && DEFINITE.has(lower(t, fig.coreFirst - 1))) continue
    // "c'était 200 avant", "contre 35 l'an dernier", "up from 3%": the previous value of the claim before it
    const marker = previousMarkerBefore(t, approx ? approx.first : expr.first, lang)
    const last = out[out.length - 1]
    if (marker >= 0 && last && last.sentence === sentence && !last.previous) {
      const when = whenAfter(t, expr.end, t.count)
      const previous: Previous = { value: fig.value }
      if (expr.high && expr.high.value > fig.value) previous.valueHigh = expr.high.value
      if (when) previous.when = t.text.slice(t.start[when.first], t.end[when.end - 1])
      last.previous = previous
      last.previousSpan = { first: marker, end: when ? when.end : expr.end }
      continue
    }
    let value = fig.value
    let valueHigh: number | undefined
    let previous: Previous | undefined
    let kind = fig.kind
    let unit = fig.unit
    const first = fig.first
    let end = fig.end
    if (expr.high) {
      const high = expr.high
      const change = (expr.intro === 'de' || expr.intro === 'from') && (isChangeIntro(t, expr.introTok, lang) || high.value < fig.value)
      if (change) {
        value = high.value
        previous = { value: fig.value }
        kind = high.kind
        unit = high.unit ?? unit
      } else if (high.value > fig.value) {
        valueHigh = high.value
        unit = unit ?? high.unit
        kind = unit === high.unit ? high.kind : kind
      }
      end = high.end
    }
    if (changeBefore(t, approx ? approx.first : first, lang) >= 0 && !previous && kind !== 'money') kind = 'change'
    else if (changeBefore(t, approx ? approx.first : first, lang) >= 0 && !previous && unit === undefined) kind = 'change'
    out.push({ expr, fig, value, valueHigh, previous, kind, unit, approx: approx?.text, sentence, first, end })
  }
  return out
}

function spanText(t: Tokens, s: Span): string {
  return t.text.slice(t.start[s.first], t.end[s.end - 1])
}

function runExtract(text: string, options: ExtractOptions): ExtractedClaim[] {
  const lang: Lang = options.lang === 'fr' || options.lang === 'en' ? options.lang : detectLanguage(text)
  const t = tokenize(text, lang)
  const exprs = readAllNumberExprs(t, lang)
  if (exprs.length === 0) return []
  const sentences = splitSentences(text)
  const candidates = buildCandidates(t, exprs, lang, sentences)
  if (candidates.length === 0) return []
  const src = parseSourceDate(options.date)
  const known = (options.speakers ?? []).filter((s) => typeof s === 'string' && s.trim() !== '')
  const ctx: SpeakerContext = {
    attributions: findAttributions(t, lang),
    turns: findTurns(t, known),
    quotes: findQuotes(text),
    known,
    segments: sortSegments(options.segments),
    text
  }
  const periodCache = new Map<number, PeriodMatch[]>()
  const firstPersonCache = new Map<number, boolean>()
  const claims: ExtractedClaim[] = []
  let prevEndChar = 0
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]
    const st = sentenceTokens(t, sentences, c.sentence)
    const nextFirst = ci + 1 < candidates.length ? candidates[ci + 1].expr.first : t.count
    const limit = Math.min(st.end, nextFirst)
    const scaledOrUnit = c.fig.scaled || c.unit !== undefined || c.fig.fraction || c.fig.collective
    let subjectSpan = subjectAfter(t, c.end, lang, limit, scaledOrUnit)
    let quoteEnd = c.end
    if (subjectSpan) quoteEnd = subjectSpan.end
    else {
      // "de 35 à 50 dans les dispositifs hospitaliers": the place counted in
      let k = c.end
      if (AMONG.has(lower(t, k))) {
        k++
        while (k < limit && t.kind[k] === WORD && DEFINITE.has(lower(t, k))) k++
        if (lower(t, k - 1) === 'l' || lower(t, k) === "'" || lower(t, k) === '\u2019') k += lower(t, k) === "'" || lower(t, k) === '\u2019' ? 1 : 0
        subjectSpan = subjectAfter(t, k, lang, limit, false)
      }
      if (!subjectSpan) subjectSpan = subjectBefore(t, c.expr.introTok >= 0 && c.expr.high ? c.expr.introTok : c.first, lang, st.first)
    }
    // a written number with nothing counted is rarely a claim ("l'un des deux", "dans trois")
    if (!subjectSpan && c.fig.written && c.unit === undefined && !c.fig.fraction && !c.fig.collective) continue
    const subject = subjectSpan ? spanText(t, subjectSpan) : ''
    let start = t.start[c.first]
    const end = t.end[quoteEnd - 1]
    if (start < prevEndChar) start = prevEndChar
    if (end <= start) continue
    prevEndChar = end
    const sStart = c.sentence >= 0 ? sentences.starts[c.sentence] : 0
    const sEnd = c.sentence >= 0 ? sentences.ends[c.sentence] : text.length
    let firstPerson = firstPersonCache.get(c.sentence)
    if (firstPerson === undefined) {
      firstPerson = hasFirstPerson(t, st.first, st.end, lang)
      firstPersonCache.set(c.sentence, firstPerson)
    }
    const speaker = speakerFor(ctx, start, sStart, sEnd, firstPerson)
    let periods = periodCache.get(c.sentence)
    if (!periods) {
      periods = findPeriods(t, st.first, st.end, lang, src)
      periodCache.set(c.sentence, periods)
    }
    let period: Period | undefined
    let bestDist = Infinity
    // periods are in token order: look only at those within 25 tokens of the claim (keeps long sentences linear)
    let lo = 0
    let hi = periods.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (periods[mid].end < c.first - 25) lo = mid + 1
      else hi = mid
    }
    for (let pi = lo; pi < periods.length && periods[pi].first <= quoteEnd + 25; pi++) {
      const p = periods[pi]
      if (p.end > c.expr.first && p.first < quoteEnd) continue
      if (c.previousSpan && p.end > c.previousSpan.first && p.first < c.previousSpan.end) continue
      const d = p.first >= quoteEnd ? p.first - quoteEnd : c.first - p.end
      // a period in another clause of a long sentence is rarely about this figure
      if (d < bestDist && d <= 25) { bestDist = d; period = p.period }
    }
    const claim: ExtractedClaim = {
      quote: text.slice(start, end),
      start,
      end,
      sentence: text.slice(sStart, sEnd),
      value: c.value,
      kind: c.kind,
      subject,
      subjectKey: subjectKeyOf(subject, lang),
      extractorVersion: EXTRACTOR_VERSION
    }
    if (c.valueHigh !== undefined) claim.valueHigh = c.valueHigh
    if (c.previous) claim.previous = c.previous
    if (c.unit !== undefined) claim.unit = c.unit
    if (c.approx !== undefined) claim.approx = c.approx
    if (speaker !== undefined) claim.speaker = speaker
    if (period) claim.period = period
    claims.push(claim)
  }
  return claims
}

/**
 * Finds the numeric claims in `text`: figures with what they count (subject), who says them (speaker), the time
 * they are about (period), ranges, previous values and approximations. Never throws; linear in the input;
 * claims are sorted, non-overlapping, and `text.slice(start, end) === quote`.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  if (typeof text !== 'string' || text.length === 0) return []
  try {
    return runExtract(text, options ?? {})
  } catch {
    // A bug must not take the app down: no claims is the safe answer (the tests make sure it does not happen).
    return []
  }
}

/** True for a token that is a figure's digits (exported for tests). */
export function isNumberToken(t: Tokens, i: number): boolean {
  return t.kind[i] === NUM
}
