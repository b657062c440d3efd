import type { Lang } from '../model'
import { MONTHS, WEEKDAYS } from './calendar'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'
import { SUBJECT_LEXICON_EN } from './lexicons/subject.en'
import { SUBJECT_LEXICON_FR } from './lexicons/subject.fr'
import type { SubjectLexicon } from './lexicons/subject.types'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, WORD, isApostrophe, isCapitalized, lower } = tokensModule

/** A language's word classes as sets, built once from its lexicon. */
interface WordClasses {
  stop: ReadonlySet<string>
  verbs: ReadonlySet<string>
  determiners: ReadonlySet<string>
  prenominal: ReadonlySet<string>
  adjectiveSuffixes: readonly string[]
  complementPrepositions: ReadonlySet<string>
  nounComplementPrepositions: ReadonlySet<string>
  coordinators: ReadonlySet<string>
  measureNouns: ReadonlySet<string>
  groupPronouns: ReadonlySet<string>
  possessionLinks: ReadonlySet<string>
  periodHeads: ReadonlySet<string>
}

function classesOf(lex: SubjectLexicon): WordClasses {
  return {
    stop: new Set(lex.stop),
    verbs: new Set(lex.verbs),
    determiners: new Set(lex.determiners),
    prenominal: new Set(lex.prenominal),
    adjectiveSuffixes: lex.adjectiveSuffixes,
    complementPrepositions: new Set(lex.complementPrepositions),
    nounComplementPrepositions: new Set(lex.nounComplementPrepositions),
    coordinators: new Set(lex.coordinators),
    measureNouns: new Set(lex.measureNouns),
    groupPronouns: new Set(lex.groupPronouns),
    possessionLinks: new Set(lex.possessionLinks),
    periodHeads: new Set(lex.periodHeads)
  }
}

const CLASSES: Record<Lang, WordClasses> = { fr: classesOf(SUBJECT_LEXICON_FR), en: classesOf(SUBJECT_LEXICON_EN) }
const STOP_FR = CLASSES.fr.stop
const STOP_EN = CLASSES.en.stop
const VERBS_FR = CLASSES.fr.verbs
const VERBS_EN = CLASSES.en.verbs
const FR_ADJ_SUFFIXES = CLASSES.fr.adjectiveSuffixes

/** A noun phrase as a token range [first, end). */
export interface Span {
  first: number
  end: number
}

function stops(lang: Lang): ReadonlySet<string> {
  return lang === 'fr' ? STOP_FR : STOP_EN
}

function isContentWord(t: Tokens, i: number, lang: Lang): boolean {
  if (i < 0 || i >= t.count || t.kind[i] !== WORD) return false
  const w = lower(t, i)
  if (stops(lang).has(w)) return false
  if (MONTHS[w] !== undefined && w.length > 3) return false
  if (WEEKDAYS.has(w)) return false
  return true
}

function frModifier(w: string): boolean {
  if (w.endsWith('ent') || w.endsWith('ant') || w.endsWith('ont')) return false
  for (const s of FR_ADJ_SUFFIXES) if (w.endsWith(s) && w.length > s.length + 2) return true
  return false
}

/** Skips "de", "d'", "des", "du" (fr) or "of" (+ "the") after a scaled figure or a unit: "3 millions de personnes", "12 % of voters". */
function skipOf(t: Tokens, k: number, lang: Lang): number {
  const w = lower(t, k)
  if (lang === 'fr') {
    let j: number
    if (w === 'de' || w === 'des' || w === 'du') j = k + 1
    else if (w === 'd' && isApostrophe(t, k + 1)) j = k + 2
    else return k
    // "de tous les navires", "de toutes ces villes"
    if (w === 'de' && (lower(t, j) === 'tous' || lower(t, j) === 'toutes')) j++
    // "les trois quarts de nos agriculteurs", "la moitié de ces emplois", "5,5 % de l'emploi", "12 % de la population"
    const d = lower(t, j)
    if (w === 'de' && (FR_POSSESSIVES.has(d) || d === 'les' || d === 'la')) j++
    else if (w === 'de' && d === 'l' && isApostrophe(t, j + 1)) j += 2
    return j
  }
  if (w === 'of') {
    const n = lower(t, k + 1)
    if (n === 'all' && CLASSES.en.determiners.has(lower(t, k + 2))) return k + 3
    if (n === 'the' || n === 'all' || n === 'its' || n === 'their' || n === 'those' || n === 'these') return k + 2
    return k + 1
  }
  return k
}

/** Reads a noun phrase forward from token k: head, modifiers, and one "de"/"of" complement. */
function looksLikeFrenchVerb(w: string): boolean {
  // after a figure the noun is plural: "-ent", "-ait", "-aient", "-raient", "-ront" there are verb endings
  if (w.endsWith('ment') || w.endsWith('ents')) return false
  return (w.length > 4 && (w.endsWith('ent') || w.endsWith('ait') || w.endsWith('ont'))) || w.endsWith('aient')
}

