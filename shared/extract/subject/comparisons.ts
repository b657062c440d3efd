// Subjects of figures that compare or change something named elsewhere in the clause: a factor ("trois fois plus
// élevé"), a rate whose verb is left out after a name ("… and London 0.1%"), a French verb of change whose object
// follows its figure ("accroître de 2 % son potentiel énergétique"), a part of a group named before ("68.6% of them").
import type { Lang } from '../../model'
import { MONTHS } from '../calendar'
import { isChangeWord } from '../direction'
import { nonNounClass } from '../lexicons/nonNouns'
import { readWrittenNumber } from '../writtenNumbers'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { subjectAfter } from './after'
import { CLASSES } from './classes'
import { type Span, headPhraseFrom } from './headPhrase'
import { subjectNear } from './lookBack'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, isApostrophe, isCapitalized, isPunct, lower } = tokensModule

const OCCURRENCE_NOUNS = new Set(['times', 'fois'])
const CORRECTION_LINKS = new Set(['mais', 'but'])
const NEGATIONS = new Set(['pas', 'not', 'plus', 'jamais', 'never'])
// words of amount after a factor, before what there is more of ("three times more patients", "trois fois plus de")
const AMOUNT_COMPARATIVES = new Set(['more', 'less', 'fewer', 'plus', 'moins', 'over'])

/**
 * A factor read as "N fois plus/moins …", "N times more/less …" ending at token `e` (the figure starting at `from`):
 * the noun after "de"/"of" or, in English, right after it; for an adjective or adverb after it (French has no "de"
 * there), the noun the look back finds, past a denied figure ("pas deux mais trois fois plus élevé"). Undefined when the
 * figure is no such factor or nothing is found.
 */
export function timesComparison(
  t: Tokens, e: number, from: number, lang: Lang, limit: number, sentenceFirst: number, figureOwner: ReadonlyMap<number, string>
): { span: Span; quoteEnd: number } | undefined {
  if (!OCCURRENCE_NOUNS.has(lower(t, e - 2))) return undefined
  const w = lower(t, e)
  if (w === 'de' || w === 'of' || (w === 'd' && isApostrophe(t, e + 1))) {
    const span = subjectAfter(t, w === 'd' ? e + 2 : e + 1, lang, limit, false)
    return span ? { span, quoteEnd: span.end } : undefined
  }
  const cls = t.kind[e] === WORD && !isCapitalized(t, e) ? nonNounClass(w, lang) : undefined
  // "three times higher": a comparative adjective closing the factor, or nothing after it, counts nothing new
  const comparative = !AMOUNT_COMPARATIVES.has(lower(t, e - 1))
  const adjective = t.kind[e] !== WORD || comparative || lang === 'fr' || cls !== undefined || w.endsWith('ed') || w === 'than' || w === 'as'
  if (!adjective) return undefined
  let start = from
  if (CORRECTION_LINKS.has(lower(t, start - 1))) {
    for (let b = start - 2; b >= sentenceFirst && b >= start - 5; b--) if (NEGATIONS.has(lower(t, b))) { start = b; break }
  }
  const near = subjectNear(t, start, lang, sentenceFirst, figureOwner)
  return near && 'span' in near ? { span: near.span, quoteEnd: e } : undefined
}

/**
 * "The Dax at Frankfurt fell 0.4% and London 0.1%", "Le Dax cède 0,4 % et Londres 0,1 %": a rate after a name that
 * follows "and"/"et" or a comma, its verb left out, is the rate of that name (not of what the first rate counted).
 */
export function gappedRateOwner(t: Tokens, from: number, lang: Lang, sentenceFirst: number): Span | undefined {
  let b = from - 1
  while (b > sentenceFirst && b > from - 4 && isCapitalized(t, b)) b--
  if (b === from - 1 || b <= sentenceFirst) return undefined
  return CLASSES[lang].coordinators.has(lower(t, b)) || isPunct(t, b, ',') ? { first: b + 1, end: from } : undefined
}

const OBJECT_DETERMINERS_FR = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'le', 'la', 'les', 'l', 'notre', 'nos', 'votre', 'vos'])
const TIME_UNITS_FR = new Set(['mois', 'an', 'ans', 'année', 'années', 'semaine', 'semaines', 'jour', 'jours', 'trimestre', 'semestre', 'heure', 'heures'])

/**
 * "cherche à accroître de 2 % son potentiel énergétique", "a augmenté de 5.000 milliards de yens (47 milliards
 * d'euros) ses achats": a French verb of change, "de" at token `de` and the figure ending at `end` (or at `restated`,
 * past a restatement in brackets, when that is ≥ 0), then its object, which is what changes. A time after the figure
 * ("a baissé de 2 % le mois dernier") is no object.
 */
