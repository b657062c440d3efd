import { type Claim, type Source } from '../../../shared/model'
import { makeClaim } from './fixture'

function source(id: string, title: string, outlet: string, publishedAt: string, text: string): Source {
  return {
    id,
    kind: 'article',
    title,
    outlet,
    authors: [],
    speakers: [],
    publishedAt,
    importedAt: '2024-05-01T10:00:00.000Z',
    lang: 'fr',
    text,
    segments: [],
    contentHash: id
  }
}

/**
 * One figure (overnight places for crack users, Paris) from four outlets: a month, a quarter,
 * a year, and a day-dated approximate figure with an undated before value.
 */
export function fourSourceSeries(): { claims: Map<string, Claim>; sources: Map<string, Source>; claimIds: string[] } {
  const sources = [
    source('s-monde', 'Crack : la mairie ouvre des places', 'Le Monde', '2023-11-02', 'En octobre 2023, 610 places de nuit.'),
    source('s-parisien', 'Les places de nuit au troisième trimestre', 'Le Parisien', '2023-10-20', 'Au troisième trimestre 2023, 540 places.'),
    source('s-bleu', 'Bilan 2022', 'France Bleu Paris', '2023-01-15', 'En 2022, 400 places en moyenne.'),
    source('s-obs', 'Drug Policy Observatory report', 'Drug Policy Observatory', '2024-03-12', 'Nearly 700 places, up from 200.')
  ]
  const claims = [
    makeClaim({ id: 'c-month', sourceId: 's-monde', value: 610, unit: 'places', speaker: 'Laurent Nunez', verdict: 'accurate', quote: '610 places de nuit', period: { text: 'en octobre 2023', start: '2023-10', end: '2023-10' } }),
    makeClaim({ id: 'c-quarter', sourceId: 's-parisien', value: 540, unit: 'places', speaker: 'Anne Hidalgo', quote: '540 places', period: { text: 'au troisième trimestre 2023', start: '2023-Q3', end: '2023-Q3' } }),
    makeClaim({ id: 'c-year', sourceId: 's-bleu', value: 400, valueHigh: 450, unit: 'places', quote: '400 places', period: { text: 'en 2022', start: '2022', end: '2022' } }),
    makeClaim({ id: 'c-day', sourceId: 's-obs', value: 700, unit: 'places', approx: 'nearly', verdict: 'misleading', quote: 'Nearly 700 places', previous: { value: 200 } })
  ]
  return { claims: new Map(claims.map((c) => [c.id, c])), sources: new Map(sources.map((s) => [s.id, s])), claimIds: claims.map((c) => c.id) }
}