function headPhraseFrom(t: Tokens, k: number, lang: Lang, limit: number): Span | undefined {
  if (!isContentWord(t, k, lang) || k >= limit) return undefined
  const verbs = lang === 'fr' ? VERBS_FR : VERBS_EN
  if (verbs.has(lower(t, k))) return undefined
  if (lang === 'fr' && looksLikeFrenchVerb(lower(t, k))) return undefined
  // "4% shortly after": an adverb is not what is counted
  if (lang === 'en' && lower(t, k).endsWith('ly') && lower(t, k).length > 5 && !NOUNS_IN_LY.has(lower(t, k))) return undefined
  // "1.2 percent closing at 5985 points": an -ing word taking a preposition or a figure is a verb, not the noun
  if (lang === 'en' && lower(t, k).endsWith('ing') && (t.kind[k + 1] === NUM || ING_VERB_PREPOSITIONS.has(lower(t, k + 1)))) return undefined
  // "1 in 8 planned to switch": a past tense before "to" is a verb
  if (lang === 'en' && lower(t, k).endsWith('ed') && lower(t, k).length > 4 && lower(t, k + 1) === 'to') return undefined
  const first = k
  let end = k + 1
  let words = 1
  let complement = false
  while (end < limit && words < 7) {
    const w = lower(t, end)
    // "CO2", "Covid19": digits glued to the word belong to it
    if (t.kind[end] === NUM && t.start[end] === t.end[end - 1] && t.kind[end - 1] === WORD && gluedDigits(t, end)) {
      end++
      continue
    }
    if (t.kind[end] !== WORD) {
      // hyphenated words: "sans-abri", "demandeurs d'asile" handled as complement below
      if (t.text[t.start[end]] === '-' && t.end[end - 1] === t.start[end] && isContentWord(t, end + 1, lang) && t.end[end] === t.start[end + 1]) {
        end += 2
        words++
        continue
      }
      break
    }
    if (lang === 'fr') {
      if (!complement && (w === 'de' || w === 'du' || w === 'des' || (w === 'd' && isApostrophe(t, end + 1)))) {
        let c = w === 'd' ? end + 2 : end + 1
        const art = lower(t, c)
        if ((art === 'la' || art === 'l') && w === 'de') c += art === 'l' && isApostrophe(t, c + 1) ? 2 : 1
        if (isContentWord(t, c, lang) && !VERBS_FR.has(lower(t, c)) && c < limit) {
          end = c + 1
          words += 2
          complement = true
          // one adjective after the complement noun: "gendarmerie mobile"
          if (end < limit && isContentWord(t, end, lang) && frModifier(lower(t, end))) { end++; words++ }
          continue
        }
        break
      }
      if (isContentWord(t, end, lang) && !VERBS_FR.has(w) && frModifier(w) && !complement) {
        end++
        words++
        continue
      }
      break
    } else {
      if (!complement && w === 'of') {
        let c = end + 1
        const art = lower(t, c)
        if (art === 'the' || art === 'a' || art === 'an') c++
        if (isContentWord(t, c, lang) && c < limit) {
          end = c + 1
          words += 2
          complement = true
          if (end < limit && isContentWord(t, end, lang) && !VERBS_EN.has(lower(t, end)) && !lower(t, end).endsWith('ed') && !lower(t, end).endsWith('ing') && !lower(t, end).endsWith('ly')) { end++; words++ }
          continue
        }
        break
      }
      // "regions enjoy five times", "those questioned demand a": a word before an object is a verb
      const next = end + 1
      const verbBefore = t.kind[next] === WORD && OBJECT_STARTS.has(lower(t, next))
      // "first reading", "coffee harvesting": an -ing noun closing the compound, with nothing it could take as object
      const ingNoun = w.endsWith('ing') && w.length > 5 && t.kind[end + 1] !== WORD && t.kind[end + 1] !== NUM
      if (isContentWord(t, end, lang) && !complement && !verbBefore && !VERBS_EN.has(w) && !w.endsWith('ed') && (ingNoun || !w.endsWith('ing')) && !w.endsWith('ly') && words < 4) {
        end++
        words++
        continue
      }
      break
    }
  }
  return { first, end }
}

const ING_VERB_PREPOSITIONS = new Set(['at', 'to', 'on', 'by', 'from', 'into', 'up', 'down'])

/** Longest a counted phrase may grow, in tokens, with its complements. */
const MAX_PHRASE_TOKENS = 12

/**
 * A noun phrase read forward from token k, as the guidelines define the counted phrase: (prenominal adjective) head
 * noun with its modifiers, then up to two "de"/"of" complements, a second noun joined by "et"/"and" ("hommes et
 * femmes"), a participle with its prepositional complement ("people infected with HIV", "navires entrant dans les
 * ports") and a "in/for/with" complement of the noun ("matches in Spain").
 */
