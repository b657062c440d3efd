// Previous values: "c'était 200 avant", "contre 35 l'an dernier", "up from 3%", "+4,5 % après +3,7 %". The figure after
// the marker is not a claim of its own: it becomes the previous value of the claim before it.
import type { Lang, Previous } from '../../model'
import type { Candidate } from '../candidate'
import type { NumberExpr } from '../numberExpr'
import type { Sentences } from '../sentences'
import { sentenceTokens } from '../sentenceTokens'
import { MONTHS } from '../calendar'
import { isChangeWord } from '../direction'
import { isAfterMarker, isIlYa, isTemporalWhen, previousMarkerBefore, whenAfter } from '../shapes'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'

const { NUM, PUNCT, WORD, isApostrophe, isPunct, lower } = tokensModule

// words after a bracketed figure that say it is of the same time, not an earlier one ("(3 % this year)")
const NOW_TIME = new Set(['this', 'cette'])

const NEEDS_TIME = new Set(['contre', 'against', 'versus', 'vs', 'compared', 'comparé', 'comparés', 'par', 'compares'])

/** Token k when it is a sign set off by one space before a figure ("+ 0,4 %"), else k + 1 (the figure's own first token). */
function spacedSignBefore(t: Tokens, first: number): number {
  const k = first - 1
  const ch = k >= 0 && t.kind[k] === PUNCT ? t.text[t.start[k]] : ''
  return (ch === '+' || ch === '-' || ch === '\u2013' || ch === '\u2212') && t.start[first] - t.end[k] === 1 ? k : first
}

// Markers that describe a past state with a pronoun ("ils étaient", "there were", "c'était"): such a sentence may carry
// its own later figure ("…, ils ne sont plus que 22 648"); "That's up from 1.9 per cent … and from 0.8" compares the
// sentence before
const PAST_STATE_OPENERS = new Set(['ils', 'elles', 'on', 'il', 'nous', 'c', 'they', 'there', 'it'])

/** See attachPrevious: ", or N" right after a previous value gives N to the claim that restates that previous value's claim. */
function restatesPrevious(t: Tokens, expr: NumberExpr, approxFirst: number | undefined, sentence: number, out: Candidate[]): boolean {
  const start = approxFirst ?? expr.first
  const w = lower(t, start - 1)
  if (!(w === 'or' || w === 'soit') || !isPunct(t, start - 2, ',')) return false
  for (let k = out.length - 1; k >= 1 && k >= out.length - 4; k--) {
    const c = out[k - 1]
    if (c.sentence !== sentence || !c.previousSpan || c.previousSpan.end !== start - 2) continue
    const r = out[k]
    const rFirst = r.approxFirst ?? r.first
    if (r.sentence !== sentence || r.previous || r.unit !== expr.low.unit || !sameMagnitude(r.value, expr.low.value)) return false
    if (!(lower(t, rFirst - 1) === w && isPunct(t, rFirst - 2, ','))) return false
    r.previous = { value: expr.low.value }
    return true
  }
  return false
}

/** True when two values are within a factor of ten of each other (a previous value and the figure it compares with). */
function sameMagnitude(a: number, b: number): boolean {
  const x = Math.abs(a)
  const y = Math.abs(b)
  return x > 0 && y > 0 && x / y <= 10 && y / x <= 10
}

/** True when a number token stands in tokens [from, to). */
function numberBetween(t: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t.kind[k] === NUM) return true
  return false
}

/** True when a month name or a word of a past time ("last", "previous") stands in tokens [from, to). */
function monthOrYearBetween(t: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 8; k++) {
    const w = lower(t, k)
    if (MONTHS[w] !== undefined || w === 'last' || w === 'previous' || w === 'précédent' || w === 'précédente' || w === 'dernier' || w === 'dernière') return true
  }
  return false
}

/** True when a number token other than a year stands after token `from` in the sentence, which ends at character `end`. */
function figureLater(t: Tokens, from: number, end: number): boolean {
  for (let k = from; k < t.count && t.start[k] < end; k++) {
    if (t.kind[k] === NUM && !(t.digits[k] === 4 && t.numFlags[k] === 0 && t.value[k] >= 1900 && t.value[k] <= 2100)) return true
  }
  return false
}

