// Word lists the non-claim detectors read (see ../nonClaims/README.md). Data only: no logic here.
// French and English are kept apart; a detector reads the union when a text mixes them (quotes, names).

// Words after which a number names something (a rule, a page, an amendment) rather than counts it.
const REFERENCE_FR = [
  'article', 'articles', 'art', 'alinéa', 'alinéas', 'paragraphe', 'paragraphes', 'chapitre', 'chapitres', 'titre', 'annexe',
  'annexes', 'amendement', 'amendements', 'règle', 'règles', 'page', 'pages', 'p', 'pp', 'n', 'no', 'nº', 'nos', 'numéro',
  'numéros', 'tome', 'volume', 'vol', 'section', 'sections', 'directive', 'règlement', 'décret', 'résolution', 'décision',
  'question', 'questions', 'considérant', 'ligne', 'lignes', 'figure', 'tableau', 'graphique', 'note', 'étape', 'salle',
  'lot', 'version', 'point', 'points', 'loi', 'lois', 'protocole', 'convention', 'recommandation', 'motion', 'ordonnance',
  'arrêté', 'circulaire', 'code', 'cote', 'dossier', 'doc', 'document', 'documents', 'fig', 'chap', 'dépêche', 'arrondissement',
  'bus', 'route', 'autoroute', 'rd', 'rn', 'départementale', 'nationale', 'porte', 'quai', 'terminal', 'voie', 'canal', 'chaîne', 'tranche', 'catégorie', 'niveau',
  'classe', 'phase', 'tour', 'match', 'saison', 'épisode', 'rapport', 'objectif', 'objectifs', 'axe', 'pilier', 'type',
  'modèle', 'base', 'box', 'pièce', 'encadré', 'état', 'formulaire', 'cerfa', 'dossier', 'référence', 'réf',
  // plural labels open a list of pointers: "graphiques 1 et 2", "tableaux 3 à 5"
  'figures', 'tableaux', 'graphiques', 'graphe', 'graphes', 'carte', 'cartes', 'encadrés', 'notes'
]
const REFERENCE_EN = [
  'rule', 'rules', 'paragraph', 'paragraphs', 'chapter', 'chapters', 'title', 'annex', 'amendment', 'amendments', 'item',
  'items', 'clause', 'clauses', 'regulation', 'act', 'bill', 'resolution', 'case', 'table', 'chart', 'step', 'line', 'lines',
  'room', 'flight', 'exhibit', 'schedule', 'part', 'parts', 'point', 'points', 'protocol', 'convention', 'report',
  'recommendation', 'motion', 'doc', 'document', 'documents', 'fig', 'verse', 'footnote', 'appendix', 'number', 'numbers',
  'gate', 'platform', 'channel', 'route', 'highway', 'interstate', 'category', 'level', 'grade', 'phase', 'stage', 'round', 'match', 'season', 'episode',
  'objective', 'objectives', 'goal', 'pillar', 'type', 'model', 'issue', 'base', 'box', 'article', 'articles', 'section',
  'sections', 'directive', 'page', 'pages', 'p', 'pp', 'no', 'nos', 'vol', 'volume', 'question', 'questions', 'recital', 'recitals',
  // "Standing Order 26.75", "Order 12"
  'order', 'orders',
  'tables', 'charts', 'figure', 'appendices', 'annexes', 'footnotes'
]
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([...REFERENCE_FR, ...REFERENCE_EN])

// Suffixes glued to a number that make it an ordinal ("18e", "1st", "2nd", "1º").
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['er', 're', 'e', 'ème', 'eme', 'è', 'ième', 'ieme', 'nd', 'st', 'rd', 'th', 'de', 'd', 'ère', 'ers', 'es', 'èmes', 'o', 'ª', 'º'])