function nounPhraseFrom(t: Tokens, k: number, lang: Lang, limit: number): Span | undefined {
  const c = CLASSES[lang]
  // "24 nouveaux règlements": an adjective that comes before its noun opens the phrase
  if (c.prenominal.has(lower(t, k)) && isContentWord(t, k + 1, lang) && !c.verbs.has(lower(t, k + 1)) && k + 1 < limit) {
    const rest = nounPhraseFrom(t, k + 1, lang, limit)
    return rest ? { first: k, end: rest.end } : undefined
  }
  const head = headPhraseFrom(t, k, lang, limit)
  if (!head) return undefined
  let end = head.end
  const cap = Math.min(limit, k + MAX_PHRASE_TOKENS)
  let steps = 0
  for (;;) {
    if (steps++ >= 3 || end >= cap) break
    const next = extendPhrase(t, end, lang, cap)
    if (next <= end) break
    end = next
  }
  return { first: k, end }
}

/** The end of one complement of a phrase that ends at token e, or e when none follows. */
function extendPhrase(t: Tokens, e: number, lang: Lang, cap: number): number {
  const c = CLASSES[lang]
  const w = lower(t, e)
  if (t.kind[e] !== WORD) return e
  // another "de"/"of" complement: "domaines d'actions du Fonds social européen", "taux de chômage des jeunes"
  let n = ofComplementStart(t, e, lang)
  if (n > e) return complementEnd(t, n, lang, cap, e)
  // "hommes et femmes", "survivors and relatives": a second bare noun of the same number
  if (c.coordinators.has(w) && isContentWord(t, e + 1, lang) && !c.determiners.has(lower(t, e + 1)) && sameNumber(lower(t, e - 1), lower(t, e + 1), lang)) {
    const more = headPhraseFrom(t, e + 1, lang, cap)
    return more && !isVerbLike(t, e + 1, lang) ? more.end : e
  }
  // a participle and its complement: "infected with HIV", "perdu en mer", "put forward at first reading"
  if (isPostParticiple(t, e, lang)) {
    n = e + 1
    if (lang === 'en' && (lower(t, n) === 'forward' || lower(t, n) === 'out' || lower(t, n) === 'up')) n++
    if (c.complementPrepositions.has(lower(t, n))) return complementEnd(t, n + 1, lang, cap, e)
    return e
  }
  // "matches in Spain", "jobs in manufacturing", "conteneurs avec un chargement": a complement of the noun itself;
  // "in" before a determiner mostly places the figure ("pensioners in my constituency"), an adverbial
  if (c.nounComplementPrepositions.has(w) && !(w === 'in' && c.determiners.has(lower(t, e + 1)))) return complementEnd(t, e + 1, lang, cap, e)
  return e
}

/** Token after "de", "d'", "du", "des", "de la", "de l'" (fr) or "of", "of the" (en) at e, or e. */
function ofComplementStart(t: Tokens, e: number, lang: Lang): number {
  const w = lower(t, e)
  if (lang === 'fr') {
    if (w === 'd' && isApostrophe(t, e + 1)) return e + 2
    if (w === 'du' || w === 'des') return e + 1
    if (w !== 'de') return e
    const a = lower(t, e + 1)
    if (a === 'la') return e + 2
    if (a === 'l' && isApostrophe(t, e + 2)) return e + 3
    return e + 1
  }
  if (w !== 'of') return e
  return CLASSES.en.determiners.has(lower(t, e + 1)) ? e + 2 : e + 1
}

/** The end of the noun phrase opening a complement at n (after its preposition), or `fallback` when none does. */
function complementEnd(t: Tokens, n: number, lang: Lang, cap: number, fallback: number): number {
  const c = CLASSES[lang]
  let j = n
  while (j < cap && t.kind[j] === WORD && c.determiners.has(lower(t, j))) j++
  if (isApostrophe(t, j)) j++
  if (j >= cap || !isContentWord(t, j, lang) || c.periodHeads.has(lower(t, j)) || isVerbLike(t, j, lang)) return fallback
  if (c.prenominal.has(lower(t, j)) && isContentWord(t, j + 1, lang) && j + 1 < cap) j++
  const np = headPhraseFrom(t, j, lang, cap)
  return np ? np.end : fallback
}

const FR_PARTICIPLE_ENDINGS = ['é', 'ée', 'és', 'ées', 'ant', 'is', 'ie', 'ies', 'u', 'us', 'ue', 'ues', 'it', 'ite', 'its', 'ites']

