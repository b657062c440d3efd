import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'

// The "Not claims": each row is a sentence whose only figure must not become a claim.
const rows: [Lang, string][] = [
  ['fr', 'Il était invité ce jeudi 5 octobre.'],
  ['fr', 'La loi a été votée en 2023.'],
  ['fr', 'Depuis début 2023, la situation a changé.'],
  ['fr', 'Le décret du 05/10/2023 est paru.'],
  ['fr', 'Le rendez-vous est le 1er janvier.'],
  ['en', 'He spoke on October 5, in London.'],
  ['en', 'Born on 5 October 1990, she grew up in Leeds.'],
  ['en', 'It was popular in the 1990s.'],
  ['fr', 'La crise des années 1990 a marqué le pays.'],
  ['fr', 'Rendez-vous à 20h30 devant la mairie.'],
  ['fr', 'Le débat commence à 20 heures.'],
  ['en', 'The interview was recorded at 8:30 pm.'],
  ['en', 'The meeting starts at 8 pm sharp.'],
  ['fr', 'Un an après, rien n\'a changé.'],
  ['fr', 'Il y a deux ans, tout était différent.'],
  ['en', 'Two years ago the plan was dropped.'],
  ['en', 'Two years later, nothing had changed.'],
  ['fr', 'Le gouvernement a utilisé l\'article 49.3 de la Constitution.'],
  ['en', 'Under Section 21 of the Housing Act 1988, landlords may evict.'],
  ['en', 'I would like your advice about Rule 143.'],
  ['fr', 'Le paragraphe 6 du rapport est clair.'],
  ['fr', 'Voir notre dossier page 14.'],
  ['fr', 'Le Premier ministre est arrivé.'],
  ['fr', 'Elle habite dans le 18e arrondissement.'],
  ['en', 'The First Lady visited the school.'],
  ['fr', 'La COVID-19 a tout changé.'],
  ['en', 'Leaders met at the G7 summit.'],
  ['en', 'The A380 was grounded.'],
  ['fr', 'Le CAC 40 a ouvert en hausse.'],
  ['fr', 'Il était l\'invité de Europe 1 hier.'],
  ['fr', 'Renseignements au 01 42 68 53 00.'],
  ['en', 'Media enquiries: +44 1603 555 010.'],
  ['fr', 'Écrire au 12, rue de la Paix, 75002 Paris.'],
  ['en', 'The 12841 express had left the platform.'],
  ['en', 'Asked about the Type 45 destroyers, he said nothing.'],
  ['fr', 'La séquence commence à 00:12:34 dans la vidéo.'],
  ['en', 'It is published in the journal Heart, volume 110, issue 4.'],
  ['fr', 'L\'indice des prix, base 100 en 2015, est publié.'],
  ['fr', 'Les 15-24 ans sont les plus touchés.'],
  ['en', 'It is a two-speed Europe.'],
  ['en', 'A 10-year plan was adopted.'],
  ['en', 'IBM failed with its OS / 2 system.'],
  // clock times in words and their minutes, round-the-clock phrases
  ['fr', 'Le bureau ouvre à neuf heures et ferme à 23 heures 30.'],
  ['fr', 'Le service est ouvert 24 h/24 et 7 j/7.'],
  ['fr', 'La permanence répond sept jours sur sept.'],
  ['en', 'Nurses work 24 hours a day, seven days a week.'],
  // register and article numbers, agenda points, renumbered articles
  ['fr', 'Selon l\'état 4001, les faits constatés augmentent.'],
  ['fr', 'Le gouvernement a encore utilisé le 49.3 hier soir.'],
  ['fr', 'Je veux parler du point 11 de l\'ordre des travaux.'],
  ['en', 'The rules implementing Articles 85 and 86 of the Treaty (now 81 and 82) were amended.'],
  ['fr', 'Les conclusions figurent dans les points 16 et 17 du rapport.'],
  // age brackets, names, unions by size, hyperbole
  ['fr', 'Les personnes de 50 ans et plus sont concernées.'],
  ['en', 'People aged 65 and over are eligible.'],
  ['en', 'The Net Zero plan was announced.'],
  ['fr', 'Mais l\'Europe à 25 voudra un impôt européen.'],
  ['fr', 'Je suis d\'accord à 1000 % avec vous.'],
  ['en', 'I am 100 percent sure of it.'],
  ['en', 'The players gave 110 percent.'],
  // the shape of an argument: how many reasons, ways, levels
  ['en', 'This proposal will increase legal certainty for three reasons.'],
  ['en', 'It is necessary to act in two ways.'],
  ['fr', "Il est nécessaire d'agir à deux niveaux."],
  ['fr', 'Autorisez-moi deux remarques fondamentales à cet égard.'],
  // categories: size and age brackets of a population, ranked groups, maturities, rounds, deadlines, names with a slash
  ['fr', 'Les entreprises privées de plus de 20 salariés doivent déclarer leurs effectifs.'],
  ['fr', 'Les enfants de 9 à 13 ans mangent trop sucré.'],
  ['en', 'Children between 12 and 15 eat too much sugar.'],
  ['en', 'Companies employing over 20 people must publish the figures.'],
  ['en', 'The 25 most prosperous regions were compared with the others.'],
  ['fr', 'Les 25 régions les moins prospères attendent des aides.'],
  ['fr', 'Le rendement des obligations à 10 ans monte.'],
  ['en', 'They failed to reach the last 16 again.'],
  ['fr', "Jusqu'à 2015, le programme reste en place."],
  ['fr', "Elle est apparue dans l'émission 20 / 20 sur ABC."],
  // a year qualifying a yearly thing or a word of data; the half that ends a duration; topics raised; pairs of texts
  ['en', 'Output was back at its 2008 level.'],
  ['en', 'Their 2010 figures were revised.'],
  ['fr', 'La loi de finances 2013 prévoit une baisse.'],
  ['en', 'The Euro is reaching its lowest level for a month and a half.'],
  ['en', 'I shall mention three issues that our group feels are priorities.'],
  ['en', 'Permit me, first of all, to make reference to two facts.'],
  ['fr', 'Cela constituera un test pour la coopération des deux institutions.'],
  ['fr', "Il s'agit de moderniser les deux articles."],
  // an age bound that names a population
  ['en', 'Beds are occupied by cancer patients less than 45 years old.'],
  ['fr', 'Ils sont plutôt âgés : beaucoup ont plus de 50 ans.'],
  // names holding a written number and its unit, edition years, frames after a possessive, idioms, the rest of a group
  ['en', 'The construction was interrupted after the Three Mile Island accident.'],
  ['en', 'Bosnia had already been knocked out of the World Cup 2010 playoffs in South Africa.'],
  ['fr', 'Je pourrais détailler les catastrophes au cours de mes dix années de présence au Parlement.'],
  ['fr', 'Chacun réfléchira alors à deux fois avant de transporter son pétrole.'],
  ['en', 'They reported more boredom than the other two groups.'],
  ['en', 'The possibility of constructing a third pipeline is under discussion.'],
  ["fr", "L'euro évolue à son plus bas niveau depuis un mois et demi."],
  ['en', 'The euro fell to its lowest level for six months.'],
  ['fr', 'Le Parlement, debout, observe une minute de silence.'],
  ['fr', "Les règles d'application des articles 85 et 86 du traité CE (81 et 82 nouveaux) sont modernisées."],
  ['en', 'The Wailing Wall remained from a temple destroyed by the Romans in 70 AD.'],
  ['fr', 'César conquiert la Gaule en 52 av. J.-C.'],
  // a hyphenated duration that names a term
  ['en', 'It adopted a 10-year plan.'],
  ['en', 'The spread between 10-year German and Spanish bonds widened.'],
  ['en', 'The debate on the five-year strategic programme was important.'],
  // denominations, vague distances, an age group named by its bound
  ['en', 'I am not a hundred dollar bill to please all.'],
  ['en', 'Play Scrabble with a friend thousands of miles away.'],
  ['en', 'What is privacy for an under 16?'],
  // short service numbers, a département in brackets, a hyphenated article, plural labels, an idiom, a homograph
  ['fr', 'En cas de besoin, composez le 30 18, gratuit et anonyme.'],
  ['fr', 'Pour signaler une violence, appelez le 3919.'],
  ['en', 'In an emergency, dial 999 at once.'],
  ['fr', 'Le salon se tient à Mont-de-Marsan (40) cette semaine.'],
  ['fr', 'Une ferme modèle a ouvert dans le Gers (32).'],
  ['fr', 'Le texte a été adopté sans recourir au 49-3.'],
  ['fr', 'Voir les graphiques 3 et 4 et les tableaux 1 à 2.'],
  ['en', 'See tables 2 and 3 for the detail.'],
  ['fr', 'La réforme se fera en deux temps.'],
  ['fr', "Le marché mêle l'ancien et le neuf."],
  ['fr', 'La salle a été remise à neuf.'],
  // a number word naming a part, an age group named by its range, a date written as a slash pair
  ['en', 'The wedding finally happens in part four.'],
  ['fr', 'Le héros meurt au chapitre trois.'],
  ['en', 'The share of 25-34 year-olds who rent is high.'],
  ['en', 'Travel changed after 9/11 for everyone.'],
  // a year naming a fiscal or school year; ages that name a group
  ['en', 'The council set its budget for the 2015 fiscal year.'],
  ['en', 'Children between the ages of five to 11 may enter.'],
  ['en', 'People 65 years and older are eligible.'],
  ['fr', 'Les jeunes âgés de 15 à 24 ans sont concernés.'],
  // a ranked group named by its size, a purity of gold
  ['en', 'Banks led the index\'s top 10 fallers.'],
  ['en', 'The shop sells 22 carat gold only.'],
  // road numbers, a year after "mois"/"semestre"
  ['fr', 'Les travaux de la RD 6202 reprennent.'],
  ['en', 'The station on Route 9 was closed.'],
  ['fr', 'Le bilan du premier semestre 2015 est publié.'],
  // a standing order, a footnote marker glued after a bracket, a time ahead of now
  ['en', 'In accordance with Standing Order 26.75, the Senedd met.'],
  ['en', 'Loss estimates (orange bars)1. include summer losses.'],
  ['en', 'Where will the firm be 2 years from today?'],
  // a model number before a code in capitals
  ['en', 'Regulators grounded the 737 MAX in March.'],
  // a section number, a size in digits
  ['fr', '01.01 Ouverture de la séance par le président.'],
  ['fr', 'Le pays vise une croissance à deux chiffres.']
]

