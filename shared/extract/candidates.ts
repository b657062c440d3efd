// Candidates: the number expressions that are claims (non-claims and reference lists left out), each with its frame.
import type { Lang } from '../model'
import { approxBefore } from './approx'
import type { Candidate } from './candidate'
import { attachPrevious, frameOf, fromAcrossTime, grewTo, previousByAnaphora, ratioBefore, thenNow } from './frame/index'
import { nonClaimReason } from './nonClaims/index'
import type { NumberExpr } from './numberExpr'
import { type Sentences, sentenceAt } from './sentences'
import { sentenceTokens } from './sentenceTokens'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'

const { WORD, lower } = tokensModule

const RESTATE = new Set(['or', 'soit', 'ou'])
const RESTATE_DASHES = new Set(['—', '–', '-'])
// "That is almost 7 percent.", "C'est 2 %": a sentence that opens by restating the change before it
const RESTATE_OPENERS: readonly (readonly string[])[] = [['that', 'is'], ['that', "'", 's'], ['this', 'is'], ['c', "'", 'est'], ['soit'], ['or']]

/**
 * True when ", or" / ", soit" / a dash / ", that is" (after at most three words) ends right before token `to`: the
 * figure before restated ("down 89 — two percent of the student body").
 */
function restates(t: Tokens, from: number, to: number): boolean {
  let k = from
  // "45 points, or 0.4%", "79.000 personnes, soit 2,8 %": the words the figure counts, up to the comma
  for (let words = 0; k < to && words < 3 && t.kind[k] === WORD && !RESTATE.has(lower(t, k)); words++) k++
  if (k === to - 1 && t.kind[k] !== WORD && RESTATE_DASHES.has(t.text[t.start[k]]) && !tokensModule.glued(t, k)) return true
  if (k < to && t.kind[k] !== WORD && t.text[t.start[k]] === ',') k++
  if (k === to - 2 && lower(t, k) === 'that' && lower(t, k + 1) === 'is') return true
  return k === to - 1 && RESTATE.has(lower(t, k))
}

/** True when the sentence holding token `to` opens on a restating phrase that ends right before it ("That is 7 %"). */
function opensOnRestatement(t: Tokens, sentenceFirst: number, to: number): boolean {
  return RESTATE_OPENERS.some((p) => to - sentenceFirst === p.length && tokensModule.matchPhrase(t, sentenceFirst, p) === to)
}

/**
 * The number expressions and the ranks in token order: a rank replaces the expression of its own digits ("43rd"),
 * and a rank overlapping any other expression is left out (that expression reads the words better).
 */
function withRanks(exprs: NumberExpr[], ranks: NumberExpr[]): NumberExpr[] {
  if (ranks.length === 0) return exprs
  const out: NumberExpr[] = []
  let r = 0
  for (const e of exprs) {
    while (r < ranks.length && ranks[r].end <= e.first) out.push(ranks[r++])
    if (r < ranks.length && ranks[r].first < e.end) {
      // the same digits read as a rank: keep the rank; any other overlap: keep the expression
      if (ranks[r].first === e.first && e.low.suffix !== undefined) { out.push(ranks[r++]); continue }
      r++
    }
    out.push(e)
  }
  while (r < ranks.length) out.push(ranks[r++])
  return out
}

// determiners before a small written number make it name a group ("les deux pays", "the three men")
// "des deux côtés", "les deux bords", "the two sides", "both parties": idioms, not counts
const IDIOM_NOUNS = new Set(['côtés', 'côté', 'bords', 'camps', 'sides', 'side', 'ways', 'hands', 'mains', 'rives', 'banks', 'ends'])

/** True when a common noun (or an adjective then a noun) follows a written number at token `k`. */
function countsWhatFollows(t: Tokens, k: number): boolean {
  if (t.kind[k] !== WORD) return false
  const w = lower(t, k)
  if (IDIOM_NOUNS.has(w)) return false
  // a word of some length that is not a preposition or a verb of the clause ("les deux avec", "the two are")
  return w.length > 3 && !NOT_COUNTED.has(w)
}

const NOT_COUNTED = new Set(['avec', 'dans', 'pour', 'sont', 'ont', 'étaient', 'with', 'were', 'have', 'from', 'into', 'that', 'which', 'autres', 'others', 'premiers', 'premières', 'derniers', 'dernières', 'prochains', 'prochaines', 'first', 'last', 'next', 'last'])

