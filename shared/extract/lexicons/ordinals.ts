// Ordinals read as denominators of fractions ("three fifths", "un huitième"), as data by language. Read by
// writtenNumbers.ts. Plurals and, in French, spellings without accents ("cinquieme") are derived below.

/** Ordinal word → the number it divides by. */
const EN: Record<string, number> = {
  half: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12, first: 1, second: 2
}

const FR: Record<string, number> = {
  demi: 2, demie: 2, tiers: 3, quart: 4, unième: 1, deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6,
  septième: 7, huitième: 8, neuvième: 9, dixième: 10, onzième: 11, douzième: 12, treizième: 13, quatorzième: 14,
  quinzième: 15, seizième: 16, vingtième: 20, trentième: 30, quarantième: 40, cinquantième: 50, soixantième: 60,
  centième: 100, millième: 1e3, millionième: 1e6, milliardième: 1e9, billionième: 1e12
}

/** Ordinals that are a denominator only at the end of a compound ("twenty-first", "vingt et unième"): "a second" is time. */
const COMPOUND_ONLY = new Set(['first', 'second', 'unième', 'deuxième', 'troisième'])

/** The fraction words the reader always took as fractions ("a third of", "un quart des"), ordinal use aside. */
const CLASSIC = new Set(['half', 'third', 'quarter', 'demi', 'demie', 'tiers', 'quart'])

export interface Denominator {
  value: number
  plural: boolean
  compoundOnly: boolean
  classic: boolean
}

function build(words: Record<string, number>, french: boolean): Map<string, Denominator> {
  const out = new Map<string, Denominator>()
  for (const [w, value] of Object.entries(words)) {
    const base = { value, compoundOnly: COMPOUND_ONLY.has(w), classic: CLASSIC.has(w) }
    const spellings = french ? [w, w.normalize('NFD').replace(/\p{M}/gu, '')] : [w]
    for (const s of spellings) {
      out.set(s, { ...base, plural: false })
      if (!s.endsWith('s')) out.set(s === 'half' ? 'halves' : `${s}s`, { ...base, plural: true })
      else out.set(s, { ...base, plural: s !== 'tiers' && !french })
    }
  }
  // "tiers" is singular and plural alike
  const tiers = out.get('tiers')
  if (tiers) out.set('tiers', { ...tiers, plural: false })
  return out
}

export const DENOMINATORS = { en: build(EN, false), fr: build(FR, true) }
