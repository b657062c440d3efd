import type { SubjectLexicon } from './subject.types'

/** English word classes for the subject stage (see subject.types.ts). */
export const SUBJECT_LEXICON_EN: SubjectLexicon = {
  stop: [
    'the', 'a', 'an', 'another',
    // days name when, never what is counted
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'today', 'yesterday', 'tomorrow', 'tonight', 'm', 're', 've', 'll', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'and', 'or', 'but', 'nor', 'is', 'are', 'was',
    'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall',
    'do', 'does', 'did', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'their', 'his', 'her',
    'our', 'my', 'your', 'they', 'we', 'he', 'she', 'i', 'you', 'there', 'than', 'as', 'per', 'each', 'every', 'more', 'less',
    'over', 'under', 'about', 'while', 'since', 'after', 'before', 'during', 'into', 'across', 'last', 'next', 'not', 'no', 'so',
    'also', 'just', 'only', 'up', 'down', 'out', 'said', 'says', 'according', 'if', 'when', 'where', 'how', 'what', 'why', 'all',
    'both', 'such', 'some', 'any', 'other', 'between', 'against', 'among', 'through', 'than', 'then', 'now', 'still', 'already',
    'yet', 'even', 'again', 'around', 'nearly', 'almost', 'because', 'though', 'although', 'until', 'unless', 'whether', 'within',
    'without', 'towards', 'toward', 'upon', 'via', 'too', 'very', 'here', 'them', 'him', 'me', 'us', 'what', 'being', 'got', 'get',
    'gets', 'make', 'made', 'makes', 'take', 'took', 'taken', 'say', 'told', 'this', 'year', 'ago', 'later', 'earlier', 'instead',
    'rather', 'including', 'compared', 'versus', 'vs', 'like', 'well', 'often', 'never', 'always', 'ever', 's', 't', 'aged', 'off',
    // "grows by 1.5% due to", "owing to", "thanks to": a cause follows, not what is counted
    'due', 'owing',
    // connectives and particles: "whereas coffee harvesting", "gambled away"
    'away', 'whereas', 'whilst'
  ],
  verbs: [
    'rose', 'rises', 'rise', 'risen', 'fell', 'falls', 'fall', 'fallen', 'grew', 'grows', 'grown', 'increased', 'increases',
    'decreased', 'decreases', 'dropped', 'drops', 'climbed', 'climbs', 'reached', 'reaches', 'stood', 'stands', 'hit', 'hits',
    'jumped', 'jumps', 'declined', 'declines', 'totalled', 'totaled', 'totals', 'amounted', 'amounts', 'accounted', 'accounts',
    'represents', 'represented', 'cost', 'costs', 'received', 'receives', 'spent', 'spends', 'paid', 'pays', 'earned', 'earns',
    'lost', 'loses', 'gained', 'gains', 'won', 'wins', 'added', 'adds', 'cut', 'cuts', 'raised', 'raises', 'estimated', 'is', 'are',
    'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'slipped', 'slumped', 'soared',
    'surged', 'plunged', 'tumbled', 'edged', 'stayed', 'remained', 'remains', 'doubled', 'tripled', 'halved', 'exceeded',
    'exceeds', 'topped', 'tops', 'be', 'been', 'being', 'set', 'puts', 'put', 'get', 'gets', 'got', 'needs', 'needed', 'saw', 'sees',
    'remain', 'remains', 'say', 'live', 'lives', 'work', 'works', 'want', 'wants', 'think', 'believe', 'use', 'own', 'hold', 'face',
    'need', 'expect', 'plan', 'die', 'died', 'pay', 'earn', 'vote', 'voted', 'support', 'oppose', 'agree', 'come', 'go', 'went', 'do',
    'follows', 'follow', 'closed', 'closes', 'attend', 'attends', 'lie', 'lies', 'dies', 'become', 'becomes', 'show', 'shows'
  ],
  determiners: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'all', 'every', 'each', 'some', 'any', 'no'],
  nounDeterminers: ['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'every', 'each'],
  prenominal: [],
  adjectiveSuffixes: [],
  complementPrepositions: ['with', 'by', 'at', 'in', 'on', 'into', 'for', 'from', 'to', 'under', 'through', 'within'],
  nounComplementPrepositions: ['in', 'for', 'with', 'from', 'within'],
  headLinkPrepositions: ['in', 'at', 'on', 'for', 'from', 'across', 'within'],
  coordinators: ['and', 'or'],
  measureNouns: ['points', 'point', 'pts'],
  groupPronouns: ['these', 'them', 'those', 'which', 'whom', 'us', 'you'],
  possessionLinks: ['with'],
  periodHeads: [
    'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'night', 'nights', 'hour', 'hours', 'quarter',
    'quarters', 'period', 'decade', 'decades', 'end', 'beginning', 'start', 'average', 'total', 'time', 'times', 'world', 'age'
  ],
  clauseBreaks: ['and', 'but', 'that', 'which', 'who', 'while', 'whereas'],
  lookBackSkips: [
    'grow', 'expects', 'expected', 'expect', 'forecast', 'forecasts', 'plans', 'plan', 'want', 'wants', 'need', 'needs', 'generate',
    'built', 'estimates', 'worth', 'closed', 'spend', 'spending', 'invest', 'reach', 'hit', 'become', 'became', 'serves', 'serve',
    'employs', 'employ', 'collected', 'recruited', 'planted', 'bought', 'sold', 'make', 'makes', 'said', 'says', 'stood', 'stands',
    'receive', 'receives', 'give', 'gives', 'take', 'takes', 'offer', 'offers', 'provide', 'provides', 'allocate', 'cost', 'costs',
    'little', 'largely', 'broadly', 'slightly', 'roughly', 'about', 'some', 'quarter', 'year', 'month', 'week', 'day', 'period', 'average', 'session'
  ],
  changeHeads: [
    'rise', 'fall', 'increase', 'decrease', 'drop', 'decline', 'jump', 'gain', 'loss', 'cut', 'total', 'sum', 'amount',
    'figure', 'level', 'record', 'mark', 'threshold', 'rate', 'average', 'median'
  ],
  modals: ['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'to'],
  leadDeterminers: ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these'],
  forWords: ['for', 'on', 'in', 'to', 'into'],
  moneyFor: ['for', 'on', 'in', 'into'],
  forPeriodHeads: ['first', 'second', 'third', 'fourth', 'last', 'next', 'year', 'month', 'week', 'quarter', 'half', 'course', 'period', 'total', 'average'],
  extraWords: ['additional', 'extra', 'more', 'less', 'fewer', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'greater', 'up', 'down'],
  timeUnits: ['years', 'year', 'months', 'month', 'weeks', 'days', 'hours'],
  subjectPronouns: ['it', 'they'],
  relatives: ['which', 'who'],
  basisNouns: ['gdp'],
  basisPairs: ['labour force', 'labor force', 'working population'],
  adjectivesInLy: [
    'monthly', 'weekly', 'daily', 'yearly', 'quarterly', 'hourly', 'nightly', 'early', 'elderly', 'costly', 'deadly', 'friendly',
    'lonely', 'orderly', 'timely', 'holy', 'ugly', 'lovely', 'likely', 'unlikely'
  ],
  nounsInLy: ['family', 'supply', 'assembly', 'rally', 'ally', 'monopoly', 'anomaly', 'italy', 'july', 'reply', 'belly', 'jelly'],
  ingPrepositions: ['at', 'to', 'on', 'by', 'from', 'into', 'up', 'down'],
  objectStarts: ['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'no'],
  irregularParticiples: ['built', 'set', 'put', 'made', 'taken', 'held', 'known', 'seen', 'given', 'paid', 'spent', 'cut', 'sold', 'bought'],
  ofDeterminers: [],
  participleLinks: [],
  verbAfter: [],
  beforeInfinitive: [],
  participleIntros: [],
  adverbsInMent: [],
  nounsInEment: [],
  compoundNouns: ['gross domestic product', 'gross national product', 'cost of living', 'housing starts', 'trade deficit'],
  nounsWithVerbEnding: [],
  participleEndings: []
}
