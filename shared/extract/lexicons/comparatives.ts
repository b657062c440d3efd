import type { Lang } from '../../model'

/**
 * Comparatives that, right after a figure, make it a difference with something else and say which way it goes
 * ("6% lower than", "12 % plus élevés qu'en 2010", "0.5% below its level", "3 euros moins cher"). Data only: the
 * logic is in ../frame/comparative.ts.
 * - down / up: one word after the figure ("lower", "below", "inférieurs"), lower-cased;
 * - degree: French "plus" / "moins" before an adjective, whose sense `low` reverses ("plus bas", "moins élevé");
 * - low: adjectives of smallness, for the French degree words.
 */
export interface ComparativeLexicon {
  down: readonly string[]
  up: readonly string[]
  low: readonly string[]
}

export const COMPARATIVES: Record<Lang, ComparativeLexicon> = {
  fr: {
    down: ['inférieur', 'inférieure', 'inférieurs', 'inférieures', 'au-dessous', 'en-dessous', 'en deçà', 'en dessous', 'au dessous'],
    up: ['supérieur', 'supérieure', 'supérieurs', 'supérieures', 'au-dessus', 'au dessus'],
    low: [
      'bas', 'basse', 'basses', 'faible', 'faibles', 'petit', 'petite', 'petits', 'petites', 'réduit', 'réduite', 'réduits',
      'réduites', 'court', 'courte', 'courts', 'courtes', 'lent', 'lente', 'lents', 'lentes'
    ]
  },
  en: {
    down: ['below', 'cheaper', 'smaller', 'weaker', 'slower', 'shorter', 'lesser', 'lower'],
    up: ['above', 'greater', 'bigger', 'larger', 'stronger', 'dearer', 'costlier', 'longer', 'faster', 'higher'],
    low: []
  }
}
