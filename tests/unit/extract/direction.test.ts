// Decreases are negative (issue 10): the direction of a change comes from the stem of the word that
// introduces it, so every tense and form counts, and a level reached after a fall stays positive.
import { describe, expect, it } from 'vitest'
import { directionOf } from '../../../shared/extract/direction'
import { extractClaims } from '../../../shared/extract/index'
import type { ExtractedClaim, Lang } from '../../../shared/model'

const first = (text: string, lang: Lang): { value: number; valueHigh?: number; kind: string } => {
  const c = extractClaims(text, { lang })[0]
  if (!c) throw new Error(`no claim in: ${text}`)
  return { value: c.value, valueHigh: c.valueHigh, kind: c.kind }
}

describe('directionOf', () => {
  it('reads every form of a verb or noun of change by its stem', () => {
    for (const w of ['baisse', 'baissé', 'baisseront', 'reculent', 'chutera', 'diminution', 'perdu']) expect(directionOf(w, 'fr'), w).toBe(-1)
    for (const w of ['hausse', 'augmentera', 'progressaient', 'grimpé']) expect(directionOf(w, 'fr'), w).toBe(1)
    for (const w of ['fell', 'falling', 'declined', 'shrank', 'cut', 'lower']) expect(directionOf(w, 'en'), w).toBe(-1)
    for (const w of ['rose', 'risen', 'increasing', 'grew', 'climbed']) expect(directionOf(w, 'en'), w).toBe(1)
    for (const w of ['taux', 'chômage', 'est']) expect(directionOf(w, 'fr'), w).toBe(0)
    for (const w of ['rate', 'people', 'the']) expect(directionOf(w, 'en'), w).toBe(0)
  })
})

describe('signed changes in extractClaims', () => {
  it('gives a decrease a negative value, in any tense', () => {
    expect(first('Le nombre de chômeurs est en baisse de 79.000 sur le trimestre.', 'fr')).toMatchObject({ value: -79000, kind: 'change' })
    expect(first('Les ventes ont chuté de 34 % en un an.', 'fr')).toMatchObject({ value: -34, kind: 'change' })
    expect(first('Le taux est en baisse de 0,4 point.', 'fr')).toMatchObject({ value: -0.4, kind: 'change' })
    expect(first('Le trafic reculera de 12 % en 2024.', 'fr')).toMatchObject({ value: -12, kind: 'change' })
    expect(first('Sales fell by 3% last year.', 'en')).toMatchObject({ value: -3, kind: 'change' })
    expect(first('Unemployment fell 0.4 points to 5.1%.', 'en')).toMatchObject({ value: -0.4, kind: 'change' })
  })

  it('reads the verbs of weakening and strengthening of markets by stem', () => {
    expect(claim('The euro weakened 0.5% against the dollar.', 'en').value).toBe(-0.5)
    expect(claim("L'euro s'est déprécié de 0,5 % face au dollar.", 'fr').value).toBe(-0.5)
    expect(claim('La consommation a fléchi de 0,2 % en octobre.', 'fr').value).toBe(-0.2)
    expect(claim('The pound strengthened 1.2% against the euro.', 'en').value).toBe(1.2)
  })

  it('reads negative growth as a fall, "en retrait de" as a decrease, and a restated change with its sign', () => {
    expect(claim('The economy shrank, with negative growth of 0.4%.', 'en').value).toBe(-0.4)
    expect(claim('Les bénéfices sont en retrait de 4 % sur un an.', 'fr').value).toBe(-4)
    expect(extractClaims('The index dropped 45 points, or 0.4%, to 12,027.', { lang: 'en' }).map((c) => c.value)).toEqual([-45, -0.4, 12027])
    expect(extractClaims('Le chômage a baissé de 79.000 personnes, soit 2,8 %.', { lang: 'fr' }).map((c) => c.value)).toEqual([-79000, -2.8])
    expect(extractClaims('Les ventes ont progressé de 5 %, soit 300 unités.', { lang: 'fr' }).map((c) => c.value)).toEqual([5, 300])
    // restated after a dash, after ", that is", or by a sentence that opens on "That is"
    expect(extractClaims('Membership fell by 120 — about 3 percent of the total.', { lang: 'en' }).map((c) => c.value)).toEqual([-120, -3])
    expect(extractClaims('Output dropped 40 tonnes, that is 2%.', { lang: 'en' }).map((c) => c.value)).toEqual([-40, -2])
    expect(extractClaims('The club lost 12 members. That is 4 percent.', { lang: 'en' }).map((c) => c.value)).toEqual([-12, -4])
    // "is down 89": after a copula a bare "down" makes a change of a count too ("brought down two mayors" stays a count)
    expect(extractClaims('Attendance is down 230 this season.', { lang: 'en' }).map((c) => c.value)).toEqual([-230])
    expect(extractClaims('The scandal brought down two ministers.', { lang: 'en' }).map((c) => c.value)).toEqual([2])
  })

  it('keeps a decreasing range ordered: down 2 to 3 per cent is −3 to −2', () => {
    expect(first('Exports will decline by 2 to 3 per cent.', 'en')).toMatchObject({ value: -3, valueHigh: -2, kind: 'change' })
  })

  it('leaves increases and levels positive', () => {
    expect(first('Rents rose by 4%.', 'en')).toMatchObject({ value: 4, kind: 'change' })
    expect(first('Le chiffre d’affaires est en hausse de 5 %.', 'fr')).toMatchObject({ value: 5, kind: 'change' })
    expect(first('Le chômage a baissé à 7,1 %.', 'fr')).toMatchObject({ value: 7.1, kind: 'percent' })
  })

  it('reads a written minus sign as negative', () => {
    expect(first('Le PIB : -2,8 % sur un an.', 'fr').value).toBe(-2.8)
  })
})