export function changedObjectAfter(t: Tokens, de: number, end: number, restated: number, lang: Lang, sentenceEnd: number): Span | undefined {
  if (lang !== 'fr' || lower(t, de) !== 'de' || t.kind[de - 1] !== WORD || !isChangeWord(lower(t, de - 1), lang)) return undefined
  let k = restated > 0 ? restated : end
  if (!OBJECT_DETERMINERS_FR.has(lower(t, k))) return undefined
  k = isApostrophe(t, k + 1) ? k + 2 : k + 1
  const span = subjectAfter(t, k, lang, sentenceEnd, false)
  if (!span) return undefined
  for (let j = span.first; j < span.end; j++) if (CLASSES.fr.periodHeads.has(lower(t, j)) || MONTHS[lower(t, j)] !== undefined || TIME_UNITS_FR.has(lower(t, j))) return undefined
  return span
}

// Words before a plural noun that name a group ("most Canadians", "la plupart des Canadiens", "the engineers")
const GROUP_OPENERS = new Set(['the', 'most', 'many', 'all', 'these', 'those', 'their', 'des', 'les', 'ces', 'leurs', 'nos', 'our', 'some', 'several', 'plusieurs', 'certains'])

/**
 * "Most Canadians wish to die at home, but 68.6% of them end up in hospital", "la plupart des Canadiens …, 68,6 %
 * d'entre eux": a part of a group named by a pronoun after "of"/"d'entre" is a part of the last plural noun named
 * before (within the sentence and the one before it). `end` is the token after the figure.
 */
export function groupAntecedent(t: Tokens, first: number, end: number, lang: Lang): Span | undefined {
  const c = CLASSES[lang]
  const ofThem = (lower(t, end) === 'of' && c.groupPronouns.has(lower(t, end + 1))) ||
    (lower(t, end) === 'd' && isApostrophe(t, end + 1) && lower(t, end + 2) === 'entre' && c.groupPronouns.has(lower(t, end + 3)))
  if (!ofThem) return undefined
  let stops = 0
  for (let k = first - 1; k > 0 && k >= first - 40; k--) {
    if (t.kind[k] !== WORD) {
      if (isPunct(t, k, '.') || isPunct(t, k, '?') || isPunct(t, k, '!')) { if (++stops > 1) return undefined }
      continue
    }
    const w = lower(t, k)
    if (w.length > 3 && (w.endsWith('s') || w.endsWith('x')) && GROUP_OPENERS.has(lower(t, k - 1)) && !c.stop.has(w) && nonNounClass(w, lang) === undefined) return { first: k, end: k + 1 }
  }
  return undefined
}

/** Tokens of one sentence: [first, end). */
interface SentenceRange {
  first: number
  end: number
}

/**
 * "… the Helix Nebula looks back at the observer. It is located 700 light years away": a third-person pronoun opening
 * the figure's sentence, with no mark between it and the figure (so it is the subject of the figure's clause), stands
 * for the subject the sentence before opens on. Undefined otherwise ("It shows a ring of black holes, 430 million light
 * years away" puts the figure in another clause; "They are old: 37% are over 50" too).
 */
export function pronounAntecedent(t: Tokens, st: SentenceRange, figure: number, previous: SentenceRange, lang: Lang): Span | undefined {
  const c = CLASSES[lang]
  if (t.kind[st.first] !== WORD || !PRONOUN_SUBJECTS.has(lower(t, st.first))) return undefined
  for (let k = st.first + 1; k < figure; k++) if (t.kind[k] !== WORD && t.kind[k] !== tokensModule.NUM && !isApostrophe(t, k)) return undefined
  let k = previous.first
  // "Troisièmement, une limitation…", "In this photo, the Helix Nebula…": an opening adverb or phrase up to its comma
  // ("Larry Hagman, whose role…, has died" opens on its subject)
  const w0 = lower(t, k)
  // "Deux ans plus tard, …", "Three years on, …": an opening phrase of time, up to its comma, too
  const opensOnNumber = t.kind[k] === tokensModule.NUM || readWrittenNumber(t, k, lang) !== undefined
  if (c.stop.has(w0) || w0.endsWith('ment') || w0.endsWith('ly') || opensOnNumber) {
    for (let j = k + 1; j < previous.end && j <= k + 8; j++) {
      if (isPunct(t, j, ',')) { k = j + 1; break }
      if (t.kind[j] !== WORD) break
    }
  }
  for (let skipped = 0; skipped < 3 && k < previous.end && t.kind[k] === WORD && c.determiners.has(lower(t, k)); skipped++) k++
  if (isApostrophe(t, k)) k++
  if (t.kind[k] !== WORD || c.stop.has(lower(t, k)) || PRONOUN_SUBJECTS.has(lower(t, k))) return undefined
  // a number is never what a pronoun stands for
  if (readWrittenNumber(t, k, lang) !== undefined) return undefined
  if (!isCapitalized(t, k) && nonNounClass(lower(t, k), lang) !== undefined) return undefined
  // a name is read as its capitalised words ("the Helix Nebula looks back" → "Helix Nebula")
  if (isCapitalized(t, k)) {
    let e = k + 1
    while (e < previous.end && e < k + 5 && isCapitalized(t, e)) e++
    return { first: k, end: e }
  }
  return headPhraseFrom(t, k, lang, previous.end)
}
const PRONOUN_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'il', 'elle', 'ils', 'elles'])