// Words before a four-digit figure that make it a year ("en 2023", "since 1999", "budget 2025").
const YEAR_CONTEXT_FR = [
  'en', 'depuis', 'dès', 'ici', 'avant', 'après', 'jusqu', 'début', 'fin', 'mi', 'courant', 'année', 'années', 'an', 'printemps',
  'été', 'automne', 'hiver', 'de', 'du', 'entre', 'et', 'à', 'au', 'pour', 'vers', 'le', 'la', 'l', 'sur', 'pendant', 'durant',
  'exercice', 'budget', 'session', 'rentrée', 'promotion', 'élection', 'élections', 'recensement', 'cop', 'euro', 'mondial',
  'jeux', 'jo', 'horizon', 'plan', 'agenda', 'vision', 'stratégie', 'ca', 'c', 'que', 'ou', 'ni', 'dans', 'cette', 'ce', 'même',
  // "la loi de finances 2013", "la saison 2010", "l'édition 2012": a yearly thing named by its year
  'finances', 'saison', 'édition', 'campagne', 'millésime', 'bilan', 'enquête', 'classement', 'championnat', 'festival', 'salon',
  // "au cours des six premiers mois 2015", "le premier semestre 2015"
  'mois', 'semestre', 'trimestre', 'semaines',
  'cuvée', 'tournoi', 'mondiaux', 'législatives', 'présidentielle', 'municipales', 'européennes', 'régionales', 'cantonales', 'bac',
  'baccalauréat', 'coupe', 'tour', 'rapport', 'recensements', 'prévisions', 'objectifs', 'programme', 'réforme', 'loi'
]
const YEAR_CONTEXT_EN = [
  'of', 'in', 'since', 'by', 'until', 'till', 'before', 'after', 'early', 'late', 'mid', 'year', 'years', 'from', 'to', 'and',
  'during', 'between', 'summer', 'spring', 'autumn', 'fall', 'winter', 'the', 'fiscal', 'on', 'through', 'budget', 'session',
  'class', 'election', 'elections', 'census', 'cop', 'euro', 'horizon', 'plan', 'agenda', 'vision', 'strategy', 'around',
  'circa', 'approximately', 'about', 'ca', 'c', 'than', 'or', 'nor', 'within', 'this', 'that', 'same', 'back', 'as', 'again',
  'once', 'up'
]
export const YEAR_CONTEXT: ReadonlySet<string> = new Set([...YEAR_CONTEXT_FR, ...YEAR_CONTEXT_EN])
// Nouns a year qualifies when it stands right before them: "its 2008 level", "their 2010 figures", "the 2007 peak",
// "a 2006 study". A count of them would read "2,008 levels": the noun is singular or a word of data.
export const YEAR_QUALIFIED_NOUNS: ReadonlySet<string> = new Set([
  'level', 'levels', 'figure', 'figures', 'peak', 'high', 'low', 'record', 'budget', 'census', 'election', 'elections', 'report',
  'study', 'survey', 'season', 'edition', 'campaign', 'crisis', 'recession', 'olympics', 'accounts', 'results', 'forecast',
  'forecasts', 'target', 'targets', 'deadline', 'summit', 'vintage', 'championship', 'tournament', 'estimate', 'estimates',
  'data', 'rate', 'rates', 'average', 'value', 'values', 'prices', 'baseline', 'standards', 'accord', 'agreement', 'treaty',
  'act', 'law', 'reform', 'reforms', 'programme', 'program', 'plan', 'strategy', 'review', 'statistics', 'model', 'version',
  // "the 2014 fiscal year", "the 2023 school year"
  'fiscal', 'financial', 'school', 'academic', 'calendar', 'tax', 'crop', 'marketing'
])

// Words before a duration that make it a frame ("il y a deux ans", "for three years", "the past five years").
const FRAME_BEFORE_FR = [
  'y', 'dans', 'depuis', 'pendant', 'durant', 'après', 'voici', 'voilà', 'prochains', 'prochaines', 'derniers', 'dernières', 'en',
  'sous', 'ces', 'les', 'seulement', 'quelques', 'premiers', 'premières', 'sur', 'jusqu', 'avant', 'que', 'précédents',
  'précédentes', 'récentes'
]
const FRAME_BEFORE_EN = [
  'for', 'in', 'within', 'after', 'over', 'past', 'last', 'next', 'during', 'these', 'those', 'the', 'ago', 'only', 'just', 'few',
  'first', 'until', 'before', 'prior', 'previous', 'than', 'coming', 'recent'
]
export const FRAME_BEFORE: ReadonlySet<string> = new Set([...FRAME_BEFORE_FR, ...FRAME_BEFORE_EN])