const claim = (text: string, lang: Lang): ExtractedClaim => {
  const c = extractClaims(text, { lang })[0]
  if (!c) throw new Error(`no claim in: ${text}`)
  return c
}

describe('previous values after a verb of change in any tense: "de A à B" / "from A to B"', () => {
  it('reads future and other tenses by stem, not a list of exact forms', () => {
    expect(claim('Le prix du ticket passera de 1,80 euro à 2 euros.', 'fr')).toMatchObject({ value: 2, previous: { value: 1.8 }, unit: 'EUR' })
    expect(claim('Rents will climb from £700 to £760.', 'en')).toMatchObject({ value: 760, previous: { value: 700 }, unit: 'GBP' })
    expect(claim('Le nombre de lits évoluera de 300 à 250.', 'fr')).toMatchObject({ value: 250, previous: { value: 300 } })
    expect(claim('Membership went from 12,000 to 15,000.', 'en')).toMatchObject({ value: 15000, previous: { value: 12000 } })
  })

  it('reads "to A from B" as a level and the level it left, with no earlier figure taken instead', () => {
    expect(extractClaims('Inflation slowed to 2.1% from 2.5%.', { lang: 'en' }).map((c) => [c.value, c.previous?.value])).toEqual([[2.1, 2.5]])
    const two = extractClaims('Inflation rose to 2.1% in May. The rate fell to 7.1% from 7.4% a year earlier.', { lang: 'en' })
    expect(two.map((c) => [c.value, c.previous?.value, c.subject])).toEqual([[2.1, undefined, 'Inflation'], [7.1, 7.4, 'rate']])
  })

  it('reads the pair after an approximator, a multiplying verb or a verb of movement without "de"', () => {
    expect(claim("L'effectif va croître d'environ 2.500 à 4.500 salariés.", 'fr')).toMatchObject({ value: 4500, previous: { value: 2500 } })
    expect(extractClaims('Le nombre de branches doublera de cinq à dix.', { lang: 'fr' }).map((c) => [c.value, c.previous?.value])).toEqual([[2, undefined], [10, 5]])
    expect(claim('Les montants ont diminué, passant 59 000 à 46 000 structures.', 'fr')).toMatchObject({ value: 46000, previous: { value: 59000 } })
  })

  it('keeps a range a range when no verb moves the figure', () => {
    expect(claim('Les salaires vont de 1 500 à 3 000 euros.', 'fr')).toMatchObject({ value: 1500, valueHigh: 3000 })
    expect(claim('Des peines de 3 à 6 ans sont prévues.', 'fr')).toMatchObject({ value: 3, valueHigh: 6 })
    expect(claim('Il y a plus de 35 à 50 personnes.', 'fr').previous).toBeUndefined()
  })
})

