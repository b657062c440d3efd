import { strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../../shared/bundle'
import { readZip, unsafePathReason, writeZip } from '../../../shared/bundle/zip'
import { claimSchema, describeZodError, idSchema } from '../../../shared/bundle/schemas'
import { loadContent } from './fixture'

describe('zip paths', () => {
  it.each([
    ['claims.json', null],
    ['sources/abc.txt', null],
    ['charts/', null],
    ['../x', '".." in path'],
    ['a/../../x', '".." in path'],
    ['./x', '"." segment in path'],
    ['/etc/passwd', 'absolute path'],
    ['C:/x', 'absolute path'],
    ['c:x', 'absolute path'],
    ['a\\b', 'backslash in path (zip paths use "/")'],
    ['a//b', 'empty segment in path'],
    ['a\u0000b', 'control character in path'],
    ['', 'empty path']
  ])('%j → %s', (path, reason) => {
    expect(unsafePathReason(path)).toBe(reason)
  })
})

describe('writeZip / readZip', () => {
  it('round-trips files, stores PNGs uncompressed, and gives the same bytes in any time zone', () => {
    const files = new Map([
      ['b.txt', strToU8('bravo '.repeat(100))],
      ['a.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])]
    ])
    const zip = writeZip(files, new Date('2024-03-01T12:00:00.000Z'))
    const read = readZip(zip, DEFAULT_LIMITS)
    expect(read.ok && [...read.value.keys()].sort()).toEqual(['a.png', 'b.txt'])
    expect(read.ok && read.value.get('b.txt')).toEqual(files.get('b.txt'))
    expect(unzipSync(zip)['a.png']).toEqual(files.get('a.png'))
    // DOS time in the first local header: 12:00:00 and 2024-03-01, UTC whatever TZ is.
    const view = new DataView(zip.buffer, zip.byteOffset)
    expect(view.getUint16(10, true)).toBe(12 << 11)
    expect(view.getUint16(12, true)).toBe(((2024 - 1980) << 9) | (3 << 5) | 1)
  })
})

describe('record schemas', () => {
  it('accept the fixture records and name the field of a bad one', () => {
    const [claim] = loadContent().claims
    expect(claimSchema.safeParse(claim).success).toBe(true)
    const bad = claimSchema.safeParse({ ...claim, start: 10, end: 5, verdict: 'maybe' })
    expect(bad.success).toBe(false)
    if (!bad.success) expect(describeZodError(bad.error)).toMatch(/^verdict: /)
    expect(idSchema.safeParse('../../etc').success).toBe(false)
    expect(idSchema.safeParse('a:b').success).toBe(false)
    expect(idSchema.safeParse(crypto.randomUUID()).success).toBe(true)
  })
})
