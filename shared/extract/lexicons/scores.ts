// Words that say two numbers joined by ":" or a dash are a match score ("lost 2: 3", "a 4-0 victory",
// "le match nul (1-1)"). Data only; read by ../score.ts. Both languages are read together (names and quotes mix them).

const SCORE_CUES_EN = [
  'win', 'wins', 'won', 'winning', 'winner', 'victory', 'victories', 'defeat', 'defeats', 'defeated', 'lose', 'loses', 'lost',
  'losing', 'loss', 'draw', 'draws', 'drew', 'drawn', 'tie', 'tied', 'beat', 'beats', 'beaten', 'lead', 'leads', 'led', 'leading',
  'score', 'scored', 'scores', 'scoreline', 'goal', 'goals', 'match', 'matches', 'game', 'games', 'half-time', 'halftime',
  'final', 'semi-final', 'penalty', 'penalties', 'shoot-out', 'shootout', 'equaliser', 'equalizer', 'set', 'sets', 'leg',
  'fixture', 'derby', 'friendly', 'overtime', 'extra-time', 'trounced', 'thrashed', 'edged', 'clinched', 'triumph', 'against', 'versus', 'vs'
]
const SCORE_CUES_FR = [
  'victoire', 'victoires', 'défaite', 'défaites', 'gagné', 'gagne', 'gagnent', 'gagnant', 'remporté', 'remporte', 'emporté',
  'emporte', 'perdu', 'perd', 'perdent', 'perdant', 'battu', 'battus', 'battue', 'bat', 'battent', 'nul', 'match', 'matchs',
  'matches', 'rencontre', 'rencontres', 'score', 'scores', 'but', 'buts', 'mène', 'menait', 'menant', 'mené', 'menée', 'tir',
  'tirs', 'pénalty', 'penalty', 'penalties', 'succès', 'égalisé', 'égalisation', 'manche', 'manches', 'set', 'sets',
  'mi-temps', 'finale', 'demi-finale', 'prolongation', 'prolongations', 'amical', 'amicale', 'derby', 'revers', 'étrillé',
  'écrasé', 'dominé', 'aller', 'retour', 'contre', 'face'
]
export const SCORE_CUES: ReadonlySet<string> = new Set([...SCORE_CUES_EN, ...SCORE_CUES_FR])

// Words after "N : M" that make it a clock time, not a score ("15 : 05 heures", "8:30 pm").
export const TIME_AFTER: ReadonlySet<string> = new Set(['h', 'heure', 'heures', 'hours', 'hrs', 'am', 'pm', 'a', 'p', 'gmt', 'utc', 'cet', 'cest', 'bst', 'est', 'pst', 'local', 'o'])
// Words before "N : M" that make it a clock time ("à 15:05", "at 9:30", "from 10:00").
export const TIME_BEFORE: ReadonlySet<string> = new Set(['à', 'at', 'vers', 'dès', 'from', 'until', 'till', 'by', 'jusqu', 'avant', 'après', 'before', 'after', 'around', 'about', 'environ'])

// Words after which the team a score is against is named ("won 4-0 against Troyes", "1 : 1 contre l'Estonie", "battu
// par Monténégro 1 : 0" before the score). Read by ../subject/scoreTeams.ts.
export const OPPONENT_BEFORE: ReadonlySet<string> = new Set([
  'against', 'over', 'vs', 'versus', 'v', 'contre', 'face', 'devant', 'sur', 'chez', 'par', 'by', 'to'
])
// Words that end the clause a score's own team is named in, reading back from the score.
export const TEAM_CLAUSE_BREAKS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'et', 'mais', 'alors', 'tandis', 'que', 'that'])
// Verbs of winning whose object is the beaten team ("Portugal beat Bosnia-Herzegovina 6: 2", "a battu la Bosnie 6 : 2").
export const BEATEN_AFTER: ReadonlySet<string> = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'thrashed', 'trounced', 'edged', 'crushed', 'battu', 'bat', 'battent', 'écrasé', 'dominé', 'étrillé'
])
// Words of a team's own result after its name and "'s" ("Philadelphia's victory 5: 3", "Winnipeg's 5: 2 win").
export const OWN_RESULT: ReadonlySet<string> = new Set(['victory', 'win', 'defeat', 'loss', 'draw', 'triumph'])
