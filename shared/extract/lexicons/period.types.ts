import type { Period } from '../../model'

/** The words the period stage reads rates and quarters with, for one language. Data only: the logic is in ../period/. */
export interface PeriodLexicon {
  /** Units of time after "chaque"/"par"/"every"/"a" that make a rate ("par an", "a year"). */
  perUnits: Readonly<Record<string, Period['per']>>
  /** Adverbs that make a rate on their own ("quotidiennement", "daily"). */
  perAdverbs: Readonly<Record<string, Period['per']>>
  /** Ordinals before "trimestre"/"quarter"/"semestre"/"half", as numbers ("premier", "1er", "last" = 4). */
  ordinals: Readonly<Record<string, number>>
}