/** True for a participle right after a noun ("infectés", "entrant", "calling", "put"). */
function isPostParticiple(t: Tokens, k: number, lang: Lang): boolean {
  if (t.kind[k] !== WORD || isCapitalized(t, k)) return false
  const w = lower(t, k)
  if (CLASSES[lang].stop.has(w)) return lang === 'en' && (w === 'made' || w === 'taken')
  if (lang === 'fr') return w.length > 3 && FR_PARTICIPLE_ENDINGS.some((s) => w.endsWith(s)) && !w.endsWith('ment')
  return (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing'))) || EN_IRREGULAR_PARTICIPLES.has(w) || w === 'put'
}

/** True for a word that reads as a conjugated verb where a noun would be ("emploient", "gambled"). */
function isVerbLike(t: Tokens, k: number, lang: Lang): boolean {
  const w = lower(t, k)
  if (CLASSES[lang].verbs.has(w)) return true
  return lang === 'fr' ? looksLikeFrenchVerb(w) : false
}

/** Two nouns agree in number (French plural in -s/-x, English in -s), so "et"/"and" may join them into one phrase. */
function sameNumber(a: string, b: string, lang: Lang): boolean {
  const plural = (w: string): boolean => (lang === 'fr' ? /[sx]$/.test(w) : /s$/.test(w))
  return plural(a) === plural(b)
}

/**
 * The noun phrase a figure counts, read after it: "100 à 150 consommateurs de crack", "357 interpellations de trafiquants",
 * "3 millions de personnes", "12 % of voters", "2,000 police officers".
 */
export function subjectAfter(t: Tokens, exprEnd: number, lang: Lang, limit: number, afterUnitOrScale: boolean, money = false): Span | undefined {
  let k = exprEnd
  // "two of the French departments", "trois d'entre eux": the group after "of" is what is counted
  if (!afterUnitOrScale && lang === 'en' && lower(t, k) === 'of') afterUnitOrScale = true
  if (afterUnitOrScale) {
    k = skipOf(t, k, lang)
    // "39 ans Claude Giroux": after a unit, a capitalised word is a name in apposition, not what is measured
    if (k === exprEnd && isCapitalized(t, k)) return undefined
    // "34 ans appelé Hicks": after a span of time only "de"/"of" introduces what it measures ("20 années de trajectoire")
    if (k === exprEnd && TIME_UNIT_WORDS.has(lower(t, exprEnd - 1))) return undefined
  }
  else if (lang === 'fr' && (lower(t, k) === 'd' && isApostrophe(t, k + 1))) return undefined
  // "1.234,5 millions d'euros cumulés sur cinq ans": a participle after the unit is not what is counted
  if (afterUnitOrScale && k === exprEnd && lang === 'fr' && FR_PARTICIPLE_LINKS.has(lower(t, k + 1)) && /(?:é|ée|és|ées)$/.test(lower(t, k))) return undefined
  if (afterUnitOrScale && k === exprEnd) {
    // "12 millions d'euros supplémentaires pour l'hébergement", "£2.4bn more on elective recovery", "a 9 per cent rise in wage costs"
    if (EXTRA_WORDS.has(lower(t, k))) {
      k++
      // "« 12 millions d'euros supplémentaires » pour l'hébergement", "“£2.4bn more” on elective recovery"
      if (CLOSING_QUOTES.has(t.text[t.start[k]]) && t.kind[k] !== WORD && FOR_WORDS.has(lower(t, k + 1))) k++
    } else if (lower(t, k) === 'de' && lower(t, k + 1) === 'plus') k += 2
    // "a 6% cut to the agency's budget": "to" then names what is cut, unless a figure follows ("a rise to 5%")
    const toWhat = lower(t, k + 1) === 'to' && t.kind[k + 2] === WORD && DETERMINERS_ANY.has(lower(t, k + 2))
    if (CHANGE_HEADS.has(lower(t, k)) && (toWhat || lower(t, k + 1) === 'in' || lower(t, k + 1) === 'of' || lower(t, k + 1) === 'de' || lower(t, k + 1) === 'du' || lower(t, k + 1) === 'des')) k++
    const w = lower(t, k)
    if (FOR_WORDS.has(w) && (k > exprEnd || (money && MONEY_FOR.has(w)))) {
      let j = k + 1
      while (j < limit && t.kind[j] === WORD && (DETERMINERS_ANY.has(lower(t, j)))) j++
      if (isApostrophe(t, j)) j++
      if (PERIOD_HEADS.has(lower(t, j))) return undefined
      return nounPhraseFrom(t, j, lang, limit)
    }
    if (k > exprEnd) return nounPhraseFrom(t, k, lang, limit)
  }
  if (t.kind[k] === NUM) return undefined
  // "closed at 5985 points": index points measure the index named before, they are not what is counted
  if (CLASSES[lang].measureNouns.has(lower(t, k)) && ofComplementStart(t, k + 1, lang) === k + 1) return undefined
  return nounPhraseFrom(t, k, lang, limit)
}

/**
 * The subject on the left of a figure, in its clause: "le taux de chômage a atteint 7,2 %" → "taux de chômage",
 * "Unemployment rose to 7.2%" → "Unemployment". Looks back at most 25 tokens (keeps the pass linear).
 */
export function subjectBefore(t: Tokens, exprFirst: number, lang: Lang, sentenceFirst: number): Span | undefined {
  const floor = Math.max(sentenceFirst, exprFirst - 25)
  let s = exprFirst - 1
  const clauseBreakWords = lang === 'fr' ? new Set(['et', 'mais', 'que', 'qui', 'dont', 'où', 'alors', 'tandis']) : new Set(['and', 'but', 'that', 'which', 'who', 'while', 'whereas'])
  while (s >= floor) {
    if (t.kind[s] !== WORD) {
      const ch = t.text[t.start[s]]
      if (ch === ',' || ch === ';' || ch === ':' || ch === '(' || ch === '"' || ch === '«' || ch === '»' || ch === '“' || ch === '”' || ch === '—' || ch === '–') break
    } else if (clauseBreakWords.has(lower(t, s))) break
    s--
  }
  let k = s + 1
  // skip determiners and function words at the clause start
  while (k < exprFirst && t.kind[k] === WORD && !isContentWord(t, k, lang)) k++
  while (k < exprFirst && t.kind[k] !== WORD) k++
  const verbs = lang === 'fr' ? VERBS_FR : VERBS_EN
  if (k >= exprFirst || verbs.has(lower(t, k))) return undefined
  const span = nounPhraseFrom(t, k, lang, exprFirst)
  if (!span) return undefined
  // "selon l'Insee" or a name is not what is counted
  return span
}

const FR_POSSESSIVES = new Set(['nos', 'vos', 'leurs', 'ses', 'ces', 'mes', 'tes', 'notre', 'votre', 'leur', 'son', 'sa', 'cette', 'ce'])
const TIME_UNIT_WORDS = new Set(['ans', 'an', 'années', 'année', 'years', 'year', 'mois', 'months', 'month', 'semaines', 'weeks', 'jours', 'days', 'heures', 'hours'])
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'it', 'they'])
const NOUNS_IN_LY = new Set(['family', 'supply', 'assembly', 'rally', 'ally', 'monopoly', 'anomaly', 'italy', 'july', 'reply', 'belly', 'jelly'])
const MONEY_FOR = new Set(['pour', 'for', 'on', 'in', 'sur'])
const PERIOD_HEADS = new Set(['premier', 'première', 'deuxième', 'troisième', 'quatrième', 'dernier', 'first', 'second', 'third', 'fourth', 'last', 'next', 'year', 'année', 'an', 'mois', 'month', 'week', 'semaine', 'quarter', 'trimestre', 'semestre', 'half', 'cours', 'course', 'period', 'période', 'total'])
const EXTRA_WORDS = new Set(['supplémentaires', 'supplémentaire', 'additional', 'extra', 'more', 'less', 'fewer', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'greater', 'up', 'down'])
const CLOSING_QUOTES = new Set(['»', '”', '"', '\u2019', "'"])
const OBJECT_STARTS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'no'])
const FR_PARTICIPLE_LINKS = new Set(['sur', 'par', 'en', 'dans', 'depuis', 'pendant', 'entre'])
const FOR_WORDS = new Set(['pour', 'for', 'on', 'in', 'dans', 'to', 'into', 'à', 'au', 'aux', 'sur'])
const DETERMINERS_ANY = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'le', 'la', 'les', 'l', 'son', 'sa', 'ses', 'leur', 'leurs', 'un', 'une', 'des', 'this', 'these', 'ce', 'cette', 'ces'])

