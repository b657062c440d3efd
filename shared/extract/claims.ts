import type { ClaimKind, ExtractedClaim, Lang, Period, Previous, Segment } from '../model'
import { approxBefore } from './approx'
import { citableClause } from './clause'
import { type Direction, directionOf, isChangeWord } from './direction'
import { detectLanguage } from './language'
import { nonClaimReason } from './nonClaims/index'
import { type Figure, type NumberExpr, readAllNumberExprs } from './numberExpr'
import { type PeriodMatch, findPeriods, parseSourceDate } from './period'
import { findQuotes } from './quotes'
import { type Sentences, sentenceAt, splitSentences } from './sentences'
import { changeBefore, isAfterMarker, isChangeIntro, isTemporalWhen, previousMarkerBefore, whenAfter } from './shapes'
import { type SpeakerContext, findAttributions, findRoles, findTurns, hasFirstPerson, sortSegments, speakerFor } from './speaker'
import { type Span, isBasisNoun, subjectAfter, subjectBefore, subjectNear } from './subject'
import { subjectKeyOf } from './subjectKey'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'
import { EXTRACTOR_VERSION } from './version'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, WORD, isApostrophe, lower, tokenize } = tokensModule

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
  /** For ratios, the counted noun between numerator and denominator ("TGV" in "un TGV sur cinq"). */
  ratioNoun?: Span
  /** First token of the approximation, if any. */
  approxFirst?: number
}

