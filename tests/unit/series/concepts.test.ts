import { describe, expect, it } from 'vitest'
import stemmerEn from 'natural/lib/natural/stemmers/porter_stemmer.js'
import stemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js'
import { conceptTokens, dimensionOf } from '../../../shared/series'

const key = (stem: typeof stemmerFr, s: string): string => stem.tokenizeAndStem(s).join(' ')

describe('conceptTokens bridges French and English subject keys', () => {
  it.each([
    ["places d'hébergement de nuit pour les consommateurs de crack", 'overnight shelter places for crack users'],
    ['lits hospitaliers', 'hospital beds'],
    ['taux de chômage', 'unemployment rate'],
    ['enfants victimes', 'child victims']
  ])('%s ≈ %s', (fr, en) => {
    expect(conceptTokens(key(stemmerFr, fr))).toEqual(conceptTokens(key(stemmerEn, en)))
  })

  it('folds accents, drops frequency words and keeps unknown stems as they are', () => {
    expect(conceptTokens('héberg heberg toutes tout everi')).toEqual(['~shelter'])
    expect(conceptTokens('forcev  camp')).toEqual(['forcev', '~camp'])
    expect(conceptTokens('')).toEqual([])
  })
})

describe('dimensionOf', () => {
  it.each([
    [{ kind: 'count' as const }, 'count'],
    [{ kind: 'count' as const, unit: 'places' }, 'count'],
    [{ kind: 'percent' as const, unit: '%' }, 'percent'],
    [{ kind: 'change' as const, unit: 'pp' }, 'pp'],
    [{ kind: 'money' as const, unit: 'eur' }, 'money:EUR'],
    [{ kind: 'money' as const }, 'money:?'],
    [{ kind: 'quantity' as const, unit: 'tonnes' }, 'quantity:t'],
    [{ kind: 'quantity' as const, unit: 't' }, 'quantity:t']
  ])('%j → %s', (claim, dim) => {
    expect(dimensionOf(claim)).toBe(dim)
  })
})