describe('the word of change may stand a few words before its figure, or be a verb right before a rate', () => {
  it('reads the sign across fillers ("une perte d\'environ de", "a reduction in the order of", "la baisse du")', () => {
    expect(claim("Le Dow Jones notait une perte d'environ de 0,6 % à la clôture.", 'fr')).toMatchObject({ value: -0.6, kind: 'change' })
    expect(claim('This is a reduction in the order of 13 % on the previous period.', 'en')).toMatchObject({ value: -13, kind: 'change' })
    expect(claim('Après la baisse du 0,9 % des dépenses, tout repart.', 'fr')).toMatchObject({ value: -0.9, kind: 'change' })
  })

  it('reads a verb of change right before a percentage ("perd 1,4 %", "cède 0,4 %")', () => {
    expect(claim('À Paris, le CAC 40 perd 1,4 % à l\'ouverture.', 'fr')).toMatchObject({ value: -1.4, kind: 'change' })
    expect(claim('Le Dax à Francfort cède 0,4 % ce matin.', 'fr')).toMatchObject({ value: -0.4, kind: 'change' })
    expect(claim('Le titre grimpe 3 % en séance.', 'fr')).toMatchObject({ value: 3, kind: 'change' })
  })

  it('gives a rate that shares the verb of the rate before it its sign ("cède 0,4 % et Londres 0,1 %")', () => {
    const values = (text: string, lang: 'fr' | 'en'): number[] => extractClaims(text, { lang }).map((c) => c.value)
    expect(values('Le Dax cède 0,4 % et Londres 0,1 %.', 'fr')).toEqual([-0.4, -0.1])
    expect(values('Le CAC 40 a perdu 1,2 %, le Dax 0,8 % et Londres 0,5 %.', 'fr')).toEqual([-1.2, -0.8, -0.5])
    expect(values('The Dax fell 0.4% and London 0.1%.', 'en')).toEqual([-0.4, -0.1])
    expect(values('Shares in Tokyo rose 2% and in Hong Kong 1.5%.', 'en')).toEqual([2, 1.5])
    // a level shares nothing: no word of change before the first rate
    expect(values('Le taux est de 7 % et Paris 3 %.', 'fr')).toEqual([7, 3])
    // nor does a rate with its own words between ("and London, where prices are 3% higher")
    expect(values('Unemployment fell 0.4% and the rate in London is 3%.', 'en')).toEqual([-0.4, 3])
  })

  it('leaves a level after a non-change word alone', () => {
    expect(claim('Le taux de chômage est de 7,1 % en France.', 'fr')).toMatchObject({ value: 7.1, kind: 'percent' })
    expect(claim('About 40 % of the staff are women.', 'en')).toMatchObject({ value: 40, kind: 'percent' })
  })
})

describe('a change told with a date after each figure ("from A in 2007 to B in 2011")', () => {
  it('makes the first figure the previous value of the second, with its date', () => {
    const cs = extractClaims('The number of deaths has fallen from 6,678 in 2007 to 4,862 in 2011.', { lang: 'en' })
    expect(cs).toHaveLength(1)
    expect(cs[0]).toMatchObject({ value: 4862, previous: { value: 6678, when: 'in 2007' } })
    expect(claim('Le chômage est passé de 9 % en 2015 à 7 % en 2023.', 'fr')).toMatchObject({ value: 7, previous: { value: 9, when: 'en 2015' } })
  })

  it('needs a word of change: two figures with their places stay two claims', () => {
    expect(extractClaims('Il y avait 300 lits en 2019 à Paris et 200 à Lyon.', { lang: 'fr' }).map((c) => c.value)).toEqual([300, 200])
  })
})

