import type { Lang } from '../../model'

/**
 * Words that say which way a change goes, as stems of natural's Porter stemmers (so every tense and
 * form agrees: "baisse", "baissé", "baissera"; "decline", "declined", "declining") plus the irregular
 * forms the stemmers leave alone ("fell", "shrank", "recule"nt). Data only: the logic is in ../direction.ts.
 */
export interface DirectionLexicon {
  down: readonly string[]
  up: readonly string[]
}

export const DIRECTION_LEXICON: Record<Lang, DirectionLexicon> = {
  fr: {
    down: [
      'baiss', 'recul', 'reculent', 'diminu', 'chut', 'repl', 'repli', 'tomb', 'perdu', 'perdr', 'perd', 'pert', 'réduit', 'réduct',
      'rédui', 'réduir', 'contract', 'plong', 'dégringol', 'effondr', 'gliss', 'décru', 'décroît', 'décroiss', 'décroîtr', 'fond', 'fondu',
      'abaiss', 'abaissé', 'ramen', 'allég', 'amput', 'moins', 'cédé', 'céd', 'ced', 'cèdent', 'abandon', 'lâch', 'effrit', 'érod', 'dévissé', 'déviss',
      'flech', 'dépréci', 'déprec', 'affaibl', 'retomb', 'reflu', 'rogn', 'régress', 'dévalu', 'amoindr', 'retrait', 'inférieur', 'ralent',
      'supprim', 'suppress', 'licenci'
    ],
    up: [
      'hauss', 'augment', 'progress', 'grimp', 'bond', 'gagn', 'envol', 'accru', 'accroiss', 'croissanc', 'croît', 'croîtr', 'croiss', 'accroîtr', 'relev', 'relèv',
      'plus', 'flamb', 'explos', 'rebond', 'avanc', 'élev', 'redress', 'remont', 'appréci', 'renforc', 'supérieur', 'accéler'
    ]
  },
  en: {
    down: [
      'fall', 'fell', 'fallen', 'drop', 'declin', 'decreas', 'cut', 'reduc', 'reduct', 'lower', 'lose', 'lost', 'loss', 'shrink',
      'shrank', 'shrunk', 'slip', 'slide', 'slid', 'plung', 'tumbl', 'slump', 'sink', 'sank', 'sunk', 'dip', 'contract', 'down',
      'less', 'fewer', 'slash', 'eas', 'shed', 'retreat', 'slip', 'sag', 'crash', 'collaps', 'halv', 'trim',
      'weaken', 'depreci', 'devalu', 'deterior', 'erod', 'plummet', 'tank', 'narrow', 'slow',
      'laid', 'lay', 'axe', 'axed', 'ax', 'elimin', 'layoff'
    ],
    up: [
      'rise', 'rose', 'risen', 'increas', 'grow', 'grew', 'grown', 'growth', 'climb', 'jump', 'gain', 'soar', 'surg', 'rais', 'boost',
      'expand', 'expans', 'hike', 'up', 'more', 'higher', 'add', 'advanc', 'rallied', 'ralli', 'spike', 'leap', 'leapt', 'doubl',
      'strengthen', 'appreci', 'rebound', 'rocket', 'swell', 'swollen', 'bounc', 'acceler'
    ]
  }
}

/**
 * Nouns of change after their figure: in English right after it ("a 13% drop", "a 2.4 percent slide"), in French after
 * "de" ("10 % de baisse"). Their direction is read by ../direction.ts like any word of change.
 */
export const CHANGE_NOUNS_AFTER_FIGURE: Record<Lang, readonly string[]> = {
  en: [
    'drop', 'fall', 'decline', 'cut', 'reduction', 'decrease', 'loss', 'slump', 'plunge', 'dip', 'rise', 'increase', 'gain', 'jump', 'hike',
    'growth', 'surge', 'boost', 'slide', 'tumble', 'climb', 'advance', 'raise', 'contraction', 'downturn', 'upturn', 'rebound', 'slip'
  ],
  fr: ['baisse', 'hausse', 'recul', 'augmentation', 'diminution', 'progression', 'chute', 'croissance', 'repli']
}

/**
 * Stems of verbs that move a figure without saying which way ("est passé de 35 à 50", "évoluera de", "went from",
 * "moved from"): with a "de A à B" / "from A to B" after them, A is the previous value, B the claim.
 */
export const CHANGE_NEUTRAL: Record<Lang, readonly string[]> = {
  fr: ['pass', 'évolu', 'port', 'ramen', 'repouss', 'modifi', 'chang', 'évolution', 'passag', 'fait'],
  en: ['went', 'go', 'goe', 'gone', 'move', 'chang', 'shift', 'swung', 'swing', 'switch']
}
