import type { Lang } from '../../model'
import { SPEAKER_LEXICON_EN } from '../lexicons/speaker.en'
import { SPEAKER_LEXICON_FR } from '../lexicons/speaker.fr'
import type { SpeakerLexicon, SpeechVerb } from '../lexicons/speaker.types'

/** The speaker lexicons as sets, built once. */
const LEXICONS: Record<Lang, SpeakerLexicon> = { fr: SPEAKER_LEXICON_FR, en: SPEAKER_LEXICON_EN }

// Names, roles and turns are read without knowing the language of each name, so those classes hold both languages.
function both(pick: (lex: SpeakerLexicon) => readonly string[]): ReadonlySet<string> {
  return new Set([...pick(SPEAKER_LEXICON_EN), ...pick(SPEAKER_LEXICON_FR)])
}

/** A speech verb form with what its lemma says about it. */
export interface SpeechVerbForm extends SpeechVerb {
  lemma: string
}

// The regular endings of a French -er verb that go with a form the lexicon lists, so each listed tense reads in every
// person and its neighbours: a listed present "indique" brings "indiquent", "indiquait", "indiquaient", "indiquera",
// "indiquerait"…; a listed participle "annoncé" brings the simple past "annonça", "annoncèrent". A tense the
// lexicon leaves out stays out ("compter" lists only "compté": "le parc compte 56 réacteurs" reports nothing).
const FR_ER_WITH_PRESENT = ['ent', 'ait', 'aient', 'era', 'eront', 'erait', 'eraient']
// (not the agreed participles: "les coûts estimés" is an adjective, no report)
const FR_ER_WITH_PARTICIPLE = ['a', 'èrent']

/** Every form of a lemma: those listed, and for a French -er verb ("annoncer") the regular forms of the listed tenses. */
function formsOfLemma(lemma: string, verb: SpeechVerb, lang: Lang): string[] {
  const forms = [...verb.forms]
  if (lang === 'fr' && lemma.endsWith('er') && !lemma.includes(' ') && !verb.prepositional && verb.elidedBefore === undefined && !verb.listedFormsOnly) {
    const stem = lemma.slice(0, -2)
    if (verb.forms.includes(stem + 'e')) for (const e of FR_ER_WITH_PRESENT) forms.push(stem + e)
    if (verb.forms.includes(stem + 'é')) for (const e of FR_ER_WITH_PARTICIPLE) forms.push(stem + e)
  }
  return forms
}

function formsOf(lex: SpeakerLexicon, lang: Lang): ReadonlyMap<string, SpeechVerbForm> {
  const forms = new Map<string, SpeechVerbForm>()
  for (const [lemma, verb] of Object.entries(lex.speechVerbs)) for (const f of formsOfLemma(lemma, verb, lang)) if (!forms.has(f)) forms.set(f, { ...verb, lemma })
  return forms
}

/** Speech verb forms of each language → their lemma's entry. */
export const SPEECH_VERBS: Record<Lang, ReadonlyMap<string, SpeechVerbForm>> = { fr: formsOf(LEXICONS.fr, 'fr'), en: formsOf(LEXICONS.en, 'en') }

/** First letters and length bounds of the speech verb forms, a cheap filter before the map lookup. */
export interface VerbFilter {
  first: ReadonlySet<number>
  minLength: number
  maxLength: number
}

function filterOf(forms: ReadonlyMap<string, SpeechVerbForm>): VerbFilter {
  const keys = [...forms.keys()]
  return {
    first: new Set(keys.map((w) => w.charCodeAt(0))),
    minLength: Math.min(...keys.map((w) => w.length)),
    maxLength: Math.max(...keys.map((w) => w.length))
  }
}

export const VERB_FILTER: Record<Lang, VerbFilter> = { fr: filterOf(SPEECH_VERBS.fr), en: filterOf(SPEECH_VERBS.en) }

export const FIRST_PERSON: Record<Lang, ReadonlySet<string>> = { fr: new Set(LEXICONS.fr.firstPerson), en: new Set(LEXICONS.en.firstPerson) }

export const AGENT_PREPOSITIONS = both((l) => l.agentPrepositions)
export const COMPLEMENTIZERS = both((l) => l.complementizers)
export const CONTRARY = both((l) => l.contrary)
export const CONTRARY_LINKS = both((l) => l.contraryLinks)
export const TIME_WORDS = both((l) => l.timeWords)
export const BEFORE_VERB = both((l) => l.beforeVerb)
export const PRONOUNS = both((l) => l.pronouns)
export const DETERMINERS = both((l) => l.determiners)
export const INDEFINITE_ARTICLES = both((l) => l.indefiniteArticles)
export const DEFINITE_ARTICLES = both((l) => l.definiteArticles)
export const ELIDED_ARTICLES = both((l) => l.elidedArticles)
export const POSSESSIVES = both((l) => l.possessives)
export const NUMBER_WORDS = both((l) => l.numberWords)
export const QUANTITY_OF = both((l) => l.quantityOf)
export const NAME_PARTICLES = both((l) => l.nameParticles)
export const TITLES = both((l) => l.titles)
export const NOT_NAMES = both((l) => l.notNames)
export const ROLE_VERBS = both((l) => l.roleVerbs)
export const BASE_FORM_BLOCKERS: Record<Lang, ReadonlySet<string>> = { fr: new Set(LEXICONS.fr.baseFormBlockers), en: new Set(LEXICONS.en.baseFormBlockers) }
export const ROLE_STOPS = both((l) => l.roleStops)
export const ROLE_OF = both((l) => l.roleOf)
export const ORGANISATION_HEADS = both((l) => l.organisationHeads)

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A capitalised article at the head of a role ("The group", "L'entreprise"), stripped to see whether the rest is a name. */
export const LEADING_ARTICLE = new RegExp(`^(${[...SPEAKER_LEXICON_EN.leadingArticles, ...SPEAKER_LEXICON_FR.leadingArticles].map(escape).join('|')})\\s*`, 'u')
