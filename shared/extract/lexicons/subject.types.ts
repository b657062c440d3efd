/**
 * The word classes the subject stage reads noun phrases with, for one language. Data only: the logic is in
 * ../partOfSpeech.ts and ../subject.ts. Closed classes are listed; open classes (nouns, adjectives, verbs) are
 * guessed from these lists, suffixes and the neighbouring words.
 */
export interface SubjectLexicon {
  /** Function words that end a noun phrase: determiners, prepositions other than "de"/"of", pronouns, auxiliaries, conjunctions, adverbs. */
  stop: readonly string[]
  /** Frequent verb forms, after which a figure's subject is on the left ("unemployment rose to 7%"). */
  verbs: readonly string[]
  /** Determiners and possessives that may open a noun phrase. */
  determiners: readonly string[]
  /** Adjectives that come before their noun ("nouveaux règlements", "main mirror"), so a phrase may start with them. */
  prenominal: readonly string[]
  /** Endings of adjectives and participles that follow their noun (French); empty where adjectives come first. */
  adjectiveSuffixes: readonly string[]
  /** Prepositions that open a complement kept in the counted phrase after a participle ("infectés par le VIH", "calling at EU ports"). */
  complementPrepositions: readonly string[]
  /** Prepositions that open a complement kept right after the counted noun ("jobs in manufacturing"). */
  nounComplementPrepositions: readonly string[]
  /** Coordinators that join two nouns into one counted phrase ("hommes et femmes"). */
  coordinators: readonly string[]
  /** Words that name what a figure measures in, not what it counts ("5985 points"): the subject is elsewhere. */
  measureNouns: readonly string[]
  /** Pronouns after "of"/"d'entre" that refer back to a group named before ("70 of these", "trois d'entre eux"). */
  groupPronouns: readonly string[]
  /** Links after which a bare figure has its noun elided ("Raul with 102", "Torres avec 27"). */
  possessionLinks: readonly string[]
  /** Words that end a phrase as adverbials of time or place when they follow a participle ("cumulés sur cinq ans"). */
  periodHeads: readonly string[]
}
