import type { Lang, Segment } from '../model'
import { type QuoteSpans, quoteAt } from './quotes'
import { type Tokens, WORD, isApostrophe, isCapitalized, isPunct, lower, raw } from './tokens'

const SPEECH_VERBS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'assure', 'assuré', 'affirme', 'affirmé', 'déclare', 'déclaré', 'explique', 'expliqué', 'indique', 'indiqué', 'précise',
    'précisé', 'préciser', 'souligne', 'souligné', 'souligner', 'estime', 'estimé', 'ajoute', 'ajouté', 'rappelle', 'rappelé',
    'rappeler', 'poursuit', 'insiste', 'insisté', 'martèle', 'martelé', 'reconnaît', 'reconnu', 'admet', 'annonce', 'annoncé',
    'confie', 'confié', 'lance', 'lancé', 'observe', 'détaille', 'détaillé', 'avance', 'prévient', 'répond', 'répondu', 'relève',
    'commente', 'tempère', 'conclut', 'juge', 'regrette', 'dénonce', 'dénoncé', 'raconte', 'résume', 'déplore', 'souffle',
    'note', 'noté', 'argue', 'plaide', 'martèle', 'interroge', 'avertit', 'alerte', 'alerté', 'témoigne', 'dit', 'disait', 'déclarait',
    'expliquait', 'assurait', 'affirmait', 'indiquait', 'selon', 'après', 'écrit', 'chiffre', 'chiffré', 'rapporte', 'rapporté',
    'révèle', 'révélé', 'signale', 'signalé', 'constate', 'constaté'
  ]),
  en: new Set([
    'said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'stated', 'states', 'claimed', 'claims', 'insisted',
    'insists', 'noted', 'notes', 'argued', 'argues', 'warned', 'warns', 'announced', 'announces', 'declared', 'declares',
    'confirmed', 'confirms', 'acknowledged', 'admitted', 'admits', 'wrote', 'writes', 'continued', 'asserted', 'asserts',
    'boasted', 'revealed', 'reveals', 'replied', 'recalled', 'according', 'estimated', 'estimates', 'reported', 'reports',
    'stressed', 'stresses', 'pointed', 'suggested', 'conceded', 'concedes', 'observed', 'remarked', 'maintained', 'contended'
  ])
}

