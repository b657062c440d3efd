import type { Lang } from '../model'
import { MONTHS, TIME_UNITS, WEEKDAYS } from './calendar'
import type { Figure, NumberExpr } from './numberExpr'
import { TIME_UNIT_CODES } from './units'
import { type Tokens } from './tokens'
import * as tokensModule from './tokens'

// Bound once: calling through the module object costs a getter per call under CommonJS loaders (tsx).
const { NUM, PUNCT, WORD, glued, isCapitalized, isPunct, lower, raw } = tokensModule

// Words after which a number names something (a rule, a page, an amendment) rather than counts it.
const REFERENCE_WORDS = new Set([
  'article', 'articles', 'art', 'alinéa', 'alinéas', 'paragraphe', 'paragraphes', 'chapitre', 'chapitres', 'titre', 'annexe',
  'annexes', 'amendement', 'amendements', 'règle', 'règles', 'page', 'pages', 'p', 'pp', 'n', 'no', 'nº', 'nos', 'numéro',
  'numéros', 'tome', 'volume', 'vol', 'section', 'sections', 'directive', 'règlement', 'décret', 'résolution', 'décision',
  'question', 'questions', 'considérant', 'ligne', 'lignes', 'figure', 'tableau', 'graphique', 'note', 'étape', 'salle',
  'lot', 'version', 'rule', 'rules', 'paragraph', 'paragraphs', 'chapter', 'chapters', 'title', 'annex', 'amendment',
  'amendments', 'item', 'items', 'clause', 'clauses', 'regulation', 'act', 'bill', 'resolution', 'case', 'table', 'chart',
  'step', 'line', 'lines', 'room', 'flight', 'vol', 'exhibit', 'schedule', 'part', 'parts', 'point', 'points', 'loi', 'lois',
  'protocole', 'protocol', 'convention', 'report', 'recommendation', 'recommandation', 'motion', 'ordonnance', 'arrêté',
  'circulaire', 'code', 'cote', 'dossier', 'doc', 'document', 'documents', 'fig', 'chap', 'verse', 'footnote', 'appendix',
  'numéro', 'number', 'numbers', 'dépêche', 'arrondissement', 'bus', 'ligne', 'route', 'autoroute', 'porte', 'quai', 'terminal',
  'gate', 'platform', 'voie', 'canal', 'channel', 'chaîne', 'tranche', 'catégorie', 'category', 'niveau', 'level', 'grade',
  'classe', 'phase', 'stage', 'round', 'tour', 'match', 'saison', 'season', 'épisode', 'episode', 'rapport', 'objectif', 'objectifs', 'objective', 'objectives', 'goal', 'axe', 'pilier', 'pillar',
  'type', 'model', 'modèle', 'issue', 'numéro', 'base', 'platform', 'quai', 'box', 'pièce', 'annexe', 'tableau', 'encadré'
])

const ORDINAL_SUFFIXES = new Set(['er', 're', 'e', 'ème', 'eme', 'è', 'ième', 'ieme', 'nd', 'st', 'rd', 'th', 'de', 'd', 'ère', 'ers', 'es', 'èmes', 'o', 'ª', 'º'])

const YEAR_CONTEXT = new Set([
  'en', 'depuis', 'dès', 'ici', 'avant', 'après', 'jusqu', 'début', 'fin', 'mi', 'courant', 'année', 'années', 'an', 'printemps',
  'été', 'automne', 'hiver', 'de', 'du', 'entre', 'et', 'à', 'au', 'pour', 'vers', 'of', 'in', 'since', 'by', 'until', 'till',
  'before', 'after', 'early', 'late', 'mid', 'year', 'years', 'from', 'to', 'and', 'during', 'between', 'summer', 'spring',
  'autumn', 'fall', 'winter', 'the', 'fiscal', 'le', 'la', 'l', 'sur', 'on', 'through', 'pendant', 'durant', 'exercice',
  'budget', 'session', 'rentrée', 'promotion', 'class', 'election', 'élection', 'élections', 'elections', 'census', 'recensement',
  'cop', 'euro', 'mondial', 'jeux', 'jo', 'horizon', 'plan', 'agenda', 'vision', 'stratégie', 'strategy', 'around', 'circa',
  'approximately', 'about', 'ca', 'c', 'than', 'que', 'since', 'ou', 'or', 'nor', 'ni', 'dans', 'within', 'this', 'that',
  'cette', 'ce', 'même', 'same', 'back', 'as', 'again', 'once', 'up'
])

