/**
 * A small French–English bridge for subject keys. Claim.subjectKey holds stems of one
 * language ("plac héberg nuit consomm crack"; "overnight place crack user"), so a French and
 * an English claim about the same figure share almost no stem. Mapping the common stems of
 * news figures to one concept token each ("consomm", "usager", "user" → "~user") lets them meet.
 * The table is words, stemmed here with the same natural stemmers the extractor uses, so it
 * follows the extractor's keys instead of hard-coding stems.
 */
import stemmerEn from 'natural/lib/natural/stemmers/porter_stemmer.js'
import stemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js'

/** concept → [French words, English words]. Single words only (keys are single stems). */
const BRIDGE: Record<string, [string[], string[]]> = {
  place: [['place', 'places'], ['place', 'places', 'spot', 'spots']],
  shelter: [['hébergement', 'hébergé', 'hébergés', 'accueil', 'accueilli', 'accueillis', 'abri'], ['shelter', 'sheltered', 'accommodation', 'accommodated', 'housed', 'welcomed']],
  night: [['nuit', 'nuits', 'nocturne', 'nuitée', 'nuitées'], ['night', 'nights', 'overnight', 'nightly']],
  user: [['consommateur', 'consommateurs', 'usager', 'usagers', 'toxicomane', 'toxicomanes'], ['user', 'users', 'consumer', 'consumers', 'addict', 'addicts']],
  hospital: [['hôpital', 'hôpitaux', 'hospitalier', 'hospitaliers', 'hospitalière', 'hospitalisation', 'hospitalisé'], ['hospital', 'hospitals', 'hospitalisation', 'hospitalization', 'hospitalised', 'hospitalized']],
  bed: [['lit', 'lits'], ['bed', 'beds']],
  care: [['soin', 'soins', 'charge', 'traitement'], ['care', 'treatment']],
  police: [['police', 'policier', 'policiers', 'gendarme', 'gendarmes'], ['police', 'officer', 'officers', 'policemen']],
  arrest: [['interpellation', 'interpellations', 'arrestation', 'arrestations', 'interpellé'], ['arrest', 'arrests', 'arrested']],
  dealer: [['trafiquant', 'trafiquants', 'dealer', 'dealers', 'dealeur'], ['dealer', 'dealers', 'trafficker', 'traffickers']],
  unemployment: [['chômage', 'chômeur', 'chômeurs'], ['unemployment', 'unemployed', 'jobless']],
  job: [['emploi', 'emplois', 'poste', 'postes'], ['job', 'jobs', 'employment', 'post', 'posts']],
  person: [['personne', 'personnes', 'habitant', 'habitants', 'gens', 'individu', 'individus'], ['person', 'persons', 'people', 'resident', 'residents', 'inhabitants', 'individuals']],
  child: [['enfant', 'enfants', 'mineur', 'mineurs'], ['child', 'children', 'minor', 'minors', 'kids']],
  student: [['élève', 'élèves', 'étudiant', 'étudiants'], ['pupil', 'pupils', 'student', 'students']],
  teacher: [['enseignant', 'enseignants', 'professeur', 'professeurs'], ['teacher', 'teachers']],
  school: [['école', 'écoles', 'collège', 'lycée'], ['school', 'schools']],
  doctor: [['médecin', 'médecins'], ['doctor', 'doctors', 'physician', 'physicians']],
  nurse: [['infirmier', 'infirmiers', 'infirmière', 'infirmières'], ['nurse', 'nurses']],
  death: [['mort', 'morts', 'décès', 'tué', 'tués', 'décédé'], ['death', 'deaths', 'dead', 'killed', 'fatalities']],
  victim: [['victime', 'victimes'], ['victim', 'victims']],
  migrant: [['migrant', 'migrants', 'réfugié', 'réfugiés', 'exilé', 'exilés'], ['migrant', 'migrants', 'refugee', 'refugees']],
  homeless: [['sdf', 'sans-abri', 'abris'], ['homeless', 'rough']],
  housing: [['logement', 'logements'], ['housing', 'home', 'homes', 'dwellings']],
  camp: [['camp', 'campement', 'campements'], ['camp', 'camps', 'encampment', 'encampments']],
  price: [['prix', 'tarif', 'tarifs', 'coût'], ['price', 'prices', 'cost', 'costs', 'fare', 'fares']],
  rate: [['taux'], ['rate', 'rates']],
  wage: [['salaire', 'salaires', 'rémunération'], ['wage', 'wages', 'salary', 'salaries', 'pay']],
  tax: [['impôt', 'impôts', 'taxe', 'taxes'], ['tax', 'taxes']],
  debt: [['dette', 'dettes'], ['debt', 'debts']],
  deficit: [['déficit'], ['deficit']],
  budget: [['budget', 'budgets'], ['budget', 'budgets']],
  growth: [['croissance'], ['growth']],
  emission: [['émission', 'émissions'], ['emission', 'emissions']],
  worker: [['salarié', 'salariés', 'travailleur', 'travailleurs', 'fonctionnaire', 'fonctionnaires', 'agent', 'agents'], ['worker', 'workers', 'employee', 'employees', 'staff']],
  company: [['entreprise', 'entreprises', 'société', 'sociétés'], ['company', 'companies', 'firm', 'firms', 'business', 'businesses']],
  car: [['voiture', 'voitures', 'véhicule', 'véhicules'], ['car', 'cars', 'vehicle', 'vehicles']],
  crime: [['délit', 'délits', 'crime', 'crimes', 'infraction', 'infractions'], ['crime', 'crimes', 'offence', 'offences', 'offense', 'offenses']],
  paris: [['paris'], ['paris']],
  france: [['france'], ['france']],
  city: [['ville', 'villes', 'commune', 'communes'], ['city', 'cities', 'town', 'towns']],
  year: [['an', 'ans', 'année', 'années'], ['year', 'years']],
  day: [['jour', 'jours', 'quotidien'], ['day', 'days', 'daily']]
}