describe('stock index points', () => {
  it('are no percentage points: a verb right before them makes a change of the index, unit-less', () => {
    expect(claim('The index shed 45 points on Monday.', 'en')).toMatchObject({ value: -45, kind: 'change' })
    expect(claim("L'indice CAC 40 a perdu 45 points.", 'fr').unit).toBeUndefined()
    expect(claim('Le taux de chômage a reculé de 0,3 point.', 'fr')).toMatchObject({ value: -0.3, unit: 'pp' })
  })
})

describe('a noun of change after its figure ("a 13% drop", "a 4 per cent rise")', () => {
  it('makes a change, signed by the noun', () => {
    expect(claim('This is a 13% drop in the total amount.', 'en')).toMatchObject({ value: -13, kind: 'change' })
    expect(claim('They announced a 4 per cent rise in rents.', 'en')).toMatchObject({ value: 4, kind: 'change' })
    expect(claim('A 20% share of the market went to them.', 'en')).toMatchObject({ value: 20, kind: 'percent' })
  })
})

describe('a comparison after a rate or an amount ("12 % plus élevés", "0.5% below", "5% cheaper")', () => {
  it('makes a change signed by the comparative, "plus"/"moins" reversed by an adjective of smallness', () => {
    expect(claim("Les prix sont 12 % plus élevés qu'en 2010.", 'fr')).toMatchObject({ value: 12, kind: 'change' })
    expect(claim("Les exportations sont 4 % plus basses qu'il y a un an.", 'fr')).toMatchObject({ value: -4, kind: 'change' })
    expect(claim('Le billet est 3 euros moins cher.', 'fr')).toMatchObject({ value: -3, kind: 'change', unit: 'EUR' })
    expect(claim('Le taux est 2 % au-dessus de la moyenne.', 'fr')).toMatchObject({ value: 2, kind: 'change' })
    expect(claim('Output was 0.5% below its 2008 level.', 'en')).toMatchObject({ value: -0.5, kind: 'change', subject: 'Output' })
    expect(claim('Tickets are 5% cheaper than last year.', 'en')).toMatchObject({ value: -5, kind: 'change', subject: 'Tickets' })
    // "plus"/"moins"/"more"/"less" before "que"/"than", with no adjective between
    expect(claim("L'usine a produit 3 % moins qu'un an plus tôt.", 'fr')).toMatchObject({ value: -3, kind: 'change' })
    expect(claim('The plant made 4% less than in June.', 'en')).toMatchObject({ value: -4, kind: 'change' })
    expect(claim('Shops sold 6% more than a year before.', 'en')).toMatchObject({ value: 6, kind: 'change' })
    // "de baisse"/"de hausse" after a rate: a change, signed by the noun, which is no subject
    expect(extractClaims('Les ventes affichent entre 10 et 15 % de baisse.', { lang: 'fr' })[0]).toMatchObject({ value: -15, valueHigh: -10, kind: 'change' })
    expect(claim('Le chômage affiche 5 % de hausse en un an.', 'fr')).toMatchObject({ value: 5, kind: 'change', subject: 'chômage' })
  })

  it('reads "inférieur(e)s de" / "supérieur(e) de" before the figure as a word of change', () => {
    expect(claim("Les ventes sont inférieures de 3 % à celles de 2011.", 'fr')).toMatchObject({ value: -3, kind: 'change' })
    expect(claim("L'inflation est supérieure de 2 % à celle de 2010.", 'fr')).toMatchObject({ value: 2, kind: 'change' })
  })

  it('makes a French count followed by "de moins"/"de plus" a difference, not "de plus en plus"', () => {
    expect(claim("Il y a 200 salariés de moins qu'en 2010.", 'fr')).toMatchObject({ value: -200, kind: 'change' })
    expect(claim('On compte 1 000 chômeurs de plus en un mois.', 'fr')).toMatchObject({ value: 1000, kind: 'change' })
    expect(claim('Les 300 salariés de plus en plus inquiets ont manifesté.', 'fr')).toMatchObject({ value: 300, kind: 'count' })
    // a measure above something is a level, not a difference
    expect(claim('The volcano rises to 2,386 metres above sea level.', 'en')).toMatchObject({ value: 2386, kind: 'quantity', subject: 'volcano' })
  })
})

