import type { Lang } from '../model'

/**
 * Scale words after a figure: "3,5 milliards", "1.2 million", "10k", "2.3bn", "13 lakh", "3 dozens", "322 hundred".
 * French "billion" is 10^12 (a "milliard" is 10^9). Abbreviations are only scales when glued or beside a currency;
 * numberExpr.ts checks that.
 */
export function scaleOf(word: string, lang: Lang): number | undefined {
  switch (word) {
    case 'mille':
    case 'thousand':
    case 'thousands':
    case 'k':
      return 1e3
    case 'million':
    case 'millions':
    case 'mn':
    case 'mln':
    case 'mio':
    case 'mil':
    case 'mm':
      return 1e6
    case 'milliard':
    case 'milliards':
    case 'md':
    case 'mds':
    case 'mrd':
    case 'bn':
    case 'bln':
      return 1e9
    case 'billion':
    case 'billions':
      return lang === 'fr' ? 1e12 : 1e9
    case 'trillion':
    case 'trillions':
      return lang === 'fr' ? 1e18 : 1e12
    case 'tn':
    case 'tln':
      return 1e12
    case 'lakh':
    case 'lakhs':
      return lang === 'en' ? 1e5 : undefined
    case 'crore':
    case 'crores':
      return lang === 'en' ? 1e7 : undefined
    case 'dozen':
    case 'dozens':
    case 'dz':
    case 'dzs':
    case 'doz':
    case 'dozs':
      return lang === 'en' ? 12 : undefined
    case 'douzaine':
    case 'douzaines':
      return lang === 'fr' ? 12 : undefined
    case 'hundred':
    case 'hundreds':
      return lang === 'en' ? 100 : undefined
    case 'cent':
      return lang === 'fr' ? 100 : undefined
    default:
      return undefined
  }
}
