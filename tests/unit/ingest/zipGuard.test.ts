import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { safeUnzip } from '../../../shared/ingest/zipGuard'
import { fixtureBytes } from './fixtures'

describe('safeUnzip', () => {
  it('returns the entries of a real archive', () => {
    const files = safeUnzip(fixtureBytes('fr-entretien-maire.docx'), { maxTotalBytes: 1_000_000, maxEntries: 100 })
    expect([...files.keys()]).toContain('word/document.xml')
    expect(new TextDecoder().decode(files.get('docProps/core.xml'))).toContain('<dc:creator>Julien Morel</dc:creator>')
  })

  it('refuses too many entries and too much declared data before inflating', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.txt`, strToU8('x')])))
    expect(() => safeUnzip(many, { maxTotalBytes: 1_000_000, maxEntries: 10 })).toThrow(/20 entries \(limit 10\)/)
    const big = zipSync({ 'a.bin': new Uint8Array(2_000_000) })
    expect(() => safeUnzip(big, { maxTotalBytes: 1_000_000, maxEntries: 10 })).toThrow(/expand to 1\.9 MB \(limit 976\.6 KB\)/)
  })

  it('stops inflating an entry that produces more than it declared', () => {
    expect(() => safeUnzip(fixtureBytes('bad-zip-bomb-lying.docx'), { maxTotalBytes: 100_000_000, maxEntries: 10 })).toThrow(
      /word\/media\/filler\.bin expands beyond its declared size/
    )
  })

  it('refuses truncated archives and bytes that are not a zip', () => {
    const docx = fixtureBytes('fr-entretien-maire.docx')
    expect(() => safeUnzip(docx.subarray(0, docx.length - 40), { maxTotalBytes: 1_000_000, maxEntries: 100 })).toThrow(/damaged/)
    expect(() => safeUnzip(strToU8('hello'), { maxTotalBytes: 1_000_000, maxEntries: 100 })).toThrow(/not a zip archive/)
  })
})