// A word after one of these is a verb ("will pay compensation"), not part of the noun phrase.
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'to', 'va', 'vont', 'doit', 'peut', 'veut'])
const BASIS_NOUNS = new Set(['pib', 'gdp', 'revenu', 'national'])
const CHANGE_HEADS = new Set([
  'hausse', 'baisse', 'augmentation', 'diminution', 'progression', 'recul', 'chute', 'croissance', 'repli', 'bond', 'rise', 'fall',
  'increase', 'decrease', 'drop', 'decline', 'jump', 'growth', 'gain', 'loss', 'cut', 'total', 'montant', 'somme', 'sum', 'amount',
  'figure', 'chiffre', 'niveau', 'level', 'record', 'barre', 'mark', 'seuil', 'threshold', 'rate', 'moyenne', 'average', 'median', 'médiane'
])
const EXTRA_VERBS = new Set([
  'grow', 'expects', 'expected', 'expect', 'forecast', 'forecasts', 'plans', 'plan', 'want', 'wants', 'need', 'needs', 'generate',
  'built', 'estimates', 'worth', 'closed', 'spend', 'spending', 'invest', 'reach', 'hit', 'become', 'became', 'serves', 'serve',
  'employs', 'employ', 'collected', 'recruited', 'planted', 'bought', 'sold', 'make', 'makes', 'said', 'says', 'stood', 'stands',
  'emploie', 'compte', 'prévoit', 'investir', 'gagné', 'produit', 'atteint', 'représente', 'coûte', 'recevront', 'reçoivent', 'prévu',
  'prévue', 'estimée', 'estimé', 'fixé', 'évalué', 'établit', 's', 'se', 'élève', 'chiffre', 'augmentent', 'progressent', 'reculent',
  'baissent', 'accélèrent', 'ralentissent', 'franchi', 'dépassé', 'accueillis', 'accueille', 'soit', 'receive', 'receives', 'give',
  'gives', 'take', 'takes', 'offer', 'offers', 'provide', 'provides', 'allocate', 'cost', 'costs', 'little', 'largely', 'broadly',
  'slightly', 'roughly', 'about', 'some', 'quarter', 'year', 'month', 'week', 'day', 'trimestre', 'année', 'mois', 'semaine',
  'period', 'période', 'average', 'moyenne'
])

