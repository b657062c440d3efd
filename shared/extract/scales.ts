import type { Lang } from '../model'

/** Scale words after a figure: "3,5 milliards", "1.2 million", "10k", "2.3bn". French "billion" is 10^12. */
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
    case 'tn':
      return lang === 'fr' ? 1e18 : 1e12
    default:
      return undefined
  }
}