const DEFINITE = new Set(['les', 'the', 'ces', 'these', 'those', 'nos', 'our', 'vos', 'your', 'leurs', 'their', 'des', 'all', 'tous', 'toutes', 'ses', 'his', 'her', 'its', 'mes', 'my', 'l', 'deux', 'both', 'ceux'])
const GENERIC_NOUNS = new Set(['personnes', 'people', 'unités', 'units', 'individus', 'individuals', 'habitants'])
const OBJECT_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'le', 'la', 'les', 'l', 'son', 'sa', 'ses', 'leur', 'leurs'])
// "doubled", "triplé", "to double": verb forms, unlike "double the number" (a comparison)
const VERB_BEFORE = new Set(['to', 'will', 'would', 'could', 'should', 'must', 'can', 'may', 'might', 'va', 'vont', 'veut', 'veulent', 'doit', 'pourrait'])
function isVerbForm(t: Tokens, k: number): boolean {
  const w = lower(t, k)
  return w.endsWith('ed') || w.endsWith('é') || VERB_BEFORE.has(lower(t, k - 1))
}
const AMONG = new Set(['dans', 'in', 'parmi', 'among', 'chez'])
const TIME_WORDS = new Set(['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'three', 'two', 'trois', 'deux', 'the', 'last', 'this'])

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

const NEEDS_TIME = new Set(['contre', 'against', 'versus', 'vs', 'compared', 'comparé', 'comparés', 'par', 'compares'])
const AUX_AFTER = new Set(['are', 'were', 'have', 'had', 'remain', 'remained', 'will', 'would', 'sont', 'étaient', 'ont', 'avaient', 'restent', 'seront', 'is', 'was', 'est', 'était'])
const AFTER_CHANGE = new Set(['de moins', 'de plus', 'more', 'less', 'lower', 'higher', 'fewer', 'up', 'down'])
const RATIO_LINK: Record<Lang, ReadonlySet<string>> = { fr: new Set(['sur']), en: new Set(['in', 'of']) }
const ONE_WORDS = new Set(['un', 'une', 'one'])

interface Ratio {
  first: number
  numerator: number
  /** Token range of the words between numerator and link ("TGV" in "un TGV sur cinq"), if any. */
  nounFirst: number
  nounEnd: number
}

/** "un TGV sur cinq", "one voter in ten", "1 in 8", "one in every 182 people": the numerator before "sur"/"in". */
function ratioBefore(t: Tokens, fig: Figure, lang: Lang, prev: Candidate | undefined): Ratio | undefined {
  let k = fig.first - 1
  if (lower(t, k) === 'every' || lower(t, k) === 'chaque') k--
  let link = k
  if (lower(t, k) === 'of' && lower(t, k - 1) === 'out') link = k - 1
  else if (!RATIO_LINK[lang].has(lower(t, k)) || lower(t, k) === 'of') return undefined
  for (let n = link - 1; n >= 0 && n >= link - 4; n--) {
    if (t.kind[n] !== WORD && !(t.kind[n] === NUM && n === prev?.fig.coreFirst)) break
    const w = lower(t, n)
    if (ONE_WORDS.has(w) || (prev && prev.fig.coreFirst === n && prev.fig.unit === undefined && prev.value >= 1 && prev.value <= 10 && !prev.valueHigh)) {
      const numerator = ONE_WORDS.has(w) ? 1 : (prev as Candidate).value
      if (numerator >= fig.value) return undefined
      return { first: n, numerator, nounFirst: n + 1, nounEnd: link }
    }
  }
  return undefined
}

/** Builds candidates (figures that are claims, with their shape) from the number expressions. */
function buildCandidates(t: Tokens, exprs: NumberExpr[], lang: Lang, sentences: Sentences): Candidate[] {
  const out: Candidate[] = []
  // end of the last figure that named something ("articles 85 et 86", "amendements 1, 2 et 3"): the list goes on naming
  let refEnd = -10
  for (const expr of exprs) {
    const fig = expr.low
    const pairIntro = expr.high && (expr.intro === 'entre' || expr.intro === 'between')
    const approxAt = pairIntro ? expr.introTok : fig.first
    let approx = approxBefore(t, approxAt, lang)
    const reason = nonClaimReason(t, expr, fig, lang, approx !== undefined)
    if (reason === 'reference' || reason === 'identifier') {
      refEnd = expr.end
      continue
    }
    if (reason) continue
    if (fig.unit === undefined && !fig.written && continuesList(t, refEnd, expr.first)) {
      refEnd = expr.end
      continue
    }
    const sentence = sentenceAt(sentences, t.start[fig.first])
    const last = out[out.length - 1]
    // a written small number after a determiner names a group ("les deux pays", "the three men")
    if (fig.written && !fig.scaled && !fig.fraction && !fig.collective && fig.value < 20 && fig.unit === undefined && DEFINITE.has(lower(t, fig.coreFirst - 1))) continue
    // ratios: "un TGV sur cinq", "one in four pensioners", "1 in 8"
    if (!expr.high && fig.unit === undefined && !fig.fraction) {
      const r = ratioBefore(t, fig, lang, last && last.sentence === sentence ? last : undefined)
      // "un trafic perturbé sur 14 lignes": a plural noun after the total makes it a count, not "one in fourteen"
      const pluralAfter = lang === 'fr' && t.kind[fig.end] === WORD && /[sx]$/.test(lower(t, fig.end)) && lower(t, fig.end).length > 3
      if (r && !pluralAfter) {
        if (last && last.fig.coreFirst === r.first) out.pop()
        const ra = approxBefore(t, r.first, lang)
        out.push({
          expr, fig, value: r.numerator / fig.value, kind: 'ratio', approx: ra?.text, sentence, first: r.first, end: fig.end,
          ratioNoun: r.nounEnd > r.nounFirst ? { first: r.nounFirst, end: r.nounEnd } : undefined
        })
        continue
      }
      // "14 lignes de métro sur 16": the total after "sur" is not a claim of its own
      if (last && last.sentence === sentence && (lower(t, fig.first - 1) === 'sur' || lower(t, fig.first - 1) === 'out') && fig.first - last.end <= 6) continue
    }
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
        continue
      }
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
    const changeAt = changeIntroBefore(t, approx ? approx.first : first, lang, unit === '%' || unit === 'pp' || kind === 'money')
    // a bare "up"/"down" makes a change of a rate or an amount ("up 4%"), not of people ("brought down two mayors")
    const bareUpDown = changeAt >= 0 && changeAt === (approx ? approx.first : first) - 1 && (lower(t, changeAt) === 'up' || lower(t, changeAt) === 'down')
    if (changeAt >= 0 && !previous && kind !== 'ratio' && !(bareUpDown && unit === undefined)) kind = 'change'
    // "soit 1,2 % de moins qu'en 2021", "6% lower than"
    const after1 = lower(t, end)
    if ((kind === 'percent' || kind === 'count') && (AFTER_CHANGE.has(after1) || AFTER_CHANGE.has(`${after1} ${lower(t, end + 1)}`)) && !previous) kind = 'change'
    // a decrease is negative: "en baisse de 0,4 point", "ont chuté de 34 %", "a fall of 3 points", "2 % de moins"
    if (kind === 'change' && value > 0 && changeDirection(t, changeAt, approx ? approx.first : first, end, lang) < 0) {
      const low = value
      value = -(valueHigh ?? low)
      valueHigh = valueHigh !== undefined ? -low : undefined
    }
    if (approx && approx.first < (out.length ? out[out.length - 1].end : 0)) approx = undefined
    out.push({ expr, fig, value, valueHigh, previous, kind, unit, approx: approx?.text, approxFirst: approx?.first, sentence, first, end })
  }
  return out
}

const CHANGE_LINKS = new Set(['de', 'd', 'by', 'of'])
const NEGATIONS = new Set(['pas', 'not', 'never', 'jamais', "n't", 'no'])
// words that may stand between a noun or verb of change and its figure: "une perte d'environ de 0,6 %",
// "a reduction in the order of 13 %", "la baisse du 0,9 %", "a drop of some 5 %"
const CHANGE_FILLERS = new Set(['de', 'd', 'du', 'by', 'of', 'environ', 'about', 'around', 'some', 'roughly', 'approximately', 'in', 'the', 'order', 'ordre', 'l', 'près', 'nearly', 'almost', 'presque', 'quelque', 'quelques'])

/**
 * First token of the word of change that introduces the figure at `at`, or -1: a listed phrase ("en baisse de"),
 * a stem of rising or falling before "de"/"by"/"of" (any tense: "reculera de"), that stem across a few fillers
 * ("une perte d'environ de", "a reduction in the order of"), or, for a rate or an amount, a verb of change right
 * before it ("cède 0,4 %", "perd 1,4 %").
 */
function changeIntroBefore(t: Tokens, at: number, lang: Lang, rateOrAmount = false): number {
  const listed = changeBefore(t, at, lang)
  if (listed >= 0) return listed
  let k = at - 1
  if (isApostrophe(t, k)) k--
  if (CHANGE_LINKS.has(lower(t, k)) && t.kind[k - 1] === WORD && directionOf(lower(t, k - 1), lang) !== 0) return k - 1
  // across fillers: at least one link word, at most five tokens
  let j = at - 1
  let links = 0
  for (let steps = 0; steps < 5 && j > 0; steps++, j--) {
    if (isApostrophe(t, j)) continue
    const w = lower(t, j)
    if (t.kind[j] !== WORD || !CHANGE_FILLERS.has(w)) break
    if (CHANGE_LINKS.has(w) || w === 'du') links++
  }
  if (j >= 0 && t.kind[j] === WORD && isChangeWord(lower(t, j), lang) && directionOf(lower(t, j), lang) !== 0 && (links > 0 || rateOrAmount)) return j
  return -1
}

/**
 * Which way a change goes, from the words that introduce it (tokens [from, to)) and the comparative after it
 * ("2 % de moins", "6% lower"); a negation before the verb ("n'a pas baissé") reverses nothing: it is left unsigned.
 */
function changeDirection(t: Tokens, from: number, to: number, after: number, lang: Lang): Direction {
  let d: Direction = 0
  if (from >= 0) {
    for (let k = from; k < to; k++) if (t.kind[k] === WORD && d === 0) d = directionOf(lower(t, k), lang)
    for (let k = Math.max(0, from - 3); k < from; k++) if (NEGATIONS.has(lower(t, k))) return 0
  }
  if (d !== 0) return d
  const next = lower(t, after) === 'de' ? lower(t, after + 1) : lower(t, after)
  return next === 'moins' || next === 'less' || next === 'lower' || next === 'fewer' || next === 'down' ? -1 : 0
}

const LIST_LINKS = new Set([',', 'et', 'and', 'ou', 'or', 'à', 'to', '-', '&'])

/** True when only list links ("," "et" "and") separate token `from` (the end of a reference) and `to`. */
function continuesList(t: Tokens, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false
  for (let k = from; k < to; k++) if (!LIST_LINKS.has(lower(t, k))) return false
  return true
}

/** True when a written number with nothing counted after it is still a claim ("two are under construction"). */
function writtenStandsAlone(t: Tokens, c: Candidate): boolean {
  if (c.value === 0 || c.fig.collective) return false
  return c.fig.scaled || c.approx !== undefined || AUX_AFTER.has(lower(t, c.end))
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

const PEOPLE_NOUNS = new Set(['personnes', 'people', 'individus', 'individuals', 'habitants'])
const LEVEL_VERBS = new Set([
  'est', 'sont', 'était', 'étaient', 'sera', 'atteint', 'atteignait', 'atteindra', 'établit', 'élève', 'estimé', 'estimée', 'évalué',
  'évaluée', 'chiffre', 'is', 'are', 'was', 'were', 'reached', 'reaches', 'stood', 'stands', 'totalled', 'totaled', 'totals', 'amounted',
  'estimated'
])

function levelVerbBetween(t: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (LEVEL_VERBS.has(lower(t, k))) return true
  return false
}

/** The noun after "how many" / "combien de" in a question sentence, if any. Scans the sentence once. */
function askedAbout(t: Tokens, st: { first: number; end: number }, lang: Lang): Span | undefined {
  const last = st.end - 1
  if (last < st.first || t.kind[last] === WORD || t.text[t.start[last]] !== '?') return undefined
  for (let k = st.first; k + 1 < st.end; k++) {
    const w = lower(t, k)
    if (lang === 'en' && w === 'how' && lower(t, k + 1) === 'many') return subjectAfter(t, k + 2, lang, last, false)
    if (lang === 'fr' && w === 'combien' && (lower(t, k + 1) === 'de' || lower(t, k + 1) === 'd')) {
      const n = lower(t, k + 1) === 'd' ? k + 3 : k + 2
      return subjectAfter(t, n, lang, last, false)
    }
  }
  return undefined
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
  const known = (Array.isArray(options.speakers) ? options.speakers : []).filter((s) => typeof s === 'string' && s.trim() !== '')
  const ctx: SpeakerContext = {
    roles: findRoles(t),
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
  // subjects of earlier claims, by the tokens of their figures, for "0.6% this year and 0.7% in 2024" and "32 of them"
  const figureOwner = new Map<number, string>()
  let lastSubject: { subject: string; sentence: number; unit?: string } | undefined
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]
    const st = sentenceTokens(t, sentences, c.sentence)
    const nextFirst = ci + 1 < candidates.length ? candidates[ci + 1].expr.first : t.count
    const limit = Math.min(st.end, nextFirst)
    const scaledOrUnit = c.fig.scaled || c.unit !== undefined || c.fig.fraction || c.fig.collective
    let subjectSpan: Span | undefined = c.ratioNoun ?? subjectAfter(t, c.end, lang, limit, scaledOrUnit, (c.unit !== undefined && c.fig.kind === 'money') || (c.fig.scaled && c.unit === undefined))
    let subject = ''
    let quoteEnd = c.end
    if (subjectSpan && !c.ratioNoun && isBasisNoun(t, subjectSpan)) subjectSpan = undefined
    else if (subjectSpan && !c.ratioNoun) {
      quoteEnd = subjectSpan.end
      // "Le nombre de chômeurs atteint 2,3 millions de personnes": a generic noun counts the subject named just before, if any
      if (GENERIC_NOUNS.has(lower(t, subjectSpan.first)) && subjectSpan.end - subjectSpan.first === 1) {
        const near = subjectNear(t, (c.approxFirst ?? c.first), lang, st.first, figureOwner)
        // people are the phrase only through a verb of level ("le solde migratoire est estimé à +183 000 personnes");
        // "la France compte", "cette mesure concernerait", "the yard employs" say who or what has them
        if (near && 'span' in near && (!PEOPLE_NOUNS.has(lower(t, subjectSpan.first)) || levelVerbBetween(t, near.span.end, c.approxFirst ?? c.first))) subjectSpan = near.span
      }
    }
    if (c.ratioNoun && !c.ratioNoun.end) subjectSpan = undefined
    if (!subjectSpan && c.kind === 'ratio' && c.ratioNoun === undefined && t.kind[c.fig.coreFirst] !== WORD) subjectSpan = subjectAfter(t, c.end, lang, limit, false)
    // "which doubled the public subsidy", "plans to double its capacity": a multiplying verb's object is what is multiplied
    if (!subjectSpan && c.kind === 'ratio' && c.ratioNoun === undefined && c.end === c.fig.coreFirst + 1 && t.kind[c.fig.coreFirst] === WORD && OBJECT_DETERMINERS.has(lower(t, c.end)) && isVerbForm(t, c.fig.coreFirst)) {
      const k = isApostrophe(t, c.end + 1) ? c.end + 2 : c.end + 1
      subjectSpan = subjectAfter(t, k, lang, limit, false)
    }
    if (!subjectSpan) {
      // "de 35 à 50 dans les dispositifs hospitaliers": the place counted in
      let k = c.end
      if (AMONG.has(lower(t, k)) && c.unit === undefined) {
        k++
        while (k < limit && t.kind[k] === WORD && DEFINITE.has(lower(t, k))) k++
        if (isApostrophe(t, k)) k++
        if (t.kind[k] === WORD && !TIME_WORDS.has(lower(t, k))) subjectSpan = subjectAfter(t, k, lang, limit, false)
      }
    }
    if (!subjectSpan) {
      const from = c.approxFirst ?? (c.expr.introTok >= 0 && c.expr.high ? c.expr.introTok : c.first)
      const near = subjectNear(t, from, lang, st.first, figureOwner)
      if (near && 'span' in near) subjectSpan = near.span
      else if (near && 'figureAt' in near) subject = figureOwner.get(near.figureAt) ?? ''
      // a figure that names nothing takes the subject of a claim just before ("100 000 d'ici 2030" after "25 000 arbres")
      else if (lastSubject && c.sentence - lastSubject.sentence <= 2) subject = lastSubject.subject
    }
    // "how many people use the lanes? — About 12,000 a day": an answer counts what the question asked about
    if (!subjectSpan && !subject && c.unit === undefined && c.sentence > 0) subjectSpan = askedAbout(t, sentenceTokens(t, sentences, c.sentence - 1), lang)
    if (!subjectSpan && !subject && c.unit !== undefined) {
      subjectSpan = subjectBefore(t, c.expr.introTok >= 0 && c.expr.high ? c.expr.introTok : c.first, lang, st.first)
    }
    // a written number with nothing counted is rarely a claim ("l'un des deux", "dans trois")
    if (!subjectSpan && !subject && c.fig.written && c.unit === undefined && !c.fig.fraction && c.kind !== 'ratio' && !writtenStandsAlone(t, c)) continue
    if (subjectSpan) subject = spanText(t, subjectSpan)
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
  }
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
  return runExtract(text, options !== null && typeof options === 'object' ? options : {})
}

/** True for a token that is a figure's digits (exported for tests). */
export function isNumberToken(t: Tokens, i: number): boolean {
  return t.kind[i] === NUM
}