/** What the nearest look back found: a noun phrase, or the figure of an earlier claim whose subject carries over. */
export type NearSubject = { span: Span } | { figureAt: number } | undefined

function skippable(t: Tokens, k: number, lang: Lang): boolean {
  const w = lower(t, k)
  const prev = lower(t, k - 1)
  if (MODALS.has(prev)) return true
  if (stops(lang).has(w) || EXTRA_VERBS.has(w)) return true
  // "a rise of", "une hausse de" are passed over; "the employment rate was" has its head noun there
  if (CHANGE_HEADS.has(w)) return !(verbs(lang).has(lower(t, k + 1)) && t.kind[k - 1] === WORD && (DETERMINERS_ANY.has(prev) || !stops(lang).has(prev)))
  if (verbs(lang).has(w)) return true
  // "Borrowing is forecast", "the spending": an -ing word opening the clause or after a determiner is a noun
  if (lang === 'en' && w.endsWith('ing') && w.length > 5) return t.kind[k - 1] === WORD && !DETERMINERS_ANY.has(prev)
  if (lang === 'en' && (w.endsWith('ed') || w.endsWith('ly'))) return true
  if (lang === 'fr') {
    if (w.endsWith('ment') && w.length > 6 && !w.endsWith('ements')) return true
    if (w.endsWith('ent') && !w.endsWith('ment') && w.length > 5) return true
    // "nous accueillons", "il en fallait", "ont saisi", "sont estimés": a word after a subject pronoun or an auxiliary is a verb
    if (FR_VERB_BEFORE.has(prev) || (prev === 'en' && FR_VERB_BEFORE.has(lower(t, k - 2)))) return true
    // imperfect and conditional endings: "concernerait", "annonçait"
    if (w.length > 6 && (w.endsWith('rait') || w.endsWith('aient')) && !FR_NOUNS_IN_AIT.has(w)) return true
    // "pouvions fabriquer pour", "obligation de contrôler 25 %": an infinitive after a preposition or a modal
    if (w.length > 4 && w.endsWith('er') && !w.endsWith('ier') && (FR_BEFORE_INFINITIVE.has(prev) || prev.endsWith('ions') || prev.endsWith('iez'))) return true
    // "plafonnée à", "fixés par": a participle that introduces the figure is a verb, its noun is before it
    if (w.length > 4 && /(?:é|ée|és|ées)$/.test(w) && FR_PARTICIPLE_INTROS.has(lower(t, k + 1))) return true
  }
  return false
}

function verbs(lang: Lang): ReadonlySet<string> {
  return lang === 'fr' ? VERBS_FR : VERBS_EN
}
const FR_VERB_BEFORE = new Set([
  'nous', 'vous', 'ils', 'elles', 'il', 'elle', 'on', 'je', 'j', 'ont', 'a', 'avons', 'avez', 'ai', 'avait', 'avaient', 'été',
  'sont', 'est', 'était', 'étaient', 'sera', 'seront', 'serait', 'se', 's', 'me', 'm', 'te'
])
const FR_BEFORE_INFINITIVE = new Set([
  'pour', 'sans', 'afin', 'de', 'd', 'à', 'peut', 'peuvent', 'pourrait', 'pourraient', 'doit', 'doivent', 'devrait', 'devraient',
  'faut', 'fallait', 'faudrait', 'va', 'vont', 'veut', 'veulent', 'pouvait', 'pouvaient', 'devait', 'devaient'
])
const FR_PARTICIPLE_INTROS = new Set(['à', 'de', 'par', 'en'])
const FR_NOUNS_IN_AIT = new Set(['portrait', 'portraits', 'retrait', 'retraits', 'extrait', 'extraits', 'attrait', 'souhait'])

/**
 * The noun a figure is about, read backwards from token `from` (exclusive) over verbs, prepositions and words of change:
 * "le taux de chômage a atteint 7,2 %" → "taux de chômage", "compensation of 1 million rupees" → "compensation",
 * "expects the economy to grow by 0.6%" → "economy". Reaching an earlier figure ("0.6% this year and 0.7%") says to
 * reuse that claim's subject. Looks at most 12 tokens back.
 */
