// Durations that only say when or over what ("il y a deux ans", "Un an après", "for three years", "les 18 derniers
// mois", "a 10-year plan"), ages that describe ("âgé de 34 ans") and age brackets ("les 15-24 ans", "50 ans et plus").
import { TIME_UNITS } from '../calendar'
import {
  AGED, BRACKET_JOIN, BRACKET_OPEN_END, DURATION_FILLERS, DURATION_PASS_STEMS, DURATION_VERB_STEMS, FRAME_ADJECTIVES_AFTER, FRAME_AFTER, FRAME_BEFORE
} from '../lexicons/nonClaims'
import { isIlYa } from '../shapes'
import { stemOf } from '../stems'
import * as tokensModule from '../tokens'
import { TIME_UNIT_CODES } from '../units'
import { isAgeCompound } from '../ageCompound'
import type { Detector, NonClaimContext } from './context'

const { NUM, WORD, glued, isCapitalized, isPunct, lower } = tokensModule

function hasTimeUnit(c: NonClaimContext): boolean {
  return c.f.unit !== undefined && TIME_UNIT_CODES.has(c.f.unit)
}

// prepositions of how long ("for", "pendant", "sur", "over"): a duration after them may be the figure itself
const DURATION_OF = new Set(['for', 'pendant', 'durant', 'during', 'over', 'sur', 'depuis', 'since'])
const CLAUSE_STOPS = new Set(['.', ';', ':', '?', '!', ','])

/** True when another number stands in the clause of the figure at tokens [a, next) (12 tokens each side at most). */
function otherFigureInClause(t: NonClaimContext['t'], a: number, next: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 12; k--) {
    if (t.kind[k] === NUM) return true
    if (isPunct(t, k, '.') || isPunct(t, k, ';') || isPunct(t, k, ':') || isPunct(t, k, ',')) break
  }
  for (let k = next; k < t.count && k < next + 12; k++) {
    if (t.kind[k] === NUM) return true
    if (t.kind[k] !== WORD && CLAUSE_STOPS.has(t.text[t.start[k]])) break
  }
  return false
}

/**
 * True when the duration at token `from` is the object of a verb of duration ("it takes over 40 minutes", "il me
 * faudrait cinq ans"), or the subject of its passing ("only two weeks pass"): it is what the sentence asserts.
 */
function assertedDuration(c: NonClaimContext, from: number): boolean {
  const { t, lang, next } = c
  for (let k = from - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
    if (t.kind[k] !== WORD) {
      if (tokensModule.isApostrophe(t, k)) continue
      break
    }
    const w = lower(t, k)
    // "the last four months": "last" is the adjective here, the verb in "lasted", "lasts"
    if (w !== 'last' && (DURATION_VERB_STEMS[lang].has(stemOf(w, lang)) || DURATION_VERB_STEMS[lang].has(w))) return true
    if (!DURATION_FILLERS.has(w)) break
  }
  const after = t.kind[next] === WORD ? lower(t, next) : ''
  return after !== '' && DURATION_PASS_STEMS.has(stemOf(after, lang))
}

// Words before "de"/"of" and a duration that make no noun it measures: "plus de deux ans après", "au cours de trois mois"
const FRAME_POSSESSIVES = new Set(['mes', 'ses', 'nos', 'vos', 'leurs', 'ces', 'tes'])
const FRAME_NOUNS = new Set(['space', 'span', 'course', 'espace', 'cours'])
const NOT_MEASURED = new Set([
  'plus', 'moins', 'près', 'autour', 'environ', 'cours', 'lors', 'espace', 'more', 'less', 'out', 'because', 'instead', 'ahead', 'most',
  'all', 'some', 'none', 'one', 'each', 'space', 'span', 'course'
])

// "during the first four years of his leadership", "au cours des trois mois de négociation": a period, not a measure
const DEFINITE_FRAME = new Set([
  'the', 'last', 'first', 'next', 'past', 'these', 'those', 'during', 'in', 'within', 'over', 'les', 'ces', 'des', 'derniers', 'dernières',
  'premiers', 'premières', 'prochains', 'prochaines', 'pendant', 'durant', 'dans', 'en', 'sur', 'au', 'cours'
])

/** "six mois de hausse", "two decades of experience", "40 ans de direction": a duration that measures an activity. */
function measuresActivity(c: NonClaimContext): boolean {
  const { t, next, nextW } = c
  const k = nextW === 'd' && tokensModule.isApostrophe(t, next + 1) ? next + 2 : next + 1
  return (nextW === 'of' || nextW === 'de' || nextW === 'd') && t.kind[k] === WORD && !DURATION_FILLERS.has(lower(t, k)) && lower(t, k) !== 'the' && lower(t, k) !== 'la' && lower(t, k) !== 'l'
}