describe('non-claims: dates, years, times, framing durations, references, ordinals, identifiers, phones, postcodes', () => {
  for (const [lang, text] of rows) {
    it(`${lang}: ${text}`, () => {
      expect(extractClaims(text, { lang, date: '2023-10-05' }).map((c) => c.quote)).toEqual([])
    })
  }

  it('still reads a four-digit count as a count', () => {
    expect(extractClaims('Près de 2000 personnes ont défilé.', { lang: 'fr' }).map((c) => c.value)).toEqual([2000])
    expect(extractClaims('Il y a 2 023 personnes.', { lang: 'fr' }).map((c) => c.value)).toEqual([2023])
  })

  it('still reads levels and distances that look like the classes above as claims', () => {
    expect(extractClaims('Les soins dentaires sont remboursés à 100 %.', { lang: 'fr' }).map((c) => c.value)).toEqual([100])
    expect(extractClaims('Les prix ont augmenté de 1000 % en un an.', { lang: 'fr' }).map((c) => c.value)).toEqual([1000])
    expect(extractClaims('Le village est à deux heures de route de Paris.', { lang: 'fr' }).map((c) => c.value)).toEqual([2])
    expect(extractClaims("L'Europe à 25 pays est née en 2004.", { lang: 'fr' }).map((c) => c.value)).toEqual([25])
    expect(extractClaims('La commission a rendu ses conclusions sur cinq aspects fondamentaux.', { lang: 'fr' }).map((c) => c.value)).toEqual([5])
    expect(extractClaims('The 15 reasons given by the court were all rejected.', { lang: 'en' }).map((c) => c.value)).toEqual([15])
    expect(extractClaims('Il a passé 24 heures en garde à vue.', { lang: 'fr' }).map((c) => c.value)).toEqual([24])
    // the base of a price or a rate is no claim, the price is
    expect(extractClaims('Gold was priced at Rs 46,430 per 10 grams.', { lang: 'en' }).map((c) => c.value)).toEqual([46430])
    expect(extractClaims('Le taux atteint 12 décès pour 100 000 habitants.', { lang: 'fr' }).map((c) => c.value)).toEqual([12])
    expect(extractClaims('The levy is $0.25 per $100 of valuation.', { lang: 'en' }).map((c) => c.value)).toEqual([0.25])
    // "the top 5%" is a share, not a ranked group
    expect(extractClaims('He is in the top 5% of earners.', { lang: 'en' }).map((c) => c.value)).toEqual([5])
    // a count in brackets after a party, and "neuf" counting, stay claims
    expect(extractClaims('Les Verts (47) ont voté contre.', { lang: 'fr' }).map((c) => c.value)).toEqual([47])
    expect(extractClaims('Neuf élèves sur dix ont réussi, et neuf communes ont voté.', { lang: 'fr' }).map((c) => c.value)).toEqual([0.9, 9])
    // a single figure after "de" counts; money and percentages of a population are claims
    expect(extractClaims('Une délégation de 20 députés est partie.', { lang: 'fr' }).map((c) => c.value)).toEqual([20])
    expect(extractClaims('Les salaires des enfants de 1 500 à 3 000 euros.', { lang: 'fr' }).map((c) => c.value)).toEqual([1500])
    expect(extractClaims('Les 25 régions ont voté.', { lang: 'fr' }).map((c) => c.value)).toEqual([25])
    expect(extractClaims('The last 16 months were hard, with 300 jobs lost.', { lang: 'en' }).map((c) => c.value)).toEqual([300])
    // a hyphenated duration measures an event: a claim, with its unit
    expect(extractClaims('Not long after their 20-minute phone conversation, he left.', { lang: 'en' })).toMatchObject([{ value: 20, unit: 'minute' }])
    expect(extractClaims('The BoJ opened a two-day meeting of its council.', { lang: 'en' })).toMatchObject([{ value: 2, unit: 'day' }])
    // a year after a place that opens the sentence counts; a classic fraction before a verb or "of" stays a fraction
    expect(extractClaims('In Germany 2000 people marched.', { lang: 'en' }).map((c) => c.value)).toEqual([2000])
    expect(extractClaims('A third voted against, and a third of the rest abstained.', { lang: 'en' }).map((c) => c.value)).toEqual([1 / 3, 1 / 3])
    expect(extractClaims('Le prix est passé à deux fois le salaire.', { lang: 'fr' }).map((c) => c.value)).toEqual([2])
    // the period of a rate is no claim, the rate is; a period alone is the claim; a legal age threshold is a claim
    expect(extractClaims('Members offered more than 150 amendments every two years.', { lang: 'en' }).map((c) => c.value)).toEqual([150])
    expect(extractClaims('Les députés proposaient 150 amendements tous les deux ans.', { lang: 'fr' }).map((c) => c.value)).toEqual([150])
    expect(extractClaims('Testing is compulsory every two years.', { lang: 'en' }).map((c) => c.value)).toEqual([2])
    expect(extractClaims('The law bans all vessels more than 20 years old.', { lang: 'en' }).map((c) => c.value)).toEqual([20])
    expect(extractClaims('SAP est active en Chine depuis plus de 20 ans.', { lang: 'fr' }).map((c) => c.value)).toEqual([20])
    // a year before a noun it does not qualify is a count; a half that is no part of a duration is a claim
    expect(extractClaims('The firm and its 2000 employees are worried.', { lang: 'en' }).map((c) => c.value)).toEqual([2000])
    expect(extractClaims('They spent a half of the budget on schools.', { lang: 'en' }).map((c) => c.value)).toEqual([0.5])
  })

  it('counts what follows a determiner and a small written number, but not an idiom or a pronoun', () => {
    expect(extractClaims('Il a été approché par les trois délinquants.', { lang: 'fr' }).map((c) => c.value)).toEqual([3])
    expect(extractClaims('All nine justices met for a conference.', { lang: 'en' }).map((c) => c.value)).toEqual([9])
    expect(extractClaims('Les deux grandes banques suisses ont perdu.', { lang: 'fr' }).map((c) => c.value)).toEqual([2])
    expect(extractClaims('Des deux côtés, on se plaint.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('The two sides met again.', { lang: 'en' })).toEqual([])
    expect(extractClaims('Les deux équipes arrivaient difficilement à construire le jeu.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('Des législateurs des deux partis sont entrés en conflit.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('The dispute between the two countries goes on.', { lang: 'en' })).toEqual([])
  })

  it('reads a duration as the figure when its clause asserts no other one (GUIDELINES §2: "il a passé dix ans en prison")', () => {
    expect(extractClaims('He has lived there for three years.', { lang: 'en' })[0]).toMatchObject({ value: 3, unit: 'year' })
    expect(extractClaims("La perte s'étalera sur 40 ans.", { lang: 'fr' })[0]).toMatchObject({ value: 40, unit: 'year' })
    expect(extractClaims('Le chômage a baissé de 2 % sur trois mois.', { lang: 'fr' }).map((c) => c.value)).toEqual([-2])
  })

  it('reads a duration a verb of duration takes, one that passes, and one that measures an activity', () => {
    const values = (text: string, lang: Lang): number[] => extractClaims(text, { lang }).map((c) => c.value)
    expect(values('The porters take over 40 minutes to get there.', 'en')).toEqual([40])
    expect(values('Only two weeks pass from birth until the first bath.', 'en')).toEqual([2])
    expect(values("Il me faudrait cinq ans pour la fabriquer.", 'fr')).toEqual([5])
    expect(values("Il faut entre 150 et 200 ans pour qu'un arbre arrive à maturité.", 'fr')).toEqual([150])
    expect(values('Le premier recul après six mois de hausse.', 'fr')).toEqual([6])
    expect(values('The vessels more than 20 years old were banned.', 'en')).toEqual([20])
    expect(values('Reports are due within a time limit of two months following the end of each period.', 'en')).toEqual([2])
  })

  it('keeps framing durations out, also near a word of duration', () => {
    const values = (text: string, lang: Lang): number[] => extractClaims(text, { lang }).map((c) => c.value)
    expect(values('The accidents, all within the last four months, remind us of the risk.', 'en')).toEqual([])
    expect(values("During the first four years of Watson's leadership, the firm grew.", 'en')).toEqual([])
    expect(values('Il y a dix ans de cela, tout a commencé.', 'fr')).toEqual([])
    expect(values("Après cinq ans, l'accord est signé.", 'fr')).toEqual([])
    expect(values('Five months following the match, the coach is praised.', 'en')).toEqual([])
    expect(values("Plus de deux ans après l'accident, rien n'a changé.", 'fr')).toEqual([])
    expect(values('In a space of 50 years, the industry changed.', 'en')).toEqual([])
  })

  it('keeps decades with an apostrophe, a year before its noun, a year beyond a deadline and a page count out', () => {
    expect(extractClaims("He was a figure of the late 80's and early 90's.", { lang: 'en' })).toEqual([])
    expect(extractClaims('He spoke of a 2006 study he conducted.', { lang: 'en' })).toEqual([])
    expect(extractClaims('Le système doit perdurer au-delà de 2002.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('Voir son livre (Princeton University Press, 352 pp.).', { lang: 'fr' })).toEqual([])
    expect(extractClaims('It will take time, but 2013 could be a turning point.', { lang: 'en' })).toEqual([])
    expect(extractClaims('Incomes grew, which, around 1997, led to another change.', { lang: 'en' })).toEqual([])
    expect(extractClaims('Before the match on Tuesday evening (20.45 hrs) they spoke.', { lang: 'en' })).toEqual([])
    expect(extractClaims('We will vote for recital 1 as it stands.', { lang: 'en' })).toEqual([])
    expect(extractClaims("They fell under the code's Canon 4C, which states it.", { lang: 'en' })).toEqual([])
    expect(extractClaims('It was 4C in Paris this morning.', { lang: 'en' }).map((c) => c.unit)).toEqual(['°C'])
    expect(extractClaims('7 Lessons From the Lost Steve Jobs Interview', { lang: 'en' })).toEqual([])
    expect(extractClaims('Nous avons deux grands défis à relever.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('About 1500 people came.', { lang: 'en' }).map((c) => c.value)).toEqual([1500])
    expect(extractClaims('For six months, the ward has been full.', { lang: 'en' })).toEqual([])
    expect(extractClaims('I would like to touch upon two elements of our resolution.', { lang: 'en' })).toEqual([])
    expect(extractClaims('He has lived there for three years.', { lang: 'en' }).map((c) => c.value)).toEqual([3])
  })

  it('keeps how often a habit recurs out, and bond maturities and "au cours des" frames', () => {
    expect(extractClaims('Il fait le ménage deux fois par semaine.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('Il contacte les parents sept à huit fois par jour.', { lang: 'fr' }).map((c) => c.value)).toEqual([7])
    expect(extractClaims('Le rendement des obligations italiennes à 10 ans atteint 6,85 %.', { lang: 'fr' }).map((c) => c.value)).toEqual([6.85])
    expect(extractClaims('Au cours des six mois passés au Parlement, il a beaucoup appris.', { lang: 'fr' })).toEqual([])
  })

  it('reads minutes as a unit of duration, so the noun measured is the subject', () => {
    expect(extractClaims('Le film de 68 minutes intitulé Lost est sorti.', { lang: 'fr' })[0]).toMatchObject({ value: 68, unit: 'minute', subject: 'film' })
  })

  it('reads decades as ten years', () => {
    expect(extractClaims('The band celebrates two decades of work.', { lang: 'en' })[0]).toMatchObject({ value: 20, unit: 'year' })
    expect(extractClaims('Le pays a connu deux décennies de croissance.', { lang: 'fr' })[0]).toMatchObject({ value: 20, unit: 'year' })
  })

  it('keeps the shape of an argument and an adjective of multiplying out', () => {
    expect(extractClaims('I would like to say two things about this report.', { lang: 'en' })).toEqual([])
    expect(extractClaims('Je voudrais dire deux mots sur cette idée.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('Je voudrais intervenir sur deux questions de notre résolution.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('La Commission a examiné deux questions préjudicielles.', { lang: 'fr' }).map((c) => c.value)).toEqual([2])
    expect(extractClaims('Le référendum a eu valeur de double révélateur.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('Le gouvernement veut doubler le budget.', { lang: 'fr' }).map((c) => c.value)).toEqual([2])
  })

  it('reads an age as a claim, in years (GUIDELINES §3: ages are quantities)', () => {
    expect(extractClaims('A 34-year-old man was arrested.', { lang: 'en' })[0]).toMatchObject({ value: 34, unit: 'year', kind: 'quantity' })
    expect(extractClaims('She was 25 years old at the time.', { lang: 'en' })[0]).toMatchObject({ value: 25, unit: 'year' })
    expect(extractClaims('Le suspect, âgé de 34 ans, a été arrêté.', { lang: 'fr' })[0]).toMatchObject({ value: 34, unit: 'year' })
  })

  it('still reads a stated duration as a quantity', () => {
    const [c] = extractClaims("L'espérance de vie atteint 85,7 ans pour les femmes.", { lang: 'fr' })
    expect(c).toMatchObject({ value: 85.7, unit: 'year', kind: 'quantity' })
  })
})

describe('lists of references and points that are not percentage points', () => {
  it('keeps every number of a list of articles or amendments out', () => {
    expect(extractClaims('Je voudrais attirer l\'attention sur les amendements 1 et 2 que la commission a approuvés.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('It concerns Articles 85, 86 and 87 of the Treaty.', { lang: 'en' })).toEqual([])
  })

  it('reads "points" as percentage points only for a change or a decimal', () => {
    expect(extractClaims('Il y a donc deux points sur lesquels je voudrais insister.', { lang: 'fr' })[0]?.unit).toBeUndefined()
    expect(extractClaims('Le taux recule de 0,2 point.', { lang: 'fr' })[0]).toMatchObject({ value: -0.2, unit: 'pp' })
    expect(extractClaims('The lead has narrowed to 14 points.', { lang: 'en' })[0]).toMatchObject({ value: 14, unit: 'pp' })
  })
})

describe('idioms of the lexicon', () => {
  it('takes no figure from "à deux pas", "à deux doigts", "in two minds", "the four corners"', () => {
    expect(extractClaims('Le navire, qui se trouve à deux pas de chez moi, a aidé.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('Il était à deux doigts de gagner.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('I am in two minds about it; they came from the four corners of the world.', { lang: 'en' })).toEqual([])
    expect(extractClaims('Il a marché deux pas de plus et parcouru 2 km.', { lang: 'fr' }).map((c) => c.value)).toContain(2)
  })
  it('takes none from "d\'un seul coup", "d\'une seule voix", "with one voice", "in one go", nor from "deux faits" a speaker signals', () => {
    expect(extractClaims("D'un seul coup il assume la responsabilité.", { lang: 'fr' })).toEqual([])
    expect(extractClaims("Le Parlement émet d'une seule voix une résolution.", { lang: 'fr' })).toEqual([])
    expect(extractClaims('Parliament spoke with one voice and did it in one go.', { lang: 'en' })).toEqual([])
    expect(extractClaims('Permettez-moi de signaler deux faits.', { lang: 'fr' })).toEqual([])
    expect(extractClaims('Il a passé un seul coup de fil.', { lang: 'fr' }).map((c) => c.value)).toEqual([1])
  })
})

describe('clock words, phone numbers opened by a zero, named years, age bounds and one of a pair', () => {
  const values = (text: string, lang: 'fr' | 'en') => extractClaims(text, { lang }).map((c) => c.value)

  it('takes no figure from these', () => {
    expect(values('The meeting starts at half past nine, or a quarter to ten.', 'en')).toEqual([])
    expect(values('Call 0800 123 4567 for details.', 'en')).toEqual([])
    expect(values('Le plan France 2030 prévoit 54 milliards d\'euros.', 'fr')).toEqual([54e9])
    expect(values('Les plus de 65 ans votent davantage.', 'fr')).toEqual([])
    expect(values("C'est l'une des deux options.", 'fr')).toEqual([])
    expect(values('It is one of the two options.', 'en')).toEqual([])
  })

  it('keeps the figures next to them', () => {
    expect(values('He sold 123 4567 tickets.', 'en').length).toBeGreaterThan(0)
    expect(values('Les deux options coûtent 3 millions.', 'fr')).toContain(3e6)
    expect(values('Plus de 65 ans de carrière.', 'fr')).toEqual([65])
  })
})

describe('things and the shape of an argument with modifiers', () => {
  it('takes no figure from things, whatever their number, nor from remarks with an adverb and an adjective', () => {
    const values = (text: string) => extractClaims(text, { lang: 'en' }).map((c) => c.value)
    expect(values('You have to keep 5,000 things in your brain.')).toEqual([])
    expect(values('What you say and what you do are two completely different things.')).toEqual([])
    expect(values('Allow me to make two fundamental comments.')).toEqual([])
    expect(values('They built two large plants.')).toEqual([2])
  })
})

describe('a group named before, as the subject of a verb', () => {
  it('takes no figure from "the 15 clearly do not suffice", "les deux ont signé", and keeps "the two companies"', () => {
    expect(extractClaims('The 15 clearly do not suffice.', { lang: 'en' })).toEqual([])
    expect(extractClaims('The two have been attending events for years.', { lang: 'en' })).toEqual([])
    expect(extractClaims("Les deux ont signé l'accord.", { lang: 'fr' })).toEqual([])
    expect(extractClaims('The 15 members voted.', { lang: 'en' }).map((c) => c.value)).toEqual([15])
  })
})

describe('a bounded duration alone in its clause is asserted', () => {
  it('keeps "in less than three days", "roughly 10 years since", and frames "three weeks after", "il y a plus de dix ans"', () => {
    const values = (text: string, lang: 'fr' | 'en') => extractClaims(text, { lang }).map((c) => c.value)
    expect(values('Monti formed a government in less than three days.', 'en')).toEqual([3])
    expect(values('It had been roughly 10 years since Jobs left Apple.', 'en')).toEqual([10])
    expect(values('Almost three weeks after the disaster, homes were still dark.', 'en')).toEqual([])
    expect(values('Il y a plus de dix ans, il est parti.', 'fr')).toEqual([])
    expect(values('Sales rose 5% over more than 10 years.', 'en')).toEqual([5])
  })
})

describe('durations asserted, not framing: ages spaced from their compound, hours a day, "for N years before…"', () => {
  const figures = (text: string) => extractClaims(text, { lang: 'en' }).map((c) => [text.slice(c.figureStart, c.figureEnd), c.subject])
  it('keeps them as claims', () => {
    expect(figures('They will execute a young 34 year-old man next week.')).toEqual([['34 year-old man', 'man']])
    expect(figures('They work 12-14 hours a day.').map((f) => f[0])).toEqual(['12-14 hours'])
    expect(figures('Reyes was immersed in the sport for over 60 years before being confined to a wheelchair.').map((f) => f[0])).toEqual(['60 years'])
  })
  it('keeps an age said of the subject with "or more"', () => {
    const said = (text: string, lang: Lang) => extractClaims(text, { lang }).map((c) => text.slice(c.figureStart, c.figureEnd))
    expect(said('Parmi les navires contrôlés, 15 avaient vingt ans ou plus.', 'fr')).toContain('vingt ans')
    expect(said('Most of the tankers were 20 years or older.', 'en')).toEqual(['20 years'])
    expect(said('Les 50 ans et plus sont concernés.', 'fr')).toEqual([])
    expect(said('People aged 65 and over are concerned.', 'en')).toEqual([])
    expect(said('Il y a vingt ans, tout allait bien.', 'fr')).toEqual([])
  })
  it('still drops a group named by its ages and a duration dated by "before"', () => {
    expect(figures('The offer targets the 18-24 year olds.')).toEqual([])
    expect(figures('He left the firm two years before the crash.')).toEqual([])
  })
})

describe('a written number with nothing counted after it, still asserted', () => {
  const figures = (text: string, lang: Lang) => extractClaims(text, { lang }).map((c) => text.slice(c.figureStart, c.figureEnd))
  it('keeps "twenty of us", "vingt d\'entre nous" and "only five exceeded"', () => {
    expect(figures('There were twenty of us, including Sharon Stone.', 'en')).toEqual(['twenty'])
    expect(figures("Nous étions vingt d'entre nous à partir.", 'fr')).toContain('vingt')
    expect(figures('After this, only five exceeded the 30 games.', 'en')).toEqual(['five', '30 games'])
  })
  it('keeps a hundred and more in words, and a placing coordinated far from the first', () => {
    expect(figures('They ask for a hundred or two for cigarettes, tea.', 'en')).toEqual(['a hundred or two'])
    expect(figures('The state is 4th in the nation in new and cumulative cases of AIDS and 13th in HIV.', 'en')).toEqual(['4th', '13th'])
    expect(figures('The state is 4th in the nation. The rest came and 13th in line.', 'en')).toEqual(['4th'])
  })
  it('still drops a bare written number with no such cue', () => {
    expect(figures('He chose the one in the middle.', 'en')).toEqual([])
    expect(figures('Il en a parlé à deux.', 'fr')).toEqual([])
  })
})
