import type { Lang, Segment } from '../model'
import { MONTHS } from './calendar'
import { type QuoteSpans, quoteAt } from './quotes'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { WORD, isApostrophe, isCapitalized, isPunct, lower, raw } = tokensModule

const SPEECH_VERBS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'assure', 'assuré', 'affirme', 'affirmé', 'déclare', 'déclaré', 'explique', 'expliqué', 'indique', 'indiqué', 'précise',
    'précisé', 'préciser', 'souligne', 'souligné', 'souligner', 'estime', 'estimé', 'ajoute', 'ajouté', 'rappelle', 'rappelé',
    'rappeler', 'poursuit', 'insiste', 'insisté', 'martèle', 'martelé', 'reconnaît', 'reconnu', 'admet', 'annonce', 'annoncé',
    'confie', 'confié', 'lance', 'lancé', 'observe', 'détaille', 'détaillé', 'avance', 'prévient', 'répond', 'répondu', 'relève',
    'commente', 'tempère', 'conclut', 'juge', 'regrette', 'dénonce', 'dénoncé', 'raconte', 'résume', 'déplore', 'souffle',
    'note', 'noté', 'argue', 'plaide', 'martèle', 'interroge', 'avertit', 'alerte', 'alerté', 'témoigne', 'dit', 'disait', 'déclarait',
    'expliquait', 'assurait', 'affirmait', 'indiquait', 'selon', 'après', 'écrit', 'chiffré', 'rapporte', 'rapporté',
    'révèle', 'révélé', 'signale', 'signalé', 'constate', 'constaté', 'prévoit', 'promis', 'promet', 'montre', 'montrent',
    'recense', 'dénombre', 'table', 'anticipe', 'avancé', 'compté', 'revendique', 'revendiqué'
  ]),
  en: new Set([
    'said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'stated', 'states', 'claimed', 'claims', 'insisted',
    'insists', 'noted', 'notes', 'argued', 'argues', 'warned', 'warns', 'announced', 'announces', 'declared', 'declares',
    'confirmed', 'confirms', 'acknowledged', 'admitted', 'admits', 'wrote', 'writes', 'continued', 'asserted', 'asserts',
    'boasted', 'revealed', 'reveals', 'replied', 'recalled', 'according', 'estimated', 'estimates', 'reported', 'reports',
    'stressed', 'stresses', 'pointed', 'suggested', 'conceded', 'concedes', 'observed', 'remarked', 'maintained', 'contended',
    'expects', 'expect', 'expected', 'forecasts', 'forecast', 'promised', 'pledged', 'vowed', 'show', 'shows', 'showed',
    'put', 'puts', 'plans', 'predicts', 'predicted', 'projects', 'projected', 'counted'
  ])
}