/** True for a claim that restates the one before it in brackets: "(soit – 37 800 emplois)", "(or 0.4%)". */
function isRestatement(t: Tokens, c: Candidate): boolean {
  let k = c.approxFirst ?? c.first
  if (isPunct(t, k - 1, '-') || isPunct(t, k - 1, '\u2013')) k--
  return (lower(t, k - 1) === 'soit' || lower(t, k - 1) === 'or') && isPunct(t, k - 2, '(')
}

/**
 * When the expression `expr` (in sentence `sentence`) is a previous value, attaches it to the claim it belongs to
 * (among `out`, the candidates so far) and returns true; false when it is a figure of its own.
 */
export function attachPrevious(t: Tokens, expr: NumberExpr, approxFirst: number | undefined, sentence: number, sentences: Sentences, out: Candidate[], lang: Lang): boolean {
  const fig = expr.low
  const last = out[out.length - 1]
  const approx = approxFirst !== undefined ? { first: approxFirst } : undefined
  // "there were 890 more deaths": a difference, never a previous value
  const afterFig = lower(t, expr.end)
  if (afterFig === 'more' || afterFig === 'fewer' || afterFig === 'less' || (afterFig === 'de' && (lower(t, expr.end + 1) === 'plus' || lower(t, expr.end + 1) === 'moins'))) return false
  // "rose to $79.2 million, or 31 cents a share, from $65.3 million, or 24 cents": a previous value restated, the previous
  // value of the claim's own restatement
  if (restatesPrevious(t, expr, approxFirst, sentence, out)) return true
  // "c'était 200 avant", "contre 35 l'an dernier", "up from 3%", "+4,5 % après +3,7 %": the previous value of a claim
  // "après + 0,4 %": a sign set off by a space stands between the marker and the digits
  const signed = spacedSignBefore(t, approx ? approx.first : expr.first)
  let marker = previousMarkerBefore(t, signed, lang)
  if (marker < 0) {
    const am = isAfterMarker(t, approx ? signed : spacedSignBefore(t, expr.first), lang)
    // "grew 0.5% in the third quarter after 0.3% in the second": the period of the first figure may stand between
    // ("increased 0.1 percent in June on a seasonally adjusted basis after rising 0.2 percent": a few words, no figure, between)
    if (am >= 0 && last && (lower(t, am - 1) === ',' || last.end === am || periodBetween(t, last.end, am) || (last.sentence === sentence && am - last.end <= 8 && !numberBetween(t, last.end, am) && isTemporalWhen(t, expr.end)))) marker = am
  }
  // "le taux est de 5,2 % (4,8 % en 2010)": a figure of the same unit in brackets right after a claim, said of an
  // earlier time, is where it stood then
  const start = approx ? approx.first : expr.first
  if (marker < 0 && last && last.sentence === sentence && isPunct(t, start - 1, '(') && last.end === start - 1 &&
    (last.unit ?? '') === (fig.unit ?? '') && fig.unit !== undefined && isTemporalWhen(t, expr.end) && !NOW_TIME.has(lower(t, expr.end))) marker = start - 1
  // "fell to 7.1% from 7.4%": "from" right after a level reached with "to" gives the level it left
  if (marker < 0 && lang === 'en' && lower(t, start - 1) === 'from' && last && last.end === start - 1 && lower(t, (last.approxFirst ?? last.first) - 1) === 'to') marker = start - 1
  if (marker >= 0) {
    const needsTime = NEEDS_TIME.has(lower(t, marker))
    const otherSource = lower(t, expr.end) === 'selon' || (lower(t, expr.end) === 'according' && lower(t, expr.end + 1) === 'to')
    let target: Candidate | undefined
    // "– 2,0 % (soit – 37 800 emplois), après + 0,4 %": a restatement in brackets is not what was compared
    const restated = last && isRestatement(t, last) ? out[out.length - 2] : undefined
    if (restated && restated.sentence === sentence && !restated.previous && last && !last.previous) target = restated
    else if (last && last.sentence === sentence && !last.previous) target = last
    // (not when a later figure of the sentence is what it is compared with: "Ils étaient 24 400 en 2019, ils ne sont plus
    // que 22 648 cette année": ./earlierLevel.ts links that pair)
    else if (last && !last.previous && last.sentence === sentence - 1 && t.start[marker] - sentences.starts[sentence] < 40 &&
      !(PAST_STATE_OPENERS.has(lower(t, marker)) && figureLater(t, expr.end, sentences.ends[sentence]))) {
      // "C'était 1 800 il y a deux ans." after "Environ 3 000 postes…, sur un total de 45 000.": the first claim of the sentence before
      let k = out.length - 1
      while (k > 0 && out[k - 1].sentence === last.sentence && !out[k - 1].previous) k--
      target = out[k]
    }
    // "rose to $79.2 million, or 31 cents per share, … from $65.3 million": the claim of the same unit and magnitude, not
    // the restatement in between
    if (target && target === last && fig.unit !== undefined && !sameMagnitude(target.value, fig.value)) {
      for (let k = out.length - 2; k >= 0 && k >= out.length - 4 && out[k].sentence === sentence; k--) {
        if (!out[k].previous && out[k].unit === fig.unit && sameMagnitude(out[k].value, fig.value)) { target = out[k]; break }
      }
    }
    // "a ralenti à 2,1 % contre 2,5 %", "rose to 5% against 4%.": a level a verb of change reached, compared with a figure
    // that ends its clause, is compared with where it was; "contre 2,5 % en Allemagne" compares places and needs a time
    const levelCompared = needsTime && target !== undefined && reachedByChange(t, target.approxFirst ?? target.first, lang) && clauseEndsAt(t, expr.end)
    // "compared with November's increase of 1.2 percent": the time stands between the marker and the figure
    const timeBetween = needsTime && monthOrYearBetween(t, marker + 1, start)
    // a previous value has the unit of what it is compared with ("rose 2.6%, from $217,397 to …" compares no rate)
    if (target && target.unit !== undefined && fig.unit !== undefined && target.unit !== fig.unit) target = undefined
    if (target && !otherSource && (!needsTime || levelCompared || timeBetween || isTemporalWhen(t, expr.end))) {
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

const PERIOD_WORDS = new Set([
  'in', 'the', 'first', 'second', 'third', 'fourth', 'quarter', 'half', 'year', 'month', 'last', 'this', 'previous',
  'en', 'au', 'le', 'la', 'premier', 'deuxième', 'troisième', 'quatrième', 'trimestre', 'semestre', 'mois', 'année', 'dernier'
])

/** True when tokens [from, to) are a short phrase of time ("in the third quarter", "au troisième trimestre", "in 2011"). */
function periodBetween(t: Tokens, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 5 || !isTemporalWhen(t, from)) return false
  for (let k = from; k < to; k++) {
    if (t.kind[k] === NUM ? t.digits[k] !== 4 : !(t.kind[k] === WORD && (PERIOD_WORDS.has(lower(t, k)) || MONTHS[lower(t, k)] !== undefined))) return false
  }
  return true
}

/** True when the figure at `first` follows "à"/"to" after a verb of change ("a ralenti à", "fell to"). */
function reachedByChange(t: Tokens, first: number, lang: Lang): boolean {
  const to = lower(t, first - 1)
  return (to === 'à' || to === 'to') && t.kind[first - 2] === WORD && isChangeWord(lower(t, first - 2), lang)
}

/** True when nothing but punctuation follows token `k` in its clause ("contre 2,5 %." / "against 4%,"). */
function clauseEndsAt(t: Tokens, k: number): boolean {
  return k >= t.count || (t.kind[k] !== WORD && t.kind[k] !== NUM)
}

const FROM = new Set(['from', 'de', 'd'])
const TO = new Set(['to', 'à', 'a'])
const AT_TIME = new Set(['in', 'en', 'au', 'at', 'on', 'le', 'la', 'the', 'fin', 'end', 'début', 'mi', 'of', 'de'])

/**
 * "has fallen from 6,678 in 2007 to 4,862 in 2011", "est passé de 35 en 2019 à 50 en 2023": a change told with a
 * date after each figure, which the range reader cannot join. When `expr` is the "to" figure and the candidate before
 * it the "from" figure after a word of change, returns that candidate's index and the "when" of the earlier figure.
 */
export function fromAcrossTime(t: Tokens, expr: NumberExpr, out: readonly Candidate[], lang: Lang): { index: number; when?: string } | undefined {
  const last = out[out.length - 1]
  if (!last || last.previous || last.expr.high || last.kind === 'ratio' || last.kind === 'rank') return undefined
  // "to" right before the figure, a short time phrase between the two figures
  const toTok = expr.first - 1
  if (!TO.has(lower(t, toTok))) return undefined
  const gap = toTok - last.end
  if (gap < 1 || gap > 4) return undefined
  let hasYear = false
  for (let k = last.end; k < toTok; k++) {
    if (t.kind[k] === NUM && t.digits[k] === 4) hasYear = true
    else if (!(t.kind[k] === WORD && (AT_TIME.has(lower(t, k)) || isApostrophe(t, k)))) return undefined
  }
  if (!hasYear) return undefined
  // "from"/"de" before the first figure, and a word of change before that ("fallen from", "passé de", "a hausse de")
  let f = last.first - 1
  if (isApostrophe(t, f)) f--
  if (!FROM.has(lower(t, f))) return undefined
  let changes = false
  for (let k = f - 1; k >= 0 && k >= f - 4; k--) if (t.kind[k] === WORD && isChangeWord(lower(t, k), lang)) { changes = true; break }
  if (!changes) return undefined
  return { index: out.length - 1, when: t.text.slice(t.start[last.end], t.end[toTok - 1]) }
}

const ELIDED_JOINS = new Set(['but', 'and', 'mais', 'et', ',', 'then', 'puis'])

/**
 * "the suit initially involved 17 plaintiffs but grew to 28", "comptait 200 salariés et est passée à 500": a verb of
 * change whose subject is left out after "but"/"and" takes the figure before it in the sentence (same unit, a level)
 * as its previous value. The index of that candidate, or -1.
 */
export function grewTo(t: Tokens, expr: NumberExpr, sentence: number, out: readonly Candidate[], lang: Lang): number {
  const last = out[out.length - 1]
  if (!last || last.sentence !== sentence || last.previous || last.expr.high || expr.high) return -1
  if (last.kind === 'change' || last.kind === 'ratio' || last.kind === 'rank' || (last.unit ?? '') !== (expr.low.unit ?? '')) return -1
  if (!TO.has(lower(t, expr.first - 1))) return -1
  // the verb of change, an auxiliary before it ("est passée à", "has grown to"), then the join
  let v = expr.first - 2
  if (!(t.kind[v] === WORD && isChangeWord(lower(t, v), lang))) return -1
  v--
  if (t.kind[v] === WORD && AUXILIARIES.has(lower(t, v))) v--
  const join = t.kind[v] === WORD ? lower(t, v) : t.text.slice(t.start[v], t.end[v])
  if (!ELIDED_JOINS.has(join) || v < last.end || v - last.end > 6) return -1
  return out.length - 1
}
const THEN_WORDS = new Set(['previously', 'formerly', 'once', 'ago', 'autrefois', 'auparavant', 'jadis', 'naguère', 'avant'])
const NOW_WORDS = new Set(['now', 'today', 'nowadays', 'maintenant', 'aujourd', 'désormais', 'actuellement'])

/** True when a word of `words` (or "used to") stands in the six tokens before `k`, within its clause. */
function markedBefore(t: Tokens, k: number, words: ReadonlySet<string>, floor: number): boolean {
  for (let j = k - 1; j >= floor && j >= k - 6; j--) {
    if (t.kind[j] !== WORD) {
      if (t.text[t.start[j]] === '.' || t.text[t.start[j]] === ';') return false
      continue
    }
    const w = lower(t, j)
    if (words.has(w) || (words === THEN_WORDS && w === 'used' && lower(t, j + 1) === 'to')) return true
    // "Il y a dix ans, ils étaient 200": "il y a" and a span of time mark the past
    if (words === THEN_WORDS && isIlYa(t, j)) return true
  }
  return false
}

/**
 * "they used to give us one or two, now they give us packets of a hundred", "avant, il en fallait deux ; maintenant,
 * cinq": a figure after "now" takes the figure of the same unit marked as past earlier in the sentence as its previous
 * value. The index of that candidate, or -1.
 */
export function thenNow(t: Tokens, expr: NumberExpr, sentence: number, sentences: Sentences, out: readonly Candidate[]): number {
  const last = out[out.length - 1]
  if (!last || last.sentence !== sentence || last.previous || (last.unit ?? '') !== (expr.low.unit ?? '')) return -1
  if (last.kind === 'change' || last.kind === 'rank') return -1
  const floor = sentenceTokens(t, sentences, sentence).first
  if (!markedBefore(t, expr.first, NOW_WORDS, last.end)) return -1
  return markedBefore(t, last.approxFirst ?? last.first, THEN_WORDS, floor) || thenAfter(t, last.end) ? out.length - 1 : -1
}

const THEN_AFTER = new Set(['before', 'earlier', 'previously', 'avant', 'auparavant'])

/** "It was 200 before; now…", "c'était 200 avant": a word of the past right after the earlier figure. */
function thenAfter(t: Tokens, end: number): boolean {
  return t.kind[end] === WORD && THEN_AFTER.has(lower(t, end))
}


const AUXILIARIES = new Set(['has', 'had', 'have', 'is', 'was', 'est', 'a', 'ont', 'sont', 'will', 'would', 'va', 'allait'])

// "… impliquait au départ 17 plaignants. Ce nombre s'est élevé à 28": a sentence that opens on "this number" and a
// verb of change gives its figure the last figure of the sentence before as its previous value.
const ANAPHORA_DETERMINERS = new Set(['ce', 'cet', 'cette', 'this', 'that', 'the'])
const ANAPHORA_NOUNS = new Set(['nombre', 'chiffre', 'total', 'montant', 'effectif', 'taux', 'number', 'figure', 'total', 'amount', 'count', 'rate', 'tally'])
const TO_LEVEL = new Set(['à', 'a', 'to'])
const OWN_PREVIOUS = new Set(['from', 'contre', 'against', 'après', 'after', 'versus', 'vs', 'compared'])

/** The previous value a figure gets from "ce nombre … est passé à" / "this number rose to", or undefined. */
export function previousByAnaphora(t: Tokens, expr: NumberExpr, sentence: number, sentences: Sentences, out: readonly Candidate[], lang: Lang): Previous | undefined {
  if (sentence === 0 || expr.high || !TO_LEVEL.has(lower(t, expr.first - 1))) return undefined
  // "The rate fell to 7.1% from 7.4%": the sentence gives its own previous value
  if (OWN_PREVIOUS.has(lower(t, expr.end))) return undefined
  const start = sentences.starts[sentence]
  let first = expr.first - 1
  while (first > 0 && expr.first - first < 12 && t.start[first - 1] >= start) first--
  if (t.start[first] < start || t.start[first - 1] >= start) return undefined
  if (!ANAPHORA_DETERMINERS.has(lower(t, first)) || !ANAPHORA_NOUNS.has(lower(t, first + 1))) return undefined
  let changes = false
  for (let k = first + 2; k < expr.first - 1; k++) if (t.kind[k] === WORD && isChangeWord(lower(t, k), lang)) changes = true
  if (!changes) return undefined
  const before = out[out.length - 1]
  if (!before || before.sentence !== sentence - 1 || before.unit !== expr.low.unit || before.kind === 'ratio' || before.kind === 'rank') return undefined
  return { value: before.value }
}
