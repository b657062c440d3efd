// The teams of a match score: "l'Irlande a pris un relâche 1 : 1 contre l'Estonie" — the first side counts the goals of
// the team the clause is about, the second those of the team it is against (GUIDELINES: a tally's subject is who
// scored it). Names are capitalised words; the clause's own team is the first name of its clause, the other the name
// after "contre"/"against" (or after "par"/"by" before the score, "entre X et Y" giving both).
import type { Lang } from '../../model'
import { NOT_NAMES } from '../speaker/lexicon'
import { nameForward } from '../speaker/names'
import { BEATEN_AFTER, OPPONENT_BEFORE, OWN_RESULT, TEAM_CLAUSE_BREAKS } from '../lexicons/scores'
import { type Tokens } from '../tokens'
import * as tokensModule from '../tokens'
import { CLASSES } from './classes'
import type { Span } from './headPhrase'

const { NUM, WORD, isApostrophe, isCapitalized, isPunct, lower } = tokensModule

const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l'])
const CLAUSE_MARKS = new Set([';', ':', '.', '!', '?'])
/** How far from the score a team is looked for, in tokens. */
const REACH = 14

/** The colon of a score ("1 : 0") between two numbers, which ends no clause. */
function inScore(t: Tokens, k: number): boolean {
  return t.kind[k - 1] === NUM && t.kind[k + 1] === NUM
}

/** The capitalised name starting at k (past an article and an apostrophe), or undefined. */
function teamAt(t: Tokens, k: number, limit: number, lang: Lang): Span | undefined {
  if (t.kind[k] === WORD && ARTICLES.has(lower(t, k))) k++
  if (isApostrophe(t, k)) k++
  // "After we won", "Rien n'a été": a capitalised function word names no team
  if (!isCapitalized(t, k) || NOT_NAMES.has(lower(t, k)) || CLASSES[lang].stop.has(lower(t, k))) return undefined
  const n = nameForward(t, k, limit)
  if (!n) return undefined
  // "Turkey and Ireland": two teams, not one name
  let end = k + 1
  while (end < n.end && !CLASSES[lang].coordinators.has(lower(t, end))) end++
  return { first: k, end }
}

/** After the score (from token `from`, within its sentence): the team after "entre"/"between" and the one it is against. */
function teamsAfter(t: Tokens, from: number, end: number, lang: Lang): { own?: Span; other?: Span } {
  let own: Span | undefined
  for (let k = from; k < end && k < from + REACH; k++) {
    if (t.kind[k] !== WORD) {
      if (CLAUSE_MARKS.has(t.text[t.start[k]]) && !inScore(t, k)) break
      continue
    }
    const w = lower(t, k)
    if ((w === 'entre' || w === 'between') && !own) own = teamAt(t, k + 1, end, lang)
    if (OPPONENT_BEFORE.has(w) && w !== 'par' && w !== 'by') {
      let n = w === 'face' && lower(t, k + 1) === 'à' ? k + 2 : k + 1
      // "against outsider Montenegro", "contre le leader Lyon": a role word may stand before the name
      if (t.kind[n] === WORD && !isCapitalized(t, n) && !ARTICLES.has(lower(t, n)) && isCapitalized(t, n + 1)) n++
      const team = teamAt(t, n, end, lang)
      if (team) return { own, other: team }
    }
  }
  return { own }
}

/**
 * Reading back from the score at `low`: the first name of its clause (the own team), the name after "par"/"by" or
 * "contre" before it (the other team), and the pair of "entre X et Y".
 */
function teamsBefore(t: Tokens, low: number, sentenceFirst: number, lang: Lang): { own?: Span; other?: Span } {
  let own: Span | undefined
  let other: Span | undefined
  for (let k = low - 1; k >= sentenceFirst && k >= low - REACH * 2; k--) {
    if (t.kind[k] !== WORD) {
      if ((CLAUSE_MARKS.has(t.text[t.start[k]]) && !inScore(t, k)) || (isPunct(t, k, ',') && own)) break
      continue
    }
    const w = lower(t, k)
    if (TEAM_CLAUSE_BREAKS.has(w) && own) break
    // a name's first word only: not "Herzégovine" of "Bosnie-Herzégovine", not "Nunez" of "Laurent Nunez"
    const team = isCapitalized(t, k) && !isCapitalized(t, k - 1) && !isPunct(t, k - 1, '-') ? teamAt(t, k, low, lang) : undefined
    if (!team) continue
    const before = lower(t, isApostrophe(t, k - 1) ? k - 2 : ARTICLES.has(lower(t, k - 1)) ? k - 2 : k - 1)
    // "Philadelphia's victory 5: 3": the team whose result it is
    if (isApostrophe(t, team.end) && lower(t, team.end + 1) === 's' && OWN_RESULT.has(lower(t, team.end + 2))) return { own: team, other }
    // "par Monténégro 1 : 0", "contre la Bosnie-Herzégovine 6 : 2", "beat Bosnia-Herzegovina 6: 2": named as the other
    // side; the clause's first name is its own
    if (!other && (OPPONENT_BEFORE.has(before) || BEATEN_AFTER.has(before))) other = team
    else own = team
  }
  return { own, other }
}

/**
 * The subject of a side of the score whose first number is at `low`: `side` 0 for the first number, 1 for the second.
 * Undefined when the text names no team where this reads them.
 */
export function scoreTeam(t: Tokens, low: number, side: 0 | 1, sentenceFirst: number, sentenceEnd: number, lang: Lang): Span | undefined {
  const before = teamsBefore(t, low, sentenceFirst, lang)
  const after = teamsAfter(t, low + 3, sentenceEnd, lang)
  return side === 0 ? before.own ?? after.own : after.other ?? before.other
}
