/**
 * Words that say where, for whom and by which definition a figure counts, as data for
 * shared/series/scope.ts. The extractor does not emit places (ExtractedClaim has none), so series
 * read them from the claim's own words. Entries are folded (lowercase, no accents); a phrase
 * matches on word boundaries. Small on purpose: a word missing here only means "not stated".
 */

/** Place id → the words naming it, French and English (demonyms included: "le chômage français"). */
export const PLACES: Record<string, readonly string[]> = {
  france: ['france', 'francais', 'francaise', 'francaises', 'hexagone', 'french', 'metropole'],
  us: ['etats-unis', 'etats unis', 'amerique', 'americain', 'americaine', 'americains', 'united states', 'america', 'american', 'americans'],
  uk: ['royaume-uni', 'royaume uni', 'britannique', 'britanniques', 'angleterre', 'united kingdom', 'britain', 'british', 'england'],
  germany: ['allemagne', 'allemand', 'allemande', 'germany', 'german'],
  spain: ['espagne', 'espagnol', 'espagnole', 'spain', 'spanish'],
  italy: ['italie', 'italien', 'italienne', 'italy', 'italian'],
  japan: ['japon', 'japonais', 'japonaise', 'japan', 'japanese'],
  china: ['chine', 'chinois', 'chinoise', 'china', 'chinese'],
  canada: ['canada', 'canadien', 'canadienne', 'canadian'],
  belgium: ['belgique', 'belge', 'belgium', 'belgian'],
  switzerland: ['suisse', 'switzerland', 'swiss'],
  eu: ['union europeenne', 'european union'],
  eurozone: ['zone euro', 'eurozone', 'euro area'],
  paris: ['paris', 'parisien', 'parisienne', 'parisiens'],
  lyon: ['lyon', 'lyonnais'],
  marseille: ['marseille', 'marseillais'],
  london: ['londres', 'london'],
  'new-york': ['new york', 'new-york'],
  'ile-de-france': ['ile-de-france', 'ile de france', 'francilien', 'francilienne', 'franciliens'],
  'seine-saint-denis': ['seine-saint-denis', 'seine saint denis']
}

/** Abbreviations that name a place only in capitals ("us" is a pronoun, "eu" a past participle). */
export const PLACE_ABBREVIATIONS: Record<string, string> = { US: 'us', 'U.S.': 'us', USA: 'us', UK: 'uk', UE: 'eu', EU: 'eu' }

/** Population id → the words restricting who is counted ("le chômage des jeunes" is not "le chômage"). */
export const POPULATIONS: Record<string, readonly string[]> = {
  youth: ['jeunes', 'jeune', 'moins de 25 ans', 'youth', 'young people', 'under 25', 'under-25s'],
  women: ['femmes', 'women', 'female'],
  men: ['hommes', 'men', 'male'],
  seniors: ['seniors', 'plus de 50 ans', 'plus de 55 ans', 'older workers', 'over 50', 'over 55'],
  'long-term': ['longue duree', 'long-term', 'long term'],
  black: ['noirs', 'black americans', 'black workers', 'african americans', 'african-american'],
  hispanic: ['hispaniques', 'hispanic', 'latino', 'latinos']
}

/** Definition id → the words naming a statistical definition (ILO unemployment vs registered jobseekers). */
export const DEFINITIONS: Record<string, readonly string[]> = {
  ilo: ['au sens du bit', 'du bit', 'ilo', 'international labour organization'],
  'registered-a': ['categorie a', 'category a', 'pole emploi', 'france travail', 'demandeurs d\'emploi inscrits', 'inscrits'],
  'claimant-count': ['claimant count', 'claimants'],
  u6: ['u-6', 'u6', 'underemployment', 'sous-emploi'],
  u3: ['u-3', 'u3']
}