// Words after a duration that make it a frame ("un an après", "two years ago", "ten years later").
export const FRAME_AFTER: ReadonlySet<string> = new Set([
  'après', 'plus', 'auparavant', 'avant', 'plutôt', 'tard', 'tôt', 'durant', 'passés', 'passées', 'derniers', 'dernières',
  'prochains', 'prochaines', 'ou', 'à',
  'ago', 'later', 'earlier', 'before', 'after', 'prior', 'since', 'or', 'to', 'following', 'suivant'
])

// "les 18 derniers mois", "les trois prochaines années": a number then one of these then a unit of time.
export const FRAME_ADJECTIVES_AFTER: ReadonlySet<string> = new Set(['derniers', 'dernières', 'prochains', 'prochaines', 'premiers', 'premières'])

export const STREET_WORDS: ReadonlySet<string> = new Set(['rue', 'avenue', 'boulevard', 'bd', 'place', 'impasse', 'allée', 'quai', 'chemin', 'route', 'street', 'road', 'lane', 'st', 'rd', 'ave', 'square', 'downing'])

export const DECADE_WORDS: ReadonlySet<string> = new Set(['années', 'années-', 'decade', 'sixties', 'seventies', 'eighties', 'nineties'])

// "âgé de 34 ans": the age of someone described, not a figure asserted.
export const AGED: ReadonlySet<string> = new Set(['âgé', 'âgée', 'âgés', 'âgées', 'aged'])

// Prepositions that put a number of hours on the clock ("à 20 heures", "vers 9 heures", "at nine hours").
export const CLOCK_BEFORE: ReadonlySet<string> = new Set(['à', 'vers', 'dès', 'jusqu', 'at'])
// … and, before a bare number then "h"/"heures" ("avant 20 h", "de 9 h à 17 h"), a few more.
export const CLOCK_BEFORE_H: ReadonlySet<string> = new Set(['à', 'vers', 'dès', 'jusqu', 'avant', 'après', 'de', 'at'])
export const HOUR_WORDS: ReadonlySet<string> = new Set(['h', 'heures', 'heure', 'hours', 'hour', 'hrs', 'hr'])

// "24 h/24", "7 j/7", "7 jours sur 7", "24 hours a day": round-the-clock, not a figure.
export const ROUND_THE_CLOCK_UNITS: ReadonlySet<string> = new Set(['h', 'heures', 'j', 'jours', 'hours', 'days', 'd', 'hrs'])

// Age brackets: "50 ans et plus", "65 years and over", "18 ans ou plus".
export const BRACKET_OPEN_END: ReadonlySet<string> = new Set(['plus', 'over', 'older', 'above', 'up', 'more', 'upwards', 'beyond'])
export const BRACKET_JOIN: ReadonlySet<string> = new Set(['et', 'ou', 'and', 'or'])