describe('a minus set off by a space ("à – 2 800", "(– 130)")', () => {
  it('signs the figure after a preposition, a verb of reaching or a bracket, not a dash that opens an aside', () => {
    expect(claim('Le solde migratoire tombe à – 1 200 cette année.', 'fr')).toMatchObject({ value: -1200 })
    expect(claim('Le solde était déjà négatif (– 40) en 2012.', 'fr')).toMatchObject({ value: -40 })
    expect(claim('The balance fell to \u2212 3.5 points.', 'en')).toMatchObject({ value: -3.5 })
    expect(claim('Les ventes – 300 unités au total – ont suffi.', 'fr')).toMatchObject({ value: 300 })
    // before a rate, after a bracket, a colon or a link word; a dash before a figure closes no aside
    expect(claim('Les vols ont reculé en 2015 (- 9 %).', 'fr')).toMatchObject({ value: -9 })
    expect(claim("L'emploi recule au premier trimestre : – 1,5 %.", 'fr')).toMatchObject({ value: -1.5 })
    expect(extractClaims('Le canton fait -4,5 % de vols et - 12,1 % de cambriolages.', { lang: 'fr' }).map((c) => c.value)).toEqual([-4.5, -12.1])
    expect(claim('La région Bretagne - 23 % des communes - est touchée.', 'fr')).toMatchObject({ value: 23 })
  })

  it('reads cutting jobs as a decrease, and "N X en moins", "une baisse résiduelle de N"', () => {
    expect(claim('The bank has laid off more than 2,000 people since May.', 'en')).toMatchObject({ value: -2000, kind: 'change' })
    expect(claim('The carmaker is cutting 900 jobs in Ohio.', 'en')).toMatchObject({ value: -900, kind: 'change' })
    expect(claim("L'usine supprime 140 postes cette année.", 'fr')).toMatchObject({ value: -140, kind: 'change' })
    expect(claim('On compte 350 chômeurs en moins sur un an.', 'fr')).toMatchObject({ value: -350, kind: 'change' })
    expect(claim('Le bilan montre une baisse résiduelle de 80 inscrits.', 'fr')).toMatchObject({ value: -80, kind: 'change' })
    // "en moins de deux heures" is a duration, not a difference
    expect(claim('Il a parcouru 300 km en moins de deux heures.', 'fr')).toMatchObject({ value: 300, kind: 'quantity' })
  })

  it('reads a level crossed as a level, nouns of change after a rate, "N cents lower", "down 0.1", "de seulement"', () => {
    expect(claim('Unemployment has fallen below 9% for the first time.', 'en')).toMatchObject({ value: 9, kind: 'percent' })
    expect(claim('Enrolment fell again, a 2.4 percent slide.', 'en')).toMatchObject({ value: -2.4, kind: 'change' })
    expect(claim('Wheat was six cents lower on Friday.', 'en')).toMatchObject({ value: -0.06, kind: 'change' })
    expect(claim('The rate was down 0.1 on the quarter.', 'en')).toMatchObject({ value: -0.1, kind: 'change' })
    expect(claim('Stocks slid, sending the Dow down more than 588 points.', 'en')).toMatchObject({ value: -588, kind: 'change' })
    expect(claim('Births kept falling, down 476 on the year.', 'en')).toMatchObject({ value: -476, kind: 'change' })
    expect(claim('Home sales were down in the third quarter by 2.6 percent.', 'en')).toMatchObject({ value: -2.6, kind: 'change' })
    expect(claim('Les licences accusent une baisse de seulement 8 %.', 'fr')).toMatchObject({ value: -8, kind: 'change', subject: 'licences' })
    // a second rate right after the join shares the verb ("…, respectively")
    expect(extractClaims('Exports decreased 20.9 percent and 11.6 percent, respectively.', { lang: 'en' }).map((c) => c.value)).toEqual([-20.9, -11.6])
    expect(extractClaims('Les ventes ont reculé de 3 % et de 2 %.', { lang: 'fr' }).map((c) => c.value)).toEqual([-3, -2])
  })

  it('reads a price per unit with its unit, and "la semaine passée" as the time of a previous value', () => {
    expect(claim('Le blé cote 233 €/t contre 209 €/t la semaine passée.', 'fr')).toMatchObject({ value: 233, unit: 'EUR', previous: { value: 209 } })
  })

  it('reads "alors qu\'il avait enregistré une hausse de" as a marker of the previous value', () => {
    expect(claim("Le marché baisse de 1,8 % en 2022 alors qu'il avait enregistré une hausse de 3,9 % en 2021.", 'fr')).toMatchObject({ value: -1.8, previous: { value: 3.9 } })
  })

  it('reads "à comparer à" as a marker of the previous value', () => {
    expect(claim("Le chiffre d'affaires atteint 12,4 millions d'euros, à comparer à 11,9 millions d'euros en 2016.", 'fr')).toMatchObject({ value: 12.4e6, previous: { value: 11.9e6 } })
  })

  it('reads a previous value after "après" past a spaced sign, and skips a bracketed restatement for it', () => {
    const [rate, jobs] = extractClaims("L'emploi recule : – 1,0 % (soit – 12 300 emplois), après + 0,3 %.", { lang: 'fr' })
    expect(rate).toMatchObject({ value: -1, previous: { value: 0.3 } })
    expect(jobs).toMatchObject({ value: -12300 })
    expect(jobs.previous).toBeUndefined()
  })
})