export function subjectNear(t: Tokens, from: number, lang: Lang, sentenceFirst: number, figures: ReadonlyMap<number, string>, nested = false): NearSubject {
  const elided = elidedNoun(t, from, lang, sentenceFirst, figures)
  if (elided !== null) return elided
  let floor = Math.max(sentenceFirst, from - 12)
  let k = from - 1
  let pronoun = false
  let verbSeen = false
  let named = false
  while (k >= floor) {
    // "Le CAC 40, lui, a reculé", "The FTSE 250 ended": a number right after a capitalised word is part of a name
    if (t.kind[k] === NUM && !figures.has(k) && namesWithNumber(t, k)) { named = true; break }
    if (t.kind[k] === NUM || figures.has(k)) return figures.has(k) ? { figureAt: k } : undefined
    if (t.kind[k] !== WORD) {
      const ch = t.text[t.start[k]]
      // "(+4,5 % après +3,7 %)": an opening bracket right before the figure hides nothing;
      // "Quant aux banques alimentaires, elles recevront…": a pronoun sends us past its comma
      if (ch === "'" || ch === '\u2019' || ch === '-' || (ch === '(' && k === from - 1) || (ch === ',' && pronoun)) { pronoun = false; k--; continue }
      if ((ch === ',' || ch === ')') && verbSeen) {
        // "le seuil de pauvreté, fixé à 1 158 euros", "The project, built at a cost of £3.1 billion": the noun before the participle
        if (ch === ',' && (isParticiple(t, k + 1, lang) || RELATIVES.has(lower(t, k + 1)))) { verbSeen = false; k--; continue }
        // "L'indice des prix, base 100 en 2015, atteint 118,79", "The number of X (those …) was 1.2 million": past the aside
        const open = ch === ')' ? '(' : ','
        let b = k - 1
        const stop = Math.max(sentenceFirst + 1, k - 12)
        while (b >= stop && !figures.has(b) && !(t.kind[b] !== WORD && t.kind[b] !== NUM && t.text[t.start[b]] === open)) b--
        if (b >= stop && !figures.has(b)) {
          k = b - 1
          floor = Math.max(sentenceFirst, k - 8)
          verbSeen = false
          continue
        }
      }
      return undefined
    }
    const w = lower(t, k)
    if (SUBJECT_PRONOUNS.has(w)) pronoun = true
    if (!stops(lang).has(w) && !w.endsWith('ment') && !w.endsWith('ly') && !CHANGE_HEADS.has(w) && skippable(t, k, lang)) verbSeen = true
    // "85,7 ans pour les femmes et 80,0 ans": after a coordinator, an earlier figure close by shares its subject
    if (w === 'et' || w === 'and' || w === 'ou' || w === 'or') {
      for (let b = k - 1; b >= floor && b >= k - 6; b--) if (figures.has(b)) return { figureAt: b }
    }
    if (skippable(t, k, lang)) {
      k--
      continue
    }
    break
  }
  if (k < floor || (t.kind[k] !== WORD && !named)) return undefined
  // k is the head noun; extend left over modifiers and "X de/of" links
  const end = k + 1
  let first = k
  let words = 1
  let j = k - 1
  while (j >= floor && words < 6) {
    const w = lower(t, j)
    // "the S & P 500 index", "FTSE 100 shares": a number inside a name belongs to the phrase
    if (t.kind[j] === NUM && !figures.has(j) && namesWithNumber(t, j)) {
      first = j - 1
      words += 2
      j -= 2
      while (j > floor && t.text[t.start[j]] === '&' && isCapitalized(t, j - 1)) { first = j - 1; j -= 2 }
      continue
    }
    if (t.kind[j] === WORD && !stops(lang).has(w) && !skippable(t, j, lang) && !MODALS.has(lower(t, j - 1))) {
      first = j
      words++
      j--
      continue
    }
    if ((w === 'de' || w === 'du' || w === 'des' || w === 'of') && t.kind[j - 1] === WORD && !stops(lang).has(lower(t, j - 1)) && !skippable(t, j - 1, lang)) {
      first = j - 1
      words += 2
      j -= 2
      continue
    }
    // "crédits de la mission", "cost of the programme"
    if ((w === 'la' || w === 'the' || w === 'les') && (lower(t, j - 1) === 'de' || lower(t, j - 1) === 'of') && t.kind[j - 2] === WORD && !stops(lang).has(lower(t, j - 2)) && !skippable(t, j - 2, lang)) {
      first = j - 2
      words += 3
      j -= 3
      continue
    }
    if (isApostrophe(t, j) && lower(t, j - 1) === 'l' && lower(t, j - 2) === 'de' && t.kind[j - 3] === WORD && !stops(lang).has(lower(t, j - 3)) && !skippable(t, j - 3, lang)) {
      first = j - 3
      words += 3
      j -= 4
      continue
    }
    if ((isApostrophe(t, j) && lower(t, j - 1) === 'd') && t.kind[j - 2] === WORD && !stops(lang).has(lower(t, j - 2)) && !skippable(t, j - 2, lang)) {
      first = j - 2
      words += 2
      j -= 3
      continue
    }
    break
  }
  // "Le réacteur de Flamanville 3, d'une puissance de 1 650 MW": the measure describes the noun before the comma
  const f = first
  if (!nested && lang === 'fr' && (lower(t, f - 1) === 'une' || lower(t, f - 1) === 'un') && isApostrophe(t, f - 2) && lower(t, f - 3) === 'd' &&
    t.kind[f - 4] !== WORD && t.text[t.start[f - 4]] === ',' && f - 4 > sentenceFirst) {
    const owner = subjectNear(t, f - 4, lang, sentenceFirst, figures, true)
    if (owner && 'span' in owner) return owner
  }
  return { span: { first, end } }
}