/** A fixed expression whose number is no figure: the words right before it, its value, the words right after it. */
export interface Idiom {
  before: readonly string[]
  value: number
  after: readonly string[]
}
// "à deux pas de chez moi" (close by), "à deux doigts de" (nearly), "aux quatre coins du monde", "in two minds",
// "at sixes and sevens", "kill two birds with one stone", "deux poids, deux mesures", "entre quatre yeux".
export const IDIOMS: readonly Idiom[] = [
  { before: ['à'], value: 2, after: ['pas'] },
  { before: ['à'], value: 2, after: ['doigts'] },
  { before: ['aux'], value: 4, after: ['coins'] },
  { before: ['à'], value: 4, after: ['pattes'] },
  { before: ['entre'], value: 4, after: ['yeux'] },
  { before: ['entre'], value: 2, after: ['chaises'] },
  { before: ['entre'], value: 2, after: ['feux'] },
  { before: ['à'], value: 100, after: ['lieues'] },
  { before: [], value: 2, after: ['poids'] },
  { before: ['in'], value: 2, after: ['minds'] },
  { before: ['the'], value: 4, after: ['corners'] },
  { before: ['at'], value: 6, after: ['and', 'sevens'] },
  { before: ['kill'], value: 2, after: ['birds'] },
  { before: ['my'], value: 2, after: ['cents'] },
  // "d'un seul coup" (at once), "d'une seule voix", "with one voice" (unanimously), "in one go" ('' stands for the apostrophe)
  { before: ['d', ''], value: 1, after: ['seul', 'coup'] },
  { before: ['d', ''], value: 1, after: ['seule', 'voix'] },
  { before: ['with'], value: 1, after: ['voice'] },
  { before: ['in'], value: 1, after: ['go'] },
  // "une croissance à deux chiffres" (double-digit), "à un chiffre": how big, not a count
  { before: ['à'], value: 1, after: ['chiffre'] },
  { before: ['à'], value: 2, after: ['chiffres'] },
  { before: ['à'], value: 3, after: ['chiffres'] },
  // "en deux temps" (in two stages), "en trois temps": the shape of a process, not a count
  { before: ['en'], value: 2, after: ['temps'] },
  { before: ['en'], value: 3, after: ['temps'] }
]

// Verbs of dialling before "le"/"the" and a number: "en composant le 30 20", "appelez le 115", "dial 999".
export const DIAL_VERBS: ReadonlySet<string> = new Set([
  'composer', 'composez', 'composant', 'compose', 'composé', 'appeler', 'appelez', 'appelant', 'appelle', 'contacter', 'contactez',
  'joindre', 'dial', 'dialling', 'dialing', 'dialled', 'dialed', 'ring', 'phone', 'text'
])

// Prepositions of place before a French town or département whose number follows in brackets: "à Agen (47)".
export const PLACE_PREPOSITIONS_FR: ReadonlySet<string> = new Set(['à', 'a', 'au', 'aux', 'dans', 'de', 'd', 'sur', 'près', 'vers', 'depuis'])

// French adjectives spelt as a number word: "neuf" is new in "l'ancien et le neuf", "remis à neuf", "tout neuf".
export const NUMBER_HOMOGRAPHS_FR: ReadonlySet<string> = new Set(['neuf'])
// Words before such a homograph that make it the adjective.
export const HOMOGRAPH_ADJECTIVE_BEFORE_FR: ReadonlySet<string> = new Set(['à', 'du', 'le', 'tout', 'flambant', 'ancien', 'anciens', 'ancienne', 'anciennes', 'occasion', 'vieux'])

// Names of a union by its member count: "l'Europe à 25", "l'Europe des 27", "the EU of 15".
export const UNION_NAMES: ReadonlySet<string> = new Set(['europe', 'union', 'ue', 'eu', 'zone', 'g', 'groupe', 'group'])

// Attitude words after a percentage of 100 or more that make it hyperbole ("100 % sûr", "110 percent committed").
export const HYPERBOLE_AFTER: ReadonlySet<string> = new Set([
  'sûr', 'sûre', 'sûrs', 'sûres', 'certain', 'certaine', 'convaincu', 'convaincue', 'convaincus', 'd', 'derrière', 'motivé', 'motivée',
  'motivés', 'investi', 'investie', 'sure', 'committed', 'behind', 'confident', 'convinced', 'focused', 'honest'
])
// Verbs of giving before it ("give 110 percent", "donner 200 %").
export const HYPERBOLE_GIVE: ReadonlySet<string> = new Set(['give', 'gave', 'giving', 'gives', 'given', 'donner', 'donne', 'donné', 'donnent', 'donnons'])
// Words before "à N %" / "at N percent" that make the number an intensity ("d'accord à 1000 %", "je suis à 200 %").
export const HYPERBOLE_PERSONAL: ReadonlySet<string> = new Set(['accord', 'suis', 'sommes', 'es', 'êtes', 'am', 'agree', 'agreed', 'moi', 'me', 'vous', 'lui', 'toi', 'nous'])

