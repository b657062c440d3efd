import type { Lang } from '../../model'
import { type Tokens } from '../tokens'
import { organisationFor } from './organisations'
import { speakerAfter } from './speakerAfter'
import { speakerBefore } from './speakerBefore'
import { speechVerbAt } from './speechVerb'

/** A quotation's author found in the text: "assure Laurent Nunez", "said the minister", "selon l'Insee". */
export interface Attribution {
  pos: number
  name: string
  pronoun: boolean
  /** Verbs that only sometimes report speech ("plans", "shows", "prévoit"): used when no plain "said" is nearer. */
  weak?: boolean
}

/** Finds every attribution in the text, in order; pronouns resolve to the last name before them, else are dropped. */
export function findAttributions(t: Tokens, lang: Lang): Attribution[] {
  const out: Attribution[] = []
  for (let k = 0; k < t.count; k++) {
    const at = speechVerbAt(t, k, lang)
    if (!at) continue
    const weak = at.verb.weak === true
    const prepositional = at.verb.prepositional === true
    if (!prepositional && !at.agent) {
      const before = speakerBefore(t, k)
      if (before) { out.push({ pos: t.start[k], name: (before.pronoun ? undefined : publisherOf(before.name)) ?? before.name, pronoun: before.pronoun, weak }); continue }
    }
    const after = speakerAfter(t, at.from, at.limit, prepositional)
    if (!after) continue
    // "selon les prévisions publiées": a source in lower case after "selon"/"according to" is weaker than a named one
    const lowerSource = prepositional && after.name === after.name.toLowerCase()
    const publisher = after.pronoun ? undefined : publisherOf(after.name)
    out.push({ pos: t.start[k], name: publisher ?? (after.pronoun ? after.name : organisationFor(t, k, after.name)), pronoun: after.pronoun, weak: (weak || lowerSource) && !publisher })
  }
  return resolvePronouns(out)
}

// "according to a flash estimate from Eurostat", "selon une étude de l'Insee": a publication, then who published it
const PUBLICATION = /^(?:(?:a|an|the|its|their|la|le|les|un|une|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}(?:estimates?|reports?|figures|data|surveys?|study|studies|statistics|numbers|analysis|release|estimations?|rapports?|chiffres|données|études?|enquêtes?|notes?|bilans?|publications?|statistiques)(?:\s+[\p{Ll}-]+){0,2}\s+(?:from|by|of|de|du|des|d['’]|de la|de l['’])\s*(\p{Lu}.*)$/u

/** The publisher named at the end of a source that is a publication, or undefined. */
function publisherOf(name: string): string | undefined {
  const m = PUBLICATION.exec(name)
  return m ? m[1] : undefined
}

/** Each pronoun takes the last name attributed before it; one with no name before is dropped. */
function resolvePronouns(out: Attribution[]): Attribution[] {
  let lastName: string | undefined
  for (const a of out) {
    if (a.pronoun) {
      if (lastName) { a.name = lastName; a.pronoun = false }
    } else lastName = a.name
  }
  return out.filter((a) => !a.pronoun)
}
