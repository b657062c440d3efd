import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'

const units = (text: string, lang: 'fr' | 'en') => extractClaims(text, { lang }).map((c) => c.unit)

describe('shared money names take the currency of the country the text is about', () => {
  it('reads crowns, rupees, francs and dollars by the country named in the text', () => {
    expect(units('Les Tchèques ont dépensé plus de 15 000 couronnes par personne.', 'fr')).toEqual(['CZK'])
    expect(units('In Java, porters earn 46,000 rupees a trip.', 'en')).toEqual(['IDR'])
    expect(units('Les tempêtes en France ont fait 75 milliards de francs de dégâts.', 'fr')).toEqual(['FRF'])
    expect(units('Montreal paid 736,000 dollars to the firm.', 'en')).toEqual(['CAD'])
  })

  it('keeps the default for its own country, a qualified name, or two countries named', () => {
    expect(units('In India, porters earn 46,000 rupees a trip.', 'en')).toEqual(['INR'])
    expect(units('UBS a perdu 2 milliards de francs.', 'fr')).toEqual(['CHF'])
    expect(units('In Montreal they paid 736,000 US dollars.', 'en')).toEqual(['USD'])
    expect(units('En France, cela coûte 3 francs suisses.', 'fr')).toEqual(['CHF'])
    expect(units('Entre Prague et Oslo, le billet coûte 500 couronnes.', 'fr')).toEqual(['SEK'])
    expect(units('It cost 200 million Czech Crowns.', 'en')).toEqual(['CZK'])
  })
})

describe('an elided currency carries over to a bare scaled amount', () => {
  it('gives "around 60 million" of assets the currency of the amount before, not people or a bare count', () => {
    expect(units('I have land worth twenty million Czech crowns. I estimate my private assets to be around 60 million.', 'en')).toEqual(['CZK', 'CZK'])
    expect(units('I have land worth twenty million Czech crowns. There are 3 million people here.', 'en')).toEqual(['CZK', undefined])
    expect(units("Le projet coûte 3 millions d'euros. 15 000 ont manifesté.", 'fr')).toEqual(['EUR', undefined])
  })
})