/** Lowercase and without diacritics, so "héberg" and "heberg" are one stem. */
export function foldStem(stem: string): string {
  return stem.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>()
  const add = (stem: string, concept: string): void => {
    const folded = foldStem(stem)
    // First entry wins: the table is ordered so that specific concepts come first.
    if (folded.length >= 2 && !index.has(folded)) index.set(folded, concept)
  }
  for (const [concept, [fr, en]] of Object.entries(BRIDGE)) {
    for (const w of fr) {
      add(stemmerFr.stem(w.toLowerCase()), concept)
      add(w, concept)
    }
    for (const w of en) {
      add(stemmerEn.stem(w.toLowerCase()), concept)
      add(w, concept)
    }
  }
  return index
}

let conceptIndex: Map<string, string> | undefined

/** The concept a stem stands for ("~user"), or the folded stem itself when the table has none. */
export function conceptOf(stem: string): string {
  conceptIndex ??= buildIndex()
  const folded = foldStem(stem)
  const concept = conceptIndex.get(folded)
  return concept ? `~${concept}` : folded
}

// Quantifier and frequency words natural's stopword lists keep ("toutes les nuits" → "tout",
// "every night" → "everi"): they say how often, not what is counted, so they only add noise.
const NOISE = new Set(['tout', 'tous', 'toutes', 'everi', 'every', 'each', 'chaqu', 'chaque', 'all', 'now', 'desormai', 'encor', 'still', 'aussi', 'also'])

/** A subjectKey as a set of concept tokens (bridged across languages). */
export function conceptTokens(subjectKey: string): string[] {
  const out = new Set<string>()
  for (const stem of subjectKey.split(/\s+/)) {
    const folded = foldStem(stem)
    if (folded && !NOISE.has(folded)) out.add(conceptOf(folded))
  }
  return [...out].sort()
}

/** How a concept token reads in a reason: "~user" → "user", "consomm" → "consomm". */
export function displayToken(token: string): string {
  return token.startsWith('~') ? token.slice(1) : token
}
