import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../shared/extract/index'

describe('shares need a definite total', () => {
  it('reads no share in "une croix sur des milliards": a vague total is a count of its own', () => {
    const claims = extractClaims('La banque a dû faire une croix sur des milliards.', { lang: 'fr' })
    expect(claims.map((c) => [c.value, c.kind])).toEqual([[1e9, 'count']])
  })
})

