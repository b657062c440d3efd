import { describe, expect, it } from 'vitest'
import { isBasisNoun, subjectNear } from '../../../../shared/extract/subject/index'
import { read } from './helpers'

/** The phrase subjectNear finds for the figure starting at `figure`, the only figure of `text`. */
function near(text: string, figure: string, lang: 'fr' | 'en'): string | undefined {
  const a = read(text, lang)
  const k = a.at(figure)
  const found = subjectNear(a.t, k, lang, 0, new Map([[k, '']]))
  return found && 'span' in found ? a.show(found.span) : undefined
}

describe('subjectNear: the noun right before a figure, over verbs and words of change', () => {
  it('reads the noun before a preposition and the figure', () => {
    const a = read('compensation of 1 million rupees', 'en')
    const k = a.at('1')
    const near = subjectNear(a.t, k, 'en', 0, new Map([[k, '']]))
    expect(near && 'span' in near ? a.show(near.span) : near).toBe('compensation')
  })

  it('points to an earlier figure joined by "and", whose subject carries over', () => {
    const a = read('The economy will grow 0.6% this year and 0.7% in 2024', 'en')
    const first = a.at('0.6')
    const second = a.at('0.7')
    expect(subjectNear(a.t, second, 'en', 0, new Map([[first, 'economy'], [second, '']]))).toEqual({ figureAt: first })
  })
})

describe('subjectNear: a relative clause before the main verb', () => {

  it('takes the noun the clause hangs on when the phrase found is the subject of the main verb', () => {
    expect(near('The aid which Member States allocate to the sectors under consideration reached 95 billion', '95', 'en')).toBe('aid')
    expect(near('Le nombre de personnes qui dorment dans la rue a atteint 3 600', '3 600', 'fr')).toBe('nombre de personnes')
  })

  it('keeps an object of the verb, a complement before a preposition, and a "that" with no noun before it', () => {
    expect(near('The firms which hired workers raised wages by 5', '5', 'en')).toBe('wages')
    expect(near('Matt Read who increased the difference to 2', '2', 'en')).toBe('difference')
    expect(near('He said that prices rose 5', '5', 'en')).toBe('prices')
  })
})

describe('isBasisNoun: what a rate is measured against', () => {
  it('knows GDP and "population active", not an ordinary noun', () => {
    const a = read('97.7% of GDP', 'en')
    expect(isBasisNoun(a.t, { first: a.at('GDP'), end: a.at('GDP') + 1 })).toBe(true)
    const b = read('7,4 % de la population active', 'fr')
    expect(isBasisNoun(b.t, { first: b.at('population'), end: b.at('population') + 2 })).toBe(true)
    const c = read('12 % of voters', 'en')
    expect(isBasisNoun(c.t, { first: c.at('voters'), end: c.at('voters') + 1 })).toBe(false)
  })
})

describe('subjectNear: verb forms and modifiers the lexicon knows are no head', () => {

  it('passes a conjugated verb no list names, and an adverb or adjective before the figure', () => {
    expect(near('La Bourse de Milan cède 0,4 %', '0,4', 'fr')).toBe('Bourse de Milan')
    expect(near('Le ratio est désormais inchangé à 3 %', '3 %', 'fr')).toBe('ratio')
    expect(near('The jobless rate was higher at 7%', '7%', 'en')).toBe('jobless rate')
  })

  it('keeps French adjectives that follow the head, but not a participle that is the verb', () => {
    expect(near('Les recettes touristiques ont fondu de 12 %', '12', 'fr')).toBe('recettes touristiques')
    expect(near('Le prix moyen atteint 4 230 €', '4 230', 'fr')).toBe('prix moyen')
  })
})

describe('subjectNear: adverbial phrases are passed whole', () => {
  it('passes "in fact", "en effet" to the noun before them', () => {
    expect(near('The volume is in fact 26 billion dollars', '26', 'en')).toBe('volume')
    expect(near("Le déficit s'élève en effet à 3 %", '3 %', 'fr')).toBe('déficit')
  })
})


