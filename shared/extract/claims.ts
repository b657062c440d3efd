import { carryElidedCurrency, resolveSharedCurrencies } from './currencyContext'
import type { ExtractedClaim, Lang, Period, Segment } from '../model'
import { buildCandidates } from './candidates'
import { chooseSubject } from './claimSubject'
import { PIECE_LENGTH, pieceBounds, segmentsIn, shiftClaim } from './chunks'
import { citableClause } from './clause'
import { detectLanguage } from './language'
import { readRanks } from './frame/rank'
import { linkEarlierLevels } from './frame/earlierLevel'
import { isJunkSubject } from './subject/junk'
import { findIndexNames, indexFor } from './subject/indexName'
import { readAllNumberExprs } from './numberExpr'
import { type PeriodMatch, findPeriods, parseSourceDate } from './period'
import { findQuotes } from './quotes'
import { splitSentences } from './sentences'
import { sentenceTokens } from './sentenceTokens'
import { type SpeakerContext, findAttributions, findRoles, findTurns, hasFirstPerson, sortSegments, speakerFor } from './speaker'
import { type Span } from './subject'
import { subjectKeyOf } from './subjectKey'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'
import { EXTRACTOR_VERSION } from './version'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, WORD, tokenize } = tokensModule

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

/** True when a comma, semicolon, colon or dash separates tokens [from, to). */
function clauseBreakBetween(t: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (t.kind[k] === WORD || t.kind[k] === NUM) continue
    const ch = t.text[t.start[k]]
    if (ch === ',' || ch === ';' || ch === ':' || ch === '\u2014' || ch === '(' || ch === ')') return true
  }
  return false
}

function spanText(t: Tokens, s: Span): string {
  return t.text.slice(t.start[s.first], t.end[s.end - 1])
}

function runExtract(text: string, options: ExtractOptions): ExtractedClaim[] {
  const lang: Lang = options.lang === 'fr' || options.lang === 'en' ? options.lang : detectLanguage(text)
  const t = tokenize(text, lang)
  const exprs = readAllNumberExprs(t, lang)
  const ranks = readRanks(t, lang)
  if (exprs.length === 0 && ranks.length === 0) return []
  const sentences = splitSentences(text)
  const candidates = buildCandidates(t, exprs, ranks, lang, sentences)
  if (candidates.length === 0) return []
  const src = parseSourceDate(options.date)
  const known = (Array.isArray(options.speakers) ? options.speakers : []).filter((s) => typeof s === 'string' && s.trim() !== '')
  const ctx: SpeakerContext = {
    roles: findRoles(t),
    attributions: findAttributions(t, lang),
    turns: findTurns(t, known),
    quotes: findQuotes(text),
    known,
    segments: sortSegments(options.segments),
    text,
    lang
  }
  const periodCache = new Map<number, PeriodMatch[]>()
  const firstPersonCache = new Map<number, boolean>()
  const claims: ExtractedClaim[] = []
  const sentenceOf: number[] = []
  const indexNames = findIndexNames(text)
  let prevEndChar = 0
  // subjects of earlier claims, by the tokens of their figures, for "0.6% this year and 0.7% in 2024" and "32 of them"
  const figureOwner = new Map<number, string>()
  let lastSubject: { subject: string; sentence: number; unit?: string } | undefined
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]
    const st = sentenceTokens(t, sentences, c.sentence)
    const nextFirst = ci + 1 < candidates.length ? candidates[ci + 1].expr.first : t.count
    const limit = Math.min(st.end, nextFirst)
    const chosen = chooseSubject(t, c, lang, sentences, st, limit, figureOwner, lastSubject)
    // a written number with nothing counted is rarely a claim ("l'un des deux", "dans trois")
    if (!chosen) continue
    const { subjectSpan, quoteEnd } = chosen
    let subject = chosen.subject
    if (subjectSpan) subject = spanText(t, subjectSpan)
    if (isJunkSubject(subject, lang)) subject = ''
    // "the index slipped 34.5 points" after "The FTSE 100 closed down": the index named last
    const index = subject ? indexFor(subject, t.start[c.first], indexNames) : undefined
    if (index) subject = index
    for (let k = c.fig.coreFirst; k < c.end; k++) figureOwner.set(k, subject)
    if (subject) lastSubject = { subject, sentence: c.sentence, unit: c.unit }
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
      // a period in another clause is rarely about this figure, unless it opens the sentence ("En 2022, 376 000 logements…")
      const from = p.first >= quoteEnd ? quoteEnd : p.end
      const to = p.first >= quoteEnd ? p.first : c.first
      if (d < bestDist && d <= 25 && (p.first === st.first || !clauseBreakBetween(t, from, to))) { bestDist = d; period = p.period }
    }
    // the quote is the clause a fact-checker cites, holding the figure and its previous value ("…, c'était 200 avant")
    const prevEnd = c.previousSpan ? t.end[c.previousSpan.end - 1] : end
    const clause = citableClause(text, sStart, sEnd, start, Math.max(end, prevEnd), lang)
    const claim: ExtractedClaim = {
      quote: text.slice(clause.start, clause.end),
      start: clause.start,
      end: clause.end,
      figureStart: start,
      figureEnd: end,
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
    sentenceOf.push(c.sentence)
  }
  linkEarlierLevels(claims, sentenceOf)
  resolveSharedCurrencies(claims, text)
  carryElidedCurrency(claims, text)
  return claims
}

/**
 * Finds the numeric claims in `text`: figures with what they count (subject), who says them (speaker), the time
 * they are about (period), ranges, previous values and approximations. Validates its options; linear in the input;
 * claims are sorted by figure, figures never overlap, each quote is the citable clause holding its figure, and
 * `text.slice(start, end) === quote`.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  if (typeof text !== 'string' || text.length === 0) return []
  // No catch-all: a bug must surface (the fuzz tests in tests/unit/extract/guarantees.test.ts would see it),
  // not turn into "no claims" that a user cannot tell from a text without figures.
  const opts = options !== null && typeof options === 'object' ? options : {}
  const pieces = pieceBounds(text)
  if (pieces.length === 1) return runExtract(text, opts)
  // a long text: one language for all of it, each piece read on its own (memory follows the piece)
  const lang: Lang = opts.lang === 'fr' || opts.lang === 'en' ? opts.lang : detectLanguage(text.slice(0, PIECE_LENGTH))
  const out: ExtractedClaim[] = []
  for (const p of pieces) {
    const claims = runExtract(text.slice(p.start, p.end), { ...opts, lang, segments: segmentsIn(opts.segments, p.start, p.end) })
    for (const c of claims) out.push(shiftClaim(c, p.start))
  }
  return out
}

/** True for a token that is a figure's digits (exported for tests). */
export function isNumberToken(t: Tokens, i: number): boolean {
  return t.kind[i] === NUM
}
