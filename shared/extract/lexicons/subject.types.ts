/**
 * The word classes the subject stage reads noun phrases with, for one language. Data only: the logic is in
 * ../subject/. Where a rule is blind to the language, it reads both languages' lists; a list only one language's rules read is empty in the other. Closed classes are listed; open classes (nouns, adjectives, verbs) are
 * guessed from these lists, suffixes and the neighbouring words.
 */
export interface SubjectLexicon {
  /** Function words that end a noun phrase: determiners, prepositions other than "de"/"of", pronouns, auxiliaries, conjunctions, adverbs. */
  stop: readonly string[]
  /** Frequent verb forms, after which a figure's subject is on the left ("unemployment rose to 7%"). */
  verbs: readonly string[]
  /** Determiners and possessives that may open a noun phrase. */
  determiners: readonly string[]
  /**
   * Determiners after which a word of the verb list is a noun ("the vote was 45 percent", "ses comptes"); no article
   * that is also an object pronoun ("on les estime à").
   */
  nounDeterminers: readonly string[]
  /** Adjectives that come before their noun ("nouveaux règlements", "main mirror"), so a phrase may start with them. */
  prenominal: readonly string[]
  /** Endings of adjectives and participles that follow their noun (French); empty where adjectives come first. */
  adjectiveSuffixes: readonly string[]
  /** Prepositions that open a complement kept in the counted phrase after a participle ("infectés par le VIH", "calling at EU ports"). */
  complementPrepositions: readonly string[]
  /** Prepositions that open a complement kept right after the counted noun ("jobs in manufacturing"). */
  nounComplementPrepositions: readonly string[]
  /**
   * Prepositions that tie a place, market or object to the noun before them in a phrase read leftwards from a figure
   * ("unemployment in France rose", "les ventes en Europe ont baissé"); after a verb or a predicate adjective the same
   * phrase is an adjunct ("SAP has been in China for 20 years") and the subject is further left.
   */
  headLinkPrepositions: readonly string[]
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
  /** Words that end the clause a subject is looked for in, reading back from a figure ("et", "which"). */
  clauseBreaks: readonly string[]
  /** Verbs and words passed over when looking back from a figure for its noun ("expects", "atteint", "roughly"). */
  lookBackSkips: readonly string[]
  /** Nouns of change or of an amount, passed over for what they measure ("une hausse de", "the total of"). */
  changeHeads: readonly string[]
  /** Modals and "to": the word after one is a verb ("will pay compensation"). */
  modals: readonly string[]
  /** Determiners passed over before the noun after "pour"/"for" or a noun of change. */
  leadDeterminers: readonly string[]
  /** Prepositions after a figure and a word of more or change that lead to what it is for ("12 millions supplémentaires pour l'hébergement"). */
  forWords: readonly string[]
  /** Prepositions right after an amount of money that lead to what it is for ("£3bn for schools"). */
  moneyFor: readonly string[]
  /** Words after such a preposition that name a period, not what the figure is for ("pour le premier trimestre"). */
  forPeriodHeads: readonly string[]
  /** Words of more or less right after a figure ("12 millions d'euros supplémentaires", "£2.4bn more"). */
  extraWords: readonly string[]
  /** Spans of time: after one, only "de"/"of" introduces what it measures ("20 années de trajectoire"). */
  timeUnits: readonly string[]
  /** Subject pronouns that send the look back past their comma ("Quant aux banques, elles recevront…"). */
  subjectPronouns: readonly string[]
  /** Relative pronouns opening an aside after a noun ("le seuil, qui atteint…"). */
  relatives: readonly string[]
  /** Nouns a rate is measured against ("97.7% of GDP"), and pairs of them ("population active"). */
  basisNouns: readonly string[]
  basisPairs: readonly string[]
  /** Nouns ending in -ly, not adverbs ("family", "supply"). */
  nounsInLy: readonly string[]
  /** Adjectives ending in -ly, not adverbs: they belong to the phrase ("the average monthly wage", "elderly people"). */
  adjectivesInLy: readonly string[]
  /** Prepositions that make an -ing word before them a verb ("closing at 5985 points"). */
  ingPrepositions: readonly string[]
  /** Words that open an object, so the word before them is a verb ("regions enjoy five times", "demand a"). */
  objectStarts: readonly string[]
  /** Participles with no -ed ending ("built", "paid"). */
  irregularParticiples: readonly string[]
  /** Possessives and demonstratives after "de" before the counted noun ("la moitié de ces emplois"). */
  ofDeterminers: readonly string[]
  /** Prepositions after which a participle right after a unit is not what is counted ("cumulés sur cinq ans"). */
  participleLinks: readonly string[]
  /** Subject pronouns and auxiliaries: the word after one is a verb ("nous accueillons", "ont saisi"). */
  verbAfter: readonly string[]
  /** Prepositions and modals before an infinitive ("pour fabriquer", "doit contrôler"). */
  beforeInfinitive: readonly string[]
  /** Prepositions after a participle that introduces the figure ("plafonnée à", "fixés par"). */
  participleIntros: readonly string[]
  /** Nouns with a verb's ending ("portrait", "souhait"). */
  nounsWithVerbEnding: readonly string[]
  /**
   * Adverbs in -ment the never-noun lexicon misses (it builds them on Lefff's adjectives: "actuellement", "vraiment"),
   * and nouns in -ément, which are adverbs otherwise ("précisément" but "élément"). A word in -ment neither names is a
   * noun ("un paiement de", "le financement de").
   */
  adverbsInMent: readonly string[]
  nounsInEment: readonly string[]
  /** Compound nouns whose first word the look back would pass as a verb ("chiffre d'affaires"), apostrophes as "'". */
  compoundNouns: readonly string[]
  /** Endings of a participle right after a noun ("infectés", "entrant"). */
  participleEndings: readonly string[]
}