describe('subjectNear: a phrase of place or object between the subject and its verb', () => {
  it('widens the subject of a verb to the noun its preposition hangs on', () => {
    expect(near('Unemployment in France rose by 2', '2', 'en')).toBe('Unemployment in France')
    expect(near('The jobless rate in Spain rose to 10.2', '10.2', 'en')).toBe('jobless rate in Spain')
    expect(near('Le chômage en France a augmenté de 2', '2', 'fr')).toBe('chômage en France')
    expect(near('La croissance annuelle en France a été de 2', '2', 'fr')).toBe('croissance annuelle en France')
  })

  it('reads a measure tied to a noun as its complement, not as the head', () => {
    expect(near('le rendement des obligations italiennes à 10 ans est monté à 6,85', '6,85', 'fr')).toBe('rendement des obligations italiennes à 10 ans')
    expect(near('Le prix des forfaits à 10 euros passe à 12', '12', 'fr')).toBe('prix des forfaits à 10 euros')
    expect(near('a stay of 10 days was 600', '600', 'en')).toBe('stay of 10 days')
    // an ordinal glued to its suffix, then a name, is no measure
    expect(near('Le soldat de 1ere classe Elizabeth Lyman était âgée de 25', '25', 'fr')).not.toContain('soldat')
  })

  it('joins hyphenated words and passes a noun of loss', () => {
    expect(near('Le Dow-Jones a perdu 2', '2', 'fr')).toBe('Dow-Jones')
    expect(near('Les valeurs du Dow-Jones notaient une perte de 0,6', '0,6', 'fr')).toBe('valeurs du Dow-Jones')
  })

  it('passes asides after a copula, two in a row, to a head noun of level with its adjectives', () => {
    expect(near('le montant annuel, en moyenne, est de 95', '95', 'fr')).toBe('montant annuel')
    expect(near('le montant annuel, en moyenne, pour la période sous revue, est de 95', '95', 'fr')).toBe('montant annuel')
    expect(near('The annual level, on average, is 95', '95', 'en')).toBe('annual level')
  })

  it('drops a phrase of time, and keeps a noun the figure itself qualifies', () => {
    expect(near('Sales in March fell 4', '4', 'en')).toBe('Sales')
    expect(near('le contrôle technique en France pour les véhicules de plus de cinq', 'cinq', 'fr')).toBe('véhicules')
  })

  it("takes the clause's subject when the phrase hangs on a verb (an adjunct)", () => {
    expect(near('SAP has been in China for 20', '20', 'en')).toBe('SAP')
    expect(near('The company has operated in Spain for ten', 'ten', 'en')).toBe('company')
    expect(near('SAP est active en Chine depuis plus de 20', '20', 'fr')).toBe('SAP')
  })

  it('leaves a phrase that opens the clause, a noun of change and an adverbial alone', () => {
    expect(near('mais pour les parents il s\'agit de 15', '15', 'fr')).toBe('parents')
    expect(near('A rise in prices of 3', '3', 'en')).toBe('prices')
    expect(near('La banque devait annoncer à nouveau des pertes de 3', '3', 'fr')).toBe('pertes')
  })
})

describe('subjectNear: French words in -ment', () => {
  it('takes a noun in -ment for the head, and passes an adverb in -ment', () => {
    expect(near('Il a obtenu un financement de 3', '3', 'fr')).toBe('financement')
    expect(near('Elle a reçu un paiement de 780', '780', 'fr')).toBe('paiement')
    expect(near('Le chômage a actuellement atteint 7', '7', 'fr')).toBe('chômage')
    expect(near('Le chômage a également atteint 7', '7', 'fr')).toBe('chômage')
    expect(near('Le chômage a précisément atteint 7', '7', 'fr')).toBe('chômage')
  })
})

describe('subjectNear: a verb-list word after a determiner, and an aside before the figure', () => {
  it('reads a word of the verb list after a determiner as the noun', () => {
    expect(near('The vote was apparently 45', '45', 'en')).toBe('vote')
    expect(near('Their support fell to 45', '45', 'en')).toBe('support')
  })

  it('passes an aside with no verb between the verb and its figure', () => {
    expect(near('Unemployment has reached, on average, 23.7', '23.7', 'en')).toBe('Unemployment')
    expect(near("Le chômage a atteint, selon l'Insee, 7", '7', 'fr')).toBe('chômage')
  })

  it('does not pass a list or an opening clause', () => {
    expect(near('Paris, Lyon, 45', '45', 'fr')).toBeUndefined()
    expect(near('In 2023, 45', '45', 'en')).toBeUndefined()
  })
})

describe('subjectNear: a name alone in an aside', () => {
  it('takes the name between commas after a noun phrase, not a relative clause', () => {
    expect(near("Europe's largest software producer, SAP, plans to invest 20", '20', 'en')).toBe('SAP')
    expect(near('Its biggest lender, Bank of America, lost 2.6', '2.6', 'en')).toBe('Bank of America')
    expect(near('The company, which was founded in Paris, employs 300', '300', 'en')).toBe('company')
  })
})

describe('subjectNear: a comma between the clause and the link of its change', () => {
  it('reads past ", by" and ", de" to the clause\'s subject', () => {
    expect(near('Shares fell sharply on Friday, by 2.6', '2.6', 'en')).toBe('Shares')
    expect(near('Les prix ont baissé pour le troisième mois consécutif, de 0,2', '0,2', 'fr')).toBe('prix')
  })
})