/** How far back, in tokens, an elided noun is looked for among the figures of the sentence. */
const ELLIPSIS_REACH = 60

/**
 * A bare figure whose noun is elided: "Raul Gonzalez with 102", "Torres avec 27", "Gerard Piqué (37)" count what an
 * earlier figure of the sentence counted ("126 matches"); "15,000 rupees (1.2 euros)" restates the figure before the
 * bracket. Returns that figure, undefined when the sentence names no counted figure before (the caller then carries the
 * previous claim's subject over), or null when the figure is not in such a shape.
 */
function elidedNoun(t: Tokens, from: number, lang: Lang, sentenceFirst: number, figures: ReadonlyMap<number, string>): NearSubject | null {
  const p = from - 1
  if (p <= sentenceFirst) return null
  const bracket = t.kind[p] !== WORD && t.text[t.start[p]] === '('
  if (bracket && figures.has(p - 1) && figures.get(p - 1)) return { figureAt: p - 1 }
  const possession = t.kind[p] === WORD && CLASSES[lang].possessionLinks.has(lower(t, p))
  const namedOwner = (bracket && isCapitalized(t, p - 1) && p - 1 > sentenceFirst) || gappedName(t, p, lang, sentenceFirst)
  if (!possession && !namedOwner) return null
  for (let b = p - 1; b >= sentenceFirst && b >= from - ELLIPSIS_REACH; b--) {
    if (figures.get(b)) return { figureAt: b }
  }
  return undefined
}

/** "… has four games and Jordi Alba two": a name right before a figure, after "and"/"et" or a comma, with the verb left out. */
function gappedName(t: Tokens, p: number, lang: Lang, sentenceFirst: number): boolean {
  let b = p
  while (b > sentenceFirst && b > p - 3 && isCapitalized(t, b)) b--
  if (b === p || b <= sentenceFirst) return false
  return CLASSES[lang].coordinators.has(lower(t, b)) || (t.kind[b] !== WORD && t.text[t.start[b]] === ',')
}

function gluedDigits(t: Tokens, k: number): boolean {
  if (t.end[k] - t.start[k] > 2) return false
  for (let i = t.start[k]; i < t.end[k]; i++) if (t.text[i] < '0' || t.text[i] > '9') return false
  return true
}

function namesWithNumber(t: Tokens, k: number): boolean {
  const p = k - 1
  if (p < 0 || t.kind[p] !== WORD || !isCapitalized(t, p) || t.start[k] - t.end[p] !== 1) return false
  if (MONTHS[lower(t, p)] !== undefined || WEEKDAYS.has(lower(t, p))) return false
  // a plain integer: "CAC 40", not "Paris 2,5"
  for (let i = t.start[k]; i < t.end[k]; i++) if (t.text[i] < '0' || t.text[i] > '9') return false
  return true
}

const RELATIVES = new Set(['qui', 'which', 'who'])
const EN_IRREGULAR_PARTICIPLES = new Set(['built', 'set', 'put', 'made', 'taken', 'held', 'known', 'seen', 'given', 'paid', 'spent', 'cut', 'sold', 'bought'])

function isParticiple(t: Tokens, k: number, lang: Lang): boolean {
  if (t.kind[k] !== WORD) return false
  const w = lower(t, k)
  if (lang === 'fr') return w.length > 3 && (w.endsWith('é') || w.endsWith('ée') || w.endsWith('és') || w.endsWith('ées'))
  return (w.length > 4 && w.endsWith('ed')) || EN_IRREGULAR_PARTICIPLES.has(w)
}

/** True when the noun after "of"/"de" is a basis ("97.7% of GDP"), so the subject is what is measured against it. */
export function isBasisNoun(t: Tokens, span: Span): boolean {
  if (BASIS_NOUNS.has(lower(t, span.first)) && span.end - span.first === 1) return true
  // "7,4 % de la population active", "5% of the labour force": the rate of something named before
  return span.end - span.first === 2 && BASIS_PAIRS.has(`${lower(t, span.first)} ${lower(t, span.first + 1)}`)
}
const BASIS_PAIRS = new Set(['population active', 'labour force', 'labor force', 'working population'])