export const DEFINITE = new Set(['les', 'the', 'ces', 'these', 'those', 'nos', 'our', 'vos', 'your', 'leurs', 'their', 'des', 'all', 'tous', 'toutes', 'ses', 'his', 'her', 'its', 'mes', 'my', 'l', 'deux', 'both', 'ceux'])

const LIST_LINKS = new Set([',', 'et', 'and', 'ou', 'or', 'à', 'to', '-', '&'])

/** True when only list links ("," "et" "and") separate token `from` (the end of a reference) and `to`. */
function continuesList(t: Tokens, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false
  for (let k = from; k < to; k++) if (!LIST_LINKS.has(lower(t, k))) return false
  return true
}

/** Builds candidates (figures that are claims, with their shape) from the number expressions. */
export function buildCandidates(t: Tokens, exprs: NumberExpr[], ranks: NumberExpr[], lang: Lang, sentences: Sentences): Candidate[] {
  const out: Candidate[] = []
  // end of the last figure that named something ("articles 85 et 86", "amendements 1, 2 et 3"): the list goes on naming
  let refEnd = -10
  for (const expr of withRanks(exprs, ranks)) {
    const fig = expr.low
    // a rank ("third place", "la onzième fois") is a claim as it stands: no non-claim test, no frame
    if (fig.kind === 'rank') {
      out.push({ expr, fig, value: fig.value, kind: 'rank', sentence: sentenceAt(sentences, t.start[fig.first]), first: fig.first, end: fig.end })
      continue
    }
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
    // a written small number after a determiner counts what follows ("les trois délinquants", "the nine justices"),
    // unless nothing follows ("les deux avec 81") or it is an idiom ("des deux côtés", "both sides")
    if (fig.written && !fig.scaled && !fig.fraction && !fig.collective && fig.value < 20 && fig.unit === undefined && DEFINITE.has(lower(t, fig.coreFirst - 1)) && !countsWhatFollows(t, fig.end)) continue
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
    // "c'était 200 avant", "contre 35 l'an dernier", "up from 3%": the previous value of the claim before
    if (attachPrevious(t, expr, approx?.first, sentence, sentences, out, lang)) continue
    const frame = frameOf(t, expr, approx?.first, lang)
    let { value, valueHigh, kind } = frame
    const { unit, end } = frame
    // "dropped 45 points, or 0.4%", "a chuté de 45 points, soit 0,4 %": the same change restated, with its direction
    const before = out[out.length - 1]
    const restatedAt = approx?.first ?? fig.first
    const restated = before && (before.sentence === sentence ? restates(t, before.end, restatedAt)
      : before.sentence === sentence - 1 && opensOnRestatement(t, sentenceTokens(t, sentences, sentence).first, restatedAt))
    if (before && restated && before.kind === 'change' && before.value < 0 && kind !== 'change' && value > 0 && !expr.high) {
      kind = 'change'
      value = -value
      valueHigh = undefined
    }
    let previous = frame.previous
    const first = fig.first
    // "fallen from 6,678 in 2007 to 4,862 in 2011": the figure before is this one's previous value, not a claim
    const across = previous ? undefined : fromAcrossTime(t, expr, out, lang)
    if (across) {
      const from = out.splice(across.index, 1)[0]
      previous = { value: from.value }
      if (across.when) previous.when = across.when
    }
    // "17 plaintiffs but grew to 28": the figure before is this one's previous value, not a claim
    // "they used to give us one or two, now … a hundred": the figure marked as past is this one's previous value
    let grown = previous ? -1 : grewTo(t, expr, sentence, out, lang)
    if (grown < 0 && !previous) grown = thenNow(t, expr, sentence, sentences, out)
    const earlier = grown >= 0 ? out.splice(grown, 1)[0] : undefined
    if (earlier) previous = earlier.valueHigh !== undefined ? { value: earlier.value, valueHigh: earlier.valueHigh } : { value: earlier.value }
    // "Ce nombre s'est élevé à 28" after "17 plaignants": the figure before is this one's previous value
    const anaphora = previous ? undefined : previousByAnaphora(t, expr, sentence, sentences, out, lang)
    if (anaphora) previous = anaphora
    if (approx && approx.first < (out.length ? out[out.length - 1].end : 0)) approx = undefined
    out.push({ expr, fig, value, valueHigh, previous, kind, unit, approx: approx?.text, approxFirst: approx?.first, sentence, first, end, ...(anaphora ? { sameAsBefore: true } : {}), ...(earlier ? { countedAfter: earlier.end } : {}) })
  }
  return out
}
