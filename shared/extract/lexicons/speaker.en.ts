import type { SpeakerLexicon } from './speaker.types'

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
// Particles of foreign names quoted in English text ("Ursula von der Leyen", "Mohammed bin Salman").
const FOREIGN_NAME_PARTICLES = ['van', 'von', 'der', 'den', 'di', 'da', 'bin', 'al', 'el', 'y', 'mc']

/** English words of the speaker stage (see speaker.types.ts). */
export const SPEAKER_LEXICON_EN: SpeakerLexicon = {
  speechVerbs: {
    'according to': { forms: ['according'], prepositional: true, particle: 'to' },
    add: { forms: ['added', 'adds'], needsCue: true },
    admit: { forms: ['admitted', 'admits'] },
    announce: { forms: ['announced', 'announces'] },
    argue: { forms: ['argued', 'argues'] },
    assert: { forms: ['asserted', 'asserts'] },
    boast: { forms: ['boasted'] },
    claim: { forms: ['claimed', 'claims'] },
    concede: { forms: ['conceded', 'concedes'] },
    confirm: { forms: ['confirmed', 'confirms'] },
    contend: { forms: ['contended'] },
    continue: { forms: ['continued'] },
    count: { forms: ['counted'] },
    declare: { forms: ['declared', 'declares'] },
    estimate: { forms: ['estimated', 'estimates'] },
    expect: { forms: ['expects', 'expect', 'expected'], weak: true },
    explain: { forms: ['explained', 'explains'] },
    forecast: { forms: ['forecasts', 'forecast'], weak: true },
    insist: { forms: ['insisted', 'insists'] },
    maintain: { forms: ['maintained'] },
    note: { forms: ['noted', 'notes'] },
    observe: { forms: ['observed'] },
    plan: { forms: ['plans'], weak: true },
    pledge: { forms: ['pledged'] },
    'point out': { forms: ['pointed'], particle: 'out' },
    predict: { forms: ['predicts', 'predicted'], weak: true },
    project: { forms: ['projects', 'projected'], weak: true },
    promise: { forms: ['promised'] },
    put: { forms: ['put', 'puts'], weak: true },
    recall: { forms: ['recalled'] },
    remark: { forms: ['remarked'] },
    reply: { forms: ['replied'] },
    report: { forms: ['reported', 'reports'], weak: true },
    reveal: { forms: ['revealed', 'reveals'] },
    say: { forms: ['said', 'says'] },
    show: { forms: ['show', 'shows', 'showed'], weak: true },
    state: { forms: ['stated', 'states'] },
    stress: { forms: ['stressed', 'stresses'] },
    suggest: { forms: ['suggested'] },
    tell: { forms: ['told', 'tells'] },
    vow: { forms: ['vowed'] },
    warn: { forms: ['warned', 'warns'] },
    write: { forms: ['wrote', 'writes'] }
  },
  agentPrepositions: ['by'],
  complementizers: ['that'],
  contrary: ['contrary', 'unlike', 'despite'],
  contraryLinks: ['what', 'claims'],
  timeWords: [...WEEKDAYS, 'today', 'yesterday', 'recently', 'later', 'tonight', 'on'],
  beforeVerb: [...WEEKDAYS, 'now', 'still', 'today', 'recently', 'later', 'also', 'yesterday', 'has', 'had', 'have', 'then', 'once', 'previously', 'again', 'publicly'],
  pronouns: ['he', 'she', 'they', 'him', 'her'],
  firstPerson: ['i', 'we', 'our', 'my', 'us', 'me', "i'm", 'ours'],
  determiners: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this'],
  indefiniteArticles: ['a', 'an'],
  definiteArticles: ['the'],
  elidedArticles: [],
  leadingArticles: ['The'],
  possessives: ['your', 'our', 'its', 'their', 'his', 'her', 'my'],
  numberWords: ['one', 'two', 'three', 'four', 'five', 'half', 'thirds', 'third', 'quarter', 'quarters'],
  quantityOf: ['of'],
  nameParticles: ['of', 'for', 'and', ...FOREIGN_NAME_PARTICLES],
  titles: ['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'dame', 'president', 'minister'],
  notNames: [
    'it', 'this', 'that', 'these', 'those', 'which', 'who', 'what', 'we', 'you', 'they', 'among', 'or', 'so', 'then', 'also', 'yet',
    'however', 'because', 'when', 'while', 'but', 'and', 'as', 'since', 'here', 'there', 'now', 'today', 'yesterday', 'the', 'he',
    'she', 'i', 'if', 'in', 'a', 'an'
  ],
  roleVerbs: ['would', 'will', 'must', 'can', 'could', 'should', 'may', 'might', 'has', 'had', 'have', 'is', 'was', 'are', 'were', 'be', 'did', 'does', 'do'],
  roleStops: [
    'i', 'we', 'you', 'me', 'not', 'have', 'been', 'in', 'on', 'at', 'that', 'who', 'which', 'to', 'during', 'when', 'while', 'and',
    'this', 'but', 'with', ...WEEKDAYS
  ],
  roleOf: ['of'],
  organisationHeads: ['group', 'company', 'firm', 'charity', 'association', 'bank']
}