const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'he', 'she', 'they', 'lui', 'him', 'her'])
const DETERMINERS = new Set(['le', 'la', 'l', 'les', 'the', 'un', 'une', 'a', 'an', 'son', 'sa', 'ses', 'his', 'her', 'their', 'leur', 'its', 'our', 'notre', 'this', 'ce', 'cette'])
const PARTICLES = new Set(['de', 'du', 'des', 'van', 'von', 'der', 'den', 'di', 'da', 'le', 'la', 'bin', 'al', 'el', 'y', 'mc'])
const AUX_BEFORE_VERB = new Set(['a', 'avait', 'aura', 'has', 'had', 'have', 'also', 'aussi', 'then', 'alors', 'encore', 'tient', 'à', 'lui', 'later', 'once', 'previously', 'has', 'recently', 'again', 'déjà', 'also', 'publicly', 'ont', 'avaient', 'later', 'de', 'tenu', 'veut', 'voulu', 'bien'])
const ROLE_STOP = new Set(['que', 'qu', 'qui', 'à', 'au', 'aux', 'dans', 'en', 'sur', 'pour', 'lors', 'in', 'on', 'at', 'that', 'who', 'which', 'to', 'on', 'during', 'when', 'while', 'après', 'et', 'and', 'ce', 'this', 'mais', 'but', 'sur', 'with', 'avec', 'à', 'jeudi', 'lundi', 'mardi', 'mercredi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'fier', 'fière'])
const TITLE_WORDS = new Set(['m', 'mme', 'mr', 'mrs', 'ms', 'dr', 'pr', 'me', 'sir', 'lord', 'dame', 'president', 'président', 'présidente', 'minister', 'ministre'])
const NOT_NAMES = new Set(['le', 'la', 'les', 'the', 'il', 'elle', 'he', 'she', 'they', 'ils', 'elles', 'je', 'i', 'nous', 'we', 'on', 'ce', 'cette', 'ces', 'this', 'that', 'mais', 'but', 'et', 'and', 'si', 'if', 'en', 'in', 'selon', 'pour', 'un', 'une', 'a', 'an'])

/** A quotation's author found in the text: "assure Laurent Nunez", "said the minister", "selon l'Insee". */
export interface Attribution {
  pos: number
  name: string
  pronoun: boolean
}

/** A transcript turn ("NUNEZ : …"): who speaks from `pos` on. */
export interface Turn {
  pos: number
  name: string
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
}

/** Maps a name as written to a known speaker when the surname matches ("NUNEZ", "M. Nunez" → "Laurent Nunez"). */
export function canonicalSpeaker(name: string, known: readonly string[]): string {
  const low = name.toLowerCase()
  for (const k of known) {
    const parts = k.toLowerCase().split(/\s+/).filter(Boolean)
    const surname = parts[parts.length - 1]
    if (!surname) continue
    if (low === k.toLowerCase() || low.split(/[\s.]+/).includes(surname)) return k
  }
  const letters = name.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 2 && letters === letters.toUpperCase()) return titleCase(name)
  return name
}

/** Reads a capitalised name forward from token k ("Laurent Nunez", "Jean de La Fontaine", "M. Nunez"). */
function nameForward(t: Tokens, k: number, limit: number): { end: number } | undefined {
  let j = k
  let words = 0
  let end = -1
  while (j < limit && words < 6) {
    if (isCapitalized(t, j) && !(words === 0 && NOT_NAMES.has(lower(t, j)))) {
      words++
      j++
      end = j
      if (isPunct(t, j, '.') && TITLE_WORDS.has(lower(t, j - 1))) { j++; end = j }
      else if (isPunct(t, j, '-') && isCapitalized(t, j + 1)) j++
      continue
    }
    if (words > 0 && t.kind[j] === WORD && PARTICLES.has(lower(t, j)) && isCapitalized(t, j + 1)) { j++; continue }
    if (words > 0 && isApostrophe(t, j) && isCapitalized(t, j + 1)) { j++; continue }
    break
  }
  return end > k ? { end } : undefined
}

function nameBackward(t: Tokens, k: number, floor: number): { first: number } | undefined {
  let j = k
  let first = -1
  let words = 0
  while (j >= floor && words < 5) {
    if (isCapitalized(t, j) && !NOT_NAMES.has(lower(t, j))) { first = j; words++; j--; continue }
    if (isPunct(t, j, '.') && TITLE_WORDS.has(lower(t, j - 1)) && words > 0) { j--; continue }
    if (words > 0 && t.kind[j] === WORD && PARTICLES.has(lower(t, j)) && isCapitalized(t, j - 1)) { j--; continue }
    break
  }
  return first >= 0 ? { first } : undefined
}

/** Reads who is named after a speech verb: a name, a pronoun, or a role ("le préfet de police", "the minister"). */
function speakerAfter(t: Tokens, k: number, limit: number): { name: string; pronoun: boolean } | undefined {
  let j = k
  // "explique-t-il", "dit-elle"
  while (j < limit && (isPunct(t, j, '-') || (lower(t, j) === 't' && isPunct(t, j + 1, '-')))) j++
  if (j >= limit) return undefined
  const w = lower(t, j)
  if (PRONOUNS.has(w)) return { name: w, pronoun: true }
  const n = nameForward(t, j, limit)
  if (n) return { name: t.text.slice(t.start[j], t.end[n.end - 1]), pronoun: false }
  if (t.kind[j] === WORD && DETERMINERS.has(w)) {
    let e = j + 1
    if (isApostrophe(t, e)) e++
    const n2 = nameForward(t, e, limit)
    if (n2 && w === 'l') return { name: t.text.slice(t.start[e], t.end[n2.end - 1]), pronoun: false }
    let last = -1
    let words = 0
    while (e < limit && words < 6) {
      if (t.kind[e] === WORD) {
        const lw = lower(t, e)
        if (ROLE_STOP.has(lw)) break
        const n3 = words > 0 ? nameForward(t, e, limit) : undefined
        if (n3 && n3.end - e >= 2) return { name: t.text.slice(t.start[e], t.end[n3.end - 1]), pronoun: false }
        last = e
        words++
        e++
      } else if (isApostrophe(t, e)) e++
      else if (isPunct(t, e, ',') && nameForward(t, e + 1, limit)) {
        const n4 = nameForward(t, e + 1, limit)
        if (n4) return { name: t.text.slice(t.start[e + 1], t.end[n4.end - 1]), pronoun: false }
        break
      } else break
    }
    // a role ("the minister", "le préfet de police") must close the clause, or it is just the object of the verb
    const closes = e >= t.count || (t.kind[e] !== WORD && !isApostrophe(t, e))
    if (last >= 0 && closes && w !== 'un' && w !== 'une' && w !== 'a' && w !== 'an') return { name: t.text.slice(t.start[j], t.end[last]), pronoun: false }
  }
  return undefined
}

/** Finds every attribution in the text, in order. */
const VERB_FIRST: Record<Lang, ReadonlySet<number>> = {
  fr: new Set([...SPEECH_VERBS.fr].map((w) => w.charCodeAt(0))),
  en: new Set([...SPEECH_VERBS.en].map((w) => w.charCodeAt(0)))
}

export function findAttributions(t: Tokens, lang: Lang): Attribution[] {
  const verbs = SPEECH_VERBS[lang]
  const first = VERB_FIRST[lang]
  const out: Attribution[] = []
  for (let k = 0; k < t.count; k++) {
    if (t.kind[k] !== WORD) continue
    const len = t.end[k] - t.start[k]
    if (len < 3 || len > 11) continue
    const c = t.text.charCodeAt(t.start[k])
    if (!first.has(c >= 65 && c <= 90 ? c + 32 : c)) continue
    const w = lower(t, k)
    if (!verbs.has(w)) continue
    let from = k + 1
    if (w === 'après') {
      // "d'après X"
      if (!(isApostrophe(t, k - 1) && lower(t, k - 2) === 'd')) continue
    } else if (w === 'according') {
      if (lower(t, k + 1) !== 'to') continue
      from = k + 2
    } else if (w === 'pointed' && lower(t, k + 1) === 'out') from = k + 2
    const limit = Math.min(t.count, from + 12)
    const after = speakerAfter(t, from, limit)
    if (after) {
      out.push({ pos: t.start[k], name: after.name, pronoun: after.pronoun })
      continue
    }
    if (w === 'selon' || w === 'après' || w === 'according') continue
    let b = k - 1
    let skipped = 0
    while (b >= 0 && skipped < 3 && t.kind[b] === WORD && AUX_BEFORE_VERB.has(lower(t, b))) { b--; skipped++ }
    if (b >= 0 && t.kind[b] === WORD && PRONOUNS.has(lower(t, b))) {
      out.push({ pos: t.start[k], name: lower(t, b), pronoun: true })
      continue
    }
    const before = nameBackward(t, b, Math.max(0, b - 8))
    if (before) out.push({ pos: t.start[k], name: t.text.slice(t.start[before.first], t.end[b]), pronoun: false })
  }
  // resolve pronouns to the last name before them
  let lastName: string | undefined
  for (const a of out) {
    if (a.pronoun) {
      if (lastName) { a.name = lastName; a.pronoun = false }
    } else lastName = a.name
  }
  return out.filter((a) => !a.pronoun)
}

/** Finds transcript turns: a line starting with a name and a colon ("NUNEZ :", "Laurent Nunez:"). */
export function findTurns(t: Tokens, known: readonly string[]): Turn[] {
  const candidates: Turn[] = []
  const counts = new Map<string, number>()
  for (let k = 0; k < t.count; k++) {
    if (t.lineStart[k] !== 1 || t.kind[k] !== WORD || !isCapitalized(t, k)) continue
    let j = k
    let words = 0
    while (j < t.count && words < 4 && (isCapitalized(t, j) || (isPunct(t, j, '.') && words > 0) || (isPunct(t, j, '-') && words > 0)) && (j === k || t.lineStart[j] !== 1)) {
      if (t.kind[j] === WORD) words++
      j++
    }
    if (!isPunct(t, j, ':') || words === 0) continue
    const label = t.text.slice(t.start[k], t.end[j - 1])
    candidates.push({ pos: t.start[k], name: label })
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  const knownLow = known.map((s) => s.toLowerCase())
  return candidates
    .filter((c) => {
      const letters = c.name.replace(/[^\p{L}]/gu, '')
      const caps = letters.length >= 2 && letters === letters.toUpperCase()
      const isKnown = knownLow.some((k) => k.split(/\s+/).some((p) => p.length > 2 && c.name.toLowerCase().includes(p)))
      return caps || isKnown || (counts.get(c.name) ?? 0) >= 2
    })
    .map((c) => ({ pos: c.pos, name: canonicalSpeaker(c.name, known) }))
}

function lastBefore<T extends { pos: number }>(list: readonly T[], pos: number): number {
  let lo = 0
  let hi = list.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (list[mid].pos < pos) { found = mid; lo = mid + 1 } else hi = mid - 1
  }
  return found
}

/** Valid segments sorted by start, for binary search. */
export function sortSegments(segments: unknown): Segment[] | undefined {
  if (!Array.isArray(segments)) return undefined
  const ok = segments.filter(
    (s): s is Segment => typeof s === 'object' && s !== null && typeof (s as Segment).start === 'number' && typeof (s as Segment).end === 'number'
  )
  return ok.slice().sort((a, b) => a.start - b.start)
}

/** Everything speaker attribution needs, computed once per text. */
export interface SpeakerContext {
  attributions: Attribution[]
  turns: Turn[]
  quotes: QuoteSpans
  known: readonly string[]
  segments?: readonly Segment[]
  text: string
}

const FIRST_PERSON: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['je', 'j', 'nous', 'on', 'notre', 'nos', 'mon', 'ma', 'mes', 'moi']),
  en: new Set(['i', 'we', 'our', 'my', 'us', 'me', "i'm", 'ours'])
}

