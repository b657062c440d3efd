// Which noun phrase a claim counts, chosen among the subject stage's readings (./subject): the phrase after the
// figure ("610 consommateurs accueillis…"), a ratio's noun ("un TGV sur cinq"), the object of a multiplying verb
// ("doubled the subsidy"), the place counted in ("dans les dispositifs hospitaliers"), the phrase before it, an
// earlier claim's subject for a figure that names nothing, or what a question asked about.
import type { Lang } from '../model'
import { ageAppositionStart, appositionMarks, appositiveAgeOf } from './apposition'
import type { Candidate } from './candidate'
import { DEFINITE } from './candidates'
import { readFigure } from './numberExpr'
import type { Sentences } from './sentences'
import { sentenceTokens } from './sentenceTokens'
import { type Span, isBasisNoun, perUnitAfter, subjectAfter, subjectBefore, subjectNear } from './subject'
import { CLASSES } from './subject/classes'
import { MONTHS } from './calendar'
import { TIME_UNIT_CODES } from './units'
import { isScore, isScoreSide } from './score'
import { scoreTeam } from './subject/scoreTeams'
import { changedObjectAfter, gappedRateOwner, groupAntecedent, pronounAntecedent, timesComparison } from './subject/comparisons'
import { type Tokens } from './tokens'
import { isVerbForm as isLexiconVerbForm } from './lexicons/nonNouns'
import * as tokensModule from './tokens'

const { NUM, WORD, isApostrophe, isPunct, lower } = tokensModule

const OCCURRENCE_NOUNS = new Set(['times', 'fois'])
const PRO_FORMS = new Set(['ones'])
const GENERIC_NOUNS = new Set(['personnes', 'people', 'unités', 'units', 'individus', 'individuals', 'habitants'])
const OBJECT_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'le', 'la', 'les', 'l', 'son', 'sa', 'ses', 'leur', 'leurs'])
// "doubled", "triplé", "to double": verb forms, unlike "double the number" (a comparison)
const VERB_BEFORE = new Set(['to', 'will', 'would', 'could', 'should', 'must', 'can', 'may', 'might', 'va', 'vont', 'veut', 'veulent', 'doit', 'pourrait', 'and', 'et'])
function isVerbForm(t: Tokens, k: number): boolean {
  const w = lower(t, k)
  // "and almost double its workforce", "pour presque doubler": an adverb of degree may stand before the verb
  const before = DEGREE_ADVERBS.has(lower(t, k - 1)) ? lower(t, k - 2) : lower(t, k - 1)
  return w.endsWith('ed') || w.endsWith('é') || w.endsWith('er') || VERB_BEFORE.has(before)
}
const DEGREE_ADVERBS = new Set(['almost', 'nearly', 'roughly', 'more', 'than', 'presque', 'quasiment', 'plus', 'que'])
const AMONG = new Set(['dans', 'in', 'parmi', 'among', 'chez'])
const TIME_WORDS = new Set(['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'three', 'two', 'trois', 'deux', 'the', 'last', 'this'])


const AUX_AFTER = new Set(['are', 'were', 'have', 'had', 'remain', 'remained', 'will', 'would', 'sont', 'étaient', 'ont', 'avaient', 'restent', 'seront', 'is', 'was', 'est', 'était'])
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'that', 'because', 'as', 'when', 'if', 'although', 'since', 'after', 'before'])

