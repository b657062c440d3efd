// Multiplying verbs and nouns by stem, any tense: "doublera", "ont triplé", "le doublement de", "quadrupling",
// "halved", "twice". The value is the factor (0.5 for halving). Data only: writtenNumbers.ts reads it.

/** Stem → factor; a word is the stem plus one of the endings below. */
export const MULTIPLIER_STEMS: Readonly<Record<string, number>> = {
  doubl: 2, tripl: 3, quadrupl: 4, décupl: 10, // fr and en ("doubled", "tripling", "quadrupled")
  halv: 0.5 // en: "halve", "halved", "halving"
}

/** Endings after a stem: French conjugations (all tenses), the French noun in -ement, English forms. */
export const MULTIPLIER_ENDINGS: ReadonlySet<string> = new Set([
  // French: present, past participle, imperfect, future, conditional, simple past, present participle, noun
  'e', 'es', 'ent', 'ons', 'ez', 'er', 'é', 'ée', 'és', 'ées', 'ait', 'ais', 'aient', 'ions', 'iez', 'era', 'eras', 'erons', 'erez',
  'eront', 'erait', 'eraient', 'erai', 'a', 'èrent', 'ant', 'ement', 'ements',
  // English
  'ed', 'ing', 'ings'
])

/**
 * Forms that are also adjectives or nouns ("un double meurtre", "double standards", "two halves"):
 * a multiplication only after a verb's helper ("to double", "va doubler") or before what is multiplied ("double the").
 */
export const AMBIGUOUS_MULTIPLIERS: ReadonlySet<string> = new Set([
  'double', 'triple', 'quadruple', 'doubler', 'tripler', 'halve', 'décuple'
])

/** Plural adjectives and nouns ("de doubles coques", "men's doubles"): a verb only before what is multiplied ("halves the cost"). */
export const PLURAL_MULTIPLIERS: ReadonlySet<string> = new Set(['doubles', 'triples', 'quadruples', 'décuples', 'halves'])

/** French nouns in -ement that are adverbs too ("renforce doublement"): a noun after a determiner ("le doublement"). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['le', 'un', 'du', 'au', 'ce', 'cet', 'son', 'leur', 'notre', 'votre', 'quasi', 'nouveau'])

/** Words before "twice" that make it an idiom ("think twice"). */
export const TWICE_IDIOMS: ReadonlySet<string> = new Set(['think', 'thinks', 'thought', 'thinking'])

/** Whole words that multiply. */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = { twice: 2, thrice: 3 }
