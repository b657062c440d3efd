/**
 * Money names that several countries share ("couronnes", "rupees", "francs", "dollars"): the code the names give by
 * default, and words of the text that name the country meant instead (GUIDELINES: the currency of the text). A cue
 * is a word start, lower case, matched at a word boundary ("tchèque" also matches "tchèques"). Data only: the logic
 * is in ../currencyContext.ts.
 */
export interface SharedCurrency {
  /** The code the currency lexicon gives the bare name. */
  code: string
  /** Bare names as written in a claim's quote (lower case); a qualified name ("couronnes suédoises") is not one. */
  names: readonly string[]
  /** Country cues and the code each says, tried in order. */
  cues: readonly (readonly [readonly string[], string])[]
  /** Cues that keep the default code whatever else the text names. */
  keep: readonly string[]
}

export const SHARED_CURRENCIES: readonly SharedCurrency[] = [
  {
    code: 'SEK',
    names: ['couronnes', 'couronne', 'crowns', 'crown', 'kronor', 'krona'],
    cues: [
      [['tchèque', 'czech', 'prague', 'praha', 'brno'], 'CZK'],
      [['danois', 'danoise', 'danemark', 'danish', 'denmark', 'copenhag'], 'DKK'],
      [['norvég', 'norweg', 'norway', 'oslo'], 'NOK'],
      [['slovaque', 'slovak', 'bratislava'], 'SKK']
    ],
    keep: ['suéd', 'swed', 'stockholm']
  },
  {
    code: 'INR',
    names: ['rupees', 'rupee', 'roupies', 'roupie'],
    cues: [
      [['indonés', 'indones', 'jakarta', 'java', 'bali', 'sumatra'], 'IDR'],
      [['pakistan', 'karachi', 'lahore', 'islamabad'], 'PKR'],
      [['sri lanka', 'colombo'], 'LKR'],
      [['népal', 'nepal', 'kathmandu'], 'NPR']
    ],
    keep: ['inde', 'india', 'delhi', 'mumbai', 'bombay']
  },
  {
    code: 'CHF',
    names: ['francs', 'franc'],
    cues: [
      [['belg', 'bruxelles', 'brussels'], 'BEF'],
      [['france', 'français', 'française', 'french', 'paris', 'bretagne', 'brittany', 'lorraine'], 'FRF']
    ],
    keep: ['suisse', 'swiss', 'switzerland', 'genève', 'geneva', 'zurich', 'zürich', 'berne', 'bâle', 'basel', 'ubs', 'lausanne']
  },
  {
    code: 'USD',
    names: ['dollars', 'dollar'],
    cues: [
      [['canad', 'québec', 'quebec', 'montréal', 'montreal', 'ottawa', 'toronto', 'vancouver'], 'CAD'],
      [['australi', 'sydney', 'melbourne', 'canberra'], 'AUD'],
      [['hong kong'], 'HKD'],
      [['zélande', 'zealand'], 'NZD']
    ],
    keep: ['américain', 'american', 'états-unis', 'etats-unis', 'united states', 'u.s.', 'washington', 'new york', 'wall street']
  }
]