/** True when the figure starting at token `first` opens its clause: "7000 donors contributed…", "…, and 94 projects won…". */
function opensClause(t: Tokens, first: number, sentenceFirst: number): boolean {
  let p = first - 1
  // "The 94 projects": a determiner may open the phrase (an approximator is before `first` already)
  while (p >= sentenceFirst && p >= first - 2 && t.kind[p] === WORD && !CLAUSE_OPENERS.has(lower(t, p)) && CLASSES.en.determiners.has(lower(t, p))) p--
  if (p < sentenceFirst) return true
  return t.kind[p] === WORD ? CLAUSE_OPENERS.has(lower(t, p)) : /^[,;:(—–-]$/.test(t.text[t.start[p]])
}

/** True when a written number with nothing counted after it is still a claim ("two are under construction"). */
function writtenStandsAlone(t: Tokens, c: Candidate, lang: Lang): boolean {
  if (c.value === 0 || c.fig.collective) return false
  // "Un seul, Three Mile Island, est intervenu": only one, asserted
  // ("They ask for a hundred or two": a hundred and more in words is no pronoun-like "one" or "two")
  if (c.fig.scaled || c.value >= 100 || c.approx !== undefined || AUX_AFTER.has(lower(t, c.end)) || lower(t, c.end) === 'seul' || lower(t, c.end) === 'seule') return true
  // "There were twenty of us", "vingt d'entre nous": a count of the people speaking or spoken of
  if ((lower(t, c.end) === 'of' && PEOPLE_PRONOUNS.has(lower(t, c.end + 1))) || (lower(t, c.end) === 'd' && lower(t, c.end + 2) === 'entre' && PEOPLE_PRONOUNS.has(lower(t, c.end + 3)))) return true
  // "only five exceeded the 30 games", "seuls trois ont voté": "only" and a verb assert the number
  const before = lower(t, (c.approxFirst ?? c.first) - 1)
  return ONLY.has(before) && t.kind[c.end] === WORD && (CLASSES[lang].verbs.has(lower(t, c.end)) || isLexiconVerbForm(lower(t, c.end), lang))
}
const PEOPLE_PRONOUNS = new Set(['us', 'them', 'you', 'nous', 'eux', 'elles', 'vous'])
const ONLY = new Set(['only', 'just', 'seulement', 'seuls', 'seules'])
const PER_WORDS = new Set(['per', 'par', 'each', 'chaque'])


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


// "a 1.2 GW wind farm", "a 40-tonne truck": after an article, a measure qualifies the noun that follows it
const ATTRIBUTIVE = new Set(['a', 'an', 'the', 'its', 'their', 'this', 'that'])

/** "500-degree temperatures", "a 40-tonne truck": a unit joined to its figure by a hyphen qualifies the noun after it. */
function hyphenUnit(t: Tokens, c: Candidate): boolean {
  const k = c.fig.coreEnd
  return t.kind[k] !== WORD && t.text[t.start[k]] === '-' && t.start[k] === t.end[k - 1] && t.kind[k + 1] === WORD
}

const CHANGE_NOUNS_BEFORE = new Set(['increase', 'rise', 'fall', 'drop', 'decline', 'decrease', 'cut', 'jump', 'reduction', 'gain', 'loss'])
const IN_DETERMINERS = new Set(['the', 'its', 'their', 'our', 'his', 'her'])

/** "an increase of (at least) 3% in X": a noun of change before the rate, "in" after it; the phrase after "in". */
function changedAfter(t: Tokens, c: Candidate, lang: Lang, limit: number): Span | undefined {
  if (lang !== 'en' || (c.unit !== '%' && c.unit !== 'pp') || lower(t, c.end) !== 'in' || c.end + 1 >= limit) return undefined
  const first = c.approxFirst ?? c.first
  if (lower(t, first - 1) !== 'of' || !CHANGE_NOUNS_BEFORE.has(lower(t, first - 2))) return undefined
  let k = c.end + 1
  if (IN_DETERMINERS.has(lower(t, k))) k++
  // "in May", "in 2023", "in the third quarter": a time, not what changes
  if (t.kind[k] !== WORD || TIME_WORDS.has(lower(t, k))) return undefined
  const span = subjectAfter(t, k, lang, limit, false)
  if (!span) return undefined
  for (let j = span.first; j < span.end; j++) if (CLASSES.en.periodHeads.has(lower(t, j)) || MONTHS[lower(t, j)] !== undefined) return undefined
  return span
}

const PARTITIVE: Record<Lang, ReadonlyArray<readonly string[]>> = {
  fr: [['des'], ['d', "'", 'entre', 'les'], ['parmi', 'les'], ['sur', 'les']],
  en: [['of', 'the'], ['of'], ['out', 'of', 'the'], ['out', 'of'], ['among', 'the']]
}

/** The whole a figure is a part of, when "des"/"of the" and another figure follow it right away ("4000 des 176 000 clients"). */
function partitiveWhole(t: Tokens, end: number, limit: number, lang: Lang): { end: number; scaled: boolean } | undefined {
  for (const words of PARTITIVE[lang]) {
    let k = end
    for (const w of words) {
      if (w === "'" ? !isApostrophe(t, k) : lower(t, k) !== w) { k = -1; break }
      k++
    }
    if (k < 0 || k !== limit) continue
    const fig = readFigure(t, k, lang)
    if (fig && fig.unit === undefined) return { end: fig.end, scaled: fig.scaled }
  }
  return undefined
}

/**
 * The token after the brackets of a restatement: "N unit (M unit)" seen from the first amount, or "(M unit)" seen from
 * the amount inside; -1 when the figure is in neither.
 */
function restatementEnd(t: Tokens, c: Candidate, end: number): number {
  // inside: "(3.8 euros)" after an amount
  if (isPunct(t, c.end, ')')) {
    const b = (c.approxFirst ?? c.first) - 1
    if (isPunct(t, b, '(') && (t.kind[b - 1] === WORD || t.kind[b - 1] === NUM)) return c.end + 1
    return -1
  }
  // before: "46,000 rupees (3.8 euros)"
  if (!isPunct(t, c.end, '(')) return -1
  let k = c.end + 1
  let sawFigure = false
  while (k < end && k < c.end + 10 && !isPunct(t, k, ')')) { if (t.kind[k] === NUM) sawFigure = true; k++ }
  return sawFigure && isPunct(t, k, ')') ? k + 1 : -1
}

/**
 * "24 new and 20 amending pieces of legislation", "24 nouveaux et 20 anciens règlements": a figure followed by one
 * modifier and a coordinator shares the noun of the next figure's phrase (without that figure's own modifier).
 * `span` is what was read after the first figure; undefined when the shape is not this one.
 */
function sharedHead(t: Tokens, span: Span, limit: number, lang: Lang, sentenceEnd: number): Span | undefined {
  let end = span.end
  if (CLASSES[lang].coordinators.has(lower(t, end - 1)) && end - span.first === 2) end--
  if (end - span.first !== 1 || !CLASSES[lang].coordinators.has(lower(t, end)) || end + 1 !== limit) return undefined
  const next = readFigure(t, limit, lang)
  if (!next || next.unit !== undefined) return undefined
  const after = subjectAfter(t, next.end, lang, sentenceEnd, false)
  return after && after.end - after.first >= 2 ? { first: after.first + 1, end: after.end } : undefined
}

/** The subject of candidate `c`: its span (or text carried over from another claim) and where its quoted figure ends. */
export interface ChosenSubject {
  subjectSpan?: Span
  subject: string
  quoteEnd: number
}

/**
 * Chooses the subject of `c` within sentence tokens `st` (up to `limit`, the next figure); undefined when `c` is a
 * written number with nothing counted, which is rarely a claim ("l'un des deux", "dans trois").
 */
export function chooseSubject(
  t: Tokens, c: Candidate, lang: Lang, sentences: Sentences, st: { first: number; end: number }, limit: number,
  figureOwner: ReadonlyMap<number, string>, lastSubject: { subject: string; sentence: number } | undefined
): ChosenSubject | undefined {
  // "l'Irlande a pris un relâche 1 : 1 contre l'Estonie": a side of a score counts the goals of a team
  if (isScoreSide(t, c.fig.coreFirst, c.fig.coreEnd)) {
    const first = isScore(t, c.fig.coreFirst)
    const team = scoreTeam(t, first ? c.fig.coreFirst : c.fig.coreFirst - 2, first ? 0 : 1, st.first, st.end, lang)
    if (team) return { subjectSpan: team, subject: '', quoteEnd: c.end }
  }
  if (c.sameAsBefore && lastSubject && c.sentence - lastSubject.sentence === 1) return { subject: lastSubject.subject, quoteEnd: c.end }
  // "17 plaintiffs but grew to 28": what the earlier figure counted
  if (c.countedAfter !== undefined) {
    const counted = subjectAfter(t, c.countedAfter, lang, c.first, false)
    if (counted) return { subjectSpan: counted, subject: '', quoteEnd: c.end }
  }
  // "Darina Rychtarova (53 ans)", "Jean Dupont, 45 ans,": an age in apposition is the age of the name before it
  const age = c.fig.unit === 'year' || c.unit === 'year'
  if ((age || c.fig.kind === 'quantity') && !c.expr.high) {
    const name = age ? appositiveAgeOf(t, c.fig.coreFirst, c.end) : undefined
    if (name) return { subjectSpan: name, subject: '', quoteEnd: c.end }
    // "le suspect, 19 ans, a fui", "the nebula, 1,400 light years away,": the noun before the bracket or comma
    const open = appositionMarks(t, ageAppositionStart(t, c.fig.coreFirst), c.end)
    if (open > st.first) {
      const near = subjectNear(t, open, lang, st.first, figureOwner)
      if (near && 'span' in near) return { subjectSpan: near.span, subject: '', quoteEnd: c.end }
    }
  }
  // "une réunion de deux jours de son conseil", "a meeting of two days": a duration after "de"/"of" measures the noun
  // before it, not the complement after it
  if (c.fig.unit !== undefined && TIME_UNIT_CODES.has(c.fig.unit) && !c.expr.high && (lower(t, c.first - 1) === 'de' || lower(t, c.first - 1) === 'of') &&
    t.kind[c.first - 2] === WORD && !CLASSES[lang].stop.has(lower(t, c.first - 2))) {
    const near = subjectNear(t, c.first, lang, st.first, figureOwner)
    if (near && 'span' in near && near.span.end === c.first - 1) return { subjectSpan: near.span, subject: '', quoteEnd: c.end }
  }
  // "sept cents des cinq mille emplois", "two of the three banks": a part counts what its whole counts
  const whole = c.unit === undefined && !c.fig.fraction ? partitiveWhole(t, c.end, limit, lang) : undefined
  if (whole) {
    const span = subjectAfter(t, whole.end, lang, st.end, whole.scaled)
    if (span) return { subjectSpan: span, subject: '', quoteEnd: c.end }
  }
  // "an increase of 3% in gross domestic product", "a rise of 5% in wage costs": what the noun of change changes
  const changed = changedAfter(t, c, lang, limit)
  if (changed) return { subjectSpan: changed, subject: '', quoteEnd: c.end }
  // "cherche à accroître de 2 % son potentiel énergétique", "a augmenté de 5.000 milliards de yens (47 milliards
  // d'euros) ses achats": a French verb of change, "de" and its figure, then the object that changes
  const object = c.expr.high ? undefined : changedObjectAfter(t, (c.approxFirst ?? c.first) - 1, c.end, restatementEnd(t, c, st.end), lang, st.end)
  if (object) return { subjectSpan: object, subject: '', quoteEnd: c.end }
  // "trois fois plus de patients", "three times more patients": what there is more of; "trois fois plus élevé",
  // "three times more expensive": an adjective after the factor says how, the subject is the clause's
  // "68.6% of them", "68,6 % d'entre eux": a part of the group named before (a claim just before names it better:
  // "180 AIDS orphans. 70 of these attend a school" carries its subject over)
  const group = lastSubject && c.sentence - lastSubject.sentence <= 1 ? undefined : groupAntecedent(t, c.approxFirst ?? c.first, c.end, lang)
  if (group) return { subjectSpan: group, subject: '', quoteEnd: c.end }
  const times = c.kind === 'ratio' && !c.expr.high && c.fig.end === c.end ? timesComparison(t, c.fig.end, c.approxFirst ?? c.first, lang, limit, st.first, figureOwner) : undefined
  if (times) return { subjectSpan: times.span, subject: '', quoteEnd: times.quoteEnd }
  const scaledOrUnit = c.fig.scaled || c.unit !== undefined || c.fig.fraction || c.fig.collective
  let subjectSpan: Span | undefined = c.ratioNoun ?? subjectAfter(t, c.end, lang, limit, scaledOrUnit, (c.unit !== undefined && c.fig.kind === 'money') || (c.fig.scaled && c.unit === undefined), c.unit !== undefined && c.fig.kind === 'quantity' && !ATTRIBUTIVE.has(lower(t, c.first - 1)) && !hyphenUnit(t, c), opensClause(t, c.approxFirst ?? c.first, st.first))
  let subject = ''
  let quoteEnd = c.end
  if (subjectSpan && !c.ratioNoun && isBasisNoun(t, subjectSpan)) subjectSpan = undefined
  else if (subjectSpan && !c.ratioNoun) {
    quoteEnd = subjectSpan.end
    // "Le nombre de chômeurs atteint 2,3 millions de personnes": a generic noun counts the subject named just before, if any
    // "The ship Erika has been investigated four times", "inspecté quatre fois": the times count what the clause is about
    if (OCCURRENCE_NOUNS.has(lower(t, subjectSpan.first)) && subjectSpan.end - subjectSpan.first === 1) {
      const near = subjectNear(t, c.approxFirst ?? c.first, lang, st.first, figureOwner)
      if (near && 'span' in near) subjectSpan = near.span
    } else if (GENERIC_NOUNS.has(lower(t, subjectSpan.first)) && subjectSpan.end - subjectSpan.first === 1) {
      const near = subjectNear(t, (c.approxFirst ?? c.first), lang, st.first, figureOwner)
      // people are the phrase only through a verb of level ("le solde migratoire est estimé à +183 000 personnes");
      // "la France compte", "cette mesure concernerait", "the yard employs" say who or what has them
      if (near && 'span' in near && (!PEOPLE_NOUNS.has(lower(t, subjectSpan.first)) || levelVerbBetween(t, near.span.end, c.approxFirst ?? c.first))) subjectSpan = near.span
    }
  }
  if (subjectSpan && !c.ratioNoun) {
    const shared = sharedHead(t, subjectSpan, limit, lang, st.end)
    if (shared) subjectSpan = shared
    // "125 000 direct jobs and 410 000 resulting ones": "ones" stands for the noun of the figure before
    else if (lang === 'en' && PRO_FORMS.has(lower(t, subjectSpan.end - 1)) && lastSubject && lastSubject.sentence === c.sentence) {
      return { subject: lastSubject.subject, quoteEnd: subjectSpan.end }
    }
  }
  // "46,000 rupees (3.8 euros) a trip", "68 billion Swiss francs (around 45 billion Euros) to save the bank": an amount and
  // its restatement in brackets count what follows the brackets
  let restatedPerUnit: Span | undefined
  if (!subjectSpan && !c.ratioNoun && (c.unit !== undefined || c.fig.scaled)) {
    const after = restatementEnd(t, c, st.end)
    if (after > 0) {
      let lim = after
      while (lim < st.end && t.kind[lim] !== NUM) lim++
      subjectSpan = subjectAfter(t, after, lang, lim, true, c.fig.kind === 'money')
      // "his wage was 75,000 rupees (6.2 euros) a day": the unit a price is for only when the clause names nothing
      // ("whom it pays 662 rupees (5 euro cents) per kilo of sulphur": a "per" names it first)
      if (!subjectSpan && c.fig.kind === 'money') restatedPerUnit = perUnitAfter(t, after, lang, lim)
      if (restatedPerUnit && PER_WORDS.has(lower(t, restatedPerUnit.first - 1))) { subjectSpan = restatedPerUnit; restatedPerUnit = undefined }
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
  // "The 25-year-old was taken to hospital", "police arrested a 25-year-old": with no noun after it, the age compound is
  // the noun (a person of that age), not the clause's subject
  if (!subjectSpan && lang === 'en' && lower(t, c.end - 1) === 'old' && isPunct(t, c.end - 2, '-') && lower(t, c.end - 3) === 'year') {
    subjectSpan = { first: c.end - 3, end: c.end }
  }
  if (!subjectSpan) {
    const from = c.approxFirst ?? (c.expr.introTok >= 0 && c.expr.high ? c.expr.introTok : c.first)
    const gapped = c.unit === '%' || c.unit === 'pp' || c.kind === 'change' ? gappedRateOwner(t, from, lang, st.first) : undefined
    const near = gapped ? { span: gapped } : subjectNear(t, from, lang, st.first, figureOwner)
    if (near && 'span' in near) subjectSpan = near.span
    else if (near && 'figureAt' in near) subject = figureOwner.get(near.figureAt) ?? ''
    // "… the Helix Nebula looks back. It is located 700 light years away": the pronoun's antecedent
    else if (c.sentence > 0 && (subjectSpan = pronounAntecedent(t, st, from, sentenceTokens(t, sentences, c.sentence - 1), lang))) { /* found */ }
    else if (restatedPerUnit) subjectSpan = restatedPerUnit
    // a figure that names nothing takes the subject of a claim just before ("100 000 d'ici 2030" after "25 000 arbres")
    else if (lastSubject && c.sentence - lastSubject.sentence <= 2) subject = lastSubject.subject
  }
  // "they get 46,000 rupees a trip": a price names what it is for only by its unit
  if (!subjectSpan && !subject && c.fig.kind === 'money') subjectSpan = perUnitAfter(t, c.end, lang, limit)
  // "how many people use the lanes? — About 12,000 a day": an answer counts what the question asked about
  if (!subjectSpan && !subject && c.unit === undefined && c.sentence > 0) subjectSpan = askedAbout(t, sentenceTokens(t, sentences, c.sentence - 1), lang)
  if (!subjectSpan && !subject && c.unit !== undefined) {
    subjectSpan = subjectBefore(t, c.expr.introTok >= 0 && c.expr.high ? c.expr.introTok : c.first, lang, st.first)
  }
  // a written number with nothing counted is rarely a claim ("l'un des deux", "dans trois")
  if (!subjectSpan && !subject && c.fig.written && c.unit === undefined && !c.fig.fraction && c.kind !== 'ratio' && c.kind !== 'rank' && !writtenStandsAlone(t, c, lang)) return undefined
  return { subjectSpan, subject, quoteEnd }
}