/** True when the sentence tokens contain a first-person word (the speaker talks, not the reporter). */
export function hasFirstPerson(t: Tokens, first: number, end: number, lang: Lang): boolean {
  const set = FIRST_PERSON[lang]
  for (let k = first; k < end && k < first + 200; k++) {
    if (t.kind[k] !== WORD) continue
    const w = lower(t, k)
    if (set.has(w) && !(lang === 'en' && w === 'us' && raw(t, k) === 'US')) return true
  }
  return false
}

/**
 * Who states the claim at [start, end): a segment's speaker, a transcript turn, an attribution in the
 * sentence, the author of the quote it sits in (or the last person quoted before), else the fallback.
 */
export function speakerFor(
  ctx: SpeakerContext, start: number, sentenceStart: number, sentenceEnd: number, firstPerson: boolean
): string | undefined {
  if (ctx.segments && ctx.segments.length) {
    // segments are sorted by start (see sortSegments): the last one starting at or before the claim
    let lo = 0
    let hi = ctx.segments.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (ctx.segments[mid].start <= start) { found = mid; lo = mid + 1 } else hi = mid - 1
    }
    const s = found >= 0 ? ctx.segments[found] : undefined
    if (s && s.speaker && start < s.end) return canonicalSpeaker(s.speaker, ctx.known)
  }
  const ti = lastBefore(ctx.turns, start + 1)
  if (ti >= 0) return ctx.turns[ti].name
  // attribution in the same sentence (nearest)
  // only the attributions just before and just after the claim can be the nearest (keeps this O(log n))
  let best: Attribution | undefined
  let bestDist = Infinity
  const ai = lastBefore(ctx.attributions, start)
  for (const k of [ai, ai + 1]) {
    const a = ctx.attributions[k]
    if (!a || a.pos < sentenceStart || a.pos >= sentenceEnd) continue
    const d = Math.abs(a.pos - start)
    if (d < bestDist) { best = a; bestDist = d }
  }
  if (best) return canonicalSpeaker(best.name, ctx.known)
  const qi = quoteAt(ctx.quotes, start)
  if (qi >= 0) {
    const qEnd = ctx.quotes.ends[qi]
    const qStart = ctx.quotes.starts[qi]
    const after = lastBefore(ctx.attributions, qEnd + 100)
    if (after >= 0 && ctx.attributions[after].pos >= qEnd && ctx.text.slice(qEnd, ctx.attributions[after].pos).indexOf('\n') < 0) {
      // the first attribution after the quote
      let k = after
      while (k > 0 && ctx.attributions[k - 1].pos >= qEnd) k--
      return canonicalSpeaker(ctx.attributions[k].name, ctx.known)
    }
    const before = lastBefore(ctx.attributions, qStart)
    if (before >= 0) return canonicalSpeaker(ctx.attributions[before].name, ctx.known)
  }
  if (firstPerson || qi >= 0) {
    const before = lastBefore(ctx.attributions, start)
    if (before >= 0) return canonicalSpeaker(ctx.attributions[before].name, ctx.known)
  }
  return ctx.known[0]
}
