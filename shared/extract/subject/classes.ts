import type { Lang } from '../../model'
import { SUBJECT_LEXICON_EN } from '../lexicons/subject.en'
import { SUBJECT_LEXICON_FR } from '../lexicons/subject.fr'
import type { SubjectLexicon } from '../lexicons/subject.types'

/** A language's word classes as sets, built once from its lexicon. */
export interface WordClasses {
  stop: ReadonlySet<string>
  verbs: ReadonlySet<string>
  determiners: ReadonlySet<string>
  nounDeterminers: ReadonlySet<string>
  prenominal: ReadonlySet<string>
  adjectiveSuffixes: readonly string[]
  complementPrepositions: ReadonlySet<string>
  nounComplementPrepositions: ReadonlySet<string>
  headLinkPrepositions: ReadonlySet<string>
  coordinators: ReadonlySet<string>
  measureNouns: ReadonlySet<string>
  groupPronouns: ReadonlySet<string>
  possessionLinks: ReadonlySet<string>
  periodHeads: ReadonlySet<string>
  clauseBreaks: ReadonlySet<string>
  nounsInLy: ReadonlySet<string>
  adjectivesInLy: ReadonlySet<string>
  ingPrepositions: ReadonlySet<string>
  objectStarts: ReadonlySet<string>
  irregularParticiples: ReadonlySet<string>
  ofDeterminers: ReadonlySet<string>
  participleLinks: ReadonlySet<string>
  verbAfter: ReadonlySet<string>
  beforeInfinitive: ReadonlySet<string>
  participleIntros: ReadonlySet<string>
  nounsWithVerbEnding: ReadonlySet<string>
  adverbsInMent: ReadonlySet<string>
  nounsInEment: ReadonlySet<string>
  /** Compound nouns as token phrases ("chiffre d ' affaires"). */
  compoundNouns: readonly (readonly string[])[]
  participleEndings: readonly string[]
}

function classesOf(lex: SubjectLexicon): WordClasses {
  return {
    stop: new Set(lex.stop),
    verbs: new Set(lex.verbs),
    determiners: new Set(lex.determiners),
    nounDeterminers: new Set(lex.nounDeterminers),
    prenominal: new Set(lex.prenominal),
    adjectiveSuffixes: lex.adjectiveSuffixes,
    complementPrepositions: new Set(lex.complementPrepositions),
    nounComplementPrepositions: new Set(lex.nounComplementPrepositions),
    headLinkPrepositions: new Set(lex.headLinkPrepositions),
    coordinators: new Set(lex.coordinators),
    measureNouns: new Set(lex.measureNouns),
    groupPronouns: new Set(lex.groupPronouns),
    possessionLinks: new Set(lex.possessionLinks),
    periodHeads: new Set(lex.periodHeads),
    clauseBreaks: new Set(lex.clauseBreaks),
    nounsInLy: new Set(lex.nounsInLy),
    adjectivesInLy: new Set(lex.adjectivesInLy),
    ingPrepositions: new Set(lex.ingPrepositions),
    objectStarts: new Set(lex.objectStarts),
    irregularParticiples: new Set(lex.irregularParticiples),
    ofDeterminers: new Set(lex.ofDeterminers),
    participleLinks: new Set(lex.participleLinks),
    verbAfter: new Set(lex.verbAfter),
    beforeInfinitive: new Set(lex.beforeInfinitive),
    participleIntros: new Set(lex.participleIntros),
    nounsWithVerbEnding: new Set(lex.nounsWithVerbEnding),
    adverbsInMent: new Set(lex.adverbsInMent),
    nounsInEment: new Set(lex.nounsInEment),
    compoundNouns: lex.compoundNouns.map((c) => c.split(' ')),
    participleEndings: lex.participleEndings
  }
}

export const CLASSES: Record<Lang, WordClasses> = { fr: classesOf(SUBJECT_LEXICON_FR), en: classesOf(SUBJECT_LEXICON_EN) }

// These rules are blind to the language (a French sentence may hold "total" or "record" either way), so they read both lists.
function both(pick: (lex: SubjectLexicon) => readonly string[]): ReadonlySet<string> {
  return new Set([...pick(SUBJECT_LEXICON_EN), ...pick(SUBJECT_LEXICON_FR)])
}

export const LOOK_BACK_SKIPS = both((l) => l.lookBackSkips)
export const CHANGE_HEADS = both((l) => l.changeHeads)
export const MODALS = both((l) => l.modals)
export const LEAD_DETERMINERS = both((l) => l.leadDeterminers)
export const FOR_WORDS = both((l) => l.forWords)
export const MONEY_FOR = both((l) => l.moneyFor)
export const FOR_PERIOD_HEADS = both((l) => l.forPeriodHeads)
export const EXTRA_WORDS = both((l) => l.extraWords)
export const TIME_UNITS = both((l) => l.timeUnits)
export const SUBJECT_PRONOUNS = both((l) => l.subjectPronouns)
export const RELATIVES = both((l) => l.relatives)
export const BASIS_NOUNS = both((l) => l.basisNouns)
export const BASIS_PAIRS = both((l) => l.basisPairs)
