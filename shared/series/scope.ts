/**
 * What a figure is about beside its subject: the place, the population and the statistical
 * definition ("le taux de chômage des jeunes au sens du BIT en France"). Two claims whose scopes
 * disagree are different figures, however alike their subjects: a US 4 % is not a French 7 %.
 * Read from the claim's words with the lexicons in lexicons/scope.ts (the extractor emits no place).
 */
import { type Claim } from '../model'
import { DEFINITIONS, PLACES, PLACE_ABBREVIATIONS, POPULATIONS } from './lexicons/scope'

/** A claim's scope: ids from the lexicons; an empty set means "not stated". */
export interface ClaimScope {
  places: ReadonlySet<string>
  populations: ReadonlySet<string>
  definitions: ReadonlySet<string>
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, "'")
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// One regexp per lexicon, longest phrases first, on letter boundaries ("us" is not in "plus").
function matcher(table: Record<string, readonly string[]>): (text: string) => Set<string> {
  const entries = Object.entries(table).flatMap(([id, words]) => words.map((w) => ({ id, w: fold(w) })))
  entries.sort((a, b) => b.w.length - a.w.length)
  const ids = new Map(entries.map((e) => [e.w, e.id]))
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${entries.map((e) => escape(e.w)).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  return (text) => {
    const out = new Set<string>()
    for (const m of fold(text).matchAll(re)) {
      const id = ids.get(m[1])
      if (id) out.add(id)
    }
    return out
  }
}

const placesIn = matcher(PLACES)
const populationsIn = matcher(POPULATIONS)
const definitionsIn = matcher(DEFINITIONS)

const ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}.])(${Object.keys(PLACE_ABBREVIATIONS).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu')

function places(text: string): Set<string> {
  const found = placesIn(text)
  for (const m of text.matchAll(ABBREVIATION)) found.add(PLACE_ABBREVIATIONS[m[1]])
  return found
}

/**
 * The scope of a claim: places from its subject and sentence, population and definition from
 * its subject and the clause it cites (a sentence may speak of the young in another clause).
 */
export function claimScope(claim: Pick<Claim, 'subject' | 'sentence' | 'quote'>): ClaimScope {
  const subject = claim.subject ?? ''
  const near = `${subject} ${claim.quote ?? ''}`
  return {
    places: places(`${subject} ${claim.sentence ?? ''}`),
    populations: populationsIn(subject),
    definitions: definitionsIn(`${near} ${claim.sentence ?? ''}`)
  }
}

function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return false
  return true
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x))
}

/**
 * Why two scopes cannot be one figure, or undefined when they can: two stated places that share
 * none, populations that differ (one restricted, the other not, counts), two stated definitions
 * that share none. An unstated place or definition is no conflict: most sentences do not repeat them.
 */
export function scopeConflict(a: ClaimScope, b: ClaimScope): 'place' | 'population' | 'definition' | undefined {
  if (a.places.size && b.places.size && disjoint(a.places, b.places)) return 'place'
  if (!sameSet(a.populations, b.populations)) return 'population'
  if (a.definitions.size && b.definitions.size && disjoint(a.definitions, b.definitions)) return 'definition'
  return undefined
}