const FRAME_BEFORE = new Set([
  'y', 'dans', 'depuis', 'pendant', 'durant', 'après', 'voici', 'voilà', 'for', 'in', 'within', 'after', 'over', 'past', 'last',
  'next', 'prochains', 'prochaines', 'derniers', 'dernières', 'during', 'en', 'sous', 'ces', 'these', 'those', 'the', 'les', 'ago',
  'only', 'just', 'seulement', 'quelques', 'few', 'premiers', 'premières', 'first', 'sur', 'until', 'jusqu',
  'before', 'avant', 'prior', 'previous', 'than', 'que', 'précédents', 'précédentes', 'derniers', 'dernières', 'coming', 'recent', 'récentes'
])
const FRAME_AFTER = new Set([
  'après', 'plus', 'auparavant', 'ago', 'later', 'earlier', 'avant', 'before', 'after', 'plutôt', 'tard', 'tôt', 'prior',
  'durant', 'since', 'old', 'passés', 'passées', 'derniers', 'dernières', 'prochains', 'prochaines', 'plus', 'ou', 'or', 'to', 'à'
])

const STREET_WORDS = new Set(['rue', 'avenue', 'boulevard', 'bd', 'place', 'impasse', 'allée', 'quai', 'chemin', 'route', 'street', 'road', 'avenue', 'lane', 'st', 'rd', 'ave', 'square', 'downing'])

const DECADE_WORDS = new Set(['années', 'années-', 'decade', 'sixties', 'seventies', 'eighties', 'nineties'])

/** Why a figure is not a claim, or undefined when it may be one. */
export type NonClaimReason =
  | 'date' | 'year' | 'time' | 'duration' | 'reference' | 'ordinal' | 'identifier' | 'phone' | 'postcode' | 'list' | 'huge'

function prevWord(t: Tokens, i: number): string {
  return t.kind[i] === WORD ? lower(t, i) : ''
}

function isStopLike(w: string): boolean {
  return w.length <= 3 || YEAR_CONTEXT.has(w)
}

/** True when the figure's digits touch "/", ":", "." + digits ("05/10/2023", "8:30", "5.10.2023", "2023-10-05"). */
function partOfDigitCompound(t: Tokens, f: Figure, inRange: boolean): boolean {
  const a = f.coreFirst
  const b = f.coreEnd - 1
  if (t.kind[a] !== NUM) return false
  for (const sep of ['/', ':', '.', '-', '_']) {
    if (sep === '-' && inRange) continue
    if (isPunct(t, b + 1, sep) && glued(t, b) && glued(t, b + 1) && t.kind[b + 2] === NUM) return true
    if (isPunct(t, a - 1, sep) && glued(t, a - 1) && a - 2 >= 0 && glued(t, a - 2) && t.kind[a - 2] === NUM) return true
  }
  return false
}

/**
 * Decides whether a figure only frames or names something: dates, years, clock times, framing durations,
 * legal references, ordinals, identifiers (COVID-19, A380, CAC 40), phone numbers, postcodes, list numbers.
 */