describe('a figure denied in favour of another ("pas deux mais trois fois plus")', () => {
  it('keeps only the correction', () => {
    expect(extractClaims("À l'époque, le taux de chômage n'était pas deux mais trois fois plus élevé.", { lang: 'fr' }).map((c) => c.value)).toEqual([3])
    expect(extractClaims('It was not two but three times higher.', { lang: 'en' }).map((c) => c.value)).toEqual([3])
    expect(extractClaims('The rate of unemployment was not 2x but 3x as high.', { lang: 'en' })).toMatchObject([{ value: 3, kind: 'ratio' }])
  })
})

describe('a level a verb of change reached, compared with a figure that ends its clause', () => {
  it('takes the compared figure as its previous value; a place after it keeps two claims', () => {
    expect(claim("L'inflation a ralenti à 2,1 % contre 2,5 %.", 'fr')).toMatchObject({ value: 2.1, previous: { value: 2.5 } })
    expect(claim('Unemployment rose to 5.2% against 4.9%.', 'en')).toMatchObject({ value: 5.2, previous: { value: 4.9 } })
    expect(extractClaims('Le chômage a reculé à 7,1 % contre 7,4 % en Allemagne.', { lang: 'fr' }).map((c) => c.value)).toEqual([7.1, 7.4])
  })

  it('reads slowing and speeding up as a fall and a rise', () => {
    expect(claim('La croissance a ralenti de 0,5 point.', 'fr')).toMatchObject({ value: -0.5, kind: 'change' })
    expect(claim('Growth slowed by 0.5 points.', 'en')).toMatchObject({ value: -0.5, kind: 'change' })
    expect(claim('Les ventes ont accéléré de 2 %.', 'fr')).toMatchObject({ value: 2, kind: 'change' })
  })
})

describe('a verb of change whose subject is left out after "but"/"and" ("17 plaintiffs but grew to 28")', () => {
  it('takes the figure before it as its previous value and what that figure counted', () => {
    const grown = extractClaims('Filed in February, the suit initially involved 17 plaintiffs but grew to 28 in the following months.', { lang: 'en' })
    expect(grown).toHaveLength(1)
    expect(grown[0]).toMatchObject({ value: 28, previous: { value: 17 }, subject: 'plaintiffs' })
    expect(extractClaims("L'entreprise comptait 200 salariés et est passée à 500.", { lang: 'fr' })).toMatchObject([{ value: 500, previous: { value: 200 }, subject: 'salariés' }])
    // a change before is no level to start from
    expect(extractClaims('Prices rose 5% and fell to 2%.', { lang: 'en' }).map((c) => c.value)).toEqual([5, 2])
  })
})

