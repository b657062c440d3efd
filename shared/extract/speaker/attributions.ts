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
      if (before) { out.push({ pos: t.start[k], name: before.name, pronoun: before.pronoun, weak }); continue }
    }
    const after = speakerAfter(t, at.from, at.limit, prepositional)
    if (!after) continue
    // "selon les prévisions publiées": a source in lower case after "selon"/"according to" is weaker than a named one
    const lowerSource = prepositional && after.name === after.name.toLowerCase()
    out.push({ pos: t.start[k], name: after.pronoun ? after.name : organisationFor(t, k, after.name), pronoun: after.pronoun, weak: weak || lowerSource })
  }
  return resolvePronouns(out)
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
