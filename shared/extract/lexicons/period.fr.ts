import type { PeriodLexicon } from './period.types'

/** French words of the period stage (see period.types.ts). */
export const PERIOD_LEXICON_FR: PeriodLexicon = {
  perUnits: {
    jour: 'day', jours: 'day', journée: 'day', soir: 'night', soirs: 'night', nuit: 'night', nuits: 'night', semaine: 'week',
    semaines: 'week', mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year', trimestre: 'quarter', trimestres: 'quarter'
  },
  perAdverbs: { quotidiennement: 'day', annuellement: 'year', mensuellement: 'month', hebdomadairement: 'week' },
  ordinals: { premier: 1, '1er': 1, deuxième: 2, second: 2, '2e': 2, troisième: 3, '3e': 3, quatrième: 4, '4e': 4, dernier: 4 }
}
