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

function formsOf(lex: SpeakerLexicon): ReadonlyMap<string, SpeechVerbForm> {
  const forms = new Map<string, SpeechVerbForm>()
  for (const [lemma, verb] of Object.entries(lex.speechVerbs)) for (const f of verb.forms) forms.set(f, { ...verb, lemma })
  return forms
}

/** Speech verb forms of each language → their lemma's entry. */
export const SPEECH_VERBS: Record<Lang, ReadonlyMap<string, SpeechVerbForm>> = { fr: formsOf(LEXICONS.fr), en: formsOf(LEXICONS.en) }

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
