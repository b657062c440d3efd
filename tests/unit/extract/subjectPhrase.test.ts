// The counted noun phrase read after a figure (issue 10, GUIDELINES.md "subject"): the noun with its adjectives and
// its complements — "de/of" chains, a second noun joined by "et/and", a participle with its complement, a bare
// "in" complement. Sentences written for these tests, not from the gold sets.
import { figureText } from '../../../shared/figureSpan'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'
import type { Lang } from '../../../shared/model'

function subjectOf(text: string, lang: Lang, quoteStart: string): string {
  const claims = extractClaims(text, { lang })
  const c = claims.find((x) => figureText(x).startsWith(quoteStart))
  expect(c, `no claim starting "${quoteStart}" in: ${text} (got ${claims.map((x) => figureText(x)).join(' | ')})`).toBeDefined()
  return c?.subject ?? ''
}

describe('the counted noun phrase after a figure', () => {
  const rows: [Lang, string, string, string][] = [
    // a measure names what it measures through "de"/"of", or as a modifier after an article
    ['en', 'The volcano, which rises to 2,386 metres above sea level, is active.', '2,386', 'volcano'],
    ['en', 'Northwind is building a 1.2 GW offshore wind farm.', '1.2 GW', 'offshore wind farm'],
    ['fr', 'Le parc éolien produit 30 MW en moyenne.', '30 MW', 'parc éolien'],
    // a noun of change before the rate, "in" after it: what changes
    ['en', 'An increase of at least 3% in gross domestic product is needed.', '3%', 'gross domestic product'],
    // growth is itself what is measured, not a word of change to pass over
    ['en', 'France has recorded an economic growth of 0.4% in the third quarter.', '0.4%', 'economic growth'],
    // a word of quantity between the figure and its noun
    ['en', 'There are five such channels in the country.', 'five', 'channels'],
    ['fr', 'Il a percuté deux autres voitures en reculant.', 'deux', 'voitures'],
    // a part of a whole counts what the whole counts
    ['fr', 'Seuls sept cents des cinq mille emplois existent encore.', 'sept cents', 'emplois'],
    ['fr', 'Environ 4000 des 176 000 clients de la banque sont partis.', '4000', 'clients de la banque'],
    ['en', 'Only 700 of the 5,000 jobs remain.', '700', 'jobs'],
    // an adjective that comes before its noun opens the phrase instead of being all of it
    ['fr', "L'Union a adopté 18 nouveaux règlements cette année.", '18', 'nouveaux règlements'],
    // two nouns of the same number joined by "et"/"and"
    ['fr', 'Le film suit 12 hommes et femmes ordinaires pendant la guerre.', '12', 'hommes et femmes ordinaires'],
    ['en', 'Around 40 survivors and relatives attended the hearing.', '40', 'survivors and relatives'],
    // a participle with its prepositional complement
    ['en', 'About 2 million people infected with malaria live in the region.', '2 million', 'people infected with malaria'],
    ['fr', 'Il faut inspecter 30 % des camions entrant dans le tunnel.', '30 %', 'camions entrant dans le tunnel'],
    // a past form after a phrase that opens its clause is the clause's verb, not a participle
    ['en', 'Some 41 senators voted against the motion on Tuesday.', '41', 'senators'],
    ['en', 'When 300 volunteers returned from the camp, the town celebrated.', '300', 'volunteers'],
    // a compound noun whose first word the look back would pass as a verb
    ['fr', "L'entreprise affiche un chiffre d'affaires de 12 millions d'euros.", '12 millions', "chiffre d'affaires"],
    ['en', 'Its gross domestic product grew by 1.5% last year.', '1.5%', 'gross domestic product'],
    // the time a market figure was reached is no head; a bracketed change after an index level shares its subject
    ['fr', "L'indice Nikkei a terminé la séance à 31 200 points (+1,2 %).", '+1,2', 'indice Nikkei'],
    ['fr', "L'indice Nikkei a terminé la séance à 31 200 points (+1,2 %).", '31 200', 'indice Nikkei'],
    // "the index" in a market report stands for the index named last
    ['en', 'The Nasdaq opened higher. By noon the index had gained 1.4%.', '1.4%', 'Nasdaq'],
    ['fr', "Le CAC 40 a ouvert en hausse. En clôture, l'indice gagnait 0,8 %.", '0,8', 'CAC 40'],
    ['fr', 'On a récupéré 10 % du pétrole perdu en mer.', '10 %', 'pétrole perdu en mer'],
    ['en', 'The council kept 40 amendments put forward at second reading.', '40', 'amendments put forward at second reading'],
    // a chain of two "de" complements, the last one with its adjective
    ['fr', "Le rapport cite 4 programmes d'aide de la Commission européenne.", '4', "programmes d'aide de la Commission européenne"],
    // a bare "in" complement classifies the noun; "in" with a determiner places the figure
    ['en', 'The firm created 300 jobs in manufacturing last year.', '300', 'jobs in manufacturing'],
    ['en', 'Nearly 500 pensioners in our town live alone.', '500', 'pensioners'],
    // a participle followed by a span of time is not a complement of what is counted
    ['fr', "La commune affiche une dette de 48 millions d'euros cumulés sur dix ans.", '48', 'dette'],
    // what money's worth is counted; what it goes into; the unit a price is for when nothing else names it
    ['en', "The deal includes 6 thousand million Euro's worth of French exports.", '6 thousand', 'French exports'],
    ['en', 'He put 2.5 million dollars into the campaign.', '2.5', 'campaign'],
    ['en', 'They get 46,000 rupees a trip.', '46,000', 'trip'],
    // with a bracketed restatement: the clause's noun first, the unit a price is "a" for only when it names none, "per" first
    ['en', 'There, his wage was 75,000 rupees (6.2 euros) a day.', '75,000', 'wage'],
    ['en', 'So we get about 46,000 rupees (3.8 euros) a trip.', '46,000', 'trip'],
    ['en', 'The company pays its workers 662 rupees (5 euro cents) per kilo of sulphur.', '662', 'kilo of sulphur'],
    // an age compound describes the noun after it, capitalised or not; a plural of people after a scale is counted
    ['en', 'The 51-year-old Italo-Swiss banker stepped down.', '51', 'Italo-Swiss banker'],
    // after "of": "such", a verb form read as an adjective after an article, a possessive; a cause after "due to" is not counted
    ['en', 'Investigations indicate that 41% of such cases should not have been prosecuted.', '41', 'cases'],
    ['en', 'We must retrieve much more than 10% of the lost oil.', '10', 'lost oil'],
    ['en', 'It is liable for over 90% of the estimated cost of this incident.', '90', 'estimated cost of this incident'],
    ['en', "Only 23% of schoolchildren's families have breakfast.", '23', "schoolchildren's families"],
    ['en', 'GDP grows by 1.5% due to domestic consumption.', '1.5', 'GDP'],
    // the standard of a comparison before "by" is not what changed; a figure measuring it is its own
    ['en', 'Bank of America share certificates fell significantly more strongly than the market by 2.6 percent.', '2.6', 'Bank of America share certificates'],
    ['en', 'It overcomes far more than a distance of 8,733 kilometres.', '8,733', 'distance'],
    // a rate after a name following "and", its verb left out, is that name's
    ['en', 'The Dax at Frankfurt fell 0,4% and London 0,1%.', '0,1', 'London'],
    ['fr', 'Le Dax à Francfort cède 0,4 % et Londres 0,1 %.', '0,1', 'Londres'],
    // a French verb of change, "de N", then the object that changes; a time after it is no object
    ['fr', 'Avec ce projet, elle cherche à accroître de 2 % son potentiel énergétique.', '2', 'potentiel énergétique'],
    ['fr', "L'institut a augmenté de 5.000 milliards de yens (47 milliards d'euros) ses achats de bons du Trésor.", '47', 'achats de bons du Trésor'],
    ['fr', 'Le chômage a baissé de 2 % le mois dernier.', '2', 'chômage'],
    // a part "of them" is a part of the group named before; a claim just before carries its own subject
    ['en', 'Most Canadians wish to die at home, but 68.6% of them end up dying in hospital.', '68.6', 'Canadians'],
    ['en', 'Germany found sponsors for 180 AIDS orphans in the village. 70 of these attend a secondary school.', '70', 'AIDS orphans'],
    // "in the order of", "de l'ordre de" are approximators, not what is measured
    ['en', 'The annual level is in the order of EUR 95 billion.', 'EUR', 'annual level'],
    ['fr', "Le montant annuel est de l'ordre de 95 milliards d'euros.", '95', 'montant annuel'],
    // a factor: what there is more of after "de"/"of" (or right after it in English); after an adjective, the clause's subject
    ['fr', "L'hôpital soigne trois fois plus de patients.", 'trois', 'patients'],
    ['en', 'The hospital now treats three times more patients.', 'three', 'patients'],
    ['fr', "À l'époque, le taux de chômage n'était pas deux mais trois fois plus élevé.", 'trois', 'taux de chômage'],
    ['en', 'At the time, the jobless rate was not two but three times higher.', 'three', 'jobless rate'],
    ['en', 'The new model is three times more expensive.', 'three', 'new model'],
    // with no noun after it, the age compound is the noun: not the clause's subject
    ['en', 'The 25-year-old had to be cut out of his vehicle.', '25', 'year-old'],
    ['en', 'Police arrested a 19-year-old on Monday.', '19', 'year-old'],
    ['en', 'Every year 100 thousand Czechs visit exotic countries.', '100', 'Czechs'],
    ['en', 'Venus has 500-degree temperatures.', '500', 'temperatures'],
    // "of" and a possessive: "400 km of our coastline"
    ['en', 'The slick covers 400 km of our coastline.', '400', 'coastline'],
    // an amount and its restatement in brackets count what follows the brackets
    ['en', 'The BoJ decided on 5.000 million yen (47 thousand million Euro\'s) worth of treasury bond purchases.', '5.000', 'treasury bond purchases'],
    ['en', 'The BoJ decided on 5.000 million yen (47 thousand million Euro\'s) worth of treasury bond purchases.', '47', 'treasury bond purchases'],
    // a basis with an adjective is still a basis: what is measured against it is named before
    ['fr', 'La consommation des ménages représente désormais 60 % du PIB japonais.', '60', 'consommation des ménages']
  ]
  for (const [lang, text, quoteStart, subject] of rows) {
    it(`${lang}: ${text}`, () => expect(subjectOf(text, lang, quoteStart)).toBe(subject))
  }
})

describe('a size or age bracket after the noun belongs to what is counted', () => {
  it('keeps "de 9 à 13 ans", "of 20 to 49 employees", "aged 9 to 13" in the phrase', () => {
    const subjectOf = (text: string, lang: Lang): string | undefined => extractClaims(text, { lang })[0]?.subject
    expect(subjectOf("Plus d'un tiers des enfants de 9 à 13 ans ont des problèmes.", 'fr')).toBe('enfants de 9 à 13 ans')
    expect(subjectOf('59 % des établissements de 20 à 49 salariés emploient un handicapé.', 'fr')).toBe('établissements de 20 à 49 salariés')
    expect(subjectOf('A third of children aged 9 to 13 have problems.', 'en')).toBe('children aged 9 to 13')
  })
})