const RECORD_WORDS = new Set(['niveau', 'level', 'record', 'lowest', 'highest', 'bas', 'haut', 'best', 'worst', 'meilleur', 'pire'])

/** True when a word of a record stands in the three words before token `k` (the preposition). */
function recordBefore(t: NonClaimContext['t'], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (t.kind[j] === WORD && RECORD_WORDS.has(lower(t, j))) return true
  return false
}

const BOUND_OPENERS = new Set(['more', 'less', 'fewer', 'plus', 'moins', 'près'])
const BOUND_WORDS_ONE = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'some', 'under', 'environ', 'presque', 'quelque'])

/**
 * The word before the figure once a bound or an approximator is passed: "for more than two hours" → "for", "pendant
 * plus d'une heure" → "pendant", "for nearly ten years" → "for"; else the word right before.
 */
function wordBeforeBound(t: NonClaimContext['t'], a: number, p1: string): string {
  if (p1 === 'than' && BOUND_OPENERS.has(lower(t, a - 2))) return lower(t, a - 3)
  if (BOUND_WORDS_ONE.has(p1)) return lower(t, a - 2)
  if (p1 === 'de' && BOUND_OPENERS.has(lower(t, a - 2))) return lower(t, a - 3)
  if (tokensModule.isApostrophe(t, a - 1) && lower(t, a - 2) === 'd' && BOUND_OPENERS.has(lower(t, a - 3))) return lower(t, a - 4)
  return p1
}