const TIME_WORDS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'aujourd', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'soir', 'matin', 'dernièrement', 'recently', 'later', 'tonight', 'on'])
const WEAK_VERBS = new Set(['plans', 'put', 'puts', 'show', 'shows', 'showed', 'expects', 'expect', 'expected', 'forecasts', 'forecast', 'prévoit', 'table', 'anticipe', 'recense', 'dénombre', 'montre', 'montrent', 'reported', 'reports', 'projects', 'projected', 'predicts', 'predicted'])
// "added" is a speech verb only when a quote, a comma or "that" comes with it ("Health care added 67,000 jobs" is not)
const ADD_VERBS = new Set(['added', 'adds', 'ajoute', 'ajouté'])
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'half', 'thirds', 'third', 'quarter', 'quarters', 'un', 'une', 'deux', 'trois', 'tiers', 'moitié', 'quart', 'quarts'])
const POSSESSIVES = new Set(['votre', 'vos', 'notre', 'nos', 'son', 'sa', 'ses', 'leur', 'leurs', 'your', 'our', 'its', 'their', 'his', 'her', 'my', 'mon', 'ma', 'mes'])
const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'he', 'she', 'they', 'lui', 'him', 'her'])
const DETERMINERS = new Set(['le', 'la', 'l', 'les', 'the', 'un', 'une', 'a', 'an', 'son', 'sa', 'ses', 'his', 'her', 'their', 'leur', 'its', 'our', 'notre', 'this', 'ce', 'cette'])
const PARTICLES = new Set(['de', 'du', 'des', 'van', 'von', 'der', 'den', 'di', 'da', 'le', 'la', 'bin', 'al', 'el', 'y', 'mc', 'of', 'for', 'and', 'et'])
const ROLE_VERBS = new Set([
  'would', 'will', 'must', 'can', 'could', 'should', 'may', 'might', 'has', 'had', 'have', 'is', 'was', 'are', 'were', 'be', 'a',
  'est', 'sont', 'doit', 'va', 'avait', 'était', 'did', 'does', 'do', 'ont', 'peut', 'pourrait', 'devrait'
])
const AUX_BEFORE_VERB = new Set(['now', 'still', 'today', 'recently', 'later', 'also', 'yesterday', 'hier', 'mercredi', 'jeudi', 'lundi', 'mardi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'a', 'avait', 'aura', 'has', 'had', 'have', 'also', 'aussi', 'then', 'alors', 'encore', 'tient', 'à', 'lui', 'later', 'once', 'previously', 'has', 'recently', 'again', 'déjà', 'also', 'publicly', 'ont', 'avaient', 'later', 'de', 'tenu', 'veut', 'voulu', 'bien'])
const ROLE_STOP = new Set(['je', 'j', 'vous', 'nous', 'tu', 'on', 'i', 'we', 'you', 'me', 'moi', 'pas', 'ne', 'n', 'plus', 'avons', 'avez', 'ont', 'sont', 'été', 'not', 'have', 'been', 'se', 'y', 'en', 'que', 'qu', 'qui', 'à', 'au', 'aux', 'dans', 'en', 'sur', 'pour', 'lors', 'in', 'on', 'at', 'that', 'who', 'which', 'to', 'on', 'during', 'when', 'while', 'après', 'et', 'and', 'ce', 'this', 'mais', 'but', 'sur', 'with', 'avec', 'à', 'jeudi', 'lundi', 'mardi', 'mercredi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'fier', 'fière'])
const TITLE_WORDS = new Set(['m', 'mme', 'mr', 'mrs', 'ms', 'dr', 'pr', 'me', 'sir', 'lord', 'dame', 'president', 'président', 'présidente', 'minister', 'ministre'])
const NOT_NAMES = new Set(['it', 'this', 'that', 'these', 'those', 'which', 'who', 'what', 'we', 'you', 'they', 'among', 'parmi', 'car', 'donc', 'puis', 'alors', 'ensuite', 'ainsi', 'or', 'so', 'then', 'also', 'yet', 'however', 'because', 'when', 'while', 'but', 'and', 'as', 'since', 'quand', 'lorsque', 'comme', 'aussi', 'enfin', 'cependant', 'pourtant', 'toutefois', 'here', 'there', 'now', 'today', 'yesterday', 'aujourd', 'hier', 'le', 'la', 'les', 'the', 'il', 'elle', 'he', 'she', 'they', 'ils', 'elles', 'je', 'i', 'nous', 'we', 'on', 'ce', 'cette', 'ces', 'this', 'that', 'mais', 'but', 'et', 'and', 'si', 'if', 'en', 'in', 'selon', 'pour', 'un', 'une', 'a', 'an'])

/** A quotation's author found in the text: "assure Laurent Nunez", "said the minister", "selon l'Insee". */
export interface Attribution {
  pos: number
  name: string
  pronoun: boolean
  /** Verbs that only sometimes report speech ("plans", "shows", "prévoit"): used when no plain "said" is nearer. */
  weak?: boolean
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
export function canonicalSpeaker(name: string, known: readonly string[], titleCaseCaps = false): string {
  const low = name.toLowerCase()
  for (const k of known) {
    const parts = k.toLowerCase().split(/\s+/).filter(Boolean)
    const surname = parts[parts.length - 1]
    if (!surname) continue
    if (low === k.toLowerCase() || low.split(/[\s.]+/).includes(surname)) return k
  }
  const letters = name.replace(/[^\p{L}]/gu, '')
  // a transcript label in capitals ("MOREAU") reads better as a name; acronyms in prose ("UBS", "INSEE") stay
  if (titleCaseCaps && letters.length >= 2 && letters === letters.toUpperCase()) return titleCase(name)
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
function speakerAfter(t: Tokens, k: number, limit: number, indefiniteOk = false): { name: string; pronoun: boolean } | undefined {
  let j = k
  // "explique-t-il", "dit-elle", "a indiqué vendredi la préfecture"
  while (j < limit && (isPunct(t, j, '-') || (lower(t, j) === 't' && isPunct(t, j + 1, '-')) || TIME_WORDS.has(lower(t, j)))) j++
  if (j >= limit) return undefined
  const w = lower(t, j)
  if (PRONOUNS.has(w)) return { name: w, pronoun: true }
  const n = nameForward(t, j, limit)
  if (n) {
    // "according to European surveys": a capitalised adjective, then the noun that speaks
    let e = n.end
    while (e < limit && e < n.end + 3 && t.kind[e] === WORD && !isCapitalized(t, e) && !ROLE_STOP.has(lower(t, e)) && !ROLE_VERBS.has(lower(t, e)) && !PARTICLES.has(lower(t, e))) e++
    return { name: t.text.slice(t.start[j], t.end[e - 1]), pronoun: false }
  }
  if (t.kind[j] === WORD && DETERMINERS.has(w)) {
    let e = j + 1
    if (isApostrophe(t, e)) e++
    const n2 = nameForward(t, e, limit)
    // "selon l'Insee", "according to the Agriculture and Horticulture Development Board"
    if (n2 && (w === 'l' || ((w === 'the' || w === 'le' || w === 'la') && n2.end - e >= 2))) return { name: t.text.slice(t.start[e], t.end[n2.end - 1]), pronoun: false }
    let last = -1
    let words = 0
    while (e < limit && words < 6) {
      if (t.kind[e] === WORD) {
        const lw = lower(t, e)
        if (ROLE_STOP.has(lw) || ROLE_VERBS.has(lw)) break
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
    const closes = e >= t.count || (t.kind[e] !== WORD && !isApostrophe(t, e)) || TIME_WORDS.has(lower(t, e))
    const indefinite = w === 'un' || w === 'une' || w === 'a' || w === 'an'
    // "according to a preliminary report" → "preliminary report" (an indefinite article is no part of a name)
    if (last >= 0 && closes && (indefiniteOk || !indefinite)) return { name: t.text.slice(t.start[indefinite ? j + 1 : j], t.end[last]), pronoun: false }
  }
  return undefined
}

/** A role right before a speech verb, starting a clause: "officials said", "The railway operator said", ", the minister said". */
function roleBackward(t: Tokens, b: number): string | undefined {
  let j = b
  let words = 0
  while (j >= 0 && words < 4 && t.kind[j] === WORD && !ROLE_STOP.has(lower(t, j)) && !ROLE_VERBS.has(lower(t, j)) && !PRONOUNS.has(lower(t, j)) && !(words === 0 && NOT_NAMES.has(lower(t, j)) && !DETERMINERS.has(lower(t, j)))) {
    const w = lower(t, j)
    // "Votre budget prévoit", "Two-thirds of respondents said": what is owned or counted does not speak
    if (POSSESSIVES.has(w) || NUMBER_WORDS.has(w) || w === 'of' || w === 'de') return undefined
    if (DETERMINERS.has(w)) { j--; break }
    words++
    j--
  }
  if (words === 0) return undefined
  // the role must open its clause: sentence start, a comma, a quote
  const opens = j < 0 || t.lineStart[j + 1] === 1 || (t.kind[j] !== WORD && !isApostrophe(t, j)) || isApostrophe(t, j)
  if (!opens || (j >= 0 && (t.kind[j] === 2 || isPunct(t, j, '-')))) return undefined
  const first = DETERMINERS.has(lower(t, j + 1)) ? j + 2 : j + 1
  if (first > b) return undefined
  return t.text.slice(t.start[first], t.end[b])
}

const ORG_HEADS = new Set(['group', 'company', 'firm', 'groupe', 'société', 'entreprise', 'charity', 'association', 'bank', 'banque'])

/** "The group now expects…", "a annoncé le groupe": the organisation named last before token k (within 80 tokens). */
function lastOrganisation(t: Tokens, k: number): string | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 80; j--) {
    if (!isCapitalized(t, j) || (j > 0 && isCapitalized(t, j - 1))) continue
    // not a day, a month, a unit after a figure or a bracketed party ("Thursday", "TWh", "(Lab)")
    if (TIME_WORDS.has(lower(t, j)) || MONTHS[lower(t, j)] !== undefined || (j > 0 && (t.kind[j - 1] === 2 || isPunct(t, j - 1, '(')))) continue
    const n = nameForward(t, j, Math.min(t.count, j + 6))
    if (!n) continue
    const text = t.text.slice(t.start[j], t.end[n.end - 1])
    const sentenceStart = j === 0 || t.lineStart[j] === 1 || isPunct(t, j - 1, '.')
    const caps = text.length >= 2 && text === text.toUpperCase()
    if ((n.end - j >= 2 || caps || !sentenceStart) && !NOT_NAMES.has(lower(t, j)) && !TITLE_WORDS.has(lower(t, j))) return text
  }
  return undefined
}

/** A role that names an organisation generically ("the group") becomes the organisation named before it. */
function organisationFor(t: Tokens, k: number, role: string): string {
  // only a role in lower case ("the group"), never a name ("National Audit Office")
  if (/\p{Lu}/u.test(role.replace(/^(The|Le|La|Les|L')\s*/u, ''))) return role
  const words = role.toLowerCase().split(/[\s'’]+/)
  const head = words[words.length - 1]
  if (words.length <= 3 && ORG_HEADS.has(head)) return lastOrganisation(t, k) ?? role
  return role
}

const CONTRARY = new Set(['contrairement', 'contrary', 'unlike', 'despite', 'malgré'])

/** "Contrairement à ce que dit X", "contrary to what X claims", "unlike what X says": a speech verb the figure refutes. */
function contradicts(t: Tokens, k: number): boolean {
  const p = lower(t, k - 1)
  if (p !== 'que' && p !== 'qu' && p !== 'what' && p !== 'claims' && !isApostrophe(t, k - 1)) return false
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) if (t.kind[j] === WORD && CONTRARY.has(lower(t, j))) return true
  return false
}

const ROLE_OF = new Set(['de', 'du', 'des', 'of', 'd'])

/**
 * When a name is the complement of a role ("le président de la République", "the governor of the Bank of England",
 * "la ministre de la Santé"), the first token of that role phrase (its determiner); undefined otherwise.
 */
function roleOfName(t: Tokens, nameFirst: number): number | undefined {
  let j = nameFirst - 1
  if (j >= 0 && t.kind[j] === WORD && DETERMINERS.has(lower(t, j))) j--
  else if (isApostrophe(t, j) && lower(t, j - 1) === 'l') j -= 2
  if (!(j >= 0 && t.kind[j] === WORD && ROLE_OF.has(lower(t, j))) && !(isApostrophe(t, j) && lower(t, j - 1) === 'd' && j--)) return undefined
  j--
  // the role noun: lower case, not a function word
  if (!(j >= 0 && t.kind[j] === WORD && !isCapitalized(t, j) && !ROLE_STOP.has(lower(t, j)) && !NOT_NAMES.has(lower(t, j)))) return undefined
  const head = j
  // its determiner opens the phrase ("le président", "the governor"); without one the role stands alone ("Président de …" is a name)
  if (head - 1 >= 0 && t.kind[head - 1] === WORD && DETERMINERS.has(lower(t, head - 1))) return head - 1
  if (isApostrophe(t, head - 1) && lower(t, head - 2) === 'l') return head - 2
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
    // a capitalised "States" or "Notes" is a name, not a verb ("the United States")
    if (isCapitalized(t, k) && w !== 'selon' && w !== 'according' && w !== 'après' && !(t.lineStart[k] === 1 || isPunct(t, k - 1, '.'))) continue
    let from = k + 1
    // "Contrairement à ce que dit le gouvernement", "contrary to what the minister claims": the figure contradicts them
    if (contradicts(t, k)) continue
    // "Comme annoncé par la police", "as reported by the ONS": the agent after "par"/"by" speaks, not the word before
    const agent = lower(t, k + 1) === 'par' || lower(t, k + 1) === 'by'
    if (ADD_VERBS.has(w)) {
      const next = t.kind[k + 1] === WORD ? lower(t, k + 1) : ''
      const prevPunct = k > 0 && t.kind[k - 1] !== WORD && t.kind[k - 1] !== 2
      const nextPunct = k + 1 >= t.count || (t.kind[k + 1] !== WORD && t.kind[k + 1] !== 2)
      if (!(prevPunct || nextPunct || next === 'that' || next === 'que' || next === 'qu' || PRONOUNS.has(lower(t, k - 1)) || isCapitalized(t, k + 1) || DETERMINERS.has(next))) continue
    }
    if (w === 'après') {
      // "d'après X"
      if (!(isApostrophe(t, k - 1) && lower(t, k - 2) === 'd')) continue
    } else if (w === 'according') {
      if (lower(t, k + 1) !== 'to') continue
      from = k + 2
    } else if (w === 'pointed') {
      if (lower(t, k + 1) !== 'out') continue
      from = k + 2
    }
    const limit = Math.min(t.count, from + 12)
    const prepositional = w === 'selon' || w === 'après' || w === 'according'
    if (agent) from = k + 2
    if (!prepositional && !agent) {
      // "Dana Whitfield said", "the council leader, Priya Shah, told", "officials said", "he said"
      let b = k - 1
      let skipped = 0
      while (b >= 0 && skipped < 3 && t.kind[b] === WORD && AUX_BEFORE_VERB.has(lower(t, b))) { b--; skipped++ }
      const appositive = isPunct(t, b, ',')
      const nb = appositive ? b - 1 : b
      if (!appositive && nb >= 0 && t.kind[nb] === WORD && PRONOUNS.has(lower(t, nb))) {
        out.push({ pos: t.start[k], name: lower(t, nb), pronoun: true, weak: WEAK_VERBS.has(w) })
        continue
      }
      const before = nb >= 0 ? nameBackward(t, nb, Math.max(0, nb - 8)) : undefined
      if (before && (!appositive || isPunct(t, before.first - 1, ','))) {
        // "le président de la République a dit", "the governor of the Bank of England said": the role, not the name it ends on
        const roleFirst = roleOfName(t, before.first)
        out.push({ pos: t.start[k], name: t.text.slice(t.start[roleFirst ?? before.first], t.end[nb]), pronoun: false, weak: WEAK_VERBS.has(w) })
        continue
      }
      const role = !appositive ? roleBackward(t, nb) : undefined
      if (role) {
        out.push({ pos: t.start[k], name: organisationFor(t, k, role), pronoun: false, weak: WEAK_VERBS.has(w) })
        continue
      }
    }
    const after = speakerAfter(t, from, limit, prepositional)
    // "selon les prévisions publiées": a source in lower case after "selon"/"according to" is weaker than a named one
    if (after) out.push({ pos: t.start[k], name: after.pronoun ? after.name : organisationFor(t, k, after.name), pronoun: after.pronoun, weak: WEAK_VERBS.has(w) || (prepositional && after.name === after.name.toLowerCase()) })
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
  const candidates: (Turn & { strong: boolean })[] = []
  const counts = new Map<string, number>()
  for (let k = 0; k < t.count; k++) {
    if (t.lineStart[k] !== 1 || t.kind[k] !== WORD || !isCapitalized(t, k)) continue
    // "NUNEZ :", "Laurent Nunez:", "Mr Daniel Carr (Blyth Valley) (Lab):", "The Minister for Housing (Ms Rachel Lowe):"
    let j = k
    let words = 0
    let inner: { first: number; end: number } | undefined
    let labelEnd = k
    while (j < t.count && words < 8 && (j === k || t.lineStart[j] !== 1)) {
      if (isCapitalized(t, j) || (t.kind[j] === WORD && words > 0 && PARTICLES.has(lower(t, j)))) { words++; j++; labelEnd = j; continue }
      // a full stop ends the label unless it closes a title or an initial ("M.", "R. DUPRAT")
      if (isPunct(t, j, '.') && words > 0 && !TITLE_WORDS.has(lower(t, j - 1)) && t.end[j - 1] - t.start[j - 1] > 1) break
      if ((isPunct(t, j, '.') || isPunct(t, j, '-')) && words > 0) { j++; continue }
      if (isPunct(t, j, '(')) {
        // a parenthesised group: a name inside it is the speaker ("(Ms Rachel Lowe)"), a constituency or party is not
        let e = j + 1
        while (e < t.count && e < j + 8 && !isPunct(t, e, ')') && t.lineStart[e] !== 1) e++
        if (!isPunct(t, e, ')')) break
        const n = nameForward(t, j + 1, e)
        if (n && n.end === e && !inner && TITLE_WORDS.has(lower(t, j + 1))) inner = { first: j + 1, end: e }
        j = e + 1
        continue
      }
      break
    }
    if (words === 0) continue
    // "M. Thomas Girard. Monsieur le ministre, …": a title, a name and a full stop open a parliamentary turn
    // …with at least two words of a name that are not titles ("Mr President," addresses someone, it names no speaker)
    let nameWords = 0
    for (let x = k; x < labelEnd; x++) if (t.kind[x] === WORD && !TITLE_WORDS.has(lower(t, x)) && isCapitalized(t, x)) nameWords++
    const titled = TITLE_WORDS.has(lower(t, k)) && (isPunct(t, labelEnd, '.') || isPunct(t, labelEnd, ',')) && nameWords >= 2
    if (!isPunct(t, j, ':') && !titled) continue
    const nameTokens = inner ?? { first: k, end: labelEnd }
    let label = t.text.slice(t.start[nameTokens.first], t.end[nameTokens.end - 1])
    if (titled) label = t.text.slice(t.start[k], t.end[labelEnd - 1])
    candidates.push({ pos: t.start[k], name: label, strong: titled || inner !== undefined || j > labelEnd })
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  const knownLow = known.map((s) => s.toLowerCase())
  return candidates
    .filter((c) => {
      const letters = c.name.replace(/[^\p{L}]/gu, '')
      const caps = letters.length >= 2 && letters === letters.toUpperCase()
      const isKnown = knownLow.some((k) => k.split(/\s+/).some((p) => p.length > 2 && c.name.toLowerCase().includes(p)))
      const titled = TITLE_WORDS.has(c.name.split(/[\s.]+/)[0].toLowerCase()) || c.name.split(/\s+/).length >= 2
      return caps || isKnown || c.strong || titled || (counts.get(c.name) ?? 0) >= 2
    })
    .map((c) => ({ pos: c.pos, name: canonicalSpeaker(c.name, known, true) }))
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

/** A role speaker ("la ministre", "the minister") named elsewhere in the text becomes that name; names go through canonicalSpeaker. */
function resolveRole(ctx: SpeakerContext, name: string): string {
  const words = name.split(/[\s'’]+/)
  const first = words[0]?.toLowerCase()
  if (first && first === words[0] && words.length <= 5) {
    // a lower-case first word: a role; its head is the first content word after the determiner
    const head = words.find((w) => !DETERMINERS.has(w.toLowerCase()) && w.length > 1)
    const named = head ? ctx.roles.get(head.toLowerCase()) : undefined
    if (named) return canonicalSpeaker(named, ctx.known)
  } else if (first && DETERMINERS.has(first) && words.length <= 5) {
    const head = words.find((w, i) => i > 0 && w.length > 1)
    const named = head ? ctx.roles.get(head.toLowerCase()) : undefined
    if (named && words.slice(1).every((w) => w === w.toLowerCase())) return canonicalSpeaker(named, ctx.known)
  }
  return canonicalSpeaker(name, ctx.known)
}

/**
 * Roles written next to a person's name: "le préfet de police, Marc-Olivier Delmas", "the minister, Graham Pike",
 * "Claire Morvan, ministre du Travail", "le ministre de l'Intérieur Gérald Darmanin". One pass over the text.
 */
export function findRoles(t: Tokens): Map<string, string> {
  const roles = new Map<string, string>()
  for (let k = 0; k < t.count; k++) {
    if (!isCapitalized(t, k) || (k > 0 && isCapitalized(t, k - 1))) continue
    const n = nameForward(t, k, Math.min(t.count, k + 8))
    if (!n || n.end - k < 2) continue
    const name = t.text.slice(t.start[k], t.end[n.end - 1])
    // role words before the name (back to a determiner), then after ", "
    let j = k - 1
    if (isPunct(t, j, ',')) j--
    for (let steps = 0; j >= 0 && steps < 6 && t.kind[j] === WORD; steps++, j--) {
      const w = lower(t, j)
      if (DETERMINERS.has(w)) break
      if (w === raw(t, j) && w.length > 3 && !PARTICLES.has(w) && !roles.has(w)) roles.set(w, name)
    }
    if (isPunct(t, n.end, ',')) {
      for (let e = n.end + 1, steps = 0; e < t.count && steps < 4 && t.kind[e] === WORD; e++, steps++) {
        const w = lower(t, e)
        if (DETERMINERS.has(w) && steps === 0) continue
        if (w !== raw(t, e) || PARTICLES.has(w)) break
        if (w.length > 3 && !roles.has(w)) roles.set(w, name)
      }
    }
    k = n.end - 1
  }
  return roles
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
  /** Role words ("ministre", "leader") → the name written next to them in the text ("la ministre du Travail, Claire Morvan"). */
  roles: Map<string, string>
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
  // attribution in the same sentence (nearest)
  // only the attributions just before and just after the claim can be the nearest (keeps this O(log n))
  let best: Attribution | undefined
  let bestDist = Infinity
  const ai = lastBefore(ctx.attributions, start)
  // the nearest attribution before and after the claim; a plain "said" beats a weak "plans" (a few steps each way)
  for (let k = ai, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const a = ctx.attributions[k]
    if (a.pos < sentenceStart) break
    const d = Math.abs(a.pos - start) + (a.weak ? 1e6 : 0)
    if (d < bestDist) { best = a; bestDist = d }
  }
  for (let k = ai + 1, steps = 0; k < ctx.attributions.length && steps < 4; k++, steps++) {
    const a = ctx.attributions[k]
    if (a.pos >= sentenceEnd) break
    const d = Math.abs(a.pos - start) + (a.weak ? 1e6 : 0)
    if (d < bestDist) { best = a; bestDist = d }
  }
  if (best) return resolveRole(ctx, best.name)
  const ti = lastBefore(ctx.turns, start + 1)
  if (ti >= 0) return resolveRole(ctx, ctx.turns[ti].name)
  const qi = quoteAt(ctx.quotes, start)
  if (qi >= 0) {
    const qEnd = ctx.quotes.ends[qi]
    const qStart = ctx.quotes.starts[qi]
    const after = lastBefore(ctx.attributions, qEnd + 100)
    if (after >= 0 && ctx.attributions[after].pos >= qEnd && ctx.text.slice(qEnd, ctx.attributions[after].pos).indexOf('\n') < 0) {
      // the first attribution after the quote
      let k = after
      while (k > 0 && ctx.attributions[k - 1].pos >= qEnd) k--
      return resolveRole(ctx, ctx.attributions[k].name)
    }
    const before = lastBefore(ctx.attributions, qStart)
    if (before >= 0) return resolveRole(ctx, ctx.attributions[before].name)
  }
  if (firstPerson || qi >= 0) {
    const before = lastBefore(ctx.attributions, start)
    if (before >= 0) return resolveRole(ctx, ctx.attributions[before].name)
  }
  return ctx.known[0]
}