// Heads of a population or a set of firms sized by a figure: "les entreprises de 20 à 49 salariés", "des enfants de
// 9 à 13 ans", "companies employing over 20 persons" name a category, they assert no figure.
export const BRACKET_LINKS: ReadonlySet<string> = new Set(['de', 'd', 'of', 'between', 'aged', 'employing', 'employant', 'comptant', 'with', 'avec', 'entre'])
export const POPULATION_HEADS: ReadonlySet<string> = new Set([
  'enfants', 'jeunes', 'personnes', 'femmes', 'hommes', 'adultes', 'salariés', 'travailleurs', 'entreprises', 'établissements',
  'sociétés', 'communes', 'ménages', 'patients', 'élèves', 'étudiants', 'électeurs', 'victimes', 'retraités', 'seniors', 'filles',
  'garçons', 'habitants', 'foyers', 'pme', 'exploitations', 'villes',
  'children', 'people', 'women', 'men', 'adults', 'workers', 'employees', 'companies', 'firms', 'businesses', 'households',
  'patients', 'pupils', 'students', 'voters', 'victims', 'pensioners', 'girls', 'boys', 'residents', 'families', 'towns',
  'enterprises', 'employers', 'citizens', 'smes', 'farms'
])

// Superlatives that make "the 25 most prosperous regions" / "les 25 régions les moins prospères" a ranked group.
export const SUPERLATIVES: ReadonlySet<string> = new Set(['most', 'least', 'largest', 'biggest', 'smallest', 'richest', 'poorest', 'best', 'worst', 'top', 'highest', 'lowest', 'leading'])

// Financial instruments named by their maturity: "les obligations à 10 ans", "le taux à 30 ans".
export const MATURITY_NOUNS: ReadonlySet<string> = new Set(['obligations', 'obligation', 'emprunt', 'emprunts', 'taux', 'titres', 'titre', 'bons', 'prêt', 'prêts', 'crédit', 'crédits', 'dette', 'oat', 'bund', 'bunds'])

// Rounds of a competition named by how many are left: "the last 16", "the last eight".
export const ROUND_LAST: ReadonlySet<number> = new Set([4, 8, 16, 32, 64])