// French "avoir N ans" gives an age; English copulas before "N years or older"
const AGE_VERBS = new Set(['ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'avoir', 'ayant', 'a'])
const COPULAS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being'])
const OLDER = new Set(['older', 'more', 'over', 'above'])

/** True when the age at the figure is said of the clause's subject: "15 avaient vingt ans ou plus", "were 20 years or older". */
function ageSaidOf(c: NonClaimContext): boolean {
  const { t, a, next, p1 } = c
  if (p1 === 'a' && lower(t, a - 2) === 'y') return false
  if (AGE_VERBS.has(p1)) return true
  let k = next
  if (t.kind[k] === WORD && TIME_UNITS.has(lower(t, k)) && c.f.unit === undefined) k++
  return COPULAS.has(p1) && BRACKET_JOIN.has(lower(t, k)) && OLDER.has(lower(t, k + 1))
}

const RELATIVE_TIME = new Set(['ago', 'after', 'before', 'later', 'earlier', 'après', 'avant', 'plus', 'auparavant'])

/** "il y a plus de dix ans": "il y a" within the four tokens before the figure (past a bound) dates it. */
function ilYaBefore(t: NonClaimContext['t'], a: number): boolean {
  for (let k = a - 1; k >= 2 && k >= a - 4; k--) if (isIlYa(t, k)) return true
  return false
}

export const framingDuration: Detector = (c) => {
  const { t, f, expr, a, next, nextW, p1 } = c
  const timeUnit = hasTimeUnit(c)
  // "the 68-minute film", "a two-day meeting": a hyphenated duration is an adjective, read by hyphenDuration
  if (timeUnit && hyphenUnit(c)) return undefined
  if (!((f.unit === undefined && TIME_UNITS.has(nextW) && t.kind[next] === WORD) || timeUnit)) return undefined
  const after = timeUnit ? nextW : lower(t, next + 1)
  const before = expr.introTok >= 0 && expr.high ? lower(t, expr.introTok - 1) : p1
  // "for more than two hours", "pendant plus d'une heure": the preposition of how long, past the bound; a bound after a
  // word of frame ("after nearly forty years", "en moins de trois jours") makes the duration asserted, so only "of how
  // long" looks past it
  const ofHowLong = expr.introTok >= 0 && expr.high ? before : wordBeforeBound(t, a, p1)
  // "au cours des six mois (passés…)": a frame, whatever verb follows
  if ((p1 === 'des' || p1 === 'de') && lower(t, a - 2) === 'cours') return 'duration'
  // "au cours de mes dix années de présence", "au cours de ces trois mois"
  if (FRAME_POSSESSIVES.has(p1) && lower(t, a - 2) === 'de' && lower(t, a - 3) === 'cours') return 'duration'
  // "in a space of 50 years", "en l'espace de cinq ans", "in the course of two years": a frame
  if ((p1 === 'of' || p1 === 'de' || p1 === 'd') && FRAME_NOUNS.has(lower(t, p1 === 'd' ? a - 3 : a - 2))) return 'duration'
  // "son plus bas niveau depuis un mois et demi", "its highest level for six months": how far back a record reaches
  if ((before === 'depuis' || before === 'since' || before === 'for') && recordBefore(t, (expr.introTok >= 0 && expr.high ? expr.introTok : a) - 1)) return 'duration'
  // "it takes over 40 minutes", "il faut entre 150 et 200 ans", "only two weeks pass": the duration is asserted
  if (assertedDuration(c, expr.introTok >= 0 && expr.high ? expr.introTok : a)) return undefined
  // "completed in less than three days", "immersed in the sport for over 60 years", "it had been roughly 10 years since":
  // a bounded duration alone in its clause is what the sentence asserts ("ago", "il y a", "three weeks after the
  // disaster", "une semaine avant les débats" still date it)
  const bounded = c.approxBefore || ofHowLong !== p1 || ((p1 === 'over' || p1 === 'under') && DURATION_OF.has(lower(t, a - 2)))
  // "for over 60 years before being confined": "before"/"after" opening a clause on a verb form dates nothing
  const dated = RELATIVE_TIME.has(after) && !(DURATION_OF.has(ofHowLong) && t.kind[next + 1] === WORD && /ing$/.test(lower(t, next + 1)))
  if (bounded && !expr.high && !dated && !ilYaBefore(t, a) && !otherFigureInClause(t, a, next)) return undefined
  // "a time limit of two months following…", "une réunion de deux jours", "un homme de 40 ans": the measure of a noun
  if ((p1 === 'of' || p1 === 'de' || p1 === 'd') && t.kind[a - 2] === WORD && !NOT_MEASURED.has(lower(t, a - 2)) && !(p1 === 'd' && NOT_MEASURED.has(lower(t, a - 3)))) return undefined
  // "vessels more than 20 years old": an age
  // "the 18-24 year olds": a group named by its ages
  if (expr.high && (after === 'olds' || (after === '-' && lower(t, next + 1) === 'olds'))) return 'duration'
  // ("a young 34 year-old man": the hyphen after the unit)
  if (after === 'old' || after === 'olds' || (after === '-' && (lower(t, next + 1) === 'old' || lower(t, next + 1) === 'olds'))) return undefined
  // "15 avaient vingt ans ou plus", "the tankers were 20 years or older": an age said of the subject, not a frame
  if (f.unit === 'year' && ageSaidOf(c)) return undefined
  // "For six months, there have been…", "Pendant dix ans, il…": a duration opening the sentence before a comma frames it
  if (DURATION_OF.has(before) && isPunct(t, f.end, ',') && (a - 1 === 0 || t.lineStart[a - 1] === 1 || isPunct(t, a - 2, '.') || isPunct(t, a - 2, '"'))) return 'duration'
  // "fought for six years", "s'étalera sur 40 ans", "pendant plus d'une heure": how long is the figure asserted when
  // its clause holds no other figure; "a baissé de 2 % sur trois mois" frames the 2 %
  if ((DURATION_OF.has(before) || DURATION_OF.has(ofHowLong)) && !FRAME_AFTER.has(after) && !otherFigureInClause(t, a, next)) return undefined
  // "après six mois de hausse", "after 40 years of leadership": the duration of the activity named after it
  if (timeUnit && measuresActivity(c) && !FRAME_AFTER.has(after) && !DEFINITE_FRAME.has(p1) && !(p1 === 'a' && lower(t, a - 2) === 'y')) return undefined
  if (FRAME_BEFORE.has(p1) || FRAME_BEFORE.has(before) || FRAME_AFTER.has(after)) return 'duration'
  if ((p1 === 'a' && lower(t, a - 2) === 'y') || p1 === 'ago' || after === 'ago') return 'duration'
  // "2 years from today", "dans deux ans d'ici": a time ahead of now
  if (timeUnit && after === 'from' && (lower(t, next + 1) === 'now' || lower(t, next + 1) === 'today')) return 'duration'
  // age groups: "les 15-24 ans", "the 18-24 year olds"
  // ("work 12-14 hours a day" is no age group: years only)
  if (expr.high && isPunct(t, f.end, '-') && glued(t, f.end - 1) && (f.unit === 'year' || f.unit === undefined)) return 'duration'
  // an age is a claim ("âgé de 34 ans", "25 years old", "un homme de 40 ans": quantity in years, GUIDELINES §3)
  return undefined
}

/** "50 ans et plus", "65 years and over", "les 18 ans ou plus": a population named by its age, not a figure. */
export const ageBracket: Detector = (c) => {
  const { t, f, a, next, nextW, p1 } = c
  const unit = hasTimeUnit(c) ? f.unit : undefined
  let k = next
  // "aged 65 and over" names no unit; otherwise the unit of years follows, glued to the figure or as the next word
  const aged = f.unit === undefined && (AGED.has(p1) || (p1 === 'de' && AGED.has(lower(t, a - 2))))
  if (unit !== undefined && unit !== 'year') return undefined
  if (unit === undefined && !aged) {
    if (!(t.kind[k] === WORD && TIME_UNITS.has(nextW))) return undefined
    k++
  }
  if (lower(t, k) === 'old') k++
  if (ageSaidOf(c)) return undefined
  return BRACKET_JOIN.has(lower(t, k)) && BRACKET_OPEN_END.has(lower(t, k + 1)) ? 'bracket' : undefined
}

/** "les 18 derniers mois", "the next two years" (the English order is a frame word before). */
export const lastMonths: Detector = ({ t, f, next, nextW }) =>
  f.unit === undefined && FRAME_ADJECTIVES_AFTER.has(nextW) && TIME_UNITS.has(lower(t, next + 1)) ? 'duration' : undefined

const HYPHEN_UNITS = new Set(['year', 'month', 'day', 'week', 'hour', 'minute'])


/** "a 10-year plan", "a 5-day week": a duration used as an adjective (an age, "a 34-year-old", is a claim). */
export const hyphenDuration: Detector = (c) => {
  const { t, next } = c
  if (isAgeCompound(t, next)) return undefined
  // "a young 34 year-old man": the unit read, its hyphen and "old" make an age
  if (hasTimeUnit(c) && isPunct(t, next, '-') && (lower(t, next + 1) === 'old' || lower(t, next + 1) === 'olds')) return undefined
  if (hasTimeUnit(c) && isPunct(t, next, '-') && glued(t, next - 1)) return 'duration'
  // "a 20-minute conversation", "a two-day meeting", "this 95-year long tension": the length of an event is a claim;
  // "a 10-year plan", "a six-month period", "10-year bonds", "a 5-day week" frame or name a term
  if (hasTimeUnit(c) && hyphenUnit(c)) return termAfter(t, next) ? 'duration' : undefined
  if (isPunct(t, next, '-') && glued(t, next - 1) && HYPHEN_UNITS.has(lower(t, next + 1))) return 'duration'
  return undefined
}

/** "20-minute", "two-day": the time unit joined to its figure by a hyphen (not a range "15-24 ans"). */
function hyphenUnit(c: NonClaimContext): boolean {
  const { t, f, expr } = c
  return !expr.high && isPunct(t, f.coreEnd, '-') && glued(t, f.coreEnd) && f.end === f.coreEnd + 2
}

/**
 * True when a hyphenated duration ending before `k` names a term: a noun of term within four words ("a 10-year plan",
 * "the five-year strategic programme", "10-year German and Spanish bonds"), or no noun after it ("bonds to 10-year above").
 */
function termAfter(t: NonClaimContext['t'], k: number): boolean {
  if (t.kind[k] !== WORD || (!isCapitalized(t, k) && TERM_FUNCTION_WORDS.has(lower(t, k)))) return true
  for (let j = k; j < k + 4 && j < t.count && t.kind[j] === WORD; j++) if (TERM_NOUNS.has(lower(t, j))) return true
  return false
}
const TERM_FUNCTION_WORDS = new Set(['above', 'below', 'and', 'or', 'in', 'to', 'for', 'of', 'at', 'on', 'is', 'was', 'from', 'with', 'by'])

// Nouns a hyphenated duration names the term of, rather than measures: see hyphenDuration.
const TERM_NOUNS = new Set([
  'plan', 'plans', 'period', 'periods', 'programme', 'programmes', 'program', 'programs', 'strategy', 'term', 'horizon', 'bond',
  'bonds', 'yield', 'yields', 'loan', 'loans', 'note', 'notes', 'debt', 'debenture', 'debentures', 'maturity', 'mortgage',
  'mortgages', 'treasury', 'paper', 'rate', 'rates', 'week', 'weeks', 'month', 'year', 'day', 'cycle', 'budget', 'framework',
  'mandate', 'moratorium', 'high', 'low', 'lows', 'highs', 'old', 'average', 'averages', 'spread', 'spreads', 'window', 'span'
])

const TIMES = new Set(['fois', 'times'])
const PER = new Set(['par', 'per', 'a', 'an', 'each', 'every', 'chaque'])
const PER_UNITS = new Set(['jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'day', 'week', 'month', 'year', 'night', 'nuit'])

/** "deux fois par semaine", "5 fois par jour", "three times a week": how often a habit recurs, not a figure asserted. */
// A range of times is a measurement reported ("contacted them seven to eight times a day"), and stays a claim.
export const frequency: Detector = ({ t, f, expr, next, nextW }) =>
  f.unit === undefined && !expr.high && TIMES.has(nextW) && PER.has(lower(t, next + 1)) && PER_UNITS.has(lower(t, next + 2)) ? 'frequency' : undefined


/**
 * "150 amendements tous les deux ans", "more than one every two years", "each three months": the period a rate is counted
 * over, a frame of another figure, not a duration asserted.
 */
export const everyPeriod: Detector = (c) => {
  const { t, f, a, p1 } = c
  if (f.fraction || c.expr.high) return undefined
  const unitWord = hasTimeUnit(c) || (f.unit === undefined && t.kind[c.next] === WORD && TIME_UNITS.has(c.nextW))
  if (!unitWord) return undefined
  const every = p1 === 'every' || p1 === 'each' || p1 === 'chaque' || ((p1 === 'les' || p1 === 'the') && (lower(t, a - 2) === 'tous' || lower(t, a - 2) === 'toutes'))
  // "compulsory every two years", "repay interest every 28 days": with no figure it is the rate of, the period is the claim
  return every && otherFigureInClause(t, a, c.next) ? 'frequency' : undefined
}

/**
 * "37 % ont plus de 50 ans", "patients less than 45 years old", "qui aurait plus de 18 ans": an age given as a bound
 * defines a population, like "50 ans et plus"; a bare age ("il a 50 ans") stays a claim.
 */
const BOUND_WORDS = new Set(['plus', 'moins', 'more', 'less', 'older', 'younger'])
const AGE_HOLDERS = new Set([
  'are', 'were', 'is', 'was', 'being', 'aged', 'patients', 'people', 'persons', 'children', 'women', 'men', 'adults', 'workers', 'those',
  'anyone', 'everyone', 'ont', 'a', 'aurait', 'auraient', 'avait', 'avaient', 'ayant', 'âgés', 'âgées', 'personnes', 'patients', 'enfants',
  'femmes', 'hommes', 'adultes', 'salariés', 'ceux', 'celles', 'jeunes',
  // "les plus de 65 ans votent", "aux moins de 25 ans": the article makes the bound a population
  'les', 'des', 'aux'
])

export const ageBound: Detector = (c) => {
  const { t, f, a, lang } = c
  if (!c.approxBefore || c.expr.high || !(f.unit === 'year' || (f.unit === undefined && (c.nextW === 'years' || c.nextW === 'ans')))) return undefined
  const after = lower(t, f.unit === undefined ? c.next + 1 : c.next)
  const old = after === 'old' || lang === 'fr'
  if (!old) return undefined
  // the approximator is one of bound, not of estimate: "plus de", "moins de", "over", "under", "less than", "more than"
  const w1 = lower(t, a - 1)
  const w2 = lower(t, a - 2)
  const bound = w1 === 'de' || w1 === 'than' ? BOUND_WORDS.has(w2) : w1 === 'over' || w1 === 'under'
  if (!bound) return undefined
  // of people, or said of them by a copula or "avoir" ("37 % ont plus de 50 ans"); "vessels more than 20 years old", "les
  // véhicules de plus de cinq ans" set a legal threshold, "depuis plus de 20 ans" is no age
  const before = lower(t, w1 === 'de' || w1 === 'than' ? a - 3 : a - 2)
  return AGE_HOLDERS.has(before) ? 'bracket' : undefined
}

/**
 * "for a month and a half", "deux heures et demie": the half ends the duration before it; it is no fraction of its own
 * (the duration, claim or frame, is decided on its first figure).
 */
export const halfOfDuration: Detector = ({ t, f }) => {
  if (!f.fraction || f.value !== 0.5) return undefined
  const k = f.first - 1
  const join = lower(t, k)
  return (join === 'and' || join === 'et') && t.kind[k - 1] === WORD && TIME_UNITS.has(lower(t, k - 1)) ? 'duration' : undefined
}