describe('"used to … now" ("they used to give us one or two, now packets of a hundred")', () => {
  it('makes the figure marked as past the previous value of the one after "now"', () => {
    expect(extractClaims('Previously, they used to give us one or two, now they give us packets of a hundred.', { lang: 'en' })).toMatchObject([{ value: 100, previous: { value: 1, valueHigh: 2 } }])
    expect(extractClaims("Autrefois on comptait 300 salariés, aujourd'hui 120.", { lang: 'fr' })).toMatchObject([{ value: 120, previous: { value: 300 }, subject: 'salariés' }])
    // without a word of the past, two figures stay two claims
    expect(extractClaims("On comptait 300 salariés à Lyon, aujourd'hui 120 à Paris.", { lang: 'fr' }).map((c) => c.value)).toEqual([300, 120])
  })
})

describe('a factor applied by a verb of dividing or multiplying ("divided by two", "multiplié par trois")', () => {
  it('is a ratio of 1/n or n', () => {
    expect(claim('To avoid inflation, this award is regularly divided by two.', 'en')).toMatchObject({ value: 0.5, kind: 'ratio' })
    expect(claim('Le nombre de morts a été divisé par deux en dix ans.', 'fr')).toMatchObject({ value: 0.5, kind: 'ratio' })
    expect(claim('Sales were multiplied by three in a decade.', 'en')).toMatchObject({ value: 3, kind: 'ratio' })
    // a count after "by" with no such verb stays a count
    expect(claim('The bill was passed by 300 votes.', 'en')).toMatchObject({ value: 300 })
  })
})

describe('tenths of an index after a verb of change ("it fell four tenths to 100.4 points")', () => {
  it('are a signed change; a share of a whole after one stays a ratio', () => {
    expect(claim('Since it fell four tenths to 100.4 points, the index is low.', 'en')).toMatchObject({ value: -0.4, kind: 'change' })
    expect(claim("L'indice a baissé de trois dixièmes en octobre.", 'fr')).toMatchObject({ value: -0.3, kind: 'change' })
    expect(claim('Revenue plunged by a quarter.', 'en')).toMatchObject({ value: 0.25, kind: 'ratio' })
  })
})

describe('"by N to M" with figures of different sizes, and "a further"', () => {
  const claims = (text: string, lang: 'fr' | 'en') => extractClaims(text, { lang }).map((c) => [c.value, c.valueHigh ?? null, c.previous?.value ?? null])

  it('reads a change then the level reached, with no scale shared', () => {
    expect(claims('The number of jobless fell by 12,000 to 1.2 million.', 'en')).toEqual([[-12000, null, null], [1200000, null, null]])
    expect(claims('Sales rose from 12,000 to 1.2 million.', 'en')).toEqual([[1200000, null, 12000]])
    expect(claims('Le nombre de chômeurs est passé de 12 000 à 1,2 million.', 'fr')).toEqual([[1200000, null, 12000]])
  })

  it('still shares a scale between figures of one size', () => {
    expect(claims('between 1,000 and 1,500 million euros', 'en')).toEqual([[1e9, 1.5e9, null]])
    expect(claims('Sales fell from 5 to 3 million.', 'en')).toEqual([[3e6, null, 5e6]])
  })

  it('reads the sign across "a further", "another", "encore"', () => {
    expect(claims('Sales fell a further 2%.', 'en')).toEqual([[-2, null, null]])
    expect(claims('Shares lost another 3%.', 'en')).toEqual([[-3, null, null]])
  })
})

