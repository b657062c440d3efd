import { describe, expect, it } from 'vitest'
import { averageLinkage } from '../../../shared/series/cluster'
import { suggestSeries } from '../../../shared/series'
import { makeClaim } from './fixture'

describe('averageLinkage', () => {
  it('does not chain: a–b and b–c strong, a–c absent, leaves c out at a 0.5 threshold', () => {
    expect(averageLinkage(3, [{ i: 0, j: 1, w: 0.9 }, { i: 1, j: 2, w: 0.9 }], 0.5)).toEqual([[0, 1], [2]])
    expect(averageLinkage(3, [{ i: 0, j: 1, w: 0.9 }, { i: 1, j: 2, w: 0.9 }], 0.4)).toEqual([[0, 1, 2]])
  })

  it('merges the strongest pair first and breaks ties on the smallest indices', () => {
    const edges = [{ i: 2, j: 3, w: 0.8 }, { i: 0, j: 1, w: 0.8 }, { i: 1, j: 2, w: 0.7 }]
    expect(averageLinkage(4, edges, 0.5)).toEqual([[0, 1], [2, 3]])
    expect(averageLinkage(4, [...edges].reverse(), 0.5)).toEqual([[0, 1], [2, 3]])
  })

  it('ignores edges to unknown items, self loops and non-positive weights', () => {
    expect(averageLinkage(2, [{ i: 0, j: 0, w: 1 }, { i: 0, j: 5, w: 1 }, { i: 0, j: 1, w: -1 }], 0.1)).toEqual([[0], [1]])
  })
})

describe('suggestSeries naming and scale', () => {
  it('names a series from its subject, adding the rate when the subject lacks it', () => {
    const c = makeClaim({ id: 'a', value: 610, previous: { value: 200 }, subject: 'consommateurs', subjectKey: 'consomm', period: { text: 'toutes les nuits', per: 'night' } })
    expect(suggestSeries([c], new Map())[0].name).toBe('consommateurs, toutes les nuits')
  })

  it('handles a library of 1 000 claims in well under a few seconds', () => {
    let seed = 11
    const r = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const vocab = Array.from({ length: 300 }, (_, i) => `w${i}`)
    const claims = Array.from({ length: 1000 }, (_, i) =>
      makeClaim({
        id: `c${i}`,
        sourceId: `s${i % 200}`,
        value: Math.round(r() * 1000),
        subjectKey: Array.from({ length: 3 }, () => vocab[Math.floor(r() ** 2 * vocab.length)]).join(' '),
        statedAt: `20${10 + Math.floor(r() * 14)}`
      })
    )
    const t = performance.now()
    const s = suggestSeries(claims, new Map())
    expect(performance.now() - t).toBeLessThan(4000)
    expect(s.length).toBeGreaterThan(0)
    expect(new Set(s.flatMap((x) => x.claimIds)).size).toBe(s.reduce((n, x) => n + x.claimIds.length, 0))
  })
})
