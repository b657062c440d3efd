/**
 * The words the speaker stage reads attributions, names and roles with, for one language. Data only: the logic is in
 * ../speaker/. Where a rule is blind to the language (names, roles, transcript turns), it reads both languages' lists.
 */
export interface SpeechVerb {
  /** The forms of the lemma met in text, lower case ("assure", "assuré", "assurait"). */
  forms: readonly string[]
  /** Only sometimes reports speech ("plans", "shows", "prévoit"): used when no plain "said" is nearer. */
  weak?: boolean
  /** Reports speech only with a quote, a comma, "that", a pronoun or a name beside it ("Health care added 67,000 jobs" does not). */
  needsCue?: boolean
  /** A preposition naming its source after it ("selon l'Insee", "according to the ONS"); may open a sentence capitalised. */
  prepositional?: boolean
  /** A word that must follow the form, read as part of it ("according to", "pointed out"). */
  particle?: string
  /** An elided word that must come before it, with its apostrophe ("d'après"). */
  elidedBefore?: string
  /**
   * Only the forms listed: a French -er lemma otherwise reads every regular form too ("indiquent", "indiquaient"); set
   * where one of them would say the opposite ("interrogé par l'AFP": the AFP asked, it did not state).
   */
  listedFormsOnly?: boolean
}

export interface SpeakerLexicon {
  /** Verbs and prepositions that report speech, by lemma. */
  speechVerbs: Readonly<Record<string, SpeechVerb>>
  /** Prepositions of the agent after a passive speech verb ("annoncé par la police", "reported by the ONS"). */
  agentPrepositions: readonly string[]
  /** Conjunctions that open reported speech after a verb ("added that", "ajoute que"). */
  complementizers: readonly string[]
  /** Words of contrast before a speech verb the figure refutes ("Contrairement à ce que dit…"). */
  contrary: readonly string[]
  /** Words right before such a refuted speech verb ("ce que dit", "what … claims"). */
  contraryLinks: readonly string[]
  /** Times that may stand between a speech verb and its speaker ("a indiqué vendredi la préfecture"). */
  timeWords: readonly string[]
  /** Words that may stand between a speaker and the speech verb ("has also said", "a aussi déclaré"). */
  beforeVerb: readonly string[]
  /** Pronouns that speak, resolved to the last name before them. */
  pronouns: readonly string[]
  /** First-person words: in a sentence with one, the speaker talks, not the reporter. */
  firstPerson: readonly string[]
  /** Determiners that open a role ("le préfet", "the minister"). */
  determiners: readonly string[]
  /** Indefinite articles, no part of a source's name ("according to a preliminary report"). */
  indefiniteArticles: readonly string[]
  /** Definite articles before a name of two words or more ("according to the Agriculture … Board"). */
  definiteArticles: readonly string[]
  /** Elided articles before a name of any length ("selon l'Insee"). */
  elidedArticles: readonly string[]
  /** Articles written capitalised at the head of a role, as text ("The", "L'"). */
  leadingArticles: readonly string[]
  /** Possessives: what is owned does not speak ("Votre budget prévoit"). */
  possessives: readonly string[]
  /** Number words and the preposition of a quantity: what is counted does not speak ("Two-thirds of respondents said"). */
  numberWords: readonly string[]
  quantityOf: readonly string[]
  /** Lower-case particles inside names ("Jean de La Fontaine", "Ursula von der Leyen", "Bank of England"). */
  nameParticles: readonly string[]
  /** Titles before a name ("M.", "Dr", "ministre"). */
  titles: readonly string[]
  /** Capitalised words that never start a name (sentence-initial function words, pronouns, connectives). */
  notNames: readonly string[]
  /**
   * Words after which a verb's base form reports nothing yet: a question, a wish or an infinitive ("Will he confirm
   * that…", "to say that…"); "officials say" still reports.
   */
  baseFormBlockers: readonly string[]
  /** Auxiliaries and modals that end a role read backwards or forwards ("the minister would…"). */
  roleVerbs: readonly string[]
  /** Function words that end a role ("the minister in …", "le préfet qui …"). */
  roleStops: readonly string[]
  /** Prepositions joining a role to the name it governs ("le président de la République"). */
  roleOf: readonly string[]
  /** Generic heads of an organisation's name ("the group", "la société"), resolved to the organisation named before. */
  organisationHeads: readonly string[]
}