describe('previous values across a period, after "a … rise", and then/now in either order', () => {
  const prev = (text: string, lang: 'fr' | 'en') => extractClaims(text, { lang }).map((c) => [c.value, c.previous?.value ?? null])

  it('reads "after" past the period of the first figure and past an article', () => {
    expect(prev('Output grew 0.5% in the third quarter after 0.3% in the second.', 'en')).toEqual([[0.5, 0.3]])
    expect(prev('Prices rose 3% after a 2% rise in May.', 'en')).toEqual([[3, 2]])
    expect(prev('Les prix ont augmenté de 3 % après une hausse de 2 % en mai.', 'fr')).toEqual([[3, 2]])
    expect(prev('Sales rose 3% in London after 2% in Paris.', 'en')).toEqual([[3, null], [2, null]])
    // "after rising", "après avoir progressé", a few words after the first figure's period; "compared with X's increase of"
    expect(prev('CPI increased 0.1 percent in June on an adjusted basis after rising 0.2 percent in May.', 'en')).toEqual([[0.1, 0.2]])
    expect(prev('Les prix ont augmenté de 0,4 % en juin après avoir progressé de 0,3 % en mai.', 'fr')).toEqual([[0.4, 0.3]])
    expect(prev("Inflation was 1.5 percent, a higher rate compared with November's increase of 1.2 percent.", 'en')).toEqual([[1.5, 1.2]])
    // earnings and their restatement per share, each with its own previous value; "for last year's quarter" says when
    expect(prev('Net income rose to $79.2 million, or 31 cents per share, in the quarter, from $65.3 million, or 24 cents per share, a year earlier.', 'en'))
      .toEqual([[79.2e6, 65.3e6], [0.31, 0.24]])
    expect(prev("Sales were $121.1 million compared to $135.7 million for last year's second quarter.", 'en')).toEqual([[121.1e6, 135.7e6]])
    // "rose 2.6%, from A to B": the rate is the change, the amounts a level and its previous value (no rate compares money)
    expect(prev('The average price rose 2.6%, from $217,397 to $223,045.', 'en')).toEqual([[2.6, null], [223045, 217397]])
    // a difference is no previous value of the claim before it
    expect(prev('In the first quarter there were 9,564 deaths. In total there were 890 more deaths.', 'en')).toEqual([[9564, null], [890, null]])
    // "That's up from 1.9 per cent … and from 0.8 per cent": the sentence before holds the claim
    expect(prev('Growth was 2.3 per cent. That is up from 1.9 per cent in 2018 and from 0.8 per cent in 2013.', 'en')[0]).toEqual([2.3, 1.9])
  })

  it('pairs a past figure marked after it or by "ago" / "il y a" with the figure of now', () => {
    expect(prev('It was 200 before; now it is 610.', 'en')).toEqual([[610, 200]])
    expect(prev('Ten years ago there were 200; today there are 610.', 'en')).toEqual([[610, 200]])
    expect(prev("Il y a dix ans, ils étaient 200 ; aujourd'hui ils sont 610.", 'fr')).toEqual([[610, 200]])
  })

  it('reads a figure of the same unit in brackets, said of an earlier time, as the previous value', () => {
    expect(prev('Unemployment was 5.2% (4.8% in 2010).', 'en')).toEqual([[5.2, 4.8]])
    expect(prev('Le taux est de 5,2 % (4,8 % en 2010).', 'fr')).toEqual([[5.2, 4.8]])
    expect(prev('They paid 46,000 rupees (3.8 euros) a trip.', 'en')).toEqual([[46000, null], [3.8, null]])
    expect(prev('Growth was 2% (3% this year).', 'en')).toEqual([[2, null], [3, null]])
  })
})

describe('the word of change a few words before its "by"/"de" and the rate, past adverbials', () => {
  it('signs "fell sharply on Friday, by 2.6 percent", "a reculé vendredi de 2,6 %", "a decline in sales of 3%"', () => {
    const v = (text: string, lang: 'fr' | 'en') => extractClaims(text, { lang }).map((c) => c.value)
    expect(v('Shares fell sharply on Friday, by 2.6 percent.', 'en')).toEqual([-2.6])
    expect(v('The economy contracted in the third quarter by 0.3%.', 'en')).toEqual([-0.3])
    expect(v('There was a decline in sales of 3%.', 'en')).toEqual([-3])
    expect(v("L'action a reculé vendredi de 2,6 %.", 'fr')).toEqual([-2.6])
    expect(v('Les prix ont baissé pour le troisième mois consécutif, de 0,2 %.', 'fr')).toEqual([-0.2])
    expect(v('Les ventes ont baissé et les prix ont été de 3 %.', 'fr')).toEqual([3])
  })
})