export function nonClaimReason(t: Tokens, expr: NumberExpr, f: Figure, lang: Lang, approxBefore: boolean): NonClaimReason | undefined {
  const a = f.coreFirst
  const num = t.kind[a] === NUM
  if (num && f.digits > 15) return 'huge'
  if (num && f.suffix !== undefined) {
    if (f.suffix === 'h' || f.suffix === 'am' || f.suffix === 'pm') return 'time'
    if (f.suffix === 's' && f.value >= 10) return 'year'
    if (ORDINAL_SUFFIXES.has(f.suffix)) return 'ordinal'
    return 'identifier'
  }
  if (num && t.kind[a - 1] === WORD && glued(t, a - 1) && f.first === a) return 'identifier'
  if (num && isPunct(t, a - 1, '-') && glued(t, a - 1) && t.kind[a - 2] === WORD && glued(t, a - 2)) return 'identifier'
  if (num && isPunct(t, a - 1, '°') && (lower(t, a - 2) === 'n' || lower(t, a - 2) === 'no')) return 'reference'
  if (num && partOfDigitCompound(t, f, expr.high !== undefined)) {
    if (isPunct(t, f.coreEnd, ':') || isPunct(t, a - 1, ':')) return 'time'
    return 'date'
  }
  if (num && f.leadingZero && !f.decimal) return 'identifier'
  // scores and ratios written "1 : 0", "3-1" after a verb of winning are not counts
  if (num && (isPunct(t, f.coreEnd, ':') && t.kind[f.coreEnd + 1] === NUM || isPunct(t, a - 1, ':') && t.kind[a - 2] === NUM)) return 'time'
  // "OS / 2", "Windows / 10"
  if (num && isPunct(t, a - 1, '/') && t.kind[a - 2] === WORD && isCapitalized(t, a - 2)) return 'identifier'
  // scores: "(0-2)", "won 3-1": two small numbers joined by a dash, with nothing counted after them
  if (num && expr.high && isPunct(t, f.end, '-') && glued(t, f.end - 1) && f.value <= 20 && expr.high.value <= 20 && expr.high.unit === undefined && t.kind[expr.high.end] !== WORD) return 'identifier'
  // compound adjectives: "two-speed", "10-year", "five-star"
  if (f.unit === undefined && !expr.high && isPunct(t, f.end, '-') && glued(t, f.end - 1) && glued(t, f.end) && t.kind[f.end + 1] === WORD) return 'identifier'
  const next = expr.high ? expr.high.end : f.end
  const nextW = lower(t, next)
  const p1 = prevWord(t, a - 1)
  // dates: "5 octobre", "October 5", "jeudi 5", "1er janvier" (ordinal handled above)
  if (num && f.value >= 1 && f.value <= 31 && !f.decimal && f.unit === undefined) {
    if (MONTHS[nextW] !== undefined && t.kind[next] === WORD) return 'date'
    if (MONTHS[p1] !== undefined && !(p1 === 'may' && !isCapitalized(t, a - 1)) && !(p1 === 'mars' && false)) return 'date'
    if (isPunct(t, a - 1, '.') && MONTHS[prevWord(t, a - 2)] !== undefined) return 'date'
    if (WEEKDAYS.has(p1)) return 'date'
    // "du 16 au 20 novembre", "5-7 octobre", "between 3 and 5 May"
    if (expr.high && MONTHS[lower(t, expr.high.end)] !== undefined && expr.high.value <= 31) return 'date'
    const c1 = lower(t, f.end)
    if ((c1 === 'au' || c1 === 'et' || c1 === 'and' || c1 === 'to' || c1 === '-') && t.kind[f.end + 1] === NUM && MONTHS[lower(t, f.end + 2)] !== undefined) return 'date'
    if (p1 === 'the' && nextW === 'of' && MONTHS[lower(t, next + 1)] !== undefined) return 'date'
  }
  // clock times: "à 20 heures", "8 pm", "20 h 30", "at 8 o'clock"
  if (num && f.unit === 'hour' && f.value <= 24 && (p1 === 'à' || p1 === 'vers' || p1 === 'dès' || p1 === 'jusqu' || t.kind[next] === NUM)) return 'time'
  if (num && f.unit === undefined && f.value <= 24) {
    if ((nextW === 'h' || nextW === 'heures' || nextW === 'heure') && (p1 === 'à' || p1 === 'vers' || p1 === 'dès' || p1 === 'avant' || p1 === 'après' || p1 === 'de' || p1 === 'jusqu' || t.kind[next + 1] === NUM)) return 'time'
    if (nextW === 'am' || nextW === 'pm' || nextW === 'a' && isPunct(t, next + 1, '.') || nextW === 'p' && isPunct(t, next + 1, '.')) return 'time'
    if (nextW === 'o' && (isPunct(t, next + 1, "'") || isPunct(t, next + 1, '\u2019'))) return 'time'
  }
  // decades: "the 1990s" (glued s handled above), "les années 1990", "années 90"
  if (num && (p1 === 'années' || DECADE_WORDS.has(p1)) && f.unit === undefined) return 'year'
  // references: "article 49.3", "Rule 143", "Section 1", "p. 12", "amendements 3, 4 et 5"
  if (num && f.unit === undefined && !f.scaled) {
    if (REFERENCE_WORDS.has(p1) && !(p1 === 'point' || p1 === 'points' ? !isCapitalized(t, a - 1) && lower(t, a - 2) !== 'au' && lower(t, a - 2) !== 'le' && lower(t, a - 2) !== 'the' : false)) {
      if (!((p1 === 'number' || p1 === 'numbers') && lower(t, a - 2) === 'a')) return 'reference'
    }
    if (isPunct(t, a - 1, '.') && REFERENCE_WORDS.has(prevWord(t, a - 2))) return 'reference'
    if ((STREET_WORDS.has(nextW) || (nextW === ',' && STREET_WORDS.has(lower(t, next + 1))) || ((nextW === 'bis' || nextW === 'ter') && STREET_WORDS.has(lower(t, next + 1)))) && f.value < 2000 && !f.decimal) return 'identifier'
    // English writes counts of ten thousand and more with separators: "12841 express" names a train
    if (lang === 'en' && !f.grouped && !f.decimal && f.value >= 10000 && !approxBefore && f.first === a) return 'identifier'
  }
  // years: a 4-digit figure in 1000–2199 is a date unless it counts something
  if (f.yearLike && !approxBefore) {
    const nextIsNoun = t.kind[next] === WORD && !isCapitalized(t, next) && !isStopLike(nextW) && MONTHS[nextW] === undefined
    if (!nextIsNoun || YEAR_CONTEXT.has(p1) || p1 === '' || MONTHS[p1] !== undefined) return 'year'
  }
  // durations that frame: "il y a deux ans", "Un an après", "for three years", "pendant 5 ans"
  const timeUnit = f.unit !== undefined && TIME_UNIT_CODES.has(f.unit)
  if ((f.unit === undefined && TIME_UNITS.has(nextW) && t.kind[next] === WORD) || timeUnit) {
    const after = timeUnit ? nextW : lower(t, next + 1)
    const before = expr.introTok >= 0 && expr.high ? lower(t, expr.introTok - 1) : p1
    if (FRAME_BEFORE.has(p1) || FRAME_BEFORE.has(before) || FRAME_AFTER.has(after)) return 'duration'
    if ((p1 === 'a' && lower(t, a - 2) === 'y') || (p1 === 'ago' || after === 'ago')) return 'duration'
    // age groups: "les 15-24 ans", "the 18-24 year olds"
    if (expr.high && isPunct(t, f.end, '-') && glued(t, f.end - 1)) return 'duration'
    // "34 ans," after a name, "âgé de 34 ans": ages describe, they are not claims
    if (p1 === 'de' && (lower(t, a - 2) === 'âgé' || lower(t, a - 2) === 'âgée' || lower(t, a - 2) === 'âgés' || lower(t, a - 2) === 'âgées')) return 'duration'
  }
  // "les 18 derniers mois", "the past 12 months", "the next two years"
  if (f.unit === undefined && (nextW === 'derniers' || nextW === 'dernières' || nextW === 'prochains' || nextW === 'prochaines' || nextW === 'premiers' || nextW === 'premières') && TIME_UNITS.has(lower(t, next + 1))) return 'duration'
  // "34 year-old", "a 10-year plan"
  if (timeUnit && isPunct(t, next, '-') && glued(t, next - 1)) return 'duration'
  // "COM(1999) 158": a document number after a bracketed year
  if (num && isPunct(t, a - 1, ')') && f.unit === undefined) {
    let o = a - 2
    while (o > a - 6 && o > 0 && !isPunct(t, o, '(')) o--
    if (isPunct(t, o, '(') && t.kind[o - 1] === WORD && glued(t, o - 1) && raw(t, o - 1) === raw(t, o - 1).toUpperCase()) return 'reference'
  }
  if (isPunct(t, next, '-') && glued(t, next - 1) && (lower(t, next + 1) === 'year' || lower(t, next + 1) === 'month' || lower(t, next + 1) === 'day' || lower(t, next + 1) === 'week' || lower(t, next + 1) === 'hour' || lower(t, next + 1) === 'minute')) return 'duration'
  // identifiers after a name: "CAC 40", "Europe 1", "France 2", "Ligue 1", "Airbus A380", "Boeing 737"
  if (num && f.unit === undefined && !f.scaled && !f.decimal && !f.grouped && f.first === a && t.kind[a - 1] === WORD && isCapitalized(t, a - 1) && !approxBefore) {
    const prevRaw = raw(t, a - 1)
    const allCaps = prevRaw.length >= 2 && prevRaw === prevRaw.toUpperCase()
    const sentenceInitial = t.lineStart[a - 1] === 1 || isPunct(t, a - 2, '.') || isPunct(t, a - 2, '"') || isPunct(t, a - 2, '«')
    if (!sentenceInitial || allCaps) {
      const nextIsLowerWord = t.kind[next] === WORD && !isCapitalized(t, next)
      // "Europe 1 hier", "France 2 a diffusé": a small number after a name is a name, unless a plural noun follows
      const nextIsPlural = nextIsLowerWord && !isStopLike(nextW) && (nextW.endsWith('s') || nextW.endsWith('x'))
      if (allCaps || !nextIsLowerWord || isStopLike(nextW) || (f.value < 100 && !nextIsPlural)) return 'identifier'
    }
  }
  // phone numbers: four or more short digit groups in a row
  if (num && t.digits[a] <= 4) {
    let run = 1
    let k = a
    while (run < 4 && t.kind[k + 1] === NUM && t.start[k + 1] - t.end[k] <= 1 && t.digits[k + 1] <= 4 && t.digits[k + 1] >= 2) { run++; k++ }
    k = a
    while (run < 4 && k - 1 >= 0 && t.kind[k - 1] === NUM && t.start[k] - t.end[k - 1] <= 1 && t.digits[k - 1] <= 4 && t.digits[k - 1] >= 2) { run++; k-- }
    if (run >= 4) return 'phone'
  }
  if (num) {
    // "+44 1603 555 010": a chain of numbers opened by a glued "+"
    let b = a
    for (let steps = 0; steps < 6 && b > 0; steps++) {
      if (isPunct(t, b - 1, '+') && glued(t, b - 1) && (t.kind[b + 1] === NUM || b !== a)) return 'phone'
      if (t.kind[b - 1] === NUM && t.start[b] - t.end[b - 1] <= 1) b--
      else break
    }
  }
  // postcodes: "75018 Paris"
  if (num && f.digits === 5 && !f.grouped && !f.decimal && f.unit === undefined && isCapitalized(t, next) && lang === 'fr') return 'postcode'
  // list numbering: "1." or "2)" at the start of a line, "[3]", "(4)"
  if (num && t.lineStart[f.first] === 1 && (isPunct(t, f.coreEnd, '.') || isPunct(t, f.coreEnd, ')')) && glued(t, f.coreEnd - 1) && !f.decimal) return 'list'
  if (num && (isPunct(t, a - 1, '[') && isPunct(t, f.coreEnd, ']'))) return 'list'
  if (num && isPunct(t, a - 1, '(') && isPunct(t, f.coreEnd, ')') && f.unit === undefined && f.value < 100 && t.kind[a - 2] !== WORD) return 'list'
  if (t.kind[a] === PUNCT) return 'identifier'
  return undefined
}