// Nouns of discourse after a small count ("for three reasons", "à deux niveaux"): see nonClaims/discourse.ts.
export const DISCOURSE_NOUNS: ReadonlySet<string> = new Set([
  // Not "aspects", "questions", "plans": "cinq aspects" of a report, "deux questions préjudicielles", "deux plans sociaux" are counted facts.
  'reasons', 'ways', 'levels', 'respects', 'remarks', 'comments', 'observations', 'fronts', 'counts', 'angles', 'things', 'words',
  'perspectives', 'raisons', 'façons', 'manières', 'niveaux', 'égards', 'remarques', 'observations', 'fronts', 'titres', 'choses', 'mots',
  'chantiers', 'lessons', 'tips', 'leçons', 'conseils', 'challenges', 'défis', 'facts', 'faits'
])
// Nouns of what a speaker speaks on, after "sur"/"on": "je voudrais dire quelques mots sur deux points", "intervenir sur
// deux questions de notre résolution" (a count of topics, not of things in the world).
export const TOPIC_NOUNS: ReadonlySet<string> = new Set(['points', 'questions', 'elements', 'éléments', 'sujets', 'thèmes', 'issues', 'subjects', 'topics', 'matters'])
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['sur', 'on', 'upon', 'about', 'concerning'])
// Verbs of raising a topic, as Porter stems (every tense): "I shall mention three issues", "j'évoquerai deux questions".
export const TOPIC_VERB_STEMS: Record<'fr' | 'en', ReadonlySet<string>> = {
  fr: new Set(['mention', 'évoqu', 'abord', 'soulev', 'soulign', 'rappel']),
  en: new Set(['mention', 'rais', 'address', 'highlight', 'stress', 'underlin', 'outlin'])
}
// Nouns of the two sides of a pairing after "les deux"/"the two": "les deux équipes", "des deux partis", "the two
// countries" refer back to the pair the text is about; they count nothing new.
export const PAIR_NOUNS: ReadonlySet<string> = new Set([
  'équipes', 'partis', 'pays', 'camps', 'côtés', 'bords', 'chambres', 'parties', 'candidats', 'candidates', 'complices', 'sexes',
  'clubs', 'formations', 'adversaires', 'rivaux', 'protagonistes', 'frères', 'soeurs', 'sœurs', 'époux', 'hommes', 'femmes',
  'teams', 'sides', 'countries', 'houses', 'chambers', 'rivals', 'men', 'women', 'brothers', 'sisters', 'leaders', 'nations', 'camps',
  'clubs', 'opponents', 'players', 'joueurs', 'dirigeants', 'capitales', 'capitals', 'villes', 'cities', 'communautés', 'communities',
  // the two institutions or articles a debate is about: "la coopération des deux institutions", "moderniser les deux articles"
  // (not reports: "les deux rapports - celui sur la concurrence et celui sur les aides" counts the reports debated)
  'institutions', 'articles'
])
// Adjectives that may stand between the count and that noun ("three main reasons", "deux grandes raisons").
export const DISCOURSE_ADJECTIVES: ReadonlySet<string> = new Set([
  'main', 'major', 'key', 'simple', 'important', 'different', 'basic', 'essential', 'brief', 'short', 'big', 'great', 'grands', 'gros',
  'grandes', 'principales', 'bonnes', 'simples', 'brèves', 'petites', 'courtes', 'importantes', 'essentielles', 'différentes'
])

// Verbs whose object is a duration, as Porter stems (every tense: "takes", "took", "il faudrait", "a duré"): the
// duration is the figure asserted ("it takes over 40 minutes", "il faut entre 150 et 200 ans", "nous consacrerons
// environ une heure"), not a frame. Irregular forms the stemmer leaves alone are listed as they are.
export const DURATION_VERB_STEMS: Record<'fr' | 'en', ReadonlySet<string>> = {
  en: new Set(['take', 'took', 'taken', 'last', 'spend', 'spent', 'need', 'dedic', 'devot', 'wait', 'celebr', 'complet', 'serv', 'requir', 'sentenc', 'lost']),
  fr: new Set(['faut', 'faudr', 'fall', 'fallu', 'prend', 'prendr', 'prennent', 'pris', 'dur', 'durent', 'consacr', 'attendr', 'attendu', 'attend',
    'célebr', 'fêt', 'purg', 'condamn', 'fais', 'fait', 'mis', 'met', 'mettr', 'pass'])
}
// Verbs after a duration that make it the subject of its passing ("two weeks pass", "deux ans se sont écoulés").
export const DURATION_PASS_STEMS: ReadonlySet<string> = new Set(['pass', 'elaps', 'écoul', 'passent', 'passèrent'])
// Words passed between a verb of duration and its duration: approximators, pronouns, articles.
export const DURATION_FILLERS: ReadonlySet<string> = new Set([
  'over', 'more', 'than', 'about', 'approximately', 'around', 'some', 'nearly', 'almost', 'up', 'to', 'at', 'least', 'between', 'only',
  'just', 'roughly', 'barely', 'less', 'a', 'an', 'it', 'them', 'him', 'her', 'us', 'me', 'you', 'another', 'further',
  'entre', 'environ', 'près', 'de', 'd', 'plus', 'moins', 'presque', 'quelque', 'seulement', 'à', 'peine', 'me', 'nous', 'vous',
  'lui', 'leur', 'en', 'y', 'un', 'une', 'bien', 'encore', 'au', 'moins', 'pas', 'que', 'a', 'ont', 'avait', 'aura'
])
