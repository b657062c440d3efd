import { describe, expect, it } from 'vitest'
import { concatBytes } from '../../../shared/bytes'

describe('concatBytes', () => {
  it('joins chunks in order, with or without a precounted size', () => {
    const chunks = [new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3])]
    expect(concatBytes(chunks)).toEqual(new Uint8Array([1, 2, 3]))
    expect(concatBytes(chunks, 3)).toEqual(new Uint8Array([1, 2, 3]))
    expect(concatBytes([])).toEqual(new Uint8Array([]))
  })
  it('returns a lone chunk as it is', () => {
    const one = new Uint8Array([9, 8])
    expect(concatBytes([one])).toBe(one)
  })
})
